// Challenge codes: read aloud, written on a board, typed back by eight teams. They round-trip, forgive
// case, dashes and the letters people confuse, and refuse every other typo by name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Challenge,
  challengeCode,
  challengeLink,
  decodeChallenge,
  makeChallenge,
  SCENARIO_TABLE,
} from '../../src/codes';
import { BASE32_ALPHABET, writeBase32 } from '../../src/codes/base32';
import { BitWriter } from '../../src/codes/bits';
import { checkSymbols } from '../../src/codes/check32';
import { writeChallengeFields } from '../../src/codes/fields';
import { RULES_VERSION, type Scenario, termBounds } from '../../src/core';
import { SHIPPED, seedArb, shipped, shippedLookup } from './helpers';

const challengeArb = fc
  .record({ scenario: fc.constantFrom(...SHIPPED), seed: seedArb, shorter: fc.nat({ max: 8 }) })
  .map(({ scenario, seed, shorter }) => {
    const { min, max } = termBounds(scenario);
    const made = makeChallenge(scenario, seed, shorter === 0 ? undefined : Math.max(min, max - shorter));
    if (!made.ok) throw new Error(made.refusal.message);
    return made.challenge;
  });

const codeOf = (id: string, seed: string, months?: number) => {
  const made = makeChallenge(shipped(id), seed, months);
  if (!made.ok) throw new Error(made.refusal.message);
  return challengeCode(made.challenge);
};

/** A code with the given format and rules version, otherwise well made (what another build writes). */
function foreignCode(format: number, rules: number, ch: Challenge): string {
  const w = new BitWriter();
  w.write(format, 2);
  w.writeVarint(rules, 2);
  writeChallengeFields(w, ch, 10);
  const data = w.toSymbols();
  return writeBase32([...data, ...checkSymbols(data)]);
}

const refusalOf = (text: string, lookup = shippedLookup) => {
  const r = decodeChallenge(text, lookup);
  if (r.ok) throw new Error(`expected a refusal for ${text}`);
  return r.refusal;
};

describe('challenge codes round-trip', () => {
  it('decode(encode(challenge)) is the challenge, for every scenario, seed and term', () => {
    fc.assert(
      fc.property(challengeArb, (ch) => {
        const code = challengeCode(ch);
        const back = decodeChallenge(code, shippedLookup);
        expect(back.ok && back.challenge).toEqual(ch);
        expect(back.ok && back.code).toBe(code);
      }),
      { numRuns: 300 },
    );
  });

  it('is short enough to read aloud: 14–15 characters for a 6-character seed, in groups of five', () => {
    for (const s of SHIPPED) {
      const code = codeOf(s.id, 'k3f9qa');
      // Rules 4 and later take a second 2-bit group of the rules version: one symbol more than rules 1–3.
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{4,5}$/);
    }
  });

  it('forgives what a person changes without meaning to: case, dashes, spaces, O for 0, I or L for 1', () => {
    const code = codeOf('old-neighbourhood', 'peixun', 6);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const back = decodeChallenge(typed, shippedLookup);
    expect(back.ok && back.code).toBe(code);
  });

  it('travels as a link: …/#c=CODE opens the same challenge', () => {
    const code = codeOf('new-estate', 'abc');
    const link = challengeLink(code, 'https://example.test/game/');
    expect(link).toBe(`https://example.test/game/#c=${code}`);
    const back = decodeChallenge(link, shippedLookup);
    expect(back.ok && back.challenge).toMatchObject({ scenarioId: 'new-estate', seed: 'abc' });
  });

  it('a term equal to the scenario’s own is the scenario’s term (one code per challenge)', () => {
    const s = shipped('old-neighbourhood');
    expect(codeOf(s.id, 'x', s.months)).toBe(codeOf(s.id, 'x'));
    expect(codeOf(s.id, 'x', 6)).not.toBe(codeOf(s.id, 'x'));
  });
});

describe('a mistyped challenge code is refused by name', () => {
  it('every single changed character is caught as a check mismatch that points at it', () => {
    fc.assert(
      fc.property(challengeArb, fc.nat(), fc.nat({ max: 30 }), (ch, at, shift) => {
        const code = challengeCode(ch).replace(/-/g, '');
        const i = at % code.length;
        const replacement = BASE32_ALPHABET[(BASE32_ALPHABET.indexOf(code[i]!) + 1 + shift) % 32]!;
        const typo = code.slice(0, i) + replacement + code.slice(i + 1);
        const refusal = refusalOf(typo);
        expect(refusal).toMatchObject({ code: 'badCheck', suspect: i + 1 });
        expect(refusal.message).toMatch(/check characters do not match: a character was mistyped/);
      }),
      { numRuns: 500 },
    );
  });

  it('every swap of two neighbouring characters is caught', () => {
    fc.assert(
      fc.property(challengeArb, fc.nat(), (ch, at) => {
        const code = challengeCode(ch).replace(/-/g, '');
        const i = at % (code.length - 1);
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(refusalOf(swapped).code).toBe('badCheck');
      }),
      { numRuns: 500 },
    );
  });

  it('a character no code holds is named with its place', () => {
    const code = codeOf('old-neighbourhood', 'k3f9qa');
    const r = refusalOf(`${code.slice(0, 3)}U${code.slice(4)}`);
    expect(r).toMatchObject({ code: 'badCharacter', position: 4, character: 'U' });
    expect(r.message).toBe(
      'mistyped character: the 4th character "U" is not a code character (0–9 and letters but I, L, O, U)',
    );
  });

  it('a code cut short says how long it should be', () => {
    const code = codeOf('flood-season', 'k3f9qa').replace(/-/g, '');
    const r = refusalOf(code.slice(0, 11));
    expect(r.code).toBe('truncated');
    expect(r.message).toBe(
      `the code ends early: it has 11 characters, its start says ${code.length} — copy it whole`,
    );
    expect(refusalOf(code.slice(0, 4)).code).toBe('truncated');
  });

  it('an oversized or empty input is refused before any work', () => {
    expect(refusalOf('A'.repeat(40)).code).toBe('oversized');
    expect(refusalOf('x'.repeat(500)).code).toBe('oversized');
    expect(refusalOf('  ').code).toBe('empty');
  });
});

describe('a code from elsewhere says where it is from', () => {
  const ch: Challenge = {
    rulesVersion: RULES_VERSION,
    scenarioId: 'old-neighbourhood',
    scenarioHash: '0000000000000000',
    seed: 'abc',
  };
  const real = (() => {
    const made = makeChallenge(shipped('old-neighbourhood'), 'abc');
    if (!made.ok) throw new Error('cannot make');
    return made.challenge;
  })();

  it('a challenge code from rules 4 (before the short term compressed the story) is refused naming rules 4', () => {
    const r = refusalOf(foreignCode(1, 4, real));
    expect(r).toMatchObject({ code: 'foreignRules', found: 4, expected: RULES_VERSION });
    expect(r.message).toContain('made under rules version 4');
  });

  it('a challenge code from rules 5 (before a short term reached every neglect within it) is refused naming rules 5', () => {
    const r = refusalOf(foreignCode(1, 5, real));
    expect(r).toMatchObject({ code: 'foreignRules', found: 5, expected: RULES_VERSION });
    expect(r.message).toContain('made under rules version 5');
  });

  it('another rules version is named, with the version that made it', () => {
    const r = refusalOf(foreignCode(1, RULES_VERSION + 1, real));
    expect(r).toMatchObject({ code: 'foreignRules', found: RULES_VERSION + 1, expected: RULES_VERSION });
    expect(r.message).toBe(
      `made under rules version ${RULES_VERSION + 1}: this build plays rules version ${RULES_VERSION}`,
    );
  });

  it('another code format is named', () => {
    expect(refusalOf(foreignCode(3, RULES_VERSION, real))).toMatchObject({ code: 'foreignFormat', found: 3 });
  });

  it('a scenario whose content changed since the code was made is named', () => {
    const code = foreignCode(1, RULES_VERSION, ch); // made for content hashing to 0000…
    expect(refusalOf(code)).toMatchObject({ code: 'scenarioChanged', scenarioId: 'old-neighbourhood' });
    const edited: Scenario = { ...shipped('old-neighbourhood'), background: { zh: '改', en: 'edited' } };
    const r = decodeChallenge(codeOf('old-neighbourhood', 'abc'), (id) =>
      id === edited.id ? edited : undefined,
    );
    expect(r).toMatchObject({ ok: false, refusal: { code: 'scenarioChanged' } });
  });

  it('a scenario this build does not ship, or a number past its table, is named', () => {
    const code = codeOf('flood-season', 'abc');
    expect(decodeChallenge(code, () => undefined)).toMatchObject({
      ok: false,
      refusal: { code: 'unknownScenario', scenarioId: 'flood-season' },
    });
    const w = new BitWriter();
    w.write(1, 2);
    w.writeVarint(RULES_VERSION, 2);
    w.write(SCENARIO_TABLE.length + 3, 5);
    w.write(0, 10 + 4 + 4 + 6);
    const data = w.toSymbols();
    const r = refusalOf(writeBase32([...data, ...checkSymbols(data)]));
    expect(r).toMatchObject({ code: 'unknownScenario', index: SCENARIO_TABLE.length + 3, scenarioId: null });
    expect(r.message).toMatch(/a newer build made this code/);
  });
});

describe('making a challenge', () => {
  it('refuses a seed or term that cannot be, with the reason', () => {
    const s = shipped('flood-season');
    expect(makeChallenge(s, '培训')).toMatchObject({ ok: false, refusal: { code: 'badSeed' } });
    expect(makeChallenge(s, 'ok', 5)).toMatchObject({ ok: false, refusal: { code: 'badMonths' } });
    expect(makeChallenge(s, 'ok', s.months + 1)).toMatchObject({ ok: false, refusal: { code: 'badMonths' } });
    expect(makeChallenge(s, ' OK ', 6)).toMatchObject({ ok: true, challenge: { seed: 'ok', months: 6 } });
  });
});
