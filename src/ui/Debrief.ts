// Debrief: the 考核 — rating, score, the months, the turning points and the questions to discuss.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { renderDebrief } from '../dom/debrief';
import { hexToInt, LINE, PANEL } from '../view';
import { designCamera, markDrawn, onLanguage } from './sceneKit';
import { randomSeed } from './seed';

export class Debrief extends Phaser.Scene {
  constructor() {
    super('Debrief');
  }

  create(): void {
    designCamera(this);
    const { store, overlay } = app();
    const state = store.state;
    if (!state) {
      this.scene.start('Title');
      return;
    }
    const g = this.add.graphics();
    g.fillStyle(hexToInt(PANEL), 1);
    g.fillRoundedRect(40, 30, 1840, 1020, 18);
    g.lineStyle(2, hexToInt(LINE), 1);
    g.strokeRoundedRect(40, 30, 1840, 1020, 18);
    const draw = () =>
      renderDebrief(
        overlay,
        state,
        store.actions.length,
        store,
        {
          again: () => this.scene.start('Briefing', { scenarioId: state.scenarioId, seed: randomSeed() }),
          home: () => this.scene.start('Title'),
        },
        store.actions,
      );
    draw();
    onLanguage(this, draw);
    markDrawn(this);
  }
}
