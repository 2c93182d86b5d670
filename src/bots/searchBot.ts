// The search bot as a Bot: it plans the whole game once by beam search and then plays the plan,
// re-planning from any state that is not on its line (e.g. when handed a game in progress).
import { type Action, type GameState, stateHash } from '../core';
import type { Bot } from './index';
import { searchGame } from './search';

const plans = new Map<string, Action>();

function plan(state: GameState): void {
  plans.clear();
  const line = searchGame(state, `${state.seed}|${state.turn}`);
  // Index the line by state hash so each later call finds its action.
  line.actions.forEach((a, i) => {
    plans.set(stateHash(i === 0 ? state : line.states[i - 1]!), a);
  });
}

export const search: Bot = {
  name: 'search',
  description: 'beam search over month plans through the real step; its score is the challenge par',
  choose(state) {
    const h = stateHash(state);
    if (!plans.has(h)) plan(state);
    return plans.get(stateHash(state)) ?? { type: 'endMonth' };
  },
};
