// Verifying a replay: re-run its actions from the challenge on the core's fast path and compare what
// comes out with what the file claims. Every way a file can be wrong is a named, readable rejection;
// nothing here throws. Pure: no Node, no DOM.
import {
  type GameState,
  newGame,
  RATINGS,
  type Rating,
  type Rejection,
  RULES_VERSION,
  runActions,
  type Scenario,
  type Status,
  scenarioHash,
  termBounds,
  termMonthsProblem,
} from '../core';
import { REPLAY_FORMAT, type ReplayResult, resultOf } from './replay';

export type ResultField = keyof ReplayResult;

export type ReplayRejection =
  | { code: 'notJson'; message: string }
  | { code: 'wrongFormat'; found: unknown; message: string }
  | { code: 'wrongRulesVersion'; found: unknown; expected: number; message: string }
  | { code: 'malformedField'; field: string; message: string }
  | { code: 'unknownScenario'; scenarioId: string; message: string }
  | { code: 'scenarioChanged'; recorded: string; current: string; message: string }
  | { code: 'illegalAction'; index: number; rejection: Rejection; message: string }
  | { code: 'internalError'; message: string }
  | {
      code: 'resultDiffers';
      /** Every field whose recorded value is not the re-computed one, first the status. */
      fields: ResultField[];
      recorded: ReplayResult;
      computed: ReplayResult;
      message: string;
    };

export type ReplayRejectionCode = ReplayRejection['code'];

export type VerifyResult =
  | {
      ok: true;
      score: number | null;
      rating: Rating | null;
      status: Status;
      hash: string;
      /** The re-computed final state (for a debrief or a step-through). */
      state: GameState;
    }
  | { ok: false; reason: ReplayRejection };

/** Scenarios are never edited once loaded (types.ts), so each one's hash is computed once. */
const hashes = new WeakMap<Scenario, string>();
function cachedScenarioHash(scenario: Scenario): string {
  let h = hashes.get(scenario);
  if (h === undefined) {
    h = scenarioHash(scenario);
    hashes.set(scenario, h);
  }
  return h;
}

/** Finds a scenario by id (the scenarios this build ships, or a test's own). */
export type ScenarioLookup = (id: string) => Scenario | undefined;

const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  return json === undefined ? String(v) : json.length > 40 ? `${json.slice(0, 37)}…` : json;
};

const malformed = (field: string, expected: string, found: unknown): VerifyResult => ({
  ok: false,
  reason: {
    code: 'malformedField',
    field,
    message: `malformed field "${field}": expected ${expected}, got ${show(found)}`,
  },
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the recorded result's shape; null when it is well-formed. */
function checkResult(v: unknown): VerifyResult | null {
  if (!isObject(v)) return malformed('result', 'an object {score, rating, status, hash}', v);
  if (!(v.score === null || (Number.isSafeInteger(v.score) && (v.score as number) >= 0)))
    return malformed('result.score', 'a whole number ≥ 0, or null for an unfinished game', v.score);
  if (!(v.rating === null || (RATINGS as readonly unknown[]).includes(v.rating)))
    return malformed(
      'result.rating',
      `one of ${RATINGS.join('|')}, or null for an unfinished game`,
      v.rating,
    );
  if (v.status !== 'playing' && v.status !== 'won' && v.status !== 'lost')
    return malformed('result.status', 'playing|won|lost', v.status);
  if (typeof v.hash !== 'string' || !/^[0-9a-f]{16}$/.test(v.hash))
    return malformed('result.hash', '16 hex digits', v.hash);
  return null;
}

/**
 * Verifies a parsed replay. Checks run in this order, and the first failure is the answer:
 * format version → rules version → field shapes → scenario known → scenario unchanged →
 * each action legal in turn → recorded result equals the re-computed one.
 * Fields other than those of the format are ignored.
 */
export function verifyReplay(json: unknown, scenarios: ScenarioLookup): VerifyResult {
  if (!isObject(json)) return malformed('(file)', 'a replay object {format, rulesVersion, …}', json);
  if (json.format !== REPLAY_FORMAT)
    return {
      ok: false,
      reason: {
        code: 'wrongFormat',
        found: json.format,
        message: `wrong format version: this build reads replay format ${REPLAY_FORMAT}, the file has ${show(json.format)}`,
      },
    };
  if (json.rulesVersion !== RULES_VERSION)
    return {
      ok: false,
      reason: {
        code: 'wrongRulesVersion',
        found: json.rulesVersion,
        expected: RULES_VERSION,
        message: `wrong rules version: the file was played under rules ${show(json.rulesVersion)}, this build has rules ${RULES_VERSION}`,
      },
    };
  const { scenarioId, seed, actions, result } = json;
  if (typeof scenarioId !== 'string' || scenarioId === '')
    return malformed('scenarioId', 'a scenario id (text)', scenarioId);
  if (typeof json.scenarioHash !== 'string' || !/^[0-9a-f]{16}$/.test(json.scenarioHash))
    return malformed('scenarioHash', '16 hex digits', json.scenarioHash);
  if (typeof seed !== 'string') return malformed('seed', 'text (a string)', seed);
  if (!Array.isArray(actions)) return malformed('actions', 'a list of actions [ … ]', actions);
  const badResult = checkResult(result);
  if (badResult) return badResult;
  const recorded = result as ReplayResult;

  const scenario = scenarios(scenarioId);
  if (!scenario)
    return {
      ok: false,
      reason: {
        code: 'unknownScenario',
        scenarioId,
        message: `unknown scenario "${scenarioId}"`,
      },
    };
  const current = cachedScenarioHash(scenario);
  if (current !== json.scenarioHash)
    return {
      ok: false,
      reason: {
        code: 'scenarioChanged',
        recorded: json.scenarioHash,
        current,
        message: `scenario content changed: "${scenarioId}" now hashes to ${current}, the replay was played on ${json.scenarioHash}`,
      },
    };

  // Absent = the scenario's own term; present, it must fit the scenario (6..its months).
  if (json.months !== undefined && termMonthsProblem(scenario, json.months)) {
    const { min, max } = termBounds(scenario);
    return malformed('months', `a term of ${min}–${max} whole months, or nothing for ${max}`, json.months);
  }

  let run: ReturnType<typeof runActions>;
  try {
    const options = json.months === undefined ? {} : { months: json.months as number };
    run = runActions(newGame(scenario, seed, options), actions, true);
  } catch (e) {
    // A bug in the rules, not in the file: still a value, never an exception.
    return {
      ok: false,
      reason: { code: 'internalError', message: `internal error while re-running the game: ${String(e)}` },
    };
  }
  if (run.rejectedAt !== null && run.rejection)
    return {
      ok: false,
      reason: {
        code: 'illegalAction',
        index: run.rejectedAt,
        rejection: run.rejection,
        message: `illegal action at index ${run.rejectedAt} ${show(actions[run.rejectedAt])}: ${run.rejection.code} — ${run.rejection.message}`,
      },
    };

  const computed = resultOf(run.state);
  const fields = (['status', 'score', 'rating', 'hash'] as const).filter((k) => recorded[k] !== computed[k]);
  if (fields.length > 0)
    return {
      ok: false,
      reason: {
        code: 'resultDiffers',
        fields,
        recorded: {
          score: recorded.score,
          rating: recorded.rating,
          status: recorded.status,
          hash: recorded.hash,
        },
        computed,
        message: `recorded result differs from the re-computed one: ${fields
          .map((k) => `${k} recorded ${show(recorded[k])}, re-computed ${show(computed[k])}`)
          .join('; ')}`,
      },
    };
  return { ok: true, ...computed, state: run.state };
}

/** Verifies the text of a replay file: not JSON is its own rejection. */
export function verifyReplayText(text: string, scenarios: ScenarioLookup): VerifyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      reason: {
        code: 'notJson',
        message: `not JSON: ${e instanceof Error ? e.message : String(e)}`,
      },
    };
  }
  return verifyReplay(json, scenarios);
}
