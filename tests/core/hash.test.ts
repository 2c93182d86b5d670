// The state hash has a version of its own (HASH_VERSION): a change to what it reads or how it mixes
// is a deliberate act that bumps it, never a side effect of a refactor.
import { describe, expect, it } from 'vitest';
import { HASH_VERSION, newGame, RULES_VERSION, runActions, stateHash } from '../../src/core';
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
    // Golden values of hash version 2 (the state gained the fields of rules version 2: uncoordinated,
    // committed, spectators, resolutionCredit), computed once; update them only with HASH_VERSION —
    // or with RULES_VERSION, which the state carries (and rules 3 also change the months played here).
    expect({
      version: HASH_VERSION,
      rules: RULES_VERSION,
      start: stateHash(start),
      later: stateHash(run.state),
    }).toEqual({
      version: 2,
      rules: 3,
      start: 'affb0f3dfde66dcd',
      later: 'adde9ae9e010f369',
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
