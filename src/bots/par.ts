// Par: the score the search bot reaches on a challenge — the yardstick that makes scores on
// different seeds comparable. The CLI (`npm run par`) and the debrief both ask here.
import { newGame, type Scenario } from '../core';
import { searchGame } from './search';

export function parScore(scenario: Scenario, seed: string): number {
  return searchGame(newGame(scenario, seed), seed).state.assessment?.score ?? 0;
}
