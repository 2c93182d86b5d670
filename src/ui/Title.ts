// Title: continue a saved game, start a new one, or enter a challenge (scenario + seed).
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { restoreFocus } from '../dom/bits';
import { showTitleBest } from '../dom/history';
import { renderTitle, type SaveStatus, SEED_PATTERN, type TitleMode } from '../dom/title';
import { drawEmblem, drawTitleTexts } from './emblem';
import { designCamera, onLanguage } from './sceneKit';
import { randomSeed } from './seed';

export class Title extends Phaser.Scene {
  private mode: TitleMode = 'menu';
  private save: SaveStatus = { kind: 'none' };
  private challenge = { scenarioId: '', seed: '', error: false };
  private texts: Phaser.GameObjects.Text[] = [];

  constructor() {
    super('Title');
  }

  init(data?: { mode?: TitleMode }): void {
    this.mode = data?.mode ?? 'menu';
  }

  create(): void {
    performance.mark('cs:title');
    designCamera(this);
    const { store, scenarios } = app();
    this.challenge = { scenarioId: scenarios[0]?.id ?? '', seed: randomSeed(), error: false };
    const loaded = store.load();
    if (loaded.ok && store.state) {
      const s = store.state;
      this.save = { kind: 'ok', scenario: s.scenario.title, turn: s.turn, max: s.maxTurns };
    } else if (!loaded.ok && !loaded.empty) {
      this.save = { kind: 'refused', problem: loaded.problem };
    } else {
      this.save = { kind: 'none' };
    }
    drawEmblem(this);
    this.drawTexts();
    this.render(this.mode === 'menu' ? 'continue' : null);
    if (this.mode === 'scenarios')
      app().overlay.screen.querySelector<HTMLElement>('.scenario-button')?.focus();
    onLanguage(this, () => {
      this.drawTexts();
      this.render(null);
    });
  }

  private render(focus: string | null): void {
    const { overlay, scenarios } = app();
    renderTitle(
      overlay,
      {
        mode: this.mode,
        save: this.save,
        scenarios,
        scenarioErrors: [],
        challenge: this.challenge,
      },
      {
        setMode: (mode) => {
          this.mode = mode;
          this.render(mode === 'menu' ? 'new' : mode === 'challenge' ? 'challenge-scenario' : null);
          if (mode === 'scenarios') {
            const first = overlay.screen.querySelector<HTMLElement>('.scenario-button');
            first?.focus();
          }
        },
        continueGame: () => this.scene.start('Board'),
        choose: (scenarioId, seed) =>
          this.scene.start('Briefing', { scenarioId, seed: seed ?? randomSeed() }),
        challengeInput: (scenarioId, seed) => {
          this.challenge = { scenarioId, seed, error: !SEED_PATTERN.test(seed) };
          if (this.challenge.error) {
            this.render('challenge-seed');
            return;
          }
          this.scene.start('Briefing', { scenarioId, seed });
        },
        openHistory: () => this.scene.start('History'),
      },
    );
    void showTitleBest(overlay.screen, scenarios);
    restoreFocus(overlay.screen, focus, 'new');
  }

  private drawTexts(): void {
    for (const tx of this.texts) tx.destroy();
    this.texts = drawTitleTexts(this);
  }
}
