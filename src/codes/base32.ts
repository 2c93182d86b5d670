// Crockford's base32 for codes read aloud and written on a board: digits and upper-case letters
// without I, L, O and U. Reading is case-insensitive, takes O for 0 and I or L for 1 (the letters a
// person confuses), and skips the dashes and spaces that group a code.
// Hand-written: the alphabet is one string and the reading ten lines; the checking below is ours.

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUE = new Map<string, number>();
for (let i = 0; i < 32; i++) {
  const ch = BASE32_ALPHABET[i]!;
  VALUE.set(ch, i);
  VALUE.set(ch.toLowerCase(), i);
}
for (const [ch, v] of [
  ['O', 0],
  ['o', 0],
  ['I', 1],
  ['i', 1],
  ['L', 1],
  ['l', 1],
] as const)
  VALUE.set(ch, v);

/** Separators a person may type between groups; they carry nothing. */
const SEPARATOR = /[\s\-‐‑‒–—－]/u;

export type Base32Read = { ok: true; symbols: number[] } | { ok: false; position: number; character: string };

/** The symbols of a code as typed, or the first character that is not a code character (1-based). */
export function readBase32(text: string): Base32Read {
  const symbols: number[] = [];
  for (const ch of text) {
    if (SEPARATOR.test(ch)) continue;
    const v = VALUE.get(ch);
    if (v === undefined) return { ok: false, position: symbols.length + 1, character: ch };
    symbols.push(v);
  }
  return { ok: true, symbols };
}

/** Symbols as text, in groups of `group` joined by dashes (easier to read aloud and copy). */
export function writeBase32(symbols: readonly number[], group = 5): string {
  const text = symbols.map((s) => BASE32_ALPHABET[s]!).join('');
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += group) groups.push(text.slice(i, i + group));
  return groups.join('-');
}
