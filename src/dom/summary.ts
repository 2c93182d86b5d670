// The month-end summary: what changed, what happened, and the way on (next month or the debrief).
import type { GameEvent, GameState } from '../core';
import { dict, t } from '../i18n';
import { eventText, type MonthSummary, type Names, summarySentence, type Why, whyText } from '../view';
import { forceBadge, modeBadge } from './bits';
import { h, uid } from './h';
import type { Overlay } from './overlay';

const BAD_EVENTS = new Set<GameEvent['type']>(['concernEscalated', 'concernFailed']);

export function renderSummary(
  overlay: Overlay,
  s: MonthSummary,
  state: GameState,
  names: Names,
  onNext: () => void,
): HTMLButtonElement {
  const d = dict();
  overlay.modal.replaceChildren();
  const titleId = uid('sum');
  const next = h(
    'button',
    { type: 'button', class: 'menu-button primary', 'data-key': 'summary-next', onclick: () => onNext() },
    s.gameOver ? t('summary.toDebrief') : t('summary.next', { n: state.turn }),
  );
  const changes = h(
    'ul',
    { class: 'summary-changes' },
    s.changes.map((c) =>
      h(
        'li',
        { class: c.worsening ? 'worse' : 'better' },
        h('span', { class: 'sum-name' }, d.metric[c.id]),
        whyCell(c.why),
        h('span', { class: 'sum-values' }, `${c.before} → ${c.after}`),
        h('span', { class: 'sum-delta' }, `${c.delta > 0 ? '▲' : '▼'}${Math.abs(c.delta)}`),
      ),
    ),
    s.alignment.map((a) =>
      h(
        'li',
        { class: a.delta < 0 ? 'worse' : 'better' },
        h(
          'span',
          { class: 'sum-name' },
          forceBadge(a.force, 'small'),
          ` ${t('tip.alignmentOf', { force: d.forceShort[a.force] })}`,
        ),
        a.nowDrifting ? h('span', { class: 'warn' }, d.ui['board.drifting']) : null,
        whyCell(a.why),
        h('span', { class: 'sum-values' }, `${a.before} → ${a.after}`),
        h('span', { class: 'sum-delta' }, `${a.delta > 0 ? '▲' : '▼'}${Math.abs(a.delta)}`),
      ),
    ),
    s.modes
      ? h(
          'li',
          { class: 'sum-modes' },
          h('span', { class: 'sum-name' }, t('summary.modes')),
          whyCell(s.modes.why),
          h(
            'span',
            { class: 'sum-mode-changes' },
            s.modes.changes.map((m) =>
              h(
                'span',
                { class: `sum-mode ${m.delta < 0 ? 'worse' : 'better'}` },
                modeBadge(m.mode, 'small'),
                h('span', { class: 'sum-delta' }, `${m.delta > 0 ? '▲' : '▼'}${Math.abs(m.delta)}`),
              ),
            ),
          ),
        )
      : null,
  );
  const events = s.events
    .map((e) => ({
      e,
      text: eventText(e, names, state, 'concern' in e && s.lateSeen.includes(e.concern)),
    }))
    .filter((x): x is { e: GameEvent; text: string } => x.text !== null);
  const box = h(
    'div',
    { class: 'dialog summary', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    h('div', { class: 'dialog-head' }, h('h2', { id: titleId }, t('summary.title', { turn: s.turn }))),
    h(
      'div',
      { class: 'summary-columns' },
      h(
        'section',
        null,
        h('h3', null, t('summary.changes')),
        s.changes.length || s.alignment.length || s.modes ? changes : h('p', null, t('summary.nothing')),
      ),
      h(
        'section',
        null,
        h('h3', null, t('summary.events')),
        events.length
          ? h(
              'ul',
              { class: 'summary-events' },
              events.map((x) => h('li', { class: BAD_EVENTS.has(x.e.type) ? 'worse' : '' }, x.text)),
            )
          : h('p', null, t('summary.nothing')),
      ),
    ),
    h('div', { class: 'dialog-actions' }, next),
  );
  overlay.modal.append(h('div', { class: 'backdrop' }, box));
  overlay.screen.inert = true;
  overlay.root.dataset.screen = 'summary';
  document.documentElement.dataset.screen = 'summary';
  overlay.announce(() => summarySentence(s));
  next.focus();
  return next;
}

/** Why a line moved, beside its name ("未纳入统筹"; "诉求升级 −10 · 其余 −3"). */
function whyCell(why: Why): HTMLElement {
  return h('span', { class: 'sum-why' }, whyText(why));
}

export function closeSummary(overlay: Overlay): void {
  overlay.modal.replaceChildren();
  overlay.screen.inert = false;
  overlay.root.dataset.screen = 'board';
  document.documentElement.dataset.screen = 'board';
}
