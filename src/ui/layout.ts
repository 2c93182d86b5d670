// The board's geometry at the 1920×1080 design size, shared by the Phaser scenes (drawing) and the
// HTML overlay (buttons and focus targets placed over what is drawn).
import { FORCES, type Force, MODES, type Mode } from '../core';

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

export { FORCES, MODES };
