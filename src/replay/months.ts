// A game month by month: the state at the start of every month (and at the end of the term), read
// from the replay's actions by the same rules that verified it. Review on the board steps through
// these states; a fork is the replay cut at one of them. Pure.
import { type Action, cloneState, type GameState, runActions } from '../core';
import { makeReplay, type Replay } from './replay';

export interface MonthStart {
  /** The month (1-based) this state opens; for the end of the term, the last month played. */
  turn: number;
  /** How many of the replay's actions led here (the fork's prefix length). */
  at: number;
  /** The actions taken in this month, its closing endMonth included (empty at the term's end). */
  actions: Action[];
  state: GameState;
  /** True for the state after the term ended (or the game was lost): nothing more can be played. */
  ended: boolean;
}

/**
 * The state at the start of each month the actions reached, then (when the term ended) the final
 * state. Stops at the first action the rules refuse, so a damaged line shows as far as it holds.
 */
export function statesByMonth(start: GameState, actions: readonly Action[]): MonthStart[] {
  const out: MonthStart[] = [];
  let s = cloneState(start);
  let open: MonthStart = { turn: s.turn, at: 0, actions: [], state: cloneState(s), ended: false };
  out.push(open);
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    const run = runActions(s, [a], true);
    if (run.rejectedAt !== null) break;
    s = run.state;
    open.actions.push(a);
    if (a.type !== 'endMonth') continue;
    open = { turn: s.turn, at: i + 1, actions: [], state: cloneState(s), ended: s.status !== 'playing' };
    if (open.ended) open.turn = out[out.length - 1]!.turn;
    out.push(open);
    if (open.ended) break;
  }
  return out;
}

/**
 * The replay of a fork: the original's first `at` actions, ending in the state they lead to (a valid
 * replay of an unfinished game — `npm run verify` accepts it; playing on appends the new moves).
 */
export function forkReplay(start: GameState, actions: readonly Action[], at: number): Replay {
  if (!Number.isSafeInteger(at) || at < 0 || at > actions.length)
    throw new RangeError(`fork point ${at} is outside the replay's ${actions.length} actions`);
  const prefix = actions.slice(0, at);
  const run = runActions(start, prefix);
  if (run.rejectedAt !== null)
    throw new RangeError(`the replay's action ${run.rejectedAt + 1} is refused: ${run.rejection?.message}`);
  return makeReplay(start, prefix, run.state);
}
