// The world stream: alea exactly as seedrandom's alea.js computes it, its state kept in the game state. Each month draws the
// same number of values whatever the player did, so every team of a challenge meets the same months.

export type RngState = [number, number, number, number];

/** Values drawn at every month's end; fixed so play can never shift the stream. */
export const DRAWS_PER_MONTH = 8;

/** alea's multiplier and 2^-32: the generator's step, as seedrandom's alea.js computes it. */
const ALEA_A = 2091639;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * The state alea starts from, as seedrandom's alea.js seeds it: Baagoe's Mash over ' ' three times and
 * then the challenge's text three times, one running value throughout. Written out here like the step
 * below: seedrandom's constructor builds a generator and five closures to be read once, half the cost of
 * a new game in verification. tests/core/rng.test.ts pins it to seedrandom.alea's own state.
 */
export function seedRng(seed: string): RngState {
  let n = 0xefc8249d;
  const mash = (data: string): number => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * TWO_POW_MINUS_32;
  };
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  return [1, s0, s1, s2];
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
