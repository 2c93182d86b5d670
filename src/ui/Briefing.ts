// Briefing: the scenario's background, objectives and learning points; Start begins month 1.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { abandonReplay } from '../app/history';
import { scenarioSource } from '../app/scenarios';
import { freshSlotId, listSlots, pageStorage, slotForNewGame } from '../app/slots';
import { saveKey } from '../app/store';
import { renderBriefing } from '../dom/briefing';
import { CORE_RED, hexToInt, LINE, PANEL } from '../view';
import { designCamera, onLanguage } from './sceneKit';

export interface BriefingData {
  scenarioId: string;
  seed: string;
}

export class Briefing extends Phaser.Scene {
  private data_!: BriefingData;

  constructor() {
    super('Briefing');
  }

  init(data: BriefingData): void {
    this.data_ = data;
  }

  create(): void {
    designCamera(this);
    const { scenarios } = app();
    const scenario = scenarios.find((s) => s.id === this.data_.scenarioId);
    if (!scenario) {
      this.scene.start('Title');
      return;
    }
    const g = this.add.graphics();
    g.fillStyle(hexToInt(PANEL), 1);
    g.fillRoundedRect(120, 70, 1680, 850, 18);
    g.lineStyle(2, hexToInt(LINE), 1);
    g.strokeRoundedRect(120, 70, 1680, 850, 18);
    g.fillStyle(hexToInt(CORE_RED), 1);
    g.fillRect(120, 70, 1680, 8);
    const draw = () =>
      renderBriefing(app().overlay, scenario, this.data_.seed, {
        start: () => {
          // Named saves: a new game takes a free slot; only with every slot in progress does it
          // replace the least recently played (the title said so), kept in the history as abandoned.
          const storage = pageStorage();
          const { slot, replaces } = slotForNewGame(
            listSlots(storage, scenarioSource),
            freshSlotId(Date.now(), Math.random()),
          );
          if (replaces) abandonReplay(storage?.getItem(saveKey(replaces.slot)) ?? null);
          app().store.start(scenario, this.data_.seed, slot);
          this.scene.start('Board');
        },
        back: () => this.scene.start('Title', { mode: 'scenarios' }),
      });
    draw();
    onLanguage(this, draw);
  }
}
