// Two check symbols for a base32 code: a Reed–Solomon code over GF(32) with generator
// (x − α)(x − α²). Its minimum distance is 3, so up to 31 symbols every change of one symbol and
// every change of two — an adjacent transposition included — is always caught. For one changed
// symbol the two syndromes also say where it is, so a refusal can point at the character.

/** The longest code (data + check symbols) the guarantee holds for: 2^5 − 1. */
export const MAX_CHECKED_SYMBOLS = 31;

// GF(32) from the primitive polynomial x^5 + x^2 + 1.
const EXP: number[] = [];
const LOG: number[] = new Array(32).fill(0);
{
  let x = 1;
  for (let i = 0; i < 31; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 32) x ^= 0b100101;
  }
  for (let i = 31; i < 62; i++) EXP[i] = EXP[i - 31]!;
}

const mul = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!);

// g(x) = x² + G1·x + G0 with G1 = α + α², G0 = α³.
const G1 = EXP[1]! ^ EXP[2]!;
const G0 = EXP[3]!;

/** The two check symbols for the data symbols (the remainder of data·x² divided by g). */
export function checkSymbols(data: readonly number[]): [number, number] {
  let r1 = 0;
  let r0 = 0;
  for (const d of data) {
    const fb = d ^ r1;
    r1 = r0 ^ mul(fb, G1);
    r0 = mul(fb, G0);
  }
  return [r1, r0];
}

/** The received word evaluated at α^power (Horner, first symbol = highest degree). */
function syndrome(word: readonly number[], power: number): number {
  let s = 0;
  for (const c of word) s = mul(s, EXP[power]!) ^ c;
  return s;
}

export type CheckVerdict =
  | { ok: true }
  /**
   * `suspect`: the 1-based position of the one character that, changed back, makes the code whole;
   * `corrected`: the code with it changed back.
   */
  | { ok: false; suspect: number | null; corrected: number[] | null };

/** Checks data + check symbols. `suspect` is only a guess when more than one character is wrong. */
export function verifyCheck(word: readonly number[]): CheckVerdict {
  const s1 = syndrome(word, 1);
  const s2 = syndrome(word, 2);
  if (s1 === 0 && s2 === 0) return { ok: true };
  if (s1 === 0 || s2 === 0) return { ok: false, suspect: null, corrected: null };
  // One error e at degree p: s1 = e·α^p, s2 = e·α^(2p), so α^p = s2 / s1 and e = s1² / s2.
  const p = (LOG[s2]! - LOG[s1]! + 31) % 31;
  if (p >= word.length) return { ok: false, suspect: null, corrected: null };
  const e = EXP[(2 * LOG[s1]! - LOG[s2]! + 62) % 31]!;
  const corrected = word.slice();
  const at = word.length - 1 - p;
  corrected[at] = corrected[at]! ^ e;
  return { ok: false, suspect: at + 1, corrected };
}
