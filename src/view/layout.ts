// The board's geometry at the 1920×1080 design size, shared by the Phaser scenes (drawing) and the
// HTML overlay (buttons and focus targets placed over what is drawn).
import { type Force, MODES, type Mode } from '../core';

export const W = 1920;
export const H = 1080;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const TOP_BAR: Box = { x: 0, y: 0, w: W, h: 88 };
export const LEFT_PANEL: Box = { x: 24, y: 106, w: 560, h: 832 };
export const RIGHT_PANEL: Box = { x: 1336, y: 106, w: 560, h: 832 };
export const BOTTOM_BAR: Box = { x: 0, y: 956, w: W, h: 124 };

export const GRAPH = {
  cx: 960,
  cy: 492,
  coreR: 84,
  /** Distance of a fully aligned force; drift pushes it out by up to `driftOut`. */
  ring: 212,
  driftOut: 116,
  nodeMin: 40,
  nodeMax: 64,
} as const;

export const RADAR = { cx: 326, cy: 300, r: 140 } as const;

const FORCE_ANGLE: Record<Force, number> = {
  community: -90,
  socialWorkers: -18,
  socialOrgs: 54,
  volunteers: 126,
  charity: 198,
};

/** Where a force's node sits: further out the more it drifts (0 … 1). */
export function forcePosition(force: Force, drift: number): { x: number; y: number } {
  const a = (FORCE_ANGLE[force] * Math.PI) / 180;
  const r = GRAPH.ring + GRAPH.driftOut * Math.min(1, Math.max(0, drift));
  return { x: GRAPH.cx + r * Math.cos(a), y: GRAPH.cy + r * Math.sin(a) };
}

/**
 * How far out a force is drawn, 0 (on the ring) … 1 (at the outer edge): fully aligned forces sit on
 * the ring, and the further alignment falls below this the further out they drift. A drawing choice,
 * not a rule: the rule (各自为政 below the core's UNALIGNED) is drawn by greying and dashing.
 */
export const ON_RING_ALIGNMENT = 70;

export function driftOf(alignment: number): number {
  return Math.min(1, Math.max(0, (ON_RING_ALIGNMENT - alignment) / ON_RING_ALIGNMENT));
}

/** A link's thickness grows with the force's alignment (0–100). */
export function linkWidth(alignment: number): number {
  return 2 + Math.round((alignment / 100) * 16);
}

/** A node's radius grows with the force's capacity. */
export function nodeRadius(capacity: number): number {
  return GRAPH.nodeMin + ((GRAPH.nodeMax - GRAPH.nodeMin) * Math.min(100, Math.max(0, capacity))) / 100;
}

/** The radar's vertex for a mode at a level (0–100); `extra` pushes labels beyond the rim. */
export function radarPoint(mode: Mode, level: number, extra = 0): { x: number; y: number } {
  const i = MODES.indexOf(mode);
  const a = ((-90 + i * 72) * Math.PI) / 180;
  const r = (RADAR.r * level) / 100 + extra;
  return { x: RADAR.cx + r * Math.cos(a), y: RADAR.cy + r * Math.sin(a) };
}

/**
 * The title's emblem: a small copy of the board's graph (forces slightly out, all aligned) —
 * its centre, how far the forces spread from it, and the sizes of its ring, nodes, links and core.
 */
export const EMBLEM = {
  x: 520,
  y: 640,
  spread: 0.62 * 1.2,
  drift: 0.15,
  ring: 300 * 0.62,
  node: 44 * 0.62 + 10,
  link: 10 * 0.62 + 4,
  coreR: 64,
} as const;

/** Where a force sits in the emblem: its board position, scaled about the graph's centre. */
export function emblemPosition(force: Force): { x: number; y: number } {
  const p = forcePosition(force, EMBLEM.drift);
  return { x: EMBLEM.x + (p.x - GRAPH.cx) * EMBLEM.spread, y: EMBLEM.y + (p.y - GRAPH.cy) * EMBLEM.spread };
}
