// Title: continue a saved game, start a new one, or enter a challenge (scenario + seed).
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { abandonReplay } from '../app/history';
import { scenarioSource } from '../app/scenarios';
import {
  forgetSlot,
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
import { showTitleBest } from '../dom/history';
import { slotLabel } from '../dom/saves';
import { renderTitle, type SaveStatus, SEED_PATTERN, type TitleMode } from '../dom/title';
import { t } from '../i18n';
import { drawEmblem, drawTitleTexts } from './emblem';
import { designCamera, onLanguage } from './sceneKit';
import { randomSeed } from './seed';

export class Title extends Phaser.Scene {
  private mode: TitleMode = 'menu';
  private save: SaveStatus = { kind: 'none' };
  private challenge = { scenarioId: '', seed: '', error: false };
  private texts: Phaser.GameObjects.Text[] = [];
  private slots: SlotInfo[] = [];
  private confirmDelete: string | null = null;
  private savesMessage: string | null = null;

  constructor() {
    super('Title');
  }

  init(data?: { mode?: TitleMode }): void {
    this.mode = data?.mode ?? 'menu';
  }

  create(): void {
    performance.mark('cs:title');
    designCamera(this);
    const { scenarios } = app();
    this.challenge = { scenarioId: scenarios[0]?.id ?? '', seed: randomSeed(), error: false };
    // Named saves: continue the term in progress played last; the others are one button away.
    this.slots = listSlots(pageStorage(), scenarioSource);
    this.confirmDelete = null;
    this.savesMessage = null;
    this.readSave((this.slots.find(inProgress) ?? this.slots[0])?.slot ?? DEFAULT_SLOT);
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

  /** Loads a slot into the store and notes what the title says about it. */
  private readSave(slot: string): void {
    const { store } = app();
    const loaded = store.load(slot);
    if (loaded.ok && store.state) {
      const s = store.state;
      this.save = { kind: 'ok', scenario: s.scenario.title, turn: s.turn, max: s.maxTurns };
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
          abandonReplay(text);
          app().store.close();
          app().store.discard(slot);
          forgetSlot(storage, slot);
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
        saves: this.savesView(),
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
