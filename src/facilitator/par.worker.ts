// Par for the facilitator, off the page's thread: the search takes most of a second, and a projector
// showing a frozen page is worse than one showing "computing par…". The same function as the debrief,
// `npm run par` and the room (src/bots/par.ts), from the challenge's start with its term.
import { parFrom } from '../bots/par';
import { newGame, type Scenario } from '../core';
import { type Line, monthScores, type SessionChallenge } from '../view/ranking';
import { botLines } from './lines';

export interface ParAnswer {
  key: string;
  score: number;
  actions: import('../core').Action[];
  monthScores: number[];
  /** Every bot's line on the challenge (the "same moves as a bot" flag); par's is `actions`. */
  lines: Line[];
}

// The scenario comes with the question (plain data): the worker carries no copy of the bundle.
self.onmessage = (e: MessageEvent<SessionChallenge & { key: string; scenario: Scenario }>) => {
  const c = e.data;
  const scenario = c.scenario;
  const line = parFrom(newGame(scenario, c.seed, { months: c.months }));
  const answer: ParAnswer = {
    key: c.key,
    score: line.score,
    actions: line.actions,
    monthScores: monthScores(
      scenario,
      { scenarioId: c.scenarioId, seed: c.seed, months: c.months },
      line.actions,
    ),
    // ~0.2–0.7 s more for 25 bots (measured in Node at load ~14): here, never on the page's thread.
    lines: botLines(scenario, { scenarioId: c.scenarioId, seed: c.seed, months: c.months }),
  };
  self.postMessage(answer);
};
