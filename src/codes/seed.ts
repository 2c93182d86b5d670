// Seeds as people type them on a board: normalised, or refused with the reason — never cut.
// A seed is 1–16 characters of a–z, 0–9 and "-". Normalising: Unicode NFKC (full-width letters
// from a Chinese input method become plain ones), trim, lower-case. "PEIXUN" and "ｐｅｉｘｕｎ" are
// the seed "peixun"; "培训", "a b" or a 17-character seed are refused, saying why.
import type { BitReader, BitWriter } from './bits';
import { showChar } from './refusal';

export const SEED_MAX = 16;
export const SEED_ALPHABET = '-0123456789abcdefghijklmnopqrstuvwxyz';

export type SeedResult = { ok: true; seed: string } | { ok: false; message: string };

export function normaliseSeed(input: string): SeedResult {
  const seed = input.normalize('NFKC').trim().toLowerCase();
  if (seed === '') return { ok: false, message: 'a seed needs at least one character (a–z, 0–9 or "-")' };
  const chars = [...seed];
  if (chars.length > SEED_MAX)
    return {
      ok: false,
      message: `a seed has at most ${SEED_MAX} characters; this one has ${chars.length} (nothing is cut: shorten it)`,
    };
  const bad = chars.find((c) => !SEED_ALPHABET.includes(c));
  if (bad !== undefined)
    return {
      ok: false,
      message: `${showChar(bad)} cannot be in a seed: use letters a–z, digits 0–9 and "-"`,
    };
  return { ok: true, seed };
}

// Letters and digits without the ones read alike (Crockford's set, lower-case).
const FRESH_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A fresh 6-character seed from random bytes the caller draws (a clock or crypto; the core never does). */
export function freshSeed(randomBytes: Uint8Array): string {
  if (randomBytes.length < 6) throw new RangeError('freshSeed needs 6 random bytes');
  return Array.from(randomBytes.slice(0, 6), (b) => FRESH_ALPHABET[b & 31]).join('');
}

// Packing: the length (4 bits), then three characters at a time as one number below 37³ in 16 bits
// (5.33 bits a character); a last pair takes 11 bits, a last single 6.
const GROUP_BITS = [0, 6, 11, 16] as const;

export function writeSeed(w: BitWriter, seed: string): void {
  w.write(seed.length - 1, 4);
  for (let i = 0; i < seed.length; i += 3) {
    const group = seed.slice(i, i + 3);
    let v = 0;
    for (const c of group) v = v * 37 + SEED_ALPHABET.indexOf(c);
    w.write(v, GROUP_BITS[group.length as 1 | 2 | 3]);
  }
}

/** The seed, or null when a group holds a number no seed packs to. */
export function readSeed(r: BitReader): string | null {
  const length = r.read(4) + 1;
  let seed = '';
  for (let i = 0; i < length; i += 3) {
    const n = Math.min(3, length - i) as 1 | 2 | 3;
    let v = r.read(GROUP_BITS[n]);
    if (v >= 37 ** n) return null;
    let group = '';
    for (let k = 0; k < n; k++) {
      group = SEED_ALPHABET[v % 37] + group;
      v = Math.floor(v / 37);
    }
    seed += group;
  }
  return seed;
}
