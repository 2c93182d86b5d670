// Review on the board, read-only: the real board (renderBoard over BoardDrawing) at the start of a
// month, every control that would act marked unavailable and guarded, and a bar to step through the
// months, play on from one (a fork) or let par finish it. Explanations (tooltips) stay readable.

import type { MonthStart } from '../app/review';
import { dict, t } from '../i18n';
import { BOTTOM_BAR, lossLine, movesByMonth, moveText, type Names } from '../view';
import { renderBoard } from './board';
import { h } from './h';
import type { Overlay } from './overlay';
import './review.css';

export interface ReviewModel {
  /** Whose game: a team's name, or "this game". Text only. */
  who: string;
  months: readonly MonthStart[];
  /** The month shown (an index into `months`). */
  index: number;
  /** The term's length. */
  max: number;
  /** Par is playing on (the buttons wait), or failed with a message. */
  par: { busy: true } | { busy: false; failed: string } | null;
}

export interface ReviewHandlers {
  go(index: number): void;
  fork(): void;
  parFinish(): void;
  exit(): void;
}

/** What stepping shows as the month's name: "start of month 3 of 12", or the end of the term. */
export function monthLabel(m: MonthStart, max: number): string {
  if (!m.ended) return t('review.month', { turn: m.turn, max });
  // A game lost before its last month says so: "the end of the term" would hide it.
  return lossLine(m.state) && m.state.turn < max
    ? t('review.endedEarly', { turn: m.state.turn, max })
    : t('review.ended', { max });
}

/** Draws the board of `model`'s month as read-only, with the review's bar in place of the action bar. */
export function renderReview(overlay: Overlay, names: Names, model: ReviewModel, on: ReviewHandlers): void {
  const m = model.months[model.index]!;
  const refuse = () => overlay.announce(t('review.readOnly'));
  renderBoard(overlay, m.state, names, { act: refuse, refused: refuse });
  const screen = overlay.screen;
  screen.dataset.review = 'true';
  markReadOnly(screen);
  screen.querySelector('.legend')?.remove();
  screen.querySelector('.action-bar')?.replaceWith(reviewBar(model, on));
  screen.append(movesPanel(m, names));
  const top = screen.querySelector('.topbar .month');
  top?.replaceChildren(monthLabel(m, model.max));
}

/** Every control that would act: marked unavailable, saying why (focus and tooltips still work). */
function markReadOnly(screen: HTMLElement): void {
  const why = t('review.readOnly');
  for (const b of screen.querySelectorAll<HTMLElement>('button.action, button.concern, button.hotspot')) {
    if (b.dataset.tipOnly === 'true') continue;
    b.setAttribute('aria-disabled', 'true');
    b.classList.add('unavailable');
    b.dataset.reason = why;
  }
}

/**
 * Stops every click that would act on the board while reviewing (buttons, and keys that click them),
 * before the board's own handlers see it, and says why. Returns the function that removes the guard.
 */
export function guardReadOnly(screen: HTMLElement, say: (text: string) => void): () => void {
  const guard = (e: Event) => {
    if (screen.dataset.review !== 'true') return;
    const b = (e.target as Element | null)?.closest?.('button.action, button.concern, button.hotspot');
    if (!b || (b as HTMLElement).dataset.tipOnly === 'true') return;
    e.stopImmediatePropagation();
    e.preventDefault();
    say(t('review.readOnly'));
  };
  screen.addEventListener('click', guard, true);
  return () => {
    screen.removeEventListener('click', guard, true);
    delete screen.dataset.review;
  };
}

function reviewBar(model: ReviewModel, on: ReviewHandlers): HTMLElement {
  const m = model.months[model.index]!;
  const last = model.months.length - 1;
  const busy = model.par?.busy === true;
  const slider = h('input', {
    type: 'range',
    class: 'review-slider',
    'data-key': 'review-slider',
    min: '1',
    max: String(model.months.length),
    step: '1',
    value: String(model.index + 1),
    'aria-label': t('review.slider'),
    'aria-valuetext': monthLabel(m, model.max),
  }) as HTMLInputElement;
  slider.addEventListener('input', () => on.go(Number(slider.value) - 1));
  const button = (key: string, cls: string, label: string, run: () => void, off: boolean) =>
    h(
      'button',
      {
        type: 'button',
        class: `review-button ${cls}`,
        'data-key': key,
        disabled: off,
        onclick: run,
      },
      label,
    );
  const parNote =
    model.par === null
      ? null
      : h(
          'p',
          { class: `review-par${model.par.busy ? '' : ' warn'}`, role: 'status', 'data-key': 'review-par' },
          model.par.busy
            ? t('review.parBusy', { turn: m.turn })
            : t('review.parFailed', { message: model.par.failed }),
        );
  return h(
    'nav',
    {
      class: 'review-bar',
      'aria-label': t('review.marker'),
      style: {
        left: `${BOTTOM_BAR.x}px`,
        top: `${BOTTOM_BAR.y}px`,
        width: `${BOTTOM_BAR.w}px`,
        height: `${BOTTOM_BAR.h}px`,
      },
    },
    h(
      'div',
      { class: 'review-whose' },
      h('span', { class: 'review-marker', 'data-key': 'review-marker' }, t('review.marker')),
      h('span', { class: 'review-who', 'data-key': 'review-who' }, t('review.title', { who: model.who })),
    ),
    button(
      'review-prev',
      'review-step prev',
      t('review.prev'),
      () => on.go(model.index - 1),
      model.index <= 0,
    ),
    h(
      'div',
      { class: 'review-where' },
      h(
        'strong',
        { class: 'review-month', 'data-key': 'review-month', 'aria-live': 'polite' },
        monthLabel(m, model.max),
      ),
      slider,
    ),
    button(
      'review-next',
      'review-step next',
      t('review.next'),
      () => on.go(model.index + 1),
      model.index >= last,
    ),
    h('span', { class: 'spacer' }),
    parNote,
    button('review-fork', 'primary', t('review.fork'), on.fork, m.ended || busy),
    button('review-par-finish', '', t('review.parFinish'), on.parFinish, m.ended || busy),
    button('review-exit', 'exit', t('review.exit'), on.exit, false),
  );
}

/** The month's moves in words (the debrief's sentences), or the term's result at its end. */
function movesPanel(m: MonthStart, names: Names): HTMLElement {
  const panel = h('section', { class: 'review-moves', 'data-key': 'review-moves', 'aria-live': 'polite' });
  if (m.ended) {
    const a = m.state.assessment;
    const lost = lossLine(m.state);
    panel.append(h('h2', null, monthLabel(m, m.state.maxTurns)));
    if (lost) panel.append(h('p', { class: 'warn', 'data-key': 'review-lost' }, lost));
    panel.append(
      h(
        'p',
        null,
        a ? t('review.final', { score: a.score, rating: dict().rating[a.rating] }) : t('review.finalNone'),
      ),
    );
    return panel;
  }
  const moves = movesByMonth(m.state, m.actions)[0]?.moves ?? [];
  panel.append(h('h2', null, t('review.moves', { turn: m.turn })));
  if (m.actions.length === 0) panel.append(h('p', null, t('review.finalNone')));
  else if (moves.length === 0) panel.append(h('p', null, t('review.noMoves')));
  else
    panel.append(
      h(
        'ol',
        null,
        moves.map((x) => h('li', null, moveText(x, names))),
      ),
    );
  return panel;
}

/** The fork's line on the board: where it started, the original's score, and the way out. */
export function tagFork(
  screen: HTMLElement,
  fork: { turn: number; originalScore: number | null },
  leave: () => void,
): void {
  screen.querySelector('.fork-tag')?.remove();
  screen
    .querySelector('.topbar')
    ?.append(
      h(
        'p',
        { class: 'fork-tag', 'data-key': 'fork-tag' },
        t('fork.tag', { turn: fork.turn, score: fork.originalScore ?? '—' }),
        ' ',
        h(
          'button',
          { type: 'button', class: 'review-button', 'data-key': 'fork-leave', onclick: leave },
          t('fork.leave'),
        ),
      ),
    );
}
