// Every way a code can be refused, by name. Each carries a one-line, bounded message in English;
// a page translates by `code`. Nothing in src/codes throws at its callers.

export type CodeRefusal =
  | { code: 'empty'; message: string }
  /** Longer than any code this build writes: refused before any work is done. */
  | { code: 'oversized'; length: number; max: number; message: string }
  /** A character that no code holds (1-based position among the code's characters). */
  | { code: 'badCharacter'; position: number; character: string; message: string }
  /** The check does not match: a character mistyped or two swapped; `suspect` when one position explains it. */
  | { code: 'badCheck'; suspect: number | null; message: string }
  /** The code ends early: part of it was not copied. */
  | { code: 'truncated'; message: string }
  /** Written by a build with another code format (`found`). */
  | { code: 'foreignFormat'; found: number; expected: number; message: string }
  /** Played under other rules: says which version made it. */
  | { code: 'foreignRules'; found: number; expected: number; message: string }
  | { code: 'unknownScenario'; index: number; scenarioId: string | null; message: string }
  /** The scenario's content differs from the one the code was made for. */
  | { code: 'scenarioChanged'; scenarioId: string; message: string }
  /** A challenge code where a result code was expected. */
  | { code: 'challengeNotResult'; message: string }
  /** Well checked, but not something an encoder writes (a hand-made code). */
  | { code: 'malformed'; message: string }
  | { code: 'badSeed'; message: string }
  | { code: 'badTeam'; message: string }
  | { code: 'badMonths'; message: string }
  /** A level that is not a step of the ladder (a code from a build with more steps). */
  | { code: 'badLevel'; message: string }
  /** Encoding only: an action this format cannot hold (never one the core accepted). */
  | { code: 'unpackable'; index: number; message: string };

export type CodeRefusalCode = CodeRefusal['code'];

export type CodeResult<T> = ({ ok: true } & T) | { ok: false; refusal: CodeRefusal };

export const refuse = <T>(refusal: CodeRefusal): CodeResult<T> => ({ ok: false, refusal });

/** An ordinal as a person reads it: 1st, 2nd, 3rd, 4th, 11th, 22nd. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A character shown in a message: printable as itself, otherwise by its code point. */
export function showChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)
    ? `"${ch}"`
    : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
