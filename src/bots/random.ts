// The random bot: any legal action, each equally likely. Ending the month is always legal and every
// other action costs 精力, so each month (and so each game) ends. A baseline that should mostly fail.
import { legalActions } from '../core';
import type { Bot } from './index';

export const random: Bot = {
  name: 'random',
  description: 'picks uniformly among the legal actions (ending the month is one of them)',
  choose(state, rng) {
    const actions = legalActions(state);
    return actions.length > 0 ? rng.pick(actions) : { type: 'endMonth' };
  },
};
