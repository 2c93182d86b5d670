// The debrief's account of the player's own decisions: every month's moves (a timeline), par's score
// beside the player's, and the first month where the player's line left par's with what par did
// there. Par comes from the worker (parClient.ts), so these fill in while the page stays usable.
import { type Action, type GameState, newGame } from '../core';
import { dict, t } from '../i18n';
import { type MonthMoves, type Move, movesByMonth, moveText } from '../view';
import { h } from './h';
import { requestPar } from './parClient';

function moveList(moves: readonly Move[]): HTMLElement {
  if (moves.length === 0) return h('p', { class: 'timeline-none' }, t('timeline.none'));
  return h(
    'ul',
    { class: 'timeline-moves' },
    moves.map((m) =>
      h('li', { class: m.action.type === 'respond' && m.action.topDown ? 'top-down' : null }, moveText(m)),
    ),
  );
}

/** The timeline: one row per month, the moves in the order they were made. */
export function timelineSection(months: readonly MonthMoves[]): HTMLElement {
  return h(
    'section',
    { class: 'debrief-timeline', 'aria-labelledby': 'timeline-h' },
    h('h2', { id: 'timeline-h' }, t('timeline.title')),
    h(
      'ol',
      { class: 'timeline' },
      months.map((m) =>
        h(
          'li',
          { class: 'timeline-month', 'data-turn': String(m.turn) },
          h('span', { class: 'timeline-turn' }, t('timeline.month', { turn: m.turn })),
          moveList(m.moves),
        ),
      ),
    ),
  );
}

function diffText(score: number, par: number): string {
  const diff = score - par;
  return diff >= 0 ? `+${diff}` : `${diff}`;
}

/** The divergence panel: pending at first, then filled by the worker's answer. */
export function divergenceSection(state: GameState, actions: readonly Action[]): HTMLElement {
  const body = h(
    'div',
    { class: 'divergence-body', 'aria-live': 'polite' },
    h('p', null, t('divergence.pending')),
  );
  const section = h(
    'section',
    {
      class: 'debrief-divergence',
      'data-key': 'divergence',
      'aria-labelledby': 'divergence-h',
      'aria-busy': 'true',
    },
    h('h2', { id: 'divergence-h' }, t('divergence.title')),
    body,
  );
  const score = state.assessment?.score ?? 0;
  void requestPar(state.scenario, state.seed, state.maxTurns, actions).then((r) => {
    section.setAttribute('aria-busy', 'false');
    if (!r.ok) {
      body.replaceChildren(h('p', { class: 'warn' }, t('divergence.failed', { message: r.message })));
      return;
    }
    const scores = h(
      'p',
      { class: 'divergence-scores' },
      t('divergence.scores', { score, par: r.par, diff: diffText(score, r.par) }),
    );
    const d = r.divergence;
    if (!d) {
      body.replaceChildren(scores, h('p', null, t('divergence.same')));
      return;
    }
    const cols = (x: { player: Move[]; par: Move[] }) =>
      h(
        'div',
        { class: 'divergence-cols' },
        h('div', { class: 'divergence-you' }, h('h3', null, t('divergence.you')), moveList(x.player)),
        h('div', { class: 'divergence-par' }, h('h3', null, t('divergence.par')), moveList(x.par)),
      );
    const at = h('p', { class: 'divergence-at' }, t('divergence.at', { turn: d.turn }));
    // Where the player fell furthest behind par is the month to talk about; where the moves first
    // differed is nearly always month 1 (par's first month is a full one), so it is the small print.
    const c = r.costliest;
    if (!c) {
      body.replaceChildren(scores, h('p', null, t('divergence.neverBehind')), at, cols(d));
      return;
    }
    body.replaceChildren(
      scores,
      h(
        'p',
        { class: 'divergence-costliest' },
        t('divergence.costliest', {
          turn: c.turn,
          lost: c.lost,
          part: dict().scorePart[c.part.id],
          ours: `${c.part.ours[0]}→${c.part.ours[1]}`,
          theirs: `${c.part.theirs[0]}→${c.part.theirs[1]}`,
        }),
      ),
      cols(c),
      c.turn > d.turn ? h('p', { class: 'fine' }, t('divergence.costliestNote')) : '',
      at,
    );
  });
  return section;
}

/** Par beside the score in the debrief's head: "标杆分 N（±d）" once the worker answers. */
export function parBesideScore(state: GameState, actions: readonly Action[], score: number): HTMLElement {
  const el = h(
    'span',
    { class: 'rating-par', title: t('debrief.parHint'), 'aria-live': 'polite' },
    t('debrief.parPending'),
  );
  void requestPar(state.scenario, state.seed, state.maxTurns, actions).then((r) => {
    el.textContent = r.ok
      ? t('debrief.par', { par: r.par, diff: diffText(score, r.par) })
      : t('divergence.failed', { message: r.message });
  });
  return el;
}

/** The player's months, replayed from the challenge's start. */
export function playerMonths(state: GameState, actions: readonly Action[]): MonthMoves[] {
  return movesByMonth(newGame(state.scenario, state.seed, { months: state.maxTurns }), actions);
}
