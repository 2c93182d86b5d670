// Title: continue a saved game, start a new one, or enter a challenge (scenario + seed).
import * as Phaser from 'phaser';
import { takeChallengeLink } from '../app/challengeLink';
import { app } from '../app/context';
import { readDaily, storedLevel, storeLevel, todaysChallenge } from '../app/dailyRun';
import { restoreFocus } from '../dom/bits';
import type { DailyView } from '../dom/daily';
import { challengeSeed, renderTitle, type SaveStatus, type TitleMode } from '../dom/title';
import { drawEmblem, drawTitleTexts } from './emblem';
import { designCamera, onLanguage } from './sceneKit';
import { randomSeed } from './seed';

export class Title extends Phaser.Scene {
  private mode: TitleMode = 'menu';
  private save: SaveStatus = { kind: 'none' };
  private challenge = { scenarioId: '', seed: '', error: false };
  private texts: Phaser.GameObjects.Text[] = [];
  private level = 1;
  private linkError: string | null = null;

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
    // A challenge link (`#c=CODE`) opens its briefing at once, at the code's term and level.
    const linked = takeChallengeLink((id) => scenarios.find((s) => s.id === id));
    if (linked?.ok) {
      this.scene.start('Briefing', linked.challenge);
      return;
    }
    this.linkError = linked && !linked.ok ? linked.message : null;
    this.level = storedLevel(browserStorage());
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
        scenarioErrors: this.linkError ? [this.linkError] : [],
        challenge: this.challenge,
        daily: this.dailyView(),
        level: this.level,
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
        challengeInput: (scenarioId, seed) => {
          const normal = challengeSeed(seed);
          this.challenge = { scenarioId, seed, error: normal === null };
          if (normal === null) {
            this.render('challenge-seed');
            return;
          }
          this.scene.start('Briefing', { scenarioId, seed: normal, level: this.level });
        },
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
