// Par: the best game par's search finds on a challenge — the yardstick that makes scores on
// different seeds comparable. The one function behind `npm run par`, the debrief and the `search`
// bot, so the three always agree.
import { type GameState, type NewGameOptions, newGame, type Scenario } from '../core';
import { type ParLine, searchGame } from './search';

/** The search's key for a state: the challenge and the moment, so the same state gives the same line. */
export function parKey(s: GameState): string {
  return `${s.scenarioId}|${s.seed}|${s.turn}|${s.energy}|${s.budget}`;
}

/** Par's line from any state of a game: the best rest-of-term the search finds. */
export function parFrom(state: GameState): ParLine {
  return searchGame(state, parKey(state));
}

/** The challenge's par line, from the start of the term (its length and level as the challenge sets them). */
export function parLine(scenario: Scenario, seed: string, options: NewGameOptions = {}): ParLine {
  return parFrom(newGame(scenario, seed, options));
}

/** The challenge's par score. */
export function parScore(scenario: Scenario, seed: string, options: NewGameOptions = {}): number {
  return parLine(scenario, seed, options).score;
}
