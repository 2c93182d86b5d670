// Month-end summary, shown over the board: what the month did, then on to the next (or the debrief).
import * as Phaser from 'phaser';
import { app } from '../app/context';
import type { GameState } from '../core';
import { closeSummary, renderSummary } from '../dom/summary';
import { H, hexToInt, INK, type MonthSummary as Summary, W } from '../view';
import { designCamera, markDrawn, onLanguage } from './sceneKit';

export interface MonthSummaryData {
  summary: Summary;
  state: GameState;
}

export class MonthSummary extends Phaser.Scene {
  private data_!: MonthSummaryData;
  /** Set once the player moves on: the scene stops a moment later, and must not redraw meanwhile. */
  private closed = false;

  constructor() {
    super('MonthSummary');
  }

  init(data: MonthSummaryData): void {
    this.data_ = data;
    this.closed = false;
  }

  create(): void {
    designCamera(this);
    this.add.rectangle(W / 2, H / 2, W, H, hexToInt(INK), 0.35);
    const { overlay, store } = app();
    const draw = () => renderSummary(overlay, this.data_.summary, this.data_.state, store, () => this.next());
    draw();
    onLanguage(this, () => {
      if (!this.closed) draw();
    });
    this.input.keyboard?.on('keydown-ESC', () => this.next());
    markDrawn(this);
  }

  private next(): void {
    if (this.closed) return;
    this.closed = true;
    const { overlay } = app();
    closeSummary(overlay);
    if (this.data_.summary.gameOver) {
      this.scene.stop('Board');
      this.scene.start('Debrief');
      return;
    }
    // The new month's heading takes the keyboard, not 结束本月: the Enter that closed the summary, pressed
    // once more, would end the new month unplayed. Enter on the heading asks first while 精力 is left.
    // Once this scene has stopped (a stop is carried out at the game's next step, later on a busy
    // machine): until then the board ignores Enter, and a heading with the keyboard must mean it is heard.
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      const month = overlay.screen.querySelector<HTMLElement>('[data-key="board-month"]');
      month?.focus({ preventScroll: true });
    });
    this.scene.stop();
  }
}
