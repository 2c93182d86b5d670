// What people type: seeds are normalised (NFKC, trim, lower-case) or refused with the reason, team
// names are bounded text. Nothing is ever cut silently.
import { describe, expect, it } from 'vitest';
import { freshSeed, normaliseSeed, normaliseTeam, SEED_MAX, TEAM_MAX } from '../../src/codes';

describe('seeds typed from a whiteboard', () => {
  it('"PEIXUN", " peixun " and full-width "ｐｅｉｘｕｎ" are one seed: "peixun"', () => {
    for (const typed of ['PEIXUN', ' peixun ', 'ｐｅｉｘｕｎ', 'PeiXun\t'])
      expect(normaliseSeed(typed)).toEqual({ ok: true, seed: 'peixun' });
  });

  it('a seed longer than the bound is refused with its length, never cut', () => {
    const long = 'a'.repeat(SEED_MAX + 4);
    const r = normaliseSeed(long);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(`at most ${SEED_MAX} characters; this one has ${SEED_MAX + 4}`);
    expect(normaliseSeed('a'.repeat(SEED_MAX))).toEqual({ ok: true, seed: 'a'.repeat(SEED_MAX) });
  });

  it('characters outside a–z, 0–9 and "-" are refused, naming the character', () => {
    expect(normaliseSeed('培训')).toMatchObject({ ok: false, message: expect.stringContaining('"培"') });
    expect(normaliseSeed('a b')).toMatchObject({ ok: false, message: expect.stringContaining('U+0020') });
    expect(normaliseSeed('   ')).toMatchObject({
      ok: false,
      message: expect.stringContaining('at least one'),
    });
  });

  it('a fresh seed is six characters in normal form, from the caller’s random bytes', () => {
    const seed = freshSeed(new Uint8Array([0, 1, 31, 32, 200, 255]));
    expect(seed).toBe('01z08z'); // bytes & 31 index Crockford's lower-case set
    expect(normaliseSeed(seed)).toEqual({ ok: true, seed });
  });
});

describe('team names', () => {
  it('are trimmed and their inner white space made single; markup stays plain text', () => {
    expect(normaliseTeam('  第一组 \n  A ')).toEqual({ ok: true, team: '第一组 A' });
    expect(normaliseTeam('<b>x</b>')).toEqual({ ok: true, team: '<b>x</b>' });
    expect(normaliseTeam('')).toEqual({ ok: true, team: '' });
  });

  it(`more than ${TEAM_MAX} characters is refused with the count, never cut`, () => {
    const r = normaliseTeam('队'.repeat(TEAM_MAX + 1));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining(`this one has ${TEAM_MAX + 1}`) });
    expect(normaliseTeam('队'.repeat(TEAM_MAX)).ok).toBe(true);
  });

  it('control characters and direction overrides (which disguise a name in a table) are refused', () => {
    expect(normaliseTeam('a\u0007b')).toMatchObject({
      ok: false,
      message: expect.stringContaining('U+0007'),
    });
    expect(normaliseTeam('evil\u202Eoof')).toMatchObject({
      ok: false,
      message: expect.stringContaining('U+202E'),
    });
    expect(normaliseTeam('half \uD800')).toMatchObject({ ok: false });
  });
});
