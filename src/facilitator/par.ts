// Par for the facilitator, off the page's thread: the search takes most of a second, and a projector
// showing a frozen page is worse than one showing "computing par…". The page's one par worker
// (src/dom/parClient.ts), from the challenge's start with its term — the same function as the
// debrief, `npm run par` and the room (src/bots/par.ts).
import type { Action } from '../core';
import { newGame } from '../core';
import { parFromState } from '../dom/parClient';
import { bundledScenario } from '../scenarios/bundled';
import { gameOptions, type Line, type SessionChallenge } from '../view/ranking';

export interface ParAnswer {
  key: string;
  score: number;
  actions: Action[];
  monthScores: number[];
  /** Par's community health at each month's end (what a team's costliest month is measured by). */
  monthHealth: number[];
  /** Every bot's line on the challenge (the "same moves as a bot" flag); par's is `actions`. */
  lines: Line[];
}

const keyOf = (c: SessionChallenge) => `${c.scenarioId}|${c.seed}|${c.months}|${c.level ?? 1}`;

/** The challenge's par line; a challenge whose scenario this build lacks, or a failed search, never answers. */
export function parOf(c: SessionChallenge): Promise<ParAnswer> {
  const scenario = bundledScenario(c.scenarioId);
  if (!scenario) return new Promise(() => {});
  const challenge: SessionChallenge = {
    scenarioId: c.scenarioId,
    seed: c.seed,
    ...gameOptions(c),
  };
  return parFromState(newGame(scenario, c.seed, gameOptions(c)), { challenge, lines: true }).then((r) =>
    r.ok
      ? {
          key: keyOf(c),
          score: r.par,
          actions: r.actions,
          monthScores: r.monthScores,
          monthHealth: r.monthHealth,
          lines: r.lines,
        }
      : new Promise<ParAnswer>(() => {}),
  );
}
