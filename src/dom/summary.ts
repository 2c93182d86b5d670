// The month-end summary: what changed, what happened, and the way on (next month or the debrief).
import type { GameEvent, GameState } from '../core';
import { dict, pick, signed, t } from '../i18n';
import type { MonthSummary } from '../ui/selectors';
import { forceBadge } from './bits';
import type { Names } from './explain';
import { h, uid } from './h';
import type { Overlay } from './overlay';

export function eventText(e: GameEvent, names: Names, state: GameState): string | null {
  const d = dict();
  const title = (id: string) => {
    const x = names.concernTitle(id);
    return x ? pick(x) : id;
  };
  switch (e.type) {
    case 'concernResolved':
      return t('event.resolved', { title: title(e.concern) });
    case 'concernEscalated':
      return t('event.escalated', { kind: d.concernKind[e.kind], title: title(e.concern) });
    case 'concernFailed':
      return t('event.failed', { title: title(e.concern) });
    case 'concernArrived':
      return e.hidden ? t('event.arrivedHidden') : t('event.arrived', { title: title(e.concern) });
    case 'concernPerceived':
      return t('event.perceived', { title: title(e.concern) });
    case 'shockForecast': {
      const shock = state.scenario.shocks.find((s) => s.concern.id === e.template);
      return t('event.forecast', { title: shock ? pick(shock.concern.title) : e.template });
    }
    case 'gameEnded':
      return e.status === 'lost' && e.reason ? t('event.lost', { reason: d.loss[e.reason] }) : t('event.won');
    default:
      return null;
  }
}

const BAD_EVENTS = new Set<GameEvent['type']>(['concernEscalated', 'concernFailed']);

/** One sentence for the live region. */
export function summarySentence(s: MonthSummary): string {
  const d = dict();
  const parts = s.changes.map((c) => `${d.metric[c.id]} ${signed(c.delta)}`);
  for (const a of s.alignment)
    if (a.nowDrifting) parts.push(t('debrief.tpDrifted', { force: d.forceShort[a.force] }));
  return t('summary.live', { turn: s.turn, changes: parts.join(t('ui.and')) || t('summary.nothing') });
}

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
        h('span', { class: 'sum-values' }, `${a.before} → ${a.after}`),
        h('span', { class: 'sum-delta' }, `${a.delta > 0 ? '▲' : '▼'}${Math.abs(a.delta)}`),
        a.nowDrifting ? h('span', { class: 'warn' }, d.ui['board.drifting']) : null,
      ),
    ),
  );
  const events = s.events
    .map((e) => ({ e, text: eventText(e, names, state) }))
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
        s.changes.length || s.alignment.length ? changes : h('p', null, t('summary.nothing')),
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
  overlay.announce(summarySentence(s));
  next.focus();
  return next;
}

export function closeSummary(overlay: Overlay): void {
  overlay.modal.replaceChildren();
  overlay.screen.inert = false;
  overlay.root.dataset.screen = 'board';
  document.documentElement.dataset.screen = 'board';
}
