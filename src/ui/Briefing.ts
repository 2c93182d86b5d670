// Briefing: the scenario's background, objectives and learning points; Start begins month 1.
import * as Phaser from 'phaser';
import { app } from '../app/context';
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
      renderBriefing(
        app().overlay,
        scenario,
        this.data_.seed,
        {
          start: () => {
            const { months, level } = this.data_;
            app().store.start(scenario, this.data_.seed, undefined, {
              ...(months !== undefined ? { months } : {}),
              ...(level !== undefined ? { level } : {}),
            });
            this.scene.start('Board');
          },
          back: () => this.scene.start('Title', { mode: 'scenarios' }),
        },
        this.data_.months,
      );
    const drawAll = () => {
      draw();
      briefingNotes(app().overlay, this.data_);
    };
    drawAll();
    onLanguage(this, drawAll);
  }
}
