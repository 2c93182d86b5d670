// Title: continue a saved game, start a new one, or enter a challenge (scenario + seed).
import * as Phaser from 'phaser';
import { abandonTerm } from '../app/abandon';
import { app } from '../app/context';
import { readDaily, storedLevel, storeLevel, todaysChallenge } from '../app/dailyRun';
import { scenarioSource } from '../app/scenarios';
import {
  freshSlotId,
  inProgress,
  listSlots,
  pageStorage,
  renameSlot,
  type SlotInfo,
  slotForNewGame,
} from '../app/slots';
import { DEFAULT_SLOT, saveKey } from '../app/store';
import { restoreFocus } from '../dom/bits';
import { type EntryState, entryState, takeLinkedCode } from '../dom/challengeEntry';
import type { DailyView } from '../dom/daily';
import { showScenarioBests, showTitleBest } from '../dom/history';
import type { PictureLabel } from '../dom/pictureLabels';
import { titleReadiness } from '../dom/readiness';
import { slotLabel } from '../dom/saves';
import { renderTitle, type SaveStatus, type TitleMode } from '../dom/title';
import { t } from '../i18n';
import { drawEmblem, drawTitleTexts } from './emblem';
import { designCamera, goToScene, onLanguage } from './sceneKit';
import { randomSeed } from './seed';

export class Title extends Phaser.Scene {
  private mode: TitleMode = 'menu';
  private save: SaveStatus = { kind: 'none' };
  private challenge: EntryState = entryState();
  private texts: PictureLabel[] = [];
  private level = 1;
  private slots: SlotInfo[] = [];
  private confirmDelete: string | null = null;
  private savesMessage: string | null = null;

  constructor() {
    super('Title');
  }

  private backCode = '';

  /** A line for the menu from the screen before (a term just abandoned), or null. */
  private notice: string | null = null;

  init(data?: { mode?: TitleMode; code?: string; notice?: string }): void {
    this.mode = data?.mode ?? 'menu';
    this.backCode = data?.code ?? '';
    this.notice = data?.notice ?? null;
  }

  create(): void {
    performance.mark('cs:title');
    designCamera(this);
    this.level = storedLevel(browserStorage());
    // A `#c=CODE` link opens the challenge entry with that code checked (its level comes with it).
    const linked = takeLinkedCode();
    this.challenge = entryState(linked ?? this.backCode, linked !== null);
    if (linked !== null) this.mode = 'challenge';
    // Named saves: continue the term in progress played last; the others are one button away.
    this.slots = listSlots(pageStorage(), scenarioSource);
    this.confirmDelete = null;
    this.savesMessage = null;
    this.readSave((this.slots.find(inProgress) ?? this.slots[0])?.slot ?? DEFAULT_SLOT);
    drawEmblem(this);
    this.drawTexts();
    this.render(this.mode === 'menu' ? 'continue' : null);
    if (this.notice) app().overlay.announce(this.notice);
    if (this.mode === 'challenge') restoreFocus(app().overlay.screen, this.entryFocus(), null);
    if (this.mode === 'scenarios')
      app().overlay.screen.querySelector<HTMLElement>('.scenario-button')?.focus();
    onLanguage(this, () => {
      this.drawTexts();
      this.render(null);
    });
  }

  /** Loads a slot into the store and notes what the title says about it. */
  private readSave(slot: string): void {
    const { store } = app();
    const loaded = store.load(slot);
    if (loaded.ok && store.state) {
      const s = store.state;
      this.save = {
        kind: 'ok',
        scenario: s.scenario.title,
        turn: s.turn,
        max: s.maxTurns,
        finished: s.status !== 'playing',
      };
    } else if (!loaded.ok && !loaded.empty) {
      this.save = { kind: 'refused', problem: loaded.problem };
    } else {
      this.save = { kind: 'none' };
    }
  }

  private savesView() {
    const storage = pageStorage();
    const { replaces } = slotForNewGame(this.slots, freshSlotId(0, 0));
    return {
      view: { slots: this.slots, confirmDelete: this.confirmDelete, message: this.savesMessage },
      replaces: replaces?.game ? { scenario: replaces.game.title, turn: replaces.game.turn } : null,
      on: {
        continueSlot: (slot: string) => {
          this.readSave(slot);
          if (this.save.kind === 'ok') this.scene.start('Board');
          else this.render(null);
        },
        rename: (slot: string, name: string) => {
          const ok = renameSlot(storage, slot, name);
          this.slots = listSlots(storage, scenarioSource);
          const s = this.slots.find((x) => x.slot === slot);
          this.savesMessage = ok && s ? t('saves.renamed', { name: slotLabel(s) }) : t('saves.renameFailed');
          app().overlay.announce(this.savesMessage);
          this.render(`save-name-${slot}`);
        },
        remove: (slot: string) => {
          if (this.confirmDelete !== slot) {
            this.confirmDelete = slot;
            this.render(`save-delete-${slot}`);
            return;
          }
          this.confirmDelete = null;
          let text: string | null = null;
          try {
            text = storage?.getItem(saveKey(slot)) ?? null;
          } catch {
            text = null;
          }
          abandonTerm(storage, app().store, slot, text);
          this.slots = listSlots(storage, scenarioSource);
          this.readSave((this.slots.find(inProgress) ?? this.slots[0])?.slot ?? DEFAULT_SLOT);
          this.savesMessage = t('saves.deleted');
          app().overlay.announce(this.savesMessage);
          if (this.slots.length <= 1) this.mode = 'menu';
          this.render(this.slots.length > 1 ? null : 'new');
        },
      },
    };
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
        saves: this.savesView(),
        notice: this.notice,
      },
      {
        setMode: (mode) => {
          this.mode = mode;
          this.notice = null;
          this.render(mode === 'menu' ? 'new' : mode === 'challenge' ? 'challenge-code' : null);
          if (mode === 'scenarios') {
            const first = overlay.screen.querySelector<HTMLElement>('.scenario-button');
            first?.focus();
          }
          // The saves list: the keyboard on its first term's 继续 (else the list's first control), not lost.
          if (mode === 'saves')
            (
              overlay.screen.querySelector<HTMLElement>('[data-key^="save-continue-"]') ??
              overlay.screen.querySelector<HTMLElement>('.saves-list input, .saves-list button')
            )?.focus();
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
          void showScenarioBests(overlay.screen, level);
        },
        startChallenge: (c) => this.scene.start('Briefing', c),
        openHistory: () => goToScene(this, 'History'),
      },
    );
    void showTitleBest(overlay.screen, scenarios);
    void showScenarioBests(overlay.screen, this.level);
    // The ladder's nudge (src/view/readiness.ts), on the menu only: ready for the level above the chosen one.
    const panel = overlay.screen.querySelector<HTMLElement>('.title-panel');
    if (this.mode === 'menu' && panel)
      titleReadiness(panel, this.level, scenarios, (scenarioId, level) => {
        this.level = level;
        storeLevel(browserStorage(), level);
        this.scene.start('Briefing', { scenarioId, seed: randomSeed(), level });
      });
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
