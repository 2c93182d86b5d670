// Par for the facilitator, off the page's thread: the search takes most of a second, and a projector
// showing a frozen page is worse than one showing "computing par…". The same function as the debrief,
// `npm run par` and the room (src/bots/par.ts), from the challenge's start with its term.
import { parFrom } from '../bots/par';
import { newGame, type Scenario } from '../core';
import { monthScores, type SessionChallenge } from '../view/ranking';

export interface ParAnswer {
  key: string;
  score: number;
  actions: import('../core').Action[];
  monthScores: number[];
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
  };
  self.postMessage(answer);
};
