// The replay file: a challenge (scenario, seed, rules version) plus the actions, and the result they
// led to. The only thing ever saved, shared or scored (docs/design.md §5); the result is
// recorded for people to read and is always re-computed before it is believed (./verify.ts).
// Pure: no Node, no DOM — the browser uses it too.
import { type Action, type GameState, type Rating, type Status, scenarioHash, stateHash } from '../core';

/** Bumped when the file's shape changes (not when the rules change: that is `rulesVersion`). */
export const REPLAY_FORMAT = 1;

/**
 * What the actions led to. An unfinished game is a valid replay: its status is 'playing' and it has
 * no 考核 yet, so `score` and `rating` are null (a score is only given at the end of a term, or when
 * the game is lost early).
 */
export interface ReplayResult {
  score: number | null;
  rating: Rating | null;
  status: Status;
  /** `stateHash` of the final state. */
  hash: string;
}

export interface Replay {
  format: typeof REPLAY_FORMAT;
  rulesVersion: number;
  scenarioId: string;
  /**
   * `scenarioHash` of the scenario played (at its level: `scenarioAtLevel`): a scenario edited since
   * then no longer matches.
   */
  scenarioHash: string;
  seed: string;
  /** The term length in months when it is not the scenario's own (a 6-month session); absent = the scenario's. */
  months?: number;
  /** The difficulty ladder's step when above 1 (src/core/levels.ts); absent = level 1. */
  level?: number;
  /** The team that played it (free text, from a result code); shown as text only, never as HTML. */
  team?: string;
  /**
   * Which of the team's finished games of this challenge it was, counted by the browser that played it
   * (1 = the first, the one a session ranks). The browser's word, not proven: a team can play on
   * another computer. Absent for a game without a team, an unfinished one, and older files.
   */
  attempt?: number;
  /** The core's plain action objects, in order (ids and numbers, no text: small enough for a code). */
  actions: Action[];
  result: ReplayResult;
}

/** The result a final state shows. */
export function resultOf(state: GameState): ReplayResult {
  return {
    score: state.assessment ? state.assessment.score : null,
    rating: state.assessment ? state.assessment.rating : null,
    status: state.status,
    hash: stateHash(state),
  };
}

/** A plain copy of an action, with only the fields the core reads (no stray keys in the file). */
export function plainAction(a: Action): Action {
  switch (a.type) {
    case 'coordinate':
      return { type: 'coordinate', forces: [...a.forces] };
    case 'develop':
      return { type: 'develop', programme: a.programme };
    case 'strengthen':
      return { type: 'strengthen', force: a.force };
    case 'respond':
      // A top-down response may leave its (empty) force list out; the copy writes it as [].
      return a.topDown
        ? { type: 'respond', concern: a.concern, forces: a.forces ? [...a.forces] : [], topDown: true }
        : { type: 'respond', concern: a.concern, forces: [...a.forces] };
    case 'adoptReform':
      return { type: 'adoptReform', reform: a.reform };
    case 'clearBurden':
      return { type: 'clearBurden' };
    case 'endMonth':
      return { type: 'endMonth' };
  }
}

/**
 * The replay of a game: `startState` is the challenge's `newGame(scenario, seed)`, `actions` the
 * accepted actions in order, `finalState` what they led to.
 */
export function makeReplay(
  startState: GameState,
  actions: readonly Action[],
  finalState: GameState,
  /** The final state's result when the caller has it already (hashing the state is most of its cost). */
  result: ReplayResult = resultOf(finalState),
): Replay {
  return {
    format: REPLAY_FORMAT,
    rulesVersion: startState.rulesVersion,
    scenarioId: startState.scenarioId,
    scenarioHash: scenarioHash(startState.scenario),
    seed: startState.seed,
    // Only a shortened term is written, so every earlier replay file stays byte-identical.
    ...(startState.maxTurns !== startState.scenario.months ? { months: startState.maxTurns } : {}),
    ...(startState.level !== undefined ? { level: startState.level } : {}),
    actions: actions.map(plainAction),
    result,
  };
}

/** The replay as the text of a file (compact JSON, one line). */
export function replayToJson(replay: Replay): string {
  return JSON.stringify(replay);
}
