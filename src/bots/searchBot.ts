// The search bot: par's line, played. From the start of a game it plays exactly par's line (so its
// score is the challenge's par); handed a state off its line, it asks par again from there.
import { type Action, cloneState, type GameState, stateHash, step } from '../core';
import type { Bot } from './index';
import { parFrom } from './par';

/** Expected state hash → the action par plays there. */
const plans = new Map<string, Action>();

function plan(state: GameState): void {
  plans.clear();
  const line = parFrom(state);
  // A copy: step freezes what its result shares, and the caller may be playing on a mutable state.
  let s = cloneState(state);
  for (const a of line.actions) {
    plans.set(stateHash(s), a);
    const r = step(s, a);
    if (!r.ok) break;
    s = r.state;
  }
}

export const search: Bot = {
  name: 'search',
  description: 'par: beam search over month plans with rollouts to the end of the term; its score is the par',
  choose(state) {
    if (!plans.has(stateHash(state))) plan(state);
    return plans.get(stateHash(state)) ?? { type: 'endMonth' };
  },
};
