// Result codes: a team's whole game in one line. Any legal game — finished or a checkpoint, any
// term, any team name — decodes to exactly its replay, which the one verification path accepts;
// every single changed character is caught; every bad input is refused by name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import {
  challengeCode,
  decodeResult,
  encodeResult,
  MAX_RESULT_CODE_CHARS,
  makeChallenge,
  normaliseTeam,
  verifyResultCode,
} from '../../src/codes';
import { ALPHABET, fromBase64url, toBase64url } from '../../src/codes/base64url';
import { crc6 } from '../../src/codes/crc6';
import { crc32 } from '../../src/codes/crc32';
import { RULES_VERSION, runActions, stateHash } from '../../src/core';
import { makeReplay, type Replay, verifyReplay } from '../../src/replay';
import { gameArb, playChoices, shipped, shippedLookup, teamArb } from './helpers';

function codeOf(replay: Replay, team = ''): string {
  const r = encodeResult(replay, team);
  if (!r.ok) throw new Error(r.refusal.message);
  return r.code;
}

function botGame(id: string, seed: string, bot = 'balanced', months?: number) {
  const g = playGame(shipped(id), seed, getBot(bot)!, months === undefined ? {} : { months });
  return makeReplay(g.start, g.actions, g.state);
}

function botGameAt(id: string, seed: string, level: number) {
  const g = playGame(shipped(id), seed, getBot('balanced')!, { level });
  return makeReplay(g.start, g.actions, g.state);
}

const refusalOf = (code: string, lookup = shippedLookup) => {
  const r = decodeResult(code, lookup);
  if (r.ok) throw new Error('expected a refusal');
  return r.refusal;
};

/** Rewrites a code's header fields (and both checks), as another build would write it. */
function reheader(code: string, edit: { format?: number; rules?: number }): string {
  const read = fromBase64url(code);
  if (!read.ok) throw new Error('not a code');
  const bytes = read.bytes.slice();
  const values = [...code.slice(0, 4)].map((ch) => ALPHABET.indexOf(ch));
  values[0] = edit.format ?? values[0]!;
  values[1] = edit.rules ?? values[1]!;
  const bits = values.slice(0, 3).flatMap((v) => [5, 4, 3, 2, 1, 0].map((k) => (v >> k) & 1));
  values[3] = crc6(bits);
  const header = (values[0]! << 18) | (values[1]! << 12) | (values[2]! << 6) | values[3]!;
  bytes[0] = header >> 16;
  bytes[1] = (header >> 8) & 255;
  bytes[2] = header & 255;
  const body = bytes.subarray(0, bytes.length - 4);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(body));
  return toBase64url(bytes);
}

describe('result codes round-trip', () => {
  it('decode(encode(game)) is the game’s replay, and it verifies to the state that was played', () => {
    fc.assert(
      fc.property(gameArb, teamArb, (game, typed) => {
        const t = normaliseTeam(typed);
        const team = t.ok ? t.team : '';
        const code = codeOf(game.replay, team);
        const back = decodeResult(code, shippedLookup);
        if (!back.ok) throw new Error(back.refusal.message);
        expect(back.replay).toEqual(team === '' ? game.replay : { ...game.replay, team });
        const v = verifyReplay(back.replay, shippedLookup);
        expect(v.ok && v.hash).toBe(stateHash(game.state));
        expect(v.ok && v.status).toBe(game.state.status);
      }),
      { numRuns: 120 },
    );
    // 120 complete games played and verified: ~1 s on an idle core, 7 s seen on the shared 2-core machine.
  }, 60_000);

  it('a game in progress is a valid code: a checkpoint after two months verifies as status playing', () => {
    const game = playGame(shipped('old-neighbourhood'), 'checkpoint', getBot('balanced')!);
    let ends = 0;
    const upTo = game.actions.findIndex((a) => a.type === 'endMonth' && ++ends === 2);
    const partial = game.actions.slice(0, upTo + 1);
    const state = runActions(game.start, partial).state;
    const v = verifyResultCode(codeOf(makeReplay(game.start, partial, state), '第三组'), shippedLookup);
    expect(v.ok && v.verified).toMatchObject({ status: 'playing', score: null, rating: null });
    expect(v.ok && v.verified.state.turn).toBe(3);
    expect(v.ok && v.verified.hash).toBe(stateHash(state));
    expect(v.ok && v.replay.team).toBe('第三组');
  });

  it('a 6-month term travels in the code and verification plays 6 months', () => {
    const replay = botGame('flood-season', 'short', 'balanced', 6);
    expect(replay.months).toBe(6);
    const v = verifyResultCode(codeOf(replay), shippedLookup);
    expect(v.ok && v.replay.months).toBe(6);
    expect(v.ok && v.verified.state.maxTurns).toBe(6);
    expect(v.ok && v.verified.state.history.length).toBeLessThanOrEqual(6);
  });

  it('force lists out of the usual order round-trip exactly (their order reaches the state)', () => {
    const game = playChoices(
      shipped('new-estate'),
      'order',
      undefined,
      Array.from({ length: 90 }, (_, i) => i * 3),
      true,
    );
    const swapped = game.actions.some(
      (a) => (a.type === 'coordinate' || a.type === 'respond') && a.forces.length >= 2,
    );
    expect(swapped).toBe(true);
    const back = decodeResult(codeOf(game.replay), shippedLookup);
    expect(back.ok && back.replay.actions).toEqual(game.actions);
  });

  it('a team’s game carries which of its finished games it was: format 3, any level, the number kept', () => {
    const replay = botGame('old-neighbourhood', 'attempt');
    // Without an attempt a level-1 code is the format-1 code it always was.
    expect(codeOf(replay, '第一组')[0]).toBe('B');
    for (const [attempt, level] of [
      [1, undefined],
      [2, undefined],
      [7, 3],
    ] as const) {
      const game = level === undefined ? replay : botGameAt('old-neighbourhood', 'attempt', level);
      const code = codeOf({ ...game, attempt }, '第一组');
      expect(code[0]).toBe('D');
      const v = verifyResultCode(code, shippedLookup);
      expect(v.ok && v.replay.attempt).toBe(attempt);
      expect(v.ok && v.replay.level).toBe(level);
      expect(v.ok && v.verified.hash).toBe(game.result.hash);
    }
    // The 63rd game and any later one are written as the 63rd: the count is for telling the first apart.
    const late = verifyResultCode(codeOf({ ...replay, attempt: 200 }, 'A'), shippedLookup);
    expect(late.ok && late.replay.attempt).toBe(63);
  });

  it('an attempt no game has is refused: 0 in a code (made by hand), 0 or a fraction to encode', () => {
    const code = codeOf({ ...botGame('old-neighbourhood', 'attempt'), attempt: 1 }, 'A');
    const read = fromBase64url(code);
    if (!read.ok) throw new Error('not a code');
    const bytes = read.bytes.slice();
    // The attempt is the low 6 bits of the fourth byte (after the 24-bit header and the 2-bit level).
    bytes[3] = bytes[3]! & 0xc0;
    const body = bytes.subarray(0, bytes.length - 4);
    new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(body));
    expect(refusalOf(toBase64url(bytes))).toMatchObject({ code: 'malformed' });
    expect(refusalOf(toBase64url(bytes)).message).toContain('attempt');
    for (const attempt of [0, 1.5, -1])
      expect(encodeResult({ ...botGame('old-neighbourhood', 'attempt'), attempt }, 'A')).toMatchObject({
        ok: false,
        refusal: { code: 'malformed' },
      });
  });

  it('a 12-month bot game fits the target of about 150 characters (≤ 200 always)', () => {
    const lengths = ['old-neighbourhood', 'new-estate', 'burden-relief'].map(
      (id) => codeOf(botGame(id, 'size'), '第一组').length,
    );
    for (const n of lengths) expect(n).toBeLessThanOrEqual(200);
  });
});

describe('every single changed character of a result code is caught', () => {
  it('a changed character anywhere is refused as mistyped (check or character), never accepted', () => {
    const codes = ['administrative-village', 'village-to-residence'].map((id) =>
      codeOf(botGame(id, 'typo'), 'A队'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.nat(), fc.nat({ max: 62 }), (code, at, shift) => {
        const i = at % code.length;
        const ch = ALPHABET[(ALPHABET.indexOf(code[i]!) + 1 + shift) % 64]!;
        const r = refusalOf(code.slice(0, i) + ch + code.slice(i + 1));
        expect(['badCheck', 'badCharacter']).toContain(r.code);
        expect(r.message).toMatch(/mistyped/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a bad result code is refused by name', () => {
  const replay = botGame('old-neighbourhood', 'named');
  const code = codeOf(replay, 'Team A');

  it('a cut code says how many characters are missing', () => {
    expect(refusalOf(code.slice(0, -5))).toEqual({
      code: 'truncated',
      message: 'the code ends early: 5 characters are missing — copy it whole',
    });
    expect(refusalOf(code.slice(0, 8)).code).toBe('truncated');
  });

  it('a code cut by 32 or more (its length known only modulo 64) is not said to be too long alone', () => {
    const r = refusalOf(code.slice(0, -40));
    expect(r.code).toBe('truncated');
    expect(r.message).toBe(
      "the code's length does not match the one it was made with: 40 characters missing (or 24 extra) — copy it whole",
    );
  });

  it('a character outside the alphabet is named with its place', () => {
    const r = refusalOf(`${code.slice(0, 9)}!${code.slice(10)}`);
    expect(r).toMatchObject({ code: 'badCharacter', position: 10, character: '!' });
  });

  it('a tampered code (an action changed and re-encoded by hand, check kept) fails the check', () => {
    const bytes = fromBase64url(code);
    if (!bytes.ok) throw new Error('bad code');
    const b = bytes.bytes.slice();
    b[20] = b[20]! ^ 0x10;
    expect(refusalOf(toBase64url(b))).toMatchObject({ code: 'badCheck' });
  });

  it('a code from another rules version names the version that made it', () => {
    const r = refusalOf(reheader(code, { rules: RULES_VERSION + 1 }));
    expect(r).toMatchObject({ code: 'foreignRules', found: RULES_VERSION + 1, expected: RULES_VERSION });
    expect(r.message).toContain(`made under rules version ${RULES_VERSION + 1}`);
  });

  it('a code from rules 4, before a short term compressed the story, is refused naming rules 4', () => {
    const r = refusalOf(reheader(code, { rules: 4 }));
    expect(RULES_VERSION).toBeGreaterThan(4);
    expect(r).toMatchObject({ code: 'foreignRules', found: 4, expected: RULES_VERSION });
    expect(r.message).toContain('made under rules version 4');
  });

  it('a code from rules 5, before a short term reached every neglect within it, is refused naming rules 5', () => {
    const r = refusalOf(reheader(code, { rules: 5 }));
    expect(RULES_VERSION).toBeGreaterThan(5);
    expect(r).toMatchObject({ code: 'foreignRules', found: 5, expected: RULES_VERSION });
    expect(r.message).toContain('made under rules version 5');
  });

  it('a code of another format is named as such', () => {
    expect(refusalOf(reheader(code, { format: 4 }))).toMatchObject({ code: 'foreignFormat', found: 4 });
  });

  it('an oversized input is refused unread, an empty one as empty', () => {
    expect(refusalOf('A'.repeat(MAX_RESULT_CODE_CHARS + 1))).toMatchObject({
      code: 'oversized',
      max: MAX_RESULT_CODE_CHARS,
    });
    expect(refusalOf(' \n ').code).toBe('empty');
  });

  it('a challenge code pasted where a result code goes is named as a challenge code', () => {
    const made = makeChallenge(shipped('old-neighbourhood'), 'named');
    if (!made.ok) throw new Error(made.refusal.message);
    expect(refusalOf(challengeCode(made.challenge)).code).toBe('challengeNotResult');
  });

  it('a scenario edited since the code was made is named; a code wrapped over lines still reads', () => {
    const edited = { ...shipped('old-neighbourhood'), background: { zh: '改', en: 'edited' } };
    expect(refusalOf(code, (id) => (id === edited.id ? edited : undefined))).toMatchObject({
      code: 'scenarioChanged',
      scenarioId: 'old-neighbourhood',
    });
    const wrapped = code.replace(/(.{40})/g, '$1\n');
    expect(decodeResult(wrapped, shippedLookup).ok).toBe(true);
  });

  it('a sound code whose game the rules refuse goes to verifyReplay and comes back with its reason', () => {
    const forged = {
      ...replay,
      actions: [{ type: 'adoptReform' as const, reform: 'oneShoulder' as const }, ...replay.actions],
    };
    const v = verifyResultCode(codeOf(forged), shippedLookup);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.replay?.actions.length).toBe(forged.actions.length);
    expect(!v.ok && ['illegalAction', 'resultDiffers']).toContain(!v.ok && v.reason.code);
  });

  it('encoding refuses what no code can carry, by name', () => {
    expect(encodeResult({ ...replay, seed: 'Golden_1' })).toMatchObject({
      ok: false,
      refusal: { code: 'badSeed' },
    });
    expect(encodeResult(replay, 'x'.repeat(30))).toMatchObject({ ok: false, refusal: { code: 'badTeam' } });
    expect(
      encodeResult({ ...replay, actions: [{ type: 'respond', concern: 'zz', forces: ['community'] }] }),
    ).toMatchObject({ ok: false, refusal: { code: 'unpackable', index: 0 } });
    expect(encodeResult({ ...replay, scenarioId: 'moon-base' })).toMatchObject({
      ok: false,
      refusal: { code: 'unknownScenario' },
    });
  });
});
