// The board scene: draws the state (BoardDrawing on the canvas, the HTML layer over it) and sends
// the player's actions to the store. Thin: the rules are in src/core, the view models in src/view.
import * as Phaser from 'phaser';
import { abandonTerm } from '../app/abandon';
import { app } from '../app/context';
import { currentFork, endFork } from '../app/fork';
import { pageStorage } from '../app/slots';
import type { StoreChange } from '../app/store';
import type { Action, GameState } from '../core';
import { renderBoard } from '../dom/board';
import { openBoardMenu } from '../dom/boardMenu';
import { tagBoardChallenge } from '../dom/challengeTag';
import { closeDialog, dialogOpen } from '../dom/dialogs';
import { confirmEndMonth, confirmOpen, showHint } from '../dom/hints';
import { downloadReplay } from '../dom/saveStatus';
import { dict, t } from '../i18n';
import { actionSentence, monthSummary } from '../view';
import { unspentEnergy } from '../view/hints';
import { BoardDrawing } from './BoardDrawing';
import { STEP_DONE } from './renderOnChange';
import { designCamera, goToScene, markDrawn, onLanguage, prefetchTerm } from './sceneKit';

export class Board extends Phaser.Scene {
  private drawing!: BoardDrawing;
  private warnedStorage = false;

  constructor() {
    super('Board');
  }

  create(): void {
    designCamera(this);
    const { store } = app();
    const state = store.state;
    if (!state) {
      this.scene.start('Title');
      return;
    }
    if (state.status !== 'playing') {
      goToScene(this, 'Debrief');
      return;
    }
    this.drawing = new BoardDrawing(this);
    this.drawing.show(state, false);
    this.renderDom(state);
    // Sentences are given as builders: a language switch says the line again in the new language.
    app().overlay.announce(() =>
      t('board.liveStart', { turn: state.turn, energy: state.energy, budget: state.budget }),
    );
    const unsubscribe = store.subscribe((c) => this.onChange(c));
    const onKey = (e: KeyboardEvent) => this.onKey(e);
    document.addEventListener('keydown', onKey);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      closeDialog();
      this.drawing.stop();
    });
    onLanguage(this, () => {
      const s = app().store.state;
      if (!s) return;
      this.drawing.makeLabels();
      this.drawing.show(s, false);
      this.renderDom(s);
    });
    markDrawn(this, true);
    // The month's summary, the debrief, the history and what they load, once this board is on screen.
    this.game.events.once(STEP_DONE, () => prefetchTerm(this.game));
  }

  /** Enter ends the month when no control has the keyboard (a focused button handles Enter itself); the
   * month's heading, where the keyboard lands at a month's start, is not a control. */
  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.repeat || dialogOpen() || this.scene.isActive('MonthSummary')) return;
    const el = document.activeElement;
    const interactive =
      el &&
      el !== document.body &&
      el.closest('button, input, select, textarea, a, [tabindex]:not([tabindex="-1"])');
    if (interactive) return;
    e.preventDefault();
    // 精力 left that could still be spent: ask first (a second Enter, or the button, confirms).
    const { overlay, store } = app();
    const left = store.state ? unspentEnergy(store.state) : 0;
    if (left > 0 && !confirmOpen(overlay)) {
      confirmEndMonth(overlay, left, () => this.act({ type: 'endMonth' }));
      overlay.announce(
        () => `${t('confirm.endMonthTitle', { energy: left })}${t('ui.sep')}${t('confirm.endMonth')}`,
      );
      return;
    }
    this.act({ type: 'endMonth' });
  }

  private act(action: Action): void {
    const result = app().store.dispatch(action);
    if (!result.ok) {
      const code = result.rejection.code;
      app().overlay.announce(() => t('board.rejected', { reason: dict().rejection[code] }));
    }
  }

  private onChange(change: StoreChange): void {
    const { state, prev, events, action } = change;
    const { overlay, store } = app();
    this.drawing.show(state, prev !== null);
    if (store.persistFailed && !this.warnedStorage) {
      this.warnedStorage = true;
      overlay.announce(() => t('save.storageFailed'));
    }
    if (action?.type === 'endMonth' && prev) {
      const summary = monthSummary(prev, state, events);
      // The board behind the summary already shows the new month.
      if (state.status === 'playing') this.renderDom(state);
      goToScene(this, 'MonthSummary', { summary, state }, true);
    } else {
      this.renderDom(state);
      if (prev && action) overlay.announce(() => actionSentence(action, prev.log, state.log, store));
    }
    markDrawn(this);
  }

  private renderDom(state: GameState): void {
    const { overlay, store } = app();
    renderBoard(overlay, state, store, {
      act: (a) => this.act(a),
      refused: (reason) => overlay.announce(reason),
      menu: () =>
        openBoardMenu(overlay, {
          fork: currentFork() !== null,
          saveFailed: store.persistFailed,
          toTitle: () => {
            // A fork's store is in memory: the title reads the player's own saves.
            if (currentFork()) endFork();
            this.scene.start('Title');
          },
          download: () => downloadReplay(app().store),
          ...(currentFork() !== null || store.team
            ? {}
            : {
                abandon: () => {
                  abandonTerm(pageStorage(), store, store.slot, store.replayText());
                  this.scene.start('Title', { notice: t('menu.abandoned') });
                },
              }),
        }),
    });
    // A fork is a what-if, never a team's game to hand in: no checkpoint code (its debrief has none either).
    tagBoardChallenge(overlay.screen, state, store.team, { checkpoint: currentFork() === null });
    showHint(overlay, state);
    // A fork (played on from a reviewed month, in memory): say so, and offer the way back.
    const fork = currentFork();
    if (fork)
      void import('../dom/review').then((m) => {
        if (this.scene.isActive() && currentFork() === fork)
          m.tagFork(overlay.screen, fork, () => {
            endFork();
            fork.back();
          });
      });
  }
}
