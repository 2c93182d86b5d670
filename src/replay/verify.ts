// Verifying a replay: re-run its actions from the challenge on the core's fast path and compare what
// comes out with what the file claims. Every way a file can be wrong is a named, readable rejection;
// nothing here throws. Pure: no Node, no DOM.
import {
  type Action,
  type GameState,
  levelProblem,
  MAX_LEVEL,
  MIN_LEVEL,
  newGame,
  parsePlainAction,
  RATINGS,
  type Rating,
  type Rejection,
  RULES_VERSION,
  runActions,
  type Scenario,
  type Status,
  scenarioAtLevel,
  scenarioHash,
  termBounds,
  termMonthsProblem,
} from '../core';
import { makeReplay, REPLAY_FORMAT, type Replay, type ReplayResult, resultOf } from './replay';
import { describe, oneLine, parseJson } from './untrusted';

/** Every bound a replay (and so a save) is held to before its actions are run. */
export const REPLAY_LIMITS = {
  /** Longest replay text: 2,000 actions of ~100 characters, with room to spare (a whole term is ~6 KB). */
  maxLength: 262_144,
  /** replay → actions → action → forces: four levels; the rest is slack for readable files. */
  maxDepth: 8,
  maxString: 256,
  /**
   * A game longer than this is not a real game: a term is at most 36 months of a few actions each
   * (精力 is 3–8 a month), a few hundred in all.
   */
  maxActions: 2000,
  maxSeed: 64,
  maxId: 64,
  /** Entries of an action's force list (there are five forces). */
  maxForces: 8,
} as const;

/** The fields an action may carry; any other field is dropped before the rules see the action. */
const ACTION_FIELDS = ['type', 'forces', 'programme', 'force', 'concern', 'reform', 'topDown'] as const;

export type ResultField = keyof ReplayResult;

export type ReplayRejection =
  | { code: 'notJson'; message: string }
  | { code: 'tooLarge'; length: number; limit: number; message: string }
  | { code: 'wrongFormat'; found: unknown; message: string }
  | { code: 'wrongRulesVersion'; found: unknown; expected: number; message: string }
  | { code: 'malformedField'; field: string; message: string }
  | { code: 'unknownScenario'; scenarioId: string; message: string }
  | { code: 'scenarioChanged'; scenarioId: string; recorded: string; current: string; message: string }
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
      /** The replay as the format defines it: only its own fields, actions in their plain form. */
      replay: Replay;
    }
  | { ok: false; reason: ReplayRejection };

/** Finds a scenario by id (the scenarios this build ships, or a test's own). */
export type ScenarioLookup = (id: string) => Scenario | undefined;

const show = describe;

const malformed = (field: string, expected: string, found: unknown): VerifyResult => ({
  ok: false,
  reason: {
    code: 'malformedField',
    field,
    message: oneLine(`malformed field "${field}": expected ${expected}, got ${show(found)}`),
  },
});

/** A plain data object (what JSON gives), not a list, a class instance or a proxy-like exotic. */
const isObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Checks the recorded actions against REPLAY_LIMITS (a list, each entry an object whose fields of
 * ACTION_FIELDS are bounded ids, lists of ids or flags); null when they pass. Nothing is copied: the
 * core reads each action's fields itself, as plain data (JSON is), and makes its own typed copy.
 */
function checkActions(actions: unknown): VerifyResult | null {
  if (!Array.isArray(actions)) return malformed('actions', 'a list of actions [ … ]', actions);
  if (actions.length > REPLAY_LIMITS.maxActions)
    return malformed('actions', `at most ${REPLAY_LIMITS.maxActions} actions`, actions);
  for (let i = 0; i < actions.length; i++) {
    if (!(i in actions)) return malformed(`actions[${i}]`, 'an action (the list has a hole here)', undefined);
    const a = actions[i];
    if (!isObject(a)) return malformed(`actions[${i}]`, 'an action object {type, …}', a);
    for (const k of ACTION_FIELDS) {
      if (!Object.hasOwn(a, k)) continue;
      const v = a[k];
      if (typeof v === 'string') {
        if (v.length > REPLAY_LIMITS.maxId)
          return malformed(`actions[${i}].${k}`, `an id of at most ${REPLAY_LIMITS.maxId} characters`, v);
      } else if (Array.isArray(v)) {
        if (v.length > REPLAY_LIMITS.maxForces)
          return malformed(`actions[${i}].${k}`, `a list of at most ${REPLAY_LIMITS.maxForces} ids`, v);
        for (let j = 0; j < v.length; j++) {
          const f = v[j];
          if (!(j in v))
            return malformed(`actions[${i}].${k}[${j}]`, 'an id (the list has a hole here)', undefined);
          if (typeof f !== 'string' || f.length > REPLAY_LIMITS.maxId)
            return malformed(
              `actions[${i}].${k}[${j}]`,
              `an id of at most ${REPLAY_LIMITS.maxId} characters`,
              f,
            );
        }
      } else if (typeof v !== 'boolean' && typeof v !== 'number' && v !== null && v !== undefined)
        return malformed(`actions[${i}].${k}`, 'an id, a list of ids, or true/false', v);
    }
  }
  return null;
}

/** A checked action's own fields of ACTION_FIELDS, in that order (how a refusal shows the action). */
function actionFields(a: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ACTION_FIELDS) if (Object.hasOwn(a, k)) out[k] = a[k];
  return out;
}

/** The term a replay records (absent = the scenario's own), as newGame's options. */
const termOf = (json: Record<string, unknown>) => ({
  ...(json.months === undefined ? {} : { months: json.months as number }),
  ...(json.level === undefined ? {} : { level: json.level as number }),
});

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
 * Verifies a parsed replay: `json` is read as data, what JSON.parse gives (a getter in it would be
 * read, not refused as the game refuses a script's action). Checks run in this order, and the first
 * failure is the answer:
 * format version → rules version → field shapes → scenario known → scenario unchanged →
 * each action legal in turn → recorded result equals the re-computed one.
 * Fields other than those of the format are ignored and never kept: `replay` in the answer holds only
 * the format's own. Every value is bounded (REPLAY_LIMITS) before it is used, and nothing here
 * recurses into the input, so no input can make it throw.
 */
export function verifyReplay(json: unknown, scenarios: ScenarioLookup): VerifyResult {
  try {
    return verifyChecked(json, scenarios);
  } catch (e) {
    // A bug, not the file: still a value, never an exception.
    return {
      ok: false,
      reason: { code: 'internalError', message: oneLine(`internal error while verifying: ${String(e)}`) },
    };
  }
}

function verifyChecked(json: unknown, scenarios: ScenarioLookup): VerifyResult {
  if (!isObject(json)) return malformed('(file)', 'a replay object {format, rulesVersion, …}', json);
  if (json.format !== REPLAY_FORMAT)
    return {
      ok: false,
      reason: {
        code: 'wrongFormat',
        found: json.format,
        message: oneLine(
          `wrong format version: this build reads replay format ${REPLAY_FORMAT}, the file has ${show(json.format)}`,
        ),
      },
    };
  if (json.rulesVersion !== RULES_VERSION)
    return {
      ok: false,
      reason: {
        code: 'wrongRulesVersion',
        found: json.rulesVersion,
        expected: RULES_VERSION,
        message: oneLine(
          `wrong rules version: the file was played under rules ${show(json.rulesVersion)}, this build has rules ${RULES_VERSION}`,
        ),
      },
    };
  const { scenarioId, seed, actions, result } = json;
  if (typeof scenarioId !== 'string' || scenarioId === '' || scenarioId.length > REPLAY_LIMITS.maxId)
    return malformed('scenarioId', `a scenario id (text of 1–${REPLAY_LIMITS.maxId} characters)`, scenarioId);
  if (typeof json.scenarioHash !== 'string' || !/^[0-9a-f]{16}$/.test(json.scenarioHash))
    return malformed('scenarioHash', '16 hex digits', json.scenarioHash);
  if (typeof seed !== 'string' || seed.length > REPLAY_LIMITS.maxSeed)
    return malformed('seed', `text of at most ${REPLAY_LIMITS.maxSeed} characters`, seed);
  const badActions = checkActions(actions);
  if (badActions) return badActions;
  const recordedActions = actions as Record<string, unknown>[];
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
        message: oneLine(`unknown scenario "${scenarioId}"`),
      },
    };
  // Absent = level 1; present, a step of the ladder (only levels above 1 are written).
  if (json.level !== undefined && (levelProblem(json.level) || json.level === MIN_LEVEL))
    return malformed(
      'level',
      `a level ${MIN_LEVEL + 1}–${MAX_LEVEL}, or nothing for ${MIN_LEVEL}`,
      json.level,
    );
  const current = scenarioHash(scenarioAtLevel(scenario, (json.level as number | undefined) ?? MIN_LEVEL));
  if (current !== json.scenarioHash)
    return {
      ok: false,
      reason: {
        code: 'scenarioChanged',
        scenarioId,
        recorded: json.scenarioHash,
        current,
        message: oneLine(
          `scenario content changed: "${scenarioId}" now hashes to ${current}, the replay was played on ${json.scenarioHash}`,
        ),
      },
    };

  // Absent = the scenario's own term; present, it must fit the scenario (6..its months).
  if (json.months !== undefined && termMonthsProblem(scenario, json.months)) {
    const { min, max } = termBounds(scenario);
    return malformed('months', `a term of ${min}–${max} whole months, or nothing for ${max}`, json.months);
  }

  let run: ReturnType<typeof runActions>;
  try {
    // A replay is JSON, plain data by construction: the core reads it without its guards against a
    // script's getters and proxies (parsePlainAction; the same answers on plain data).
    run = runActions(newGame(scenario, seed, termOf(json)), recordedActions, true, parsePlainAction);
  } catch (e) {
    // A bug in the rules, not in the file: still a value, never an exception.
    return {
      ok: false,
      reason: {
        code: 'internalError',
        message: oneLine(`internal error while re-running the game: ${String(e)}`),
      },
    };
  }
  if (run.rejectedAt !== null && run.rejection)
    return {
      ok: false,
      reason: {
        code: 'illegalAction',
        index: run.rejectedAt,
        rejection: run.rejection,
        message: oneLine(
          `illegal action at index ${run.rejectedAt} ${JSON.stringify(actionFields(recordedActions[run.rejectedAt]!))}: ${run.rejection.code} — ${run.rejection.message}`,
          400,
        ),
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
        message: oneLine(
          `recorded result differs from the re-computed one: ${fields
            .map((k) => `${k} recorded ${show(recorded[k])}, re-computed ${show(computed[k])}`)
            .join('; ')}`,
        ),
      },
    };
  // The start's fields a replay reads (rules, scenario, seed, term, level) never change in play, so the
  // final state stands in for a second newGame, and the result computed above is not hashed again.
  // Every action was accepted, so each is a well-formed action: makeReplay copies its own fields only.
  const replay = makeReplay(run.state, recordedActions as unknown as Action[], run.state, computed);
  return { ok: true, ...computed, state: run.state, replay };
}

/**
 * Verifies the text of a replay file (or a save): its size is checked before anything is parsed, then
 * its depth and strings (REPLAY_LIMITS) by a scanner that cannot recurse; not JSON, too large and
 * duplicate field names are rejections of their own.
 */
export function verifyReplayText(text: string, scenarios: ScenarioLookup): VerifyResult {
  if (typeof text !== 'string')
    return { ok: false, reason: { code: 'notJson', message: `not JSON: expected text, got ${show(text)}` } };
  const parsed = parseJson(text, { ...REPLAY_LIMITS, maxItems: REPLAY_LIMITS.maxActions });
  if (!parsed.ok) {
    const p = parsed.problem;
    if (p.code === 'tooLarge')
      return {
        ok: false,
        reason: {
          code: 'tooLarge',
          length: text.length,
          limit: REPLAY_LIMITS.maxLength,
          message: `too large for a replay: ${p.message}`,
        },
      };
    // Only the action list may be long; a longer one is refused while scanning, not after parsing.
    if (p.code === 'tooMany')
      return {
        ok: false,
        reason: {
          code: 'malformedField',
          field: 'actions',
          message: oneLine(
            `malformed field "actions": expected at most ${REPLAY_LIMITS.maxActions} actions, got a longer list (line ${p.line}, column ${p.column})`,
          ),
        },
      };
    return { ok: false, reason: { code: 'notJson', message: oneLine(`not JSON: ${p.message}`) } };
  }
  return verifyReplay(parsed.value, scenarios);
}
