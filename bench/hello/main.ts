// The baseline of `npm run bench:load`: a bare Phaser 4 page (one scene, a shape and a text) built with the
// same Vite settings as the game. `window.__playableAt` is set in the first frame drawn after the scene's
// create(), the same moment the game marks for its board. Phaser's default renderer choice (AUTO, as in
// Phaser's own template): WebGL where the browser gives it, else a 2D canvas.
import * as Phaser from 'phaser';

/** The globals the benchmark reads (the game declares the same ones in src/app/context.ts). */
const hooks = window as unknown as { __playableAt?: number; __game?: unknown };

class Hello extends Phaser.Scene {
  constructor() {
    super('Hello');
  }

  create(): void {
    this.add.rectangle(640, 360, 240, 240, 0xc8102e);
    this.add
      .text(640, 560, 'Hello, Phaser 4', { fontFamily: 'sans-serif', fontSize: '40px', color: '#222' })
      .setOrigin(0.5);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      hooks.__playableAt = performance.now();
    });
  }
}

hooks.__game = new Phaser.Game({
  type: Phaser.AUTO,
  width: 1280,
  height: 720,
  backgroundColor: '#f6f1e7',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Hello],
});
