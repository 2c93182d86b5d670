// Title: continue a saved game, start a new one, or enter a challenge (scenario + seed).
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { readDaily, storedLevel, storeLevel, todaysChallenge } from '../app/dailyRun';
import { restoreFocus } from '../dom/bits';
import { type EntryState, entryState, takeLinkedCode } from '../dom/challengeEntry';
import type { DailyView } from '../dom/daily';
import { renderTitle, type SaveStatus, type TitleMode } from '../dom/title';
import { drawEmblem, drawTitleTexts } from './emblem';
import { designCamera, onLanguage } from './sceneKit';
import { randomSeed } from './seed';

export class Title extends Phaser.Scene {
  private mode: TitleMode = 'menu';
  private save: SaveStatus = { kind: 'none' };
  private challenge: EntryState = entryState();
  private texts: Phaser.GameObjects.Text[] = [];
  private level = 1;

  constructor() {
    super('Title');
  }

  private backCode = '';

  init(data?: { mode?: TitleMode; code?: string }): void {
    this.mode = data?.mode ?? 'menu';
    this.backCode = data?.code ?? '';
  }

  create(): void {
    performance.mark('cs:title');
    designCamera(this);
    const { store } = app();
    this.level = storedLevel(browserStorage());
    // A `#c=CODE` link opens the challenge entry with that code checked (its level comes with it).
    const linked = takeLinkedCode();
    this.challenge = entryState(linked ?? this.backCode, linked !== null);
    if (linked !== null) this.mode = 'challenge';
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
    if (this.mode === 'challenge') restoreFocus(app().overlay.screen, this.entryFocus(), null);
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
        daily: this.dailyView(),
        level: this.level,
      },
      {
        setMode: (mode) => {
          this.mode = mode;
          this.render(mode === 'menu' ? 'new' : mode === 'challenge' ? 'challenge-code' : null);
          if (mode === 'scenarios') {
            const first = overlay.screen.querySelector<HTMLElement>('.scenario-button');
            first?.focus();
          }
        },
        continueGame: () => this.scene.start('Board'),
        choose: (scenarioId, seed) =>
          this.scene.start('Briefing', { scenarioId, seed: seed ?? randomSeed(), level: this.level }),
        daily: () => {
          const d = this.dailyView();
          if (!d) return;
          const { scenarioId, seed, level, date } = d.challenge;
          this.scene.start('Briefing', { scenarioId, seed, level, practice: date in d.record });
        },
        setLevel: (level) => {
          this.level = level;
          storeLevel(browserStorage(), level);
        },
        startChallenge: (c) => this.scene.start('Briefing', c),
      },
    );
    restoreFocus(overlay.screen, focus, 'new');
  }

  /** Today's challenge by the page's clock, among the scenarios this build ships. */
  private dailyView(): DailyView | undefined {
    const { scenarios } = app();
    const challenge = todaysChallenge(scenarios.map((s) => s.id));
    const scenario = scenarios.find((s) => s.id === challenge.scenarioId);
    return scenario ? { challenge, scenario, record: readDaily(browserStorage()) } : undefined;
  }

  /** The team field once a linked code is valid, else the code field. */
  private entryFocus(): string {
    return app().overlay.screen.querySelector('#challenge-team') ? 'challenge-team' : 'challenge-code';
  }

  private drawTexts(): void {
    for (const tx of this.texts) tx.destroy();
    this.texts = drawTitleTexts(this);
  }
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
