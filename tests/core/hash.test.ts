// The state hash has a version of its own (HASH_VERSION): a change to what it reads or how it mixes
// is a deliberate act that bumps it, never a side effect of a refactor.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import {
  cloneState,
  type GameState,
  HASH_VERSION,
  LOG_TAIL,
  newGame,
  RULES_VERSION,
  runActions,
  stateHash,
} from '../../src/core';
import { loadScenarioFiles } from '../../src/scenarios/node';
import { fixtureScenario } from './fixture';

describe('stateHash', () => {
  it('is pinned for its version: the same state gives the same 16 hex digits until HASH_VERSION is bumped', () => {
    const start = newGame(fixtureScenario(), 'hash-pin');
    const run = runActions(start, [
      { type: 'coordinate', forces: ['community'] },
      { type: 'endMonth' },
      { type: 'endMonth' },
    ]);
    expect(run.rejection).toBeNull();
    // Golden values of hash version 3 (the fixed-shape walk), computed once; update them only with
    // HASH_VERSION — or with RULES_VERSION, which the state carries.
    expect({
      version: HASH_VERSION,
      rules: RULES_VERSION,
      start: stateHash(start),
      later: stateHash(run.state),
    }).toEqual({
      version: 3,
      rules: 6,
      start: 'ed890551c9312d26',
      later: '4d5a76b7b20778ee',
    });
  });

  it('reads what matters: one unit of 经费 or one log entry more changes it', () => {
    const s = newGame(fixtureScenario(), 'hash-pin');
    const base = stateHash(s);
    expect(stateHash({ ...s, budget: s.budget + 1 })).not.toBe(base);
    expect(stateHash({ ...s, log: [...s.log, { ...s.log[0]! }] })).not.toBe(base);
    expect(stateHash({ ...s, seed: `${s.seed}x` })).not.toBe(base);
  });
});

/** Every leaf of the state (numbers, texts, booleans, nulls) as a path of keys, the scenario aside. */
function leafPaths(s: GameState): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    } else out.push(path);
  };
  for (const [k, v] of Object.entries(s)) {
    if (k === 'scenario') continue; // hashed by its id; the replay hashes its content on its own
    if (k === 'log') {
      // The log counts by its length; its last LOG_TAIL entries are read in full.
      for (let i = Math.max(0, s.log.length - LOG_TAIL); i < s.log.length; i++) walk(s.log[i], ['log', i]);
    } else walk(v, [k]);
  }
  return out;
}

/** A copy of the state with the leaf at `path` changed (a number by one, a text by a letter, …). */
function withLeafChanged(s: GameState, path: (string | number)[]): GameState {
  const copy = cloneState(s);
  copy.log = copy.log.map((e) => ({ ...e }));
  copy.history = copy.history.map((m) => structuredClone(m));
  let o = copy as unknown as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const v = o[last];
  o[last] =
    typeof v === 'number'
      ? v + (Number.isInteger(v) ? 1 : 2 ** -40)
      : typeof v === 'string'
        ? `${v}x`
        : typeof v === 'boolean'
          ? !v
          : last === 'assessment'
            ? { score: 0, rating: 'fail', parts: {}, objectivesMet: [] } // null: an assessment instead
            : 'fragmentation'; // null (lossReason): a reason instead
  return copy;
}

describe('stateHash is a function of the whole state (fixed-shape walk, hash version 3)', () => {
  const scenarios = loadScenarioFiles().scenarios;
  const bot = getBot('balanced')!;
  // A finished term (assessment, history, full log) and a state in mid-term (open concerns).
  const finished = playGame(scenarios[0]!, 'hash-walk', bot).state;
  const midTerm = runActions(newGame(scenarios[1]!, 'hash-walk'), [
    { type: 'endMonth' },
    { type: 'endMonth' },
  ]).state;

  it.each([
    ['a finished term', finished],
    ['a state in mid-term', midTerm],
  ])('changing any one field of %s changes the hash', (_, state) => {
    const base = stateHash(state);
    const paths = leafPaths(state);
    expect(paths.length).toBeGreaterThan(150);
    const unchanged = paths
      .filter((p) => stateHash(withLeafChanged(state, p)) === base)
      .map((p) => p.join('.'));
    expect(unchanged).toEqual([]);
  });

  it('does not depend on key order: a state rebuilt with its keys reversed hashes the same', () => {
    const reversed = Object.fromEntries(Object.entries(finished).reverse()) as unknown as GameState;
    expect(stateHash(reversed)).toBe(stateHash(finished));
  });

  it('reads the ladder level: level 2 is not level 1, and an absent level is level 1', () => {
    expect(stateHash({ ...midTerm, level: 2 })).not.toBe(stateHash(midTerm));
    expect(stateHash({ ...midTerm, level: 1 })).toBe(stateHash(midTerm));
  });
});
