// Render on demand. The board is still most of the time; redrawing an unchanged canvas 60 times a
// second only burns the CPU (badly so without a graphics card) and delays the next key press. So the game
// loop sleeps once nothing moves, and wakes on any input, store change, scene change or resize. While it
// is awake, a step draws the canvas only if its picture changed (renderOnChange.ts): an input that moves
// only the HTML layer (a focus, a menu) costs the steps, not a canvas frame each.
import type * as Phaser from 'phaser';
import { STEP_DONE } from './renderOnChange';

/** How long the loop keeps running after the last reason to draw. */
const IDLE_AFTER_MS = 700;

let game: Phaser.Game | null = null;
let activeUntil = 0;

/** Keeps the loop running for at least `ms` from now (and starts it if it sleeps). */
export function wakeRenderer(ms = IDLE_AFTER_MS): void {
  activeUntil = Math.max(activeUntil, performance.now() + ms);
  if (game && !game.loop.running) game.loop.wake(true);
}

interface SceneQueues {
  _pending: unknown[];
  _start: unknown[];
  _queue: unknown[];
}

function busy(g: Phaser.Game): boolean {
  const q = g.scene as unknown as SceneQueues;
  if (q._pending?.length || q._start?.length || q._queue?.length) return true;
  for (const scene of g.scene.getScenes(true)) {
    if (scene.tweens.getTweens().length > 0) return true;
  }
  return false;
}

export function renderOnDemand(g: Phaser.Game): void {
  game = g;
  wakeRenderer(3000);
  // After every step, drawn or not (renderOnChange.ts draws only the steps that change the canvas).
  g.events.on(STEP_DONE, () => {
    if (performance.now() < activeUntil || busy(g)) return;
    g.loop.sleep();
  });
  const wake = () => wakeRenderer();
  for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'click', 'focusin', 'resize']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', wake);
  // Not on a font's arrival (document.fonts' loadingdone): the canvas draws no text (every word, the
  // pictures' too, is HTML, which the browser sets again itself), so a face arriving changes no canvas
  // pixel. Waking then only drew identical frames on an idle board, whenever a face (the on-demand subset,
  // the names fallback) arrived for the HTML layer's sake.
}
