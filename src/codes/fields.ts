// The challenge's fields as both codes carry them: scenario (index in the stable table and a prefix
// of its content hash), term length, seed. The rules version is written by each code's header.
import {
  levelProblem,
  MIN_LEVEL,
  RULES_VERSION,
  type Scenario,
  scenarioAtLevel,
  scenarioHash,
  termMonthsProblem,
} from '../core';
import type { BitReader, BitWriter } from './bits';
import { type CodeResult, refuse } from './refusal';
import { SCENARIO_INDEX_BITS, SCENARIO_TABLE } from './scenarioTable';
import { normaliseSeed, readSeed, writeSeed } from './seed';

/** A challenge: everyone who plays it meets the same month-by-month world. */
export interface Challenge {
  rulesVersion: number;
  scenarioId: string;
  /** `scenarioHash` of the scenario it was made for, at its level (`scenarioAtLevel`). */
  scenarioHash: string;
  /** In normal form (./seed.ts). */
  seed: string;
  /** The term length when shorter than the scenario's own; absent = the scenario's months. */
  months?: number;
  /** The difficulty ladder's step when above 1; absent = level 1 (carried by format 2 of each code). */
  level?: number;
}

/** Bits of the level field (level − 1) in the codes' format 2. */
export const LEVEL_BITS = 2;

/** Finds a scenario by id (the shipped ones, or a test's own). */
export type ScenarioLookup = (id: string) => Scenario | undefined;

/** Term months in 4 bits: 0 = the scenario's own term, else the months (1–15). */
const MONTHS_BITS = 4;

/** A challenge from what a facilitator chose; the seed normalised, the term checked. */
export function makeChallenge(
  scenario: Scenario,
  seedInput: string,
  months?: number,
  level: number = MIN_LEVEL,
): CodeResult<{ challenge: Challenge }> {
  if (!SCENARIO_TABLE.includes(scenario.id))
    return refuse({
      code: 'unknownScenario',
      index: -1,
      scenarioId: scenario.id,
      message: `scenario "${scenario.id}" has no number in the code table (src/codes/scenarioTable.ts)`,
    });
  const seed = normaliseSeed(seedInput);
  if (!seed.ok) return refuse({ code: 'badSeed', message: seed.message });
  if (months !== undefined) {
    const problem = termMonthsProblem(scenario, months);
    if (problem) return refuse({ code: 'badMonths', message: problem });
  }
  const badLevel = levelProblem(level);
  if (badLevel) return refuse({ code: 'badLevel', message: badLevel });
  return {
    ok: true,
    challenge: {
      rulesVersion: RULES_VERSION,
      scenarioId: scenario.id,
      scenarioHash: hashOf(scenarioAtLevel(scenario, level)),
      seed: seed.seed,
      ...(months !== undefined && months !== scenario.months ? { months } : {}),
      ...(level !== MIN_LEVEL ? { level } : {}),
    },
  };
}

/** Scenarios are never edited once loaded, so each one's hash is computed once (it walks the whole scenario). */
const hashes = new WeakMap<Scenario, string>();
function hashOf(scenario: Scenario): string {
  let h = hashes.get(scenario);
  if (h === undefined) {
    h = scenarioHash(scenario);
    hashes.set(scenario, h);
  }
  return h;
}

const hashPrefix = (hash: string, bits: number): number =>
  Math.floor(Number.parseInt(hash.slice(0, 8), 16) / 2 ** (32 - bits));

/** Writes scenario, term and seed. The challenge must be valid (made by makeChallenge or read back). */
export function writeChallengeFields(w: BitWriter, ch: Challenge, hashBits: number): void {
  const index = SCENARIO_TABLE.indexOf(ch.scenarioId);
  if (index < 0) throw new RangeError(`scenario "${ch.scenarioId}" is not in the code table`);
  w.write(index, SCENARIO_INDEX_BITS);
  w.write(hashPrefix(ch.scenarioHash, hashBits), hashBits);
  w.write(ch.months ?? 0, MONTHS_BITS);
  writeSeed(w, ch.seed);
}

/**
 * Reads what writeChallengeFields wrote and resolves the scenario in this build; `level` is the
 * ladder's step the code's format carried before these fields (1 in format 1). The scenario given
 * back is the scenario as written: newGame applies the level.
 */
export function readChallengeFields(
  r: BitReader,
  hashBits: number,
  rulesVersion: number,
  scenarios: ScenarioLookup,
  level: number = MIN_LEVEL,
): CodeResult<{ challenge: Challenge; scenario: Scenario }> {
  const index = r.read(SCENARIO_INDEX_BITS);
  const prefix = r.read(hashBits);
  const months = r.read(MONTHS_BITS);
  const seed = readSeed(r);
  const scenarioId = SCENARIO_TABLE[index];
  const scenario = scenarioId === undefined ? undefined : scenarios(scenarioId);
  if (scenarioId === undefined || !scenario)
    return refuse({
      code: 'unknownScenario',
      index,
      scenarioId: scenarioId ?? null,
      message:
        scenarioId === undefined
          ? `unknown scenario number ${index}: a newer build made this code`
          : `unknown scenario "${scenarioId}": this build does not ship it`,
    });
  const badLevel = levelProblem(level);
  if (badLevel) return refuse({ code: 'badLevel', message: badLevel });
  const hash = hashOf(scenarioAtLevel(scenario, level));
  if (hashPrefix(hash, hashBits) !== prefix)
    return refuse({
      code: 'scenarioChanged',
      scenarioId,
      message: `scenario content changed: the code was made for another version of "${scenarioId}" than this build's`,
    });
  if (seed === null) return refuse({ code: 'malformed', message: 'the seed field holds no seed' });
  if (months !== 0 && termMonthsProblem(scenario, months))
    return refuse({ code: 'badMonths', message: termMonthsProblem(scenario, months)! });
  return {
    ok: true,
    scenario,
    challenge: {
      rulesVersion,
      scenarioId,
      scenarioHash: hash,
      seed,
      ...(months !== 0 ? { months } : {}),
      ...(level !== MIN_LEVEL ? { level } : {}),
    },
  };
}
