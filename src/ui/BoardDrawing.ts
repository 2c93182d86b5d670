// The board's picture on the canvas: the Party core at the centre, the five forces around it (link
// thickness = alignment; a force falling into 各自为政 greys, dashes and drifts outward) and the five
// modes as a pentagon. It draws what the view models say (src/view) and animates between states.
import type * as Phaser from 'phaser';
import { FORCES, type Force, type GameState, MODES, type Mode } from '../core';
import type { PictureLabel } from '../dom/pictureLabels';
import { dict, t } from '../i18n';
import {
  BOTTOM_BAR,
  CORE_RED,
  DRIFT_FILL,
  DRIFT_GREY,
  FORCE_COLOUR,
  forcePosition,
  forcesView,
  GRAPH,
  hexToInt,
  INK,
  INK_SOFT,
  inkOn,
  isUnaligned,
  LEFT_PANEL,
  LINE,
  linkWidth,
  MODE_COLOUR,
  modesView,
  nodeRadius,
  PANEL,
  PAPER,
  RADAR,
  RADAR_INK,
  RIGHT_PANEL,
  radarPoint,
  TOP_BAR,
  W,
  WARN,
} from '../view';
import { dashedCircle, dashedLine, vec } from './draw';
import { motion, pictureLabel } from './sceneKit';

interface Shown {
  forces: Record<Force, { alignment: number; capacity: number; drift: number }>;
  modes: Record<Mode, number>;
}

/** Where a mode's value sits relative to its badge (outside the pentagon). */
const VALUE_OFFSET: Record<Mode, { x: number; y: number }> = {
  political: { x: 58, y: 0 },
  autonomy: { x: 0, y: 44 },
  law: { x: 56, y: 0 },
  virtue: { x: -56, y: 0 },
  smart: { x: 0, y: 44 },
};

export class BoardDrawing {
  private graph: Phaser.GameObjects.Graphics;
  private radar: Phaser.GameObjects.Graphics;
  private labels: {
    coreName?: PictureLabel;
    coreSub?: PictureLabel;
    forceName: Partial<Record<Force, PictureLabel>>;
    forceSub: Partial<Record<Force, PictureLabel>>;
    modeBadge: Partial<Record<Mode, PictureLabel>>;
    modeValue: Partial<Record<Mode, PictureLabel>>;
  } = { forceName: {}, forceSub: {}, modeBadge: {}, modeValue: {} };
  private shown: Shown | null = null;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.drawStatic();
    this.radar = scene.add.graphics();
    this.graph = scene.add.graphics();
    this.makeLabels();
  }

  /** Stops any animation (the scene is shutting down). */
  stop(): void {
    this.tween?.stop();
    this.tween = null;
  }

  private drawStatic(): void {
    const g = this.scene.add.graphics();
    g.fillStyle(hexToInt(PANEL), 1);
    g.fillRect(TOP_BAR.x, TOP_BAR.y, TOP_BAR.w, TOP_BAR.h);
    g.fillRect(BOTTOM_BAR.x, BOTTOM_BAR.y, BOTTOM_BAR.w, BOTTOM_BAR.h);
    g.lineStyle(2, hexToInt(LINE), 1);
    g.lineBetween(0, TOP_BAR.h, W, TOP_BAR.h);
    g.lineBetween(0, BOTTOM_BAR.y, W, BOTTOM_BAR.y);
    for (const p of [LEFT_PANEL, RIGHT_PANEL]) {
      g.fillStyle(hexToInt(PANEL), 1);
      g.fillRoundedRect(p.x, p.y, p.w, p.h, 16);
      g.lineStyle(2, hexToInt(LINE), 1);
      g.strokeRoundedRect(p.x, p.y, p.w, p.h, 16);
    }
    // The ring the forces sit on when aligned, and the outer edge of drift.
    g.lineStyle(2, hexToInt(LINE), 1);
    dashedCircle(g, GRAPH.cx, GRAPH.cy, GRAPH.ring + GRAPH.driftOut * 0.45, 10, 10);
    // The radar's grid.
    const r = this.scene.add.graphics();
    for (const level of [100, 66, 33]) {
      const pts = MODES.map((m) => vec(radarPoint(m, level)));
      r.lineStyle(2, hexToInt(LINE), 1);
      r.strokePoints(pts, true, true);
    }
    for (const m of MODES) {
      const p = radarPoint(m, 100);
      r.lineStyle(1, hexToInt(LINE), 1);
      r.lineBetween(RADAR.cx, RADAR.cy, p.x, p.y);
    }
  }

  /** (Re)creates the labels in the current language. */
  makeLabels(): void {
    const L = this.labels;
    L.coreName?.destroy();
    L.coreSub?.destroy();
    for (const f of FORCES) {
      L.forceName[f]?.destroy();
      L.forceSub[f]?.destroy();
    }
    for (const m of MODES) {
      L.modeBadge[m]?.destroy();
      L.modeValue[m]?.destroy();
    }
    const d = dict();
    const en = t('app.lang') === 'en';
    const scene = this.scene;
    // Name above the centre line, role below it, whatever the number of lines.
    const coreWrap = en ? GRAPH.coreR * 1.7 : undefined;
    L.coreName = pictureLabel(scene, GRAPH.cx, GRAPH.cy + 6, t('board.core'), {
      size: en ? 20 : 28,
      weight: 700,
      colour: '#ffffff',
      anchor: 'bottom',
      wrap: coreWrap,
    });
    L.coreSub = pictureLabel(scene, GRAPH.cx, GRAPH.cy + 12, t('board.coreSub'), {
      size: 18,
      colour: '#ffffff',
      anchor: 'top',
      wrap: coreWrap,
    });
    for (const f of FORCES) {
      const name = d.forceShort[f];
      const size = en ? 18 : name.length >= 4 ? 22 : 26;
      L.forceName[f] = pictureLabel(scene, 0, 0, name, {
        size,
        weight: 700,
        colour: INK,
        wrap: en ? 100 : undefined,
      });
      L.forceSub[f] = pictureLabel(scene, 0, 0, '', {
        size: 18,
        colour: INK_SOFT,
        anchor: 'top',
        background: PAPER,
      });
    }
    for (const m of MODES) {
      const p = radarPoint(m, 100, 36);
      L.modeBadge[m] = pictureLabel(scene, p.x, p.y, d.modeBadge[m], {
        size: 24,
        weight: 700,
        colour: inkOn(MODE_COLOUR[m]),
      });
      L.modeValue[m] = pictureLabel(scene, 0, 0, '', { size: 18, weight: 700, colour: INK });
    }
  }

  /** Shows a state, animating from what is on screen (briefly, and not under reduced motion). */
  show(state: GameState, animate: boolean): void {
    const target: Shown = {
      forces: {} as Shown['forces'],
      modes: { ...state.modes },
    };
    for (const f of forcesView(state))
      target.forces[f.force] = { alignment: f.alignment, capacity: f.capacity, drift: f.drift };
    const from = this.shown ?? target;
    this.tween?.stop();
    this.tween = null;
    const duration = animate ? motion(260) : 0;
    if (duration === 0 || from === target) {
      this.shown = target;
      this.paint(target, state);
      return;
    }
    const mix = { k: 0 };
    this.tween = this.scene.tweens.add({
      targets: mix,
      k: 1,
      duration,
      ease: 'Cubic.easeOut',
      onUpdate: () => {
        const now = lerpShown(from, target, mix.k);
        this.shown = now;
        this.paint(now, state);
      },
      onComplete: () => {
        this.shown = target;
        this.paint(target, state);
      },
    });
  }

  private paint(s: Shown, state: GameState): void {
    this.paintRadar(s, state);
    this.paintGraph(s, state);
  }

  private paintRadar(s: Shown, state: GameState): void {
    const g = this.radar;
    g.clear();
    const pts = MODES.map((m) => vec(radarPoint(m, s.modes[m])));
    g.fillStyle(hexToInt(RADAR_INK), 0.14);
    g.fillPoints(pts, true, true);
    g.lineStyle(4, hexToInt(RADAR_INK), 1);
    g.strokePoints(pts, true, true);
    const mv = modesView(state);
    for (const m of MODES) {
      const p = radarPoint(m, s.modes[m]);
      const neglected = mv.neglected.includes(m);
      g.fillStyle(neglected ? hexToInt(WARN) : hexToInt(RADAR_INK), 1);
      g.fillCircle(p.x, p.y, neglected ? 7 : 5);
      const b = radarPoint(m, 100, 36);
      g.fillStyle(hexToInt(MODE_COLOUR[m]), 1);
      g.fillCircle(b.x, b.y, 24);
      const value = this.labels.modeValue[m];
      if (value) {
        const off = VALUE_OFFSET[m];
        value.setPosition(b.x + off.x, b.y + off.y);
        value.setText(`${Math.round(s.modes[m])}${neglected ? ' ▼' : ''}`);
        value.setColour(neglected ? WARN : INK);
      }
    }
  }

  private paintGraph(s: Shown, state: GameState): void {
    const g = this.graph;
    g.clear();
    const d = dict();
    const views = forcesView(state);
    for (const f of FORCES) {
      const v = s.forces[f];
      const p = forcePosition(f, v.drift);
      const r = nodeRadius(v.capacity);
      const drifting = isUnaligned(v.alignment);
      const width = linkWidth(v.alignment);
      const angle = Math.atan2(p.y - GRAPH.cy, p.x - GRAPH.cx);
      const x1 = GRAPH.cx + Math.cos(angle) * GRAPH.coreR;
      const y1 = GRAPH.cy + Math.sin(angle) * GRAPH.coreR;
      const x2 = p.x - Math.cos(angle) * r;
      const y2 = p.y - Math.sin(angle) * r;
      if (drifting) {
        g.lineStyle(Math.max(3, width), hexToInt(DRIFT_GREY), 1);
        dashedLine(g, x1, y1, x2, y2, 14, 12);
      } else {
        g.lineStyle(width, hexToInt(CORE_RED), 1);
        g.lineBetween(x1, y1, x2, y2);
      }
      g.fillStyle(drifting ? hexToInt(DRIFT_FILL) : 0xffffff, 1);
      g.fillCircle(p.x, p.y, r);
      if (drifting) {
        g.lineStyle(5, hexToInt(DRIFT_GREY), 1);
        dashedCircle(g, p.x, p.y, r, 12, 8);
      } else {
        g.lineStyle(8, hexToInt(FORCE_COLOUR[f]), 1);
        g.strokeCircle(p.x, p.y, r);
      }
      const name = this.labels.forceName[f];
      if (name) name.setPosition(p.x, p.y).setColour(drifting ? INK_SOFT : INK);
      const sub = this.labels.forceSub[f];
      if (sub) {
        const fv = views.find((x) => x.force === f)!;
        const role = drifting ? d.ui['board.drifting'] : d.forceRole[f];
        const mark = fv.coordinated ? ` · ${t('board.coordinated')}` : '';
        sub.setText(`${role} · ${t('board.alignment', { n: Math.round(v.alignment) })}${mark}`);
        sub.setColour(drifting ? WARN : INK_SOFT);
        sub.setPosition(p.x, p.y + r + 8);
      }
    }
    g.fillStyle(hexToInt(CORE_RED), 1);
    g.fillCircle(GRAPH.cx, GRAPH.cy, GRAPH.coreR);
    // Coordinated this month: a ring of the core's red around the force.
    for (const f of views) {
      if (!f.coordinated) continue;
      const v = s.forces[f.force];
      const p = forcePosition(f.force, v.drift);
      g.lineStyle(3, hexToInt(CORE_RED), 1);
      g.strokeCircle(p.x, p.y, nodeRadius(v.capacity) + 9);
    }
  }
}

function lerpShown(a: Shown, b: Shown, k: number): Shown {
  const out: Shown = { forces: {} as Shown['forces'], modes: {} as Shown['modes'] };
  for (const f of FORCES) {
    const x = a.forces[f];
    const y = b.forces[f];
    out.forces[f] = {
      alignment: x.alignment + (y.alignment - x.alignment) * k,
      capacity: x.capacity + (y.capacity - x.capacity) * k,
      drift: x.drift + (y.drift - x.drift) * k,
    };
  }
  for (const m of MODES) out.modes[m] = a.modes[m] + (b.modes[m] - a.modes[m]) * k;
  return out;
}
