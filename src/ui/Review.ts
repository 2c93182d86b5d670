// Review on the board: a verified replay stepped through month by month on the real board, read-only
// (src/dom/review.ts), from the history, the facilitator's view or the live room's results. From any
// month the player can play on (a fork, in memory) or let par finish (in the page's par worker); the
// debrief then shows the fork's score beside the original's. Loaded only when first opened.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { endFork, startFork } from '../app/fork';
import { type Reviewed, reviewOf, reviewStore } from '../app/review';
import { scenarioSource } from '../app/scenarios';
import { runActions } from '../core';
import { closeDialog, dialogOpen } from '../dom/dialogs';
import { parFromState } from '../dom/parClient';
import { guardReadOnly, monthLabel, type ReviewModel, renderReview } from '../dom/review';
import { t } from '../i18n';
import { forkReplay, makeReplay, replayToJson, verifyReplayText } from '../replay';
import { BoardDrawing } from './BoardDrawing';
import { designCamera, goToScene, markDrawn, onLanguage } from './sceneKit';

export interface ReviewRequest {
  /** The replay file's text (verified again here, as `npm run verify` does). */
  replayText: string;
  /** Whose game, shown as text ('' → "this game"). */
  who?: string;
  /** The month to open at (1-based); the first month when absent. */
  month?: number;
  /** Leaves the review: back to where it was opened from. */
  back(): void;
}

/** Opens the review scene (registering it on first use), stopping whatever scene was running. */
export function launchReview(req: ReviewRequest): void {
  const game = window.__game;
  if (!game) return;
  if (!game.scene.getScene('Review')) game.scene.add('Review', Review, false);
  for (const s of game.scene.getScenes(true)) if (s.scene.key !== 'Review') s.scene.stop();
  game.scene.start('Review', req);
}

export class Review extends Phaser.Scene {
  private req!: ReviewRequest;
  private reviewed: Reviewed | null = null;
  private drawing: BoardDrawing | null = null;
  private index = 0;
  private par: ReviewModel['par'] = null;

  constructor() {
    super('Review');
  }

  init(req: ReviewRequest): void {
    this.req = req;
    this.par = null;
    this.reviewed = null;
  }

  create(): void {
    designCamera(this);
    const { overlay } = app();
    // Whatever fork was running is over once a review opens (the player's own store comes back).
    endFork();
    this.reviewed = reviewOf(this.req.replayText);
    const r = this.reviewed;
    if (!r || r.months.length === 0) {
      const v = verifyReplayText(this.req.replayText, (id) => scenarioSource.get(id));
      overlay.announce(t('review.refused', { reason: v.ok ? 'empty' : v.reason.message }));
      this.req.back();
      return;
    }
    const month = this.req.month ?? 1;
    const at = r.months.findIndex((m) => !m.ended && m.turn === month);
    // A month past the last one played opens at the end of the game.
    this.index = at >= 0 ? at : month > 1 ? r.months.length - 1 : 0;
    this.drawing = new BoardDrawing(this);
    const unguard = guardReadOnly(overlay.screen, (text) => overlay.announce(text));
    const onKey = (e: KeyboardEvent) => this.onKey(e);
    document.addEventListener('keydown', onKey);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      document.removeEventListener('keydown', onKey);
      unguard();
      closeDialog();
      this.drawing?.stop();
      this.drawing = null;
    });
    onLanguage(this, () => {
      this.drawing?.makeLabels();
      this.show(false);
    });
    this.show(true);
  }

  private who(): string {
    return this.req.who || t('review.thisGame');
  }

  private show(announce: boolean, focusKey?: string): void {
    const r = this.reviewed;
    if (!r || !this.drawing) return;
    const { overlay } = app();
    const m = r.months[this.index]!;
    this.drawing.show(m.state, false);
    const model: ReviewModel = {
      who: this.who(),
      months: r.months,
      index: this.index,
      max: r.start.maxTurns,
      par: this.par,
    };
    renderReview(overlay, r.store, model, {
      go: (i) => this.go(i, 'review-slider'),
      fork: () => this.fork(),
      parFinish: () => this.parFinish(),
      exit: () => this.exit(),
    });
    if (focusKey) {
      const el = overlay.screen.querySelector<HTMLElement>(`[data-key="${focusKey}"]`);
      (el && !(el as HTMLButtonElement).disabled
        ? el
        : overlay.screen.querySelector<HTMLElement>('[data-key="review-slider"]')
      )?.focus({ preventScroll: true });
    }
    if (announce)
      overlay.announce(
        `${t('review.title', { who: this.who() })}${t('ui.sep')}${monthLabel(m, r.start.maxTurns)}`,
      );
    markDrawn(this, true);
  }

  private go(i: number, focusKey: string): void {
    const r = this.reviewed;
    if (!r) return;
    const next = Math.max(0, Math.min(r.months.length - 1, i));
    if (next === this.index) return;
    this.index = next;
    this.par = null;
    this.show(true, focusKey);
  }

  /** Left/Right arrows step a month (Home/End: the first and the last), unless a text field or a dialog has the keys. */
  private onKey(e: KeyboardEvent): void {
    if (e.repeat && e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    if (dialogOpen()) return;
    const el = document.activeElement;
    if (el?.closest('input:not([type="range"]), textarea, select')) return;
    // The slider moves itself on arrow keys and says so through its input event.
    if (el instanceof HTMLInputElement && el.type === 'range') return;
    const last = (this.reviewed?.months.length ?? 1) - 1;
    const to: Record<string, [number, string]> = {
      ArrowLeft: [this.index - 1, 'review-prev'],
      ArrowRight: [this.index + 1, 'review-next'],
      Home: [0, 'review-prev'],
      End: [last, 'review-next'],
    };
    const go = to[e.key];
    if (!go) return;
    e.preventDefault();
    this.go(go[0], go[1]);
  }

  private exit(): void {
    this.scene.stop();
    this.req.back();
  }

  /** The original's final score, or null when its game was not finished. */
  private originalScore(): number | null {
    const r = this.reviewed;
    const last = r?.months[r.months.length - 1];
    return last?.ended ? (last.state.assessment?.score ?? null) : null;
  }

  /** A replay store cut at the shown month: the original's state there, in memory. */
  private forkOrigin(by: 'you' | 'par') {
    const r = this.reviewed!;
    const m = r.months[this.index]!;
    const req = this.req;
    const reopen = () => launchReview({ ...req, month: m.turn });
    return {
      turn: m.turn,
      originalScore: this.originalScore(),
      by,
      back: reopen,
      again: () => {
        const fork = reviewStore(replayToJson(forkReplay(r.start, r.store.actions, m.at)));
        if (!fork) return reopen();
        startFork(fork, this.forkOrigin(by));
        window.__game?.scene.getScenes(true)[0]?.scene.start('Board');
      },
    };
  }

  private fork(): void {
    const r = this.reviewed;
    if (!r) return;
    const m = r.months[this.index]!;
    if (m.ended) return;
    const store = reviewStore(replayToJson(forkReplay(r.start, r.store.actions, m.at)));
    if (!store) return;
    startFork(store, this.forkOrigin('you'));
    this.scene.start('Board');
  }

  private parFinish(): void {
    const r = this.reviewed;
    if (!r || this.par?.busy) return;
    const m = r.months[this.index]!;
    if (m.ended) return;
    const at = this.index;
    this.par = { busy: true };
    this.show(false, 'review-par-finish');
    void parFromState(m.state).then((answer) => {
      // The player moved on meanwhile (another month, or out of the review): drop the answer.
      if (!this.scene.isActive() || this.index !== at || this.reviewed !== r) return;
      if (!answer.ok) {
        this.par = { busy: false, failed: answer.message };
        this.show(false);
        return;
      }
      const line = [...r.store.actions.slice(0, m.at), ...answer.actions];
      const run = runActions(r.start, line);
      const store =
        run.rejectedAt === null ? reviewStore(replayToJson(makeReplay(r.start, line, run.state))) : null;
      if (!store) {
        this.par = { busy: false, failed: run.rejection?.message ?? 'replay refused' };
        this.show(false);
        return;
      }
      startFork(store, this.forkOrigin('par'));
      goToScene(this, 'Debrief');
    });
  }
}
