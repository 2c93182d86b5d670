// The search bot: par's line, played. From the start of a game it plays exactly par's line (so its
// score is the challenge's par); handed a state off its line, it asks par again from there.
import { type Action, admit, apply, cloneState, type GameEvent, type GameState, stateHash } from '../core';
import type { Bot } from './index';
import { parFrom } from './par';

/** Expected state hash → the action par plays there. */
const plans = new Map<string, Action>();

function plan(state: GameState): void {
  plans.clear();
  const line = parFrom(state);
  // The line on a private copy through the bulk path (`admit`, `apply`: the rules `step` runs, without
  // immer's copies): the same states, so the same hashes, as the caller's game will reach.
  const s = cloneState(state);
  const events: GameEvent[] = [];
  for (const a of line.actions) {
    plans.set(stateHash(s), a);
    const ok = admit(s, a);
    if ('code' in ok) break;
    apply(s, s.scenario, ok, events);
    events.length = 0;
  }
}

export const search: Bot = {
  name: 'search',
  description: 'par: beam search over month plans with rollouts to the end of the term; its score is the par',
  choose(state) {
    const hash = stateHash(state);
    let a = plans.get(hash);
    if (a === undefined) {
      plan(state);
      a = plans.get(hash);
    }
    return a ?? { type: 'endMonth' };
  },
};
