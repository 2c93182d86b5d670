// The world stream: alea from seedrandom, its state kept in the game state. Each month draws the
// same number of values whatever the player did, so every team of a challenge meets the same months.
import seedrandom from 'seedrandom';

export type RngState = [number, number, number, number];

/** Values drawn at every month's end; fixed so play can never shift the stream. */
export const DRAWS_PER_MONTH = 8;

export function seedRng(seed: string): RngState {
  const prng = seedrandom.alea(seed, { state: true });
  return pack(prng.state());
}

/** Draws DRAWS_PER_MONTH unsigned 32-bit integers and returns them with the advanced state. */
export function drawMonth(rng: RngState): { values: number[]; rng: RngState } {
  const prng = seedrandom.alea('', { state: { c: rng[0], s0: rng[1], s1: rng[2], s2: rng[3] } });
  const values: number[] = [];
  for (let i = 0; i < DRAWS_PER_MONTH; i++) values.push(prng.int32() >>> 0);
  return { values, rng: pack(prng.state()) };
}

function pack(s: seedrandom.State.Alea): RngState {
  return [s.c, s.s0, s.s1, s.s2];
}
