// The debrief's timeline: a game's moves month by month, and the first month where the player's
// line left par's (issue 9, item 8). Pure: the same functions run in the page and in the par worker.
import {
  type Action,
  apply,
  type ConcernKind,
  checkLegal,
  cloneState,
  type GameEvent,
  type GameState,
  type StatePart,
  type Text,
} from '../core';
import { dict, pick, t } from '../i18n';
import { type ConcernRecord, collectConcerns } from './concernNames';
import { firstDifferentMonth, monthKey } from './months';
import { actionName, type Names } from './sentences';

/** One move, with the concern it answered (its title is gone from the state once resolved). */
export interface Move {
  action: Action;
  concern?: { title: Text; kind: ConcernKind };
}

export interface MonthMoves {
  turn: number;
  moves: Move[];
}

/**
 * Replays `actions` from `start` and groups them by month (endMonth closes a month and is not a
 * move). Stops at the first action the rules would refuse, so a damaged line shows as far as it holds.
 * A concern is named as the board named it (a template's second concern numbered: concernNames.ts),
 * which needs `start` to be the game's first state.
 */
export function movesByMonth(start: GameState, actions: readonly Action[]): MonthMoves[] {
  const s = cloneState(start);
  const sink: GameEvent[] = [];
  const names: Record<string, ConcernRecord> = {};
  collectConcerns(s, names);
  const months: MonthMoves[] = [{ turn: s.turn, moves: [] }];
  for (const a of actions) {
    if (s.status !== 'playing' || checkLegal(s, a) !== null) break;
    if (a.type === 'endMonth') {
      apply(s, s.scenario, a, sink);
      sink.length = 0;
      collectConcerns(s, names);
      if (s.status === 'playing') months.push({ turn: s.turn, moves: [] });
      continue;
    }
    const c = a.type === 'respond' ? s.concerns.find((x) => x.id === a.concern) : undefined;
    months[months.length - 1]!.moves.push(
      c ? { action: a, concern: { title: names[c.id]?.title ?? c.title, kind: c.kind } } : { action: a },
    );
    apply(s, s.scenario, a, sink);
    sink.length = 0;
    collectConcerns(s, names);
  }
  return months;
}

/** A move's identity for comparing lines: the order of forces does not matter. */
/** Whether two months did the same things (in any order within the month). */
export function sameMoves(a: readonly Move[], b: readonly Move[]): boolean {
  return monthKey(a.map((m) => m.action)) === monthKey(b.map((m) => m.action));
}

export interface ParDivergence {
  turn: number;
  /** What the player did that month, and what par did instead. */
  player: Move[];
  par: Move[];
}

/**
 * The first month where the player's line left par's. Before it the games were the same (the rules
 * are deterministic), so par's month is a real alternative from the player's position. A line that
 * ended while the other went on parts there. Null when the lines never parted.
 */
export function parDivergence(
  player: readonly MonthMoves[],
  par: readonly MonthMoves[],
): ParDivergence | null {
  const actions = (m: readonly MonthMoves[]) => m.map((x) => x.moves.map((y) => y.action));
  const i = firstDifferentMonth(actions(player), actions(par), 'longer');
  if (i < 0) return null;
  return { turn: player[i]?.turn ?? par[i]!.turn, player: player[i]?.moves ?? [], par: par[i]?.moves ?? [] };
}

/**
 * The month the player fell furthest behind par (src/view/ranking.ts `parCostliest`): by how much the
 * community's health (its month-end figures, weighted as the assessment weighs them) fell further
 * behind, what each line did that month, and the figure where the gap widened most, before → after.
 */
export interface ParCostliest extends ParDivergence {
  lost: number;
  part: {
    id: StatePart;
    ours: [number, number];
    theirs: [number, number];
  };
}

/** A move in words: the action's name, and for a response the concern and who was sent. */
export function moveText(m: Move, names?: Names): string {
  const a = m.action;
  if (a.type !== 'respond') return actionName(a);
  const d = dict();
  // A month's moves replayed from that month's state only: the names of the whole game, when given.
  const title = names?.concernTitle(a.concern) ?? m.concern?.title;
  const what = title ? pick(title) : a.concern;
  const who = a.topDown ? d.reason.topDownResponse : a.forces.map((f) => d.forceShort[f]).join(t('ui.and'));
  return t('timeline.respond', { concern: what, who });
}
