// Briefing: the scenario's background, objectives and learning points; Start begins month 1.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { abandonReplay } from '../app/history';
import { scenarioSource } from '../app/scenarios';
import { freshSlotId, listSlots, pageStorage, slotForNewGame } from '../app/slots';
import { saveKey } from '../app/store';
import { renderBriefing } from '../dom/briefing';
import { briefingNotes } from '../dom/daily';
import { CORE_RED, hexToInt, LINE, PANEL } from '../view';
import { designCamera, onLanguage } from './sceneKit';

export interface BriefingData {
  scenarioId: string;
  seed: string;
  /** A challenge's term (absent = the scenario's) and ladder level (absent = 1). */
  months?: number;
  level?: number;
  /** A daily challenge already finished today: this try is practice. */
  practice?: boolean;
  /** A challenge game (src/app/challenge.ts ChallengeStart): its team and code. */
  team?: string;
  code?: string;
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
    const d = this.data_;
    const challenge =
      d.code || d.months !== undefined
        ? { code: d.code ?? '', team: d.team ?? '', months: d.months ?? scenario.months }
        : undefined;
    const draw = () =>
      renderBriefing(
        app().overlay,
        scenario,
        d.seed,
        {
          start: () => {
            // Named saves: a new game takes a free slot; only with every slot in progress does it
            // replace the least recently played (the title said so), kept in the history as abandoned.
            const storage = pageStorage();
            const { slot, replaces } = slotForNewGame(
              listSlots(storage, scenarioSource),
              freshSlotId(Date.now(), Math.random()),
            );
            if (replaces) abandonReplay(storage?.getItem(saveKey(replaces.slot)) ?? null);
            app().store.start(scenario, d.seed, slot, {
              ...(d.months === undefined ? {} : { months: d.months }),
              ...(d.level === undefined ? {} : { level: d.level }),
              team: d.team ?? '',
            });
            this.scene.start('Board');
          },
          back: () =>
            this.scene.start('Title', d.code ? { mode: 'challenge', code: d.code } : { mode: 'scenarios' }),
        },
        challenge,
      );
    const drawAll = () => {
      draw();
      briefingNotes(app().overlay, d);
    };
    drawAll();
    onLanguage(this, drawAll);
  }
}
