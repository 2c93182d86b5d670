// Playing one game with a bot through the core's `step`: the canonical path, as the UI plays.
import { type Action, type GameState, type NewGameOptions, newGame, type Scenario, step } from '../core';
import { type Bot, botRng } from './index';

export interface PlayedGame {
  /** newGame(scenario, seed): with `actions`, the replay. */
  start: GameState;
  /** The final state (status 'won' or 'lost'). */
  state: GameState;
  /** Every action the core accepted, in order. */
  actions: Action[];
  /** 精力 spent in each month played (index 0 = month 1). */
  energyUsed: number[];
}

/** More actions than any game can hold: every action but endMonth costs 精力. A guard against a bot bug. */
const MAX_ACTIONS = 10_000;

/** Plays a whole game. A bot that proposes an illegal action is a bug: this throws, naming it. */
export function playGame(
  scenario: Scenario,
  seed: string,
  bot: Bot,
  options: NewGameOptions = {},
): PlayedGame {
  const rng = botRng(bot.name, seed);
  const start = newGame(scenario, seed, options);
  let state = start;
  const actions: Action[] = [];
  const energyUsed: number[] = [];
  let monthEnergy = state.energy;
  while (state.status === 'playing') {
    if (actions.length >= MAX_ACTIONS)
      throw new Error(
        `bot "${bot.name}" did not finish ${scenario.id} seed ${seed} in ${MAX_ACTIONS} actions`,
      );
    const action = bot.choose(state, rng);
    const r = step(state, action);
    if (!r.ok)
      throw new Error(
        `bot "${bot.name}" chose an illegal action in month ${state.turn} (${scenario.id}, seed ${seed}): ` +
          `${JSON.stringify(action)} — ${r.rejection.code}: ${r.rejection.message}`,
      );
    if (action.type === 'endMonth') {
      energyUsed.push(monthEnergy - state.energy);
      monthEnergy = r.state.energy;
    }
    actions.push(action);
    state = r.state;
  }
  return { start, state, actions, energyUsed };
}
