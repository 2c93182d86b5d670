// Title: continue a saved game, start a new one, or enter a challenge (scenario + seed).
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { FORCES } from '../core';
import { restoreFocus } from '../dom/bits';
import { renderTitle, type SaveStatus, SEED_PATTERN, type TitleMode } from '../dom/title';
import { dict, t } from '../i18n';
import { textStyle } from './fonts';
import { forcePosition } from './layout';
import { CORE_RED, FORCE_COLOUR, hexToInt, INK, INK_SOFT, LINE } from './palette';
import { designCamera, onLanguage } from './sceneKit';

const EMBLEM = { x: 520, y: 640, scale: 0.62 };

export class Title extends Phaser.Scene {
  private mode: TitleMode = 'menu';
  private save: SaveStatus = { kind: 'none' };
  private challenge = { scenarioId: '', seed: '', error: false };
  private texts: Phaser.GameObjects.Text[] = [];

  constructor() {
    super('Title');
  }

  init(data?: { mode?: TitleMode }): void {
    this.mode = data?.mode ?? 'menu';
  }

  create(): void {
    performance.mark('cs:title');
    designCamera(this);
    const { store, scenarios } = app();
    this.challenge = { scenarioId: scenarios[0]?.id ?? '', seed: randomSeed(), error: false };
    const loaded = store.load();
    if (loaded.ok && store.state) {
      const s = store.state;
      this.save = { kind: 'ok', scenario: s.scenario.title, turn: s.turn, max: s.maxTurns };
    } else if (!loaded.ok && !loaded.empty) {
      this.save = { kind: 'refused', problem: loaded.problem };
    } else {
      this.save = { kind: 'none' };
    }
    this.drawEmblem();
    this.drawTexts();
    this.render(this.mode === 'menu' ? 'continue' : null);
    if (this.mode === 'scenarios')
      app().overlay.screen.querySelector<HTMLElement>('.scenario-button')?.focus();
    onLanguage(this, () => {
      this.drawTexts();
      this.render(null);
    });
  }

  private render(focus: string | null): void {
    const { overlay, scenarios } = app();
    renderTitle(
      overlay,
      {
        mode: this.mode,
        save: this.save,
        scenarios,
        scenarioErrors: [],
        challenge: this.challenge,
      },
      {
        setMode: (mode) => {
          this.mode = mode;
          this.render(mode === 'menu' ? 'new' : mode === 'challenge' ? 'challenge-scenario' : null);
          if (mode === 'scenarios') {
            const first = overlay.screen.querySelector<HTMLElement>('.scenario-button');
            first?.focus();
          }
        },
        continueGame: () => this.scene.start('Board'),
        choose: (scenarioId, seed) =>
          this.scene.start('Briefing', { scenarioId, seed: seed ?? randomSeed() }),
        challengeInput: (scenarioId, seed) => {
          this.challenge = { scenarioId, seed, error: !SEED_PATTERN.test(seed) };
          if (this.challenge.error) {
            this.render('challenge-seed');
            return;
          }
          this.scene.start('Briefing', { scenarioId, seed });
        },
      },
    );
    restoreFocus(overlay.screen, focus, 'new');
  }

  private drawEmblem(): void {
    const g = this.add.graphics();
    const { x, y, scale } = EMBLEM;
    const at = (f: (typeof FORCES)[number]) => {
      const p = forcePosition(f, 0.15);
      return { x: x + (p.x - 960) * scale * 1.2, y: y + (p.y - 488) * scale * 1.2 };
    };
    g.lineStyle(2, hexToInt(LINE), 1);
    g.strokeCircle(x, y, 300 * scale);
    for (const f of FORCES) {
      const p = at(f);
      g.lineStyle(10 * scale + 4, hexToInt(CORE_RED), 1);
      g.lineBetween(x, y, p.x, p.y);
    }
    for (const f of FORCES) {
      const p = at(f);
      g.fillStyle(0xffffff, 1);
      g.fillCircle(p.x, p.y, 44 * scale + 10);
      g.lineStyle(7, hexToInt(FORCE_COLOUR[f]), 1);
      g.strokeCircle(p.x, p.y, 44 * scale + 10);
    }
    g.fillStyle(hexToInt(CORE_RED), 1);
    g.fillCircle(x, y, 64);
  }

  private drawTexts(): void {
    for (const tx of this.texts) tx.destroy();
    const d = dict();
    const en = t('app.lang') === 'en';
    this.texts = [
      this.add
        .text(
          EMBLEM.x,
          200,
          t('app.title'),
          textStyle({ size: en ? 68 : 96, weight: 700, color: INK, align: 'center' }),
        )
        .setOrigin(0.5),
      this.add
        .text(
          EMBLEM.x,
          290,
          t('app.subtitle'),
          textStyle({ size: en ? 24 : 30, color: INK_SOFT, align: 'center' }),
        )
        .setOrigin(0.5)
        .setWordWrapWidth(820),
      this.add
        .text(
          EMBLEM.x,
          EMBLEM.y,
          t('title.emblemCore'),
          textStyle({ size: 24, weight: 700, color: '#ffffff', align: 'center' }),
        )
        .setOrigin(0.5),
    ];
    for (const f of FORCES) {
      const p = forcePosition(f, 0.15);
      const px = EMBLEM.x + (p.x - 960) * EMBLEM.scale * 1.2;
      const py = EMBLEM.y + (p.y - 488) * EMBLEM.scale * 1.2;
      this.texts.push(
        this.add
          .text(px, py, d.forceBadge[f], textStyle({ size: 30, weight: 700, color: INK, align: 'center' }))
          .setOrigin(0.5),
      );
    }
  }
}

/** A short, readable seed for a fresh game (the UI may use randomness; the core never does). */
export function randomSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 6);
}
