// Challenge codes: a challenge as ~15 characters a facilitator reads aloud and writes on a board.
//
//   symbols (Crockford base32, 5 bits each), most significant bit first:
//   format version 2 bits (= 1) · rules version (2-bit groups, each + a "more" bit; rules 1–3 take 3)
//   · scenario index 5 · scenario hash prefix 10 · term months 4 (0 = the scenario's) · seed
//   · zero padding to a whole symbol · 2 check symbols (./check32.ts)
//   Format 2 (a level above 1): the same, with the level − 1 in 2 bits right after the rules
//   version. A level-1 challenge is still written in format 1, so its code is the code it always was.
//
// Shown in groups of five: "1H2Q3-…". Read back case-insensitively; O, I, L and dashes are forgiven.
import { RULES_VERSION, type Scenario } from '../core';
import { readBase32, writeBase32 } from './base32';
import { BitReader, BitWriter, RanOut } from './bits';
import { checkSymbols, MAX_CHECKED_SYMBOLS, verifyCheck } from './check32';
import {
  type Challenge,
  LEVEL_BITS,
  readChallengeFields,
  type ScenarioLookup,
  writeChallengeFields,
} from './fields';
import { type CodeResult, ordinal, refuse } from './refusal';
import { SCENARIO_INDEX_BITS } from './scenarioTable';

export const CHALLENGE_FORMAT = 1;
/** The format that carries a level above 1. */
export const CHALLENGE_FORMAT_LEVEL = 2;
const HASH_BITS = 10;
// The first character holds the format and (for rules 1–3) the rules version.
const FORMAT_BITS = 2;
const RULES_GROUP = 2;
const RULES_MAX_GROUPS = 8;
/** Header (format, rules, scenario, hash, months, seed length) and a one-character seed, in symbols, plus the check. */
const MIN_SYMBOLS = Math.ceil((FORMAT_BITS + 3 + 5 + HASH_BITS + 4 + 4 + 6) / 5) + 2;

export function challengeCode(ch: Challenge): string {
  const w = new BitWriter();
  const level = ch.level ?? 1;
  w.write(level > 1 ? CHALLENGE_FORMAT_LEVEL : CHALLENGE_FORMAT, FORMAT_BITS);
  w.writeVarint(ch.rulesVersion, RULES_GROUP);
  if (level > 1) w.write(level - 1, LEVEL_BITS);
  writeChallengeFields(w, ch, HASH_BITS);
  const data = w.toSymbols();
  return writeBase32([...data, ...checkSymbols(data)]);
}

/** The link that opens a challenge's briefing: `base#c=CODE`. */
export function challengeLink(code: string, base = ''): string {
  return `${base.replace(/#.*$/, '')}#c=${code}`;
}

/** The code in a pasted link (`…#c=CODE`), or the text itself. */
function codeOfLink(text: string): string {
  const m = /#c=([^&]*)/.exec(text);
  return m ? decodeURIComponent(m[1]!) : text;
}

/** The total symbols the start of a code says it has, or null when the start itself is cut. */
function expectedSymbols(symbols: readonly number[]): number | null {
  try {
    const r = BitReader.ofSymbols(symbols);
    const format = r.read(FORMAT_BITS);
    if (r.readVarint(RULES_GROUP, RULES_MAX_GROUPS) === null) return null;
    if (format === CHALLENGE_FORMAT_LEVEL) r.read(LEVEL_BITS);
    r.read(SCENARIO_INDEX_BITS + HASH_BITS + 4);
    const seedLength = r.read(4) + 1;
    const header = symbols.length * 5 - r.remaining;
    const seedBits = Math.floor(seedLength / 3) * 16 + [0, 6, 11][seedLength % 3]!;
    return Math.ceil((header + seedBits) / 5) + 2;
  } catch (e) {
    if (e instanceof RanOut) return null;
    throw e;
  }
}

/** True when swapping two neighbouring symbols makes the word whole. */
function oneSwap(symbols: readonly number[]): boolean {
  for (let i = 0; i + 1 < symbols.length; i++) {
    if (symbols[i] === symbols[i + 1]) continue;
    const w = symbols.slice();
    [w[i], w[i + 1]] = [w[i + 1]!, w[i]!];
    if (verifyCheck(w).ok) return true;
  }
  return false;
}

export type DecodedChallenge = CodeResult<{ challenge: Challenge; scenario: Scenario; code: string }>;

/** Reads a challenge code (or a link holding one); every failure is a named refusal. */
export function decodeChallenge(text: string, scenarios: ScenarioLookup): DecodedChallenge {
  const typed = codeOfLink(text).trim();
  if (typed === '') return refuse({ code: 'empty', message: 'no challenge code given' });
  if (typed.length > 64)
    return refuse({
      code: 'oversized',
      length: typed.length,
      max: 64,
      message: `too long for a challenge code: ${typed.length} characters (a challenge code has at most ${MAX_CHECKED_SYMBOLS})`,
    });
  const read = readBase32(typed);
  if (!read.ok)
    return refuse({
      code: 'badCharacter',
      position: read.position,
      character: read.character,
      message: `mistyped character: the ${ordinal(read.position)} character "${read.character}" is not a code character (0–9 and letters but I, L, O, U)`,
    });
  const { symbols } = read;
  if (symbols.length > MAX_CHECKED_SYMBOLS)
    return refuse({
      code: 'oversized',
      length: symbols.length,
      max: MAX_CHECKED_SYMBOLS,
      message: `too long for a challenge code: ${symbols.length} characters (at most ${MAX_CHECKED_SYMBOLS})`,
    });
  if (symbols.length < MIN_SYMBOLS)
    return refuse({
      code: 'truncated',
      message: `the code ends early: it has ${symbols.length} characters, a challenge code at least ${MIN_SYMBOLS} — copy it whole`,
    });
  const check = verifyCheck(symbols);
  if (!check.ok) {
    // Cut short, or mistyped? One mistyped character, or two swapped, explain a failed check when
    // undoing them makes the code whole; otherwise a start that asks for more characters than there
    // are is a cut.
    const expected = expectedSymbols(symbols);
    const oneTypo = check.corrected !== null && expectedSymbols(check.corrected) === symbols.length;
    if (!oneTypo && !oneSwap(symbols) && expected !== null && expected > symbols.length)
      return refuse({
        code: 'truncated',
        message: `the code ends early: it has ${symbols.length} characters, its start says ${expected} — copy it whole`,
      });
    return refuse({
      code: 'badCheck',
      suspect: check.suspect,
      message: `check characters do not match: a character was mistyped or two were swapped${
        check.suspect !== null ? ` (perhaps the ${ordinal(check.suspect)})` : ''
      }`,
    });
  }
  const data = symbols.slice(0, -2);
  try {
    const r = BitReader.ofSymbols(data);
    const format = r.read(FORMAT_BITS);
    if (format !== CHALLENGE_FORMAT && format !== CHALLENGE_FORMAT_LEVEL)
      return refuse({
        code: 'foreignFormat',
        found: format,
        expected: CHALLENGE_FORMAT_LEVEL,
        message: `challenge code format ${format}: this build reads formats ${CHALLENGE_FORMAT}–${CHALLENGE_FORMAT_LEVEL} (a newer build made it)`,
      });
    const rules = r.readVarint(RULES_GROUP, RULES_MAX_GROUPS);
    if (rules !== RULES_VERSION)
      return refuse({
        code: 'foreignRules',
        found: rules ?? -1,
        expected: RULES_VERSION,
        message: `made under rules version ${rules ?? '(unreadable)'}: this build plays rules version ${RULES_VERSION}`,
      });
    // Format 2 writes level 2 and up; a level 1 there is not something the encoder writes.
    const level = format === CHALLENGE_FORMAT_LEVEL ? r.read(LEVEL_BITS) + 1 : 1;
    if (format === CHALLENGE_FORMAT_LEVEL && level === 1)
      return refuse({ code: 'malformed', message: 'the code holds a level no encoder writes' });
    const fields = readChallengeFields(r, HASH_BITS, rules, scenarios, level);
    if (!fields.ok) return fields;
    if (r.remaining >= 5 || !r.restIsZero())
      return refuse({ code: 'malformed', message: 'the code has characters after its end' });
    return { ...fields, code: challengeCode(fields.challenge) };
  } catch (e) {
    if (e instanceof RanOut)
      return refuse({ code: 'truncated', message: 'the code ends early — copy it whole' });
    throw e;
  }
}
