// The guided first game's hint card and the end-of-month confirmation, over the board. The hint is
// a polite live region, never modal: it names the mechanic, quotes the lecture, and marks the real
// control that helps (the player presses it; the hint never acts). "Got it" and "Don't show hints
// again" dismiss it. The confirmation asks before Enter ends a month with 精力 still to spend.
import { readHintPrefs, writeHintPrefs } from '../app/hintPrefs';
import type { GameState } from '../core';
import { dict, t, type UiKey } from '../i18n';
import { type Hint, hintFor } from '../view/hints';
import { quoteBlock } from './explain';
import { h } from './h';
import type { Overlay } from './overlay';
import './hints.css';

const HINT_ID = 'board-hint';

/** Shows the hint that matters now (if any), marking its control; call after every board render. */
export function showHint(overlay: Overlay, state: GameState): void {
  const old = overlay.screen.querySelector<HTMLElement>(`#${HINT_ID}`);
  const before = old?.dataset.key ?? null;
  old?.remove();
  for (const el of overlay.screen.querySelectorAll('.hint-target')) {
    el.classList.remove('hint-target');
    el.removeAttribute('aria-describedby');
  }
  const prefs = readHintPrefs();
  if (prefs.off) return;
  const hint = hintFor(state, prefs.seen);
  if (!hint) return;
  const dismiss = (off: boolean) => {
    const p = readHintPrefs();
    p.seen.add(hint.id);
    p.off = p.off || off;
    writeHintPrefs(p);
    if (off) overlay.announce(() => t('hint.offDone'));
    showHint(overlay, state);
    overlay.screen.querySelector<HTMLElement>(`[data-key="${hint.target}"]`)?.focus();
  };
  const card = hintCard(hint, dismiss);
  overlay.screen.append(card);
  const target = overlay.screen.querySelector<HTMLElement>(`[data-key="${hint.target}"]`);
  if (target) {
    target.classList.add('hint-target');
    target.setAttribute('aria-describedby', `${HINT_ID}-text`);
  }
  // Said once, when a new hint appears (a re-render of the same hint stays quiet); its control is
  // scrolled into view (a programme low in its list), never focused or pressed.
  if (before !== card.dataset.key) target?.scrollIntoView?.({ block: 'nearest' });
  if (before !== card.dataset.key)
    overlay.announce(() => `${t('hint.label')}${t('ui.colon')}${hintTitle(hint)}`);
}

function hintTitle(hint: Hint): string {
  return t(`hint.${hint.id}.title` as UiKey);
}

function hintText(hint: Hint): string {
  const p = { ...hint.params };
  if (hint.id === 'drift' && typeof p.force === 'string')
    p.force = dict().force[p.force as keyof ReturnType<typeof dict>['force']];
  return t((hint.variant ? `hint.${hint.id}.${hint.variant}` : `hint.${hint.id}`) as UiKey, p);
}

function hintCard(hint: Hint, dismiss: (off: boolean) => void): HTMLElement {
  return h(
    'aside',
    { id: HINT_ID, class: 'hint-card', 'aria-labelledby': `${HINT_ID}-title`, 'data-key': `hint-${hint.id}` },
    h(
      'div',
      { class: 'hint-head' },
      h(
        'h2',
        { id: `${HINT_ID}-title`, class: 'hint-title' },
        h('span', { class: 'hint-eyebrow' }, t('hint.label')),
        hintTitle(hint),
      ),
      h(
        'div',
        { class: 'hint-buttons' },
        h(
          'button',
          { type: 'button', class: 'hint-ok', 'data-key': 'hint-ok', onclick: () => dismiss(false) },
          t('hint.ok'),
        ),
        h(
          'button',
          { type: 'button', class: 'text-button', 'data-key': 'hint-off', onclick: () => dismiss(true) },
          t('hint.off'),
        ),
      ),
    ),
    h('p', { id: `${HINT_ID}-text`, class: 'hint-text' }, hintText(hint)),
    quoteBlock(hint.concept),
  );
}

const CONFIRM_ID = 'end-month-confirm';

export function confirmOpen(overlay: Overlay): boolean {
  return overlay.screen.querySelector(`#${CONFIRM_ID}`) !== null;
}

export function closeConfirm(overlay: Overlay): void {
  overlay.screen.querySelector(`#${CONFIRM_ID}`)?.remove();
}

/**
 * Asks before ending a month with 精力 unspent. Focus goes to "End the month anyway", so a second
 * Enter confirms; Esc or "Keep acting" closes it and nothing happens.
 */
export function confirmEndMonth(overlay: Overlay, energy: number, end: () => void): void {
  closeConfirm(overlay);
  const cancel = () => {
    closeConfirm(overlay);
    (document.activeElement as HTMLElement | null)?.blur?.();
  };
  const go = h(
    'button',
    {
      type: 'button',
      class: 'menu-button primary',
      'data-key': 'confirm-end-month',
      onclick: () => {
        closeConfirm(overlay);
        end();
      },
    },
    t('confirm.endMonthGo'),
  );
  const box = h(
    'div',
    {
      id: CONFIRM_ID,
      class: 'end-confirm',
      role: 'alertdialog',
      'aria-labelledby': `${CONFIRM_ID}-title`,
      'aria-describedby': `${CONFIRM_ID}-text`,
      'data-key': 'end-month-confirm',
      onkeydown: (e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          cancel();
        }
      },
    },
    h('h2', { id: `${CONFIRM_ID}-title` }, t('confirm.endMonthTitle', { energy })),
    h('p', { id: `${CONFIRM_ID}-text` }, t('confirm.endMonth')),
    h(
      'div',
      { class: 'end-confirm-buttons' },
      h(
        'button',
        { type: 'button', class: 'menu-button', 'data-key': 'confirm-keep-acting', onclick: cancel },
        t('confirm.endMonthBack'),
      ),
      go,
    ),
  );
  overlay.screen.append(box);
  go.focus();
}
