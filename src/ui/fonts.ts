// The one typeface (the self-hosted Noto Sans SC subset) for Phaser Text, and the canvas's pixel
// density. Phaser draws a Text into a texture once: create Text only after `fontReady()` resolved.

import { fontFamily, loadGameFont } from 'virtual:game-font';
import type * as Phaser from 'phaser';

let ready: Promise<void> | null = null;

/** Loads every weight of the game font for all of the game's characters (once). */
export function fontReady(): Promise<void> {
  ready ??= loadGameFont().catch(() => undefined);
  return ready;
}

export { fontFamily };

/**
 * The canvas is drawn at the 1920×1080 design size times this factor (cameras zoom by it): as many
 * pixels as the screen shows the game with — sharper on a HiDPI screen, and on a small laptop fewer
 * pixels to fill each frame (software WebGL on a 1280×720 screen draws a 1280×720 canvas, not 1920×1080).
 */
export function pixelDensity(): number {
  if (typeof window === 'undefined') return 1;
  const dpr = window.devicePixelRatio || 1;
  const shown = Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
  const want = Math.max(0.5, Math.min(2, (shown > 0 ? shown : 1) * dpr));
  return Math.round(want * 24) / 24;
}

let canvasDensity = 1;

/** The density the canvas was created with (main.ts); Text is rendered at it. */
export function setCanvasDensity(d: number): void {
  canvasDensity = d;
}

export interface LabelStyle {
  size: number;
  weight?: 400 | 700;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

/** A Phaser Text style in the game font, rendered at the canvas's pixel density. */
export function textStyle(s: LabelStyle): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: `"${fontFamily}", sans-serif`,
    fontSize: `${s.size}px`,
    fontStyle: s.weight === 700 ? 'bold' : 'normal',
    color: s.color ?? '#1f2328',
    align: s.align ?? 'left',
    resolution: canvasDensity,
    padding: { top: 2, bottom: 2 },
  };
}
