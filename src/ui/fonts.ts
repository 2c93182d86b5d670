// The one typeface (the self-hosted Noto Sans SC subset), and the canvas's pixel density. Every word on
// screen is HTML (the pictures' words too: src/dom/pictureLabels.ts); Boot still waits for the font, so the
// first screen is not drawn in a fallback face and then swapped.

import { loadGameFont } from 'virtual:game-font';

let ready: Promise<void> | null = null;

/** Loads every weight of the game font for all of the game's characters (once). */
export function fontReady(): Promise<void> {
  ready ??= loadGameFont().catch(() => undefined);
  return ready;
}

/**
 * The canvas is drawn at the 1920×1080 design size times this factor (cameras zoom by it): as many
 * pixels as the screen shows the game with — sharper on a HiDPI screen, and on a small laptop fewer
 * pixels to fill each frame (a 1280×720 screen gets a 1280×720 canvas, not 1920×1080).
 */
export function pixelDensity(): number {
  if (typeof window === 'undefined') return 1;
  const dpr = window.devicePixelRatio || 1;
  const shown = Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
  const want = Math.max(0.5, Math.min(2, (shown > 0 ? shown : 1) * dpr));
  return Math.round(want * 24) / 24;
}
