// The world stream: alea from seedrandom, its state kept in the game state. Each month draws the
// same number of values whatever the player did, so every team of a challenge meets the same months.
import seedrandom from 'seedrandom';

export type RngState = [number, number, number, number];

/** Values drawn at every month's end; fixed so play can never shift the stream. */
export const DRAWS_PER_MONTH = 8;

/** alea's multiplier and 2^-32: the generator's step, as seedrandom's alea.js computes it. */
const ALEA_A = 2091639;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** The state alea starts from: seedrandom seeds it (Mash over the challenge's text). */
export function seedRng(seed: string): RngState {
  const prng = seedrandom.alea(seed, { state: true });
  const s = prng.state();
  return [s.c, s.s0, s.s1, s.s2];
}

/**
 * Draws DRAWS_PER_MONTH unsigned 32-bit integers and returns them with the advanced state. alea's
 * step is three lines of exactly specified IEEE arithmetic, run here on the saved state: restoring
 * seedrandom's generator instead re-ran its Mash seeding and built closures every month, the largest
 * cost of a month end in verification. tests/core/rng.test.ts pins it to seedrandom's own output.
 */
export function drawMonth(rng: RngState): { values: number[]; rng: RngState } {
  let c = rng[0];
  let s0 = rng[1];
  let s1 = rng[2];
  let s2 = rng[3];
  const values: number[] = [];
  for (let i = 0; i < DRAWS_PER_MONTH; i++) {
    const t = ALEA_A * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    // seedrandom's int32(), as unsigned.
    values.push(((s2 * 0x100000000) | 0) >>> 0);
  }
  return { values, rng: [c, s0, s1, s2] };
}
