// Result codes: a team's game — the challenge, the team name, every action and the result they
// claim — as one line of base64url to copy, paste or scan. Decoding gives back the Replay, which
// goes through the one verification path (src/replay's verifyReplay) like any replay file.
//
//   bits, most significant first. A header of four characters, the same in every format:
//   format version 6 (= 1; the first character, "B") · rules version 6 · the code's length in
//   characters mod 64, 6 · CRC-6 of those 18 bits, 6 (./crc6.ts). Then:
//   scenario index 5 · scenario hash prefix 16 · term months 4 (0 = the scenario's) · seed
//   · team: UTF-8 byte count 7, bytes · claimed result: status 2, scored 1 [score 10, rating 2],
//     state hash 64 · actions: `ordered` 1, concern-number width − 1 4, then ./actions.ts
//   · zero bits to a whole byte · CRC-32 of everything before it, 4 bytes
//   Format 2 (a level above 1): the same, with the level − 1 in 2 bits right after the header.
//   Format 3 (a team's game that knows which of the team's finished games it is): the level − 1 in
//   2 bits (0 for level 1) and the attempt in 6 bits (1–63; 63 = 63rd or later) right after the header.
//   A level-1 game without an attempt is still written in format 1, so its code is the code it always was.
// Every later format keeps the header and the closing CRC-32, so a code from another build is named
// as such, and a cut code (its length disagrees with a sound header) is told from a mistyped one.
import {
  type Action,
  levelProblem,
  MIN_LEVEL,
  parseAction,
  RATINGS,
  type Rating,
  RULES_VERSION,
  type Status,
} from '../core';
import { REPLAY_FORMAT, type Replay, type ReplayResult } from '../replay';
import { MAX_CONCERN_BITS, planActions, readActions, writeActions } from './actions';
import { fromBase64url, toBase64url, VALUE } from './base64url';
import { BitReader, BitWriter, RanOut } from './bits';
import { decodeChallenge } from './challenge';
import { crc6 } from './crc6';
import { crc32 } from './crc32';
import {
  type Challenge,
  LEVEL_BITS,
  readChallengeFields,
  type ScenarioLookup,
  writeChallengeFields,
} from './fields';
import { type CodeResult, ordinal, refuse, showChar } from './refusal';
import { SCENARIO_TABLE } from './scenarioTable';
import { normaliseSeed } from './seed';
import { normaliseTeam } from './team';

export const RESULT_FORMAT = 1;
/** The format that carries a level above 1. */
export const RESULT_FORMAT_LEVEL = 2;
/** The format that carries the attempt (and the level, whatever it is). */
export const RESULT_FORMAT_ATTEMPT = 3;
/** Bits of the attempt; a later attempt than the largest is written as the largest. */
const ATTEMPT_BITS = 6;
export const MAX_CODED_ATTEMPT = 2 ** ATTEMPT_BITS - 1;
/** Longer than any game's code (a 16-month term of busy months is under 600): refused unread. */
export const MAX_RESULT_CODE_CHARS = 2000;
/** Far more actions than a term holds (every action but endMonth costs 精力). */
const MAX_ACTIONS = 1000;
const HASH_BITS = 16;
const TEAM_BYTES_BITS = 7;
const STATUSES: readonly Status[] = ['playing', 'won', 'lost'];

/** The result code of a replay, played by `team` (normalised; '' for none). */
export function encodeResult(replay: Replay, team = replay.team ?? ''): CodeResult<{ code: string }> {
  if (replay.format !== REPLAY_FORMAT)
    return refuse({
      code: 'malformed',
      message: `replay format ${String(replay.format)} is not ${REPLAY_FORMAT}`,
    });
  if (!SCENARIO_TABLE.includes(replay.scenarioId))
    return refuse({
      code: 'unknownScenario',
      index: -1,
      scenarioId: replay.scenarioId,
      message: `scenario "${replay.scenarioId}" has no number in the code table (src/codes/scenarioTable.ts)`,
    });
  if (!/^[0-9a-f]{16}$/.test(replay.scenarioHash))
    return refuse({ code: 'malformed', message: 'the replay’s scenario hash is not 16 hex digits' });
  const seed = normaliseSeed(replay.seed);
  if (!seed.ok || seed.seed !== replay.seed)
    return refuse({
      code: 'badSeed',
      message: `seed ${JSON.stringify(replay.seed)} cannot be carried by a code: ${
        seed.ok ? `a code holds seeds in normal form (${JSON.stringify(seed.seed)})` : seed.message
      }`,
    });
  if (
    replay.months !== undefined &&
    !(Number.isInteger(replay.months) && replay.months >= 1 && replay.months <= 15)
  )
    return refuse({
      code: 'badMonths',
      message: `a term of ${String(replay.months)} months does not fit a code`,
    });
  const level = replay.level ?? MIN_LEVEL;
  const badLevel = levelProblem(level);
  if (badLevel) return refuse({ code: 'badLevel', message: badLevel });
  const t = normaliseTeam(team);
  if (!t.ok) return refuse({ code: 'badTeam', message: t.message });
  const actions: Action[] = [];
  for (let i = 0; i < replay.actions.length; i++) {
    const a = parseAction(replay.actions[i]);
    if ('code' in a)
      return refuse({ code: 'unpackable', index: i, message: `action ${i + 1}: ${a.message}` });
    actions.push(a);
  }
  const plan = planActions(actions);
  if (!plan.ok)
    return refuse({
      code: 'unpackable',
      index: plan.index,
      message: `action ${plan.index + 1}: ${plan.message}`,
    });
  const claim = replay.result;
  if (!/^[0-9a-f]{16}$/.test(claim.hash) || !STATUSES.includes(claim.status))
    return refuse({ code: 'malformed', message: 'the replay’s result is not one a game records' });
  const scored = claim.score !== null && claim.rating !== null;
  if (scored && !(Number.isInteger(claim.score) && claim.score! >= 0 && claim.score! <= 1023))
    return refuse({ code: 'malformed', message: `score ${claim.score} does not fit a code` });

  if (!(Number.isInteger(replay.rulesVersion) && replay.rulesVersion >= 0 && replay.rulesVersion < 64))
    return refuse({ code: 'malformed', message: `rules version ${replay.rulesVersion} does not fit a code` });
  const attempt = replay.attempt;
  if (attempt !== undefined && !(Number.isSafeInteger(attempt) && attempt >= 1))
    return refuse({
      code: 'malformed',
      message: `attempt ${String(attempt)} is not a count of finished games`,
    });
  const format =
    attempt !== undefined ? RESULT_FORMAT_ATTEMPT : level !== MIN_LEVEL ? RESULT_FORMAT_LEVEL : RESULT_FORMAT;
  const w = new BitWriter();
  if (format !== RESULT_FORMAT) w.write(level - 1, LEVEL_BITS);
  if (attempt !== undefined) w.write(Math.min(attempt, MAX_CODED_ATTEMPT), ATTEMPT_BITS);
  const challenge: Challenge = {
    rulesVersion: replay.rulesVersion,
    scenarioId: replay.scenarioId,
    scenarioHash: replay.scenarioHash,
    seed: replay.seed,
    ...(replay.months !== undefined ? { months: replay.months } : {}),
  };
  writeChallengeFields(w, challenge, HASH_BITS);
  const teamBytes = new TextEncoder().encode(t.team);
  w.write(teamBytes.length, TEAM_BYTES_BITS);
  for (const b of teamBytes) w.write(b, 8);
  w.write(STATUSES.indexOf(claim.status), 2);
  w.write(scored ? 1 : 0, 1);
  if (scored) {
    w.write(claim.score!, 10);
    w.write(RATINGS.indexOf(claim.rating!), 2);
  }
  w.write(Number.parseInt(claim.hash.slice(0, 8), 16), 32);
  w.write(Number.parseInt(claim.hash.slice(8), 16), 32);
  w.write(plan.plan.ordered ? 1 : 0, 1);
  w.write(plan.plan.concernBits - 1, 4);
  writeActions(w, actions, plan.plan);
  // The header needs the code's final length: header + body, padded to bytes, + CRC-32, in characters.
  const totalBytes = Math.ceil((HEADER_BITS + w.bits.length) / 8) + 4;
  const length = Math.ceil((totalBytes * 8) / 6);
  const all = new BitWriter();
  all.write(format, 6);
  all.write(replay.rulesVersion, 6);
  all.write(length % 64, 6);
  all.write(crc6(all.bits), 6);
  all.bits.push(...w.bits);
  const body = all.toBytes();
  const bytes = new Uint8Array(body.length + 4);
  bytes.set(body);
  new DataView(bytes.buffer).setUint32(body.length, crc32(body));
  return { ok: true, code: toBase64url(bytes) };
}

const HEADER_BITS = 24;
const HEADER_CHARS = 4;

export type DecodedResult = CodeResult<{ replay: Replay }>;

/**
 * Reads a result code into the replay it packs. Checks, in order: length bound → characters →
 * header check (CRC-6) → format version → length against the header (a cut) → the last character
 * → check (CRC-32) → rules version → scenario known and unchanged → fields. White space inside is
 * ignored (a code wrapped over lines). The replay still has to pass verifyReplay.
 */
export function decodeResult(text: string, scenarios: ScenarioLookup): DecodedResult {
  const code = text.replace(/\s+/gu, '');
  if (code === '') return refuse({ code: 'empty', message: 'no result code given' });
  if (code.length > MAX_RESULT_CODE_CHARS)
    return refuse({
      code: 'oversized',
      length: code.length,
      max: MAX_RESULT_CODE_CHARS,
      message: `too long for a result code: ${code.length} characters (at most ${MAX_RESULT_CODE_CHARS})`,
    });
  if (code.length <= 40 && decodeChallenge(code, scenarios).ok)
    return refuse({
      code: 'challengeNotResult',
      message: 'this is a challenge code (what a team plays), not a result code (what a team played)',
    });
  const chars = [...code];
  const badAt = chars.findIndex((ch) => !VALUE.has(ch));
  if (badAt >= 0)
    return refuse({
      code: 'badCharacter',
      position: badAt + 1,
      character: chars[badAt]!,
      message: `mistyped character: the ${ordinal(badAt + 1)} character ${showChar(chars[badAt]!)} is not a code character (A–Z a–z 0–9 - _)`,
    });
  if (chars.length < MIN_CHARS)
    return refuse({
      code: 'truncated',
      message: `the code ends early: ${chars.length} characters, a result code has at least ${MIN_CHARS} — copy it whole`,
    });

  const header = chars.slice(0, HEADER_CHARS).map((ch) => VALUE.get(ch)!);
  const headBits = header.slice(0, 3).flatMap((v) => [5, 4, 3, 2, 1, 0].map((k) => (v >> k) & 1));
  if (crc6(headBits) !== header[3])
    return refuse({
      code: 'badCheck',
      suspect: null,
      message: 'check does not match: one of the first four characters was changed or mistyped',
    });
  const format = header[0]!;
  if (format !== RESULT_FORMAT && format !== RESULT_FORMAT_LEVEL && format !== RESULT_FORMAT_ATTEMPT)
    return refuse({
      code: 'foreignFormat',
      found: format,
      expected: RESULT_FORMAT_ATTEMPT,
      message: `result code format ${format}: this build reads formats ${RESULT_FORMAT}–${RESULT_FORMAT_ATTEMPT} (another build made it)`,
    });
  const rules = header[1]!;
  const missing = (header[2]! - chars.length + 64 * 32) % 64;
  if (missing !== 0)
    return refuse({
      code: 'truncated',
      message:
        missing < 32
          ? `the code ends early: ${missing} character${missing === 1 ? ' is' : 's are'} missing — copy it whole`
          : // The header keeps the length modulo 64: a code cut by 32 or more reads as one with extra
            // characters. Cut is far likelier (a facilitator's play-test read "longer than it was made"
            // under 结果码不完整 for a code cut in half), so both are said.
            `the code's length does not match the one it was made with: ${missing} characters missing (or ${64 - missing} extra) — copy it whole`,
    });
  const read = fromBase64url(code);
  if (!read.ok)
    return read.kind === 'badLength'
      ? refuse({ code: 'malformed', message: `${code.length} characters hold no whole bytes` })
      : refuse({
          code: 'badCharacter',
          position: read.position,
          character: read.character,
          message: `mistyped character: the last character ${showChar(read.character)} is not one a code ends with`,
        });
  const bytes = read.bytes;
  const body = bytes.subarray(0, bytes.length - 4);
  const recorded = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 4);
  if (crc32(body) !== recorded)
    return refuse({
      code: 'badCheck',
      suspect: null,
      message: 'check does not match: the code was changed or mistyped after it was made',
    });
  if (rules !== RULES_VERSION)
    return refuse({
      code: 'foreignRules',
      found: rules,
      expected: RULES_VERSION,
      message: `made under rules version ${rules}: this build plays rules version ${RULES_VERSION} — verify it with that build`,
    });
  return parse(body, rules, scenarios, format);
}

/** Header, the shortest fields and the CRC-32, in characters. */
const MIN_CHARS = 12;

/** The fields after the header of a checked body. */
function parse(body: Uint8Array, rules: number, scenarios: ScenarioLookup, format: number): DecodedResult {
  try {
    const r = BitReader.ofBytes(body);
    r.read(HEADER_BITS);
    const level = format !== RESULT_FORMAT ? r.read(LEVEL_BITS) + 1 : MIN_LEVEL;
    if (format === RESULT_FORMAT_LEVEL && level === MIN_LEVEL)
      return refuse({ code: 'malformed', message: 'the code holds a level no encoder writes' });
    const attempt = format === RESULT_FORMAT_ATTEMPT ? r.read(ATTEMPT_BITS) : undefined;
    if (attempt === 0)
      return refuse({ code: 'malformed', message: 'the code holds an attempt no encoder writes' });
    const fields = readChallengeFields(r, HASH_BITS, rules, scenarios, level);
    if (!fields.ok) return fields;
    const teamBytes = new Uint8Array(r.read(TEAM_BYTES_BITS));
    for (let i = 0; i < teamBytes.length; i++) teamBytes[i] = r.read(8);
    const status = STATUSES[r.read(2)];
    const scored = r.read(1) === 1;
    const score = scored ? r.read(10) : null;
    const rating: Rating | null = scored ? (RATINGS[r.read(2)] ?? null) : null;
    const hash = r.read(32).toString(16).padStart(8, '0') + r.read(32).toString(16).padStart(8, '0');
    const ordered = r.read(1) === 1;
    const concernBits = r.read(4) + 1;
    const actions = readActions(r, { ordered, concernBits }, MAX_ACTIONS);
    let team: string;
    try {
      team = new TextDecoder('utf-8', { fatal: true }).decode(teamBytes);
    } catch {
      return refuse({ code: 'malformed', message: 'the team name is not UTF-8 text' });
    }
    const t = normaliseTeam(team);
    if (!t.ok || t.team !== team)
      return refuse({ code: 'malformed', message: 'the team name is not one a game writes' });
    if (!status) return refuse({ code: 'malformed', message: 'the claimed status is not one a game has' });
    if (!actions.ok) return refuse({ code: 'malformed', message: actions.message });
    if (concernBits > MAX_CONCERN_BITS || r.remaining >= 8 || !r.restIsZero())
      return refuse({ code: 'malformed', message: 'the code holds bits no encoder writes' });
    const result: ReplayResult = { score, rating, status, hash };
    const { challenge } = fields;
    const replay: Replay = {
      format: REPLAY_FORMAT,
      rulesVersion: challenge.rulesVersion,
      scenarioId: challenge.scenarioId,
      scenarioHash: challenge.scenarioHash,
      seed: challenge.seed,
      ...(challenge.months !== undefined ? { months: challenge.months } : {}),
      ...(challenge.level !== undefined ? { level: challenge.level } : {}),
      ...(team !== '' ? { team } : {}),
      ...(attempt !== undefined ? { attempt } : {}),
      actions: actions.actions,
      result,
    };
    return { ok: true, replay };
  } catch (e) {
    // The length and the check matched, so only a hand-made code ends inside a field.
    if (e instanceof RanOut) return refuse({ code: 'malformed', message: 'the code ends inside a field' });
    throw e;
  }
}
