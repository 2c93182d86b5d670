// Boot: a progress bar while the typeface loads (the first screen is not set in a fallback face), then the title.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { renderBoot } from '../dom/boot';
import { CORE_RED, H, hexToInt, LINE, W } from '../view';
import { fontReady } from './fonts';
import { wakeRenderer } from './idle';
import { designCamera } from './sceneKit';

const BAR = { x: W / 2 - 360, y: H / 2 + 40, w: 720, h: 18 };

export class Boot extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;

  constructor() {
    super('Boot');
  }

  create(): void {
    performance.mark('cs:boot');
    designCamera(this);
    const { overlay } = app();
    const status = renderBoot(overlay);
    this.bar = this.add.graphics();
    this.progress(0.1);
    // Steps: the loader (nothing heavy to fetch), the typeface, then the title.
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => this.progress(0.1 + p * 0.2));
    this.load.once(Phaser.Loader.Events.COMPLETE, () => {
      this.progress(0.35);
      status.font();
      fontReady().then(
        () => {
          performance.mark('cs:font');
          this.progress(1);
          wakeRenderer();
          this.scene.start('Title');
        },
        (e: unknown) => status.failed(String(e)),
      );
    });
    this.load.start();
  }

  private progress(p: number): void {
    const g = this.bar;
    g.clear();
    g.fillStyle(hexToInt(LINE), 1);
    g.fillRoundedRect(BAR.x, BAR.y, BAR.w, BAR.h, BAR.h / 2);
    g.fillStyle(hexToInt(CORE_RED), 1);
    g.fillRoundedRect(BAR.x, BAR.y, Math.max(BAR.h, BAR.w * p), BAR.h, BAR.h / 2);
  }
}
