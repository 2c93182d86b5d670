// A room session opens from a challenge code as from its fields (src/server/challenge.ts).
import { describe, expect, it } from 'vitest';
import { challengeCode, makeChallenge } from '../../src/codes';
import { parseChallengeInput } from '../../src/server/challenge';
import { lookup, scenario } from './helpers';

describe('opening a session from a challenge code', () => {
  it('a challenge code gives the scenario and seed it carries, with the scenario’s term', () => {
    const made = makeChallenge(scenario('old-neighbourhood'), 'peixun');
    if (!made.ok) throw new Error(made.refusal.message);
    const r = parseChallengeInput({ code: challengeCode(made.challenge).toLowerCase() }, lookup);
    expect(r).toEqual({
      ok: true,
      challenge: {
        scenarioId: 'old-neighbourhood',
        seed: 'peixun',
        months: scenario('old-neighbourhood').months,
      },
    });
  });

  it('a mistyped code is refused on the field "code" with the decoder’s reason', () => {
    const made = makeChallenge(scenario('new-estate'), 'abc');
    if (!made.ok) throw new Error(made.refusal.message);
    const code = challengeCode(made.challenge);
    const typo = `${code.slice(0, 3)}${code[3] === '7' ? '8' : '7'}${code.slice(4)}`;
    const r = parseChallengeInput({ code: typo }, lookup);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe('code');
    expect(r.message).toMatch(/check/i);
    expect(parseChallengeInput({ code: 42 }, lookup).ok).toBe(false);
  });

  it('a harder level’s code is refused by name, not opened as level 1 without a word', () => {
    const made = makeChallenge(scenario('new-estate'), 'abc', undefined, 2);
    if (!made.ok) throw new Error(made.refusal.message);
    const r = parseChallengeInput({ code: challengeCode(made.challenge) }, lookup);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe('code');
    expect(r.reason).toBe('levelUnsupported');
    expect(r.message).toContain('level 2');
  });
});
