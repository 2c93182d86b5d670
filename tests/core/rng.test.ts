// The world stream must be seedrandom's alea exactly: every replay ever recorded depends on it.
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { DRAWS_PER_MONTH, drawMonth, type RngState, seedRng } from '../../src/core/rng';

/** The month's draws the way seedrandom computes them: its generator restored from the saved state. */
function bySeedrandom(rng: RngState): { values: number[]; rng: RngState } {
  const prng = seedrandom.alea('', { state: { c: rng[0], s0: rng[1], s1: rng[2], s2: rng[3] } });
  const values: number[] = [];
  for (let i = 0; i < DRAWS_PER_MONTH; i++) values.push(prng.int32() >>> 0);
  const s = prng.state();
  return { values, rng: [s.c, s.s0, s.s1, s.s2] };
}

function seedrandomStart(seed: string): RngState {
  const s = seedrandom.alea(seed, { state: true }).state();
  return [s.c, s.s0, s.s1, s.s2];
}

describe('the world stream (alea)', () => {
  it('seedRng starts where seedrandom alea starts, for any challenge text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })),
        (seed) => {
          expect(seedRng(seed)).toEqual(seedrandomStart(seed));
        },
      ),
      { numRuns: 1000 },
    );
    expect(seedRng('flood-season|workshop-1')).toEqual(seedrandomStart('flood-season|workshop-1'));
  });

  it('drawMonth gives seedrandom alea’s values and state, month after month, for any seed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (seed, months) => {
        let ours = seedRng(seed);
        let theirs = seedRng(seed);
        for (let m = 0; m < months; m++) {
          const a = drawMonth(ours);
          const b = bySeedrandom(theirs);
          expect(a).toEqual(b);
          ours = a.rng;
          theirs = b.rng;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('draws differ from month to month and from seed to seed (the stream moves)', () => {
    const one = drawMonth(seedRng('a'));
    expect(drawMonth(one.rng).values).not.toEqual(one.values);
    expect(drawMonth(seedRng('b')).values).not.toEqual(one.values);
    expect(new Set(one.values).size).toBe(DRAWS_PER_MONTH);
  });
});
