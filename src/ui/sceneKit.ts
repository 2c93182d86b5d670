// Small helpers every scene uses: the design-size camera, language changes tied to the scene's life,
// motion that respects prefers-reduced-motion, and the "result drawn" hooks the benchmark reads.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { onLangChange } from '../i18n';
import { H, PAPER, W } from '../view';
import { wakeRenderer } from './idle';

/** Zooms the main camera so the 1920×1080 design fills the (possibly denser) canvas. */
export function designCamera(scene: Phaser.Scene, background = true): void {
  const cam = scene.cameras.main;
  if (background) cam.setBackgroundColor(PAPER);
  cam.setZoom(scene.scale.width / W);
  cam.centerOn(W / 2, H / 2);
}

/** Calls `fn` on every language switch while the scene runs. */
export function onLanguage(scene: Phaser.Scene, fn: () => void): void {
  const off = onLangChange(() => {
    wakeRenderer();
    fn();
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
}

/** Tween duration: short, and none at all under prefers-reduced-motion. */
export function motion(ms: number): number {
  return app().reducedMotion() ? 0 : Math.min(ms, 300);
}

/** After the next frame is rendered: the view shows the result of the last action. */
export function markDrawn(scene: Phaser.Scene, playable = false): void {
  wakeRenderer();
  scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    const now = performance.now();
    window.__lastDrawAt = now;
    if (playable) window.__playableAt = now;
  });
}
