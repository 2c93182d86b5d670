// One seed rule: a seed typed on the title's challenge form is exactly a seed a challenge code can carry
// (src/codes normalises it), so a team that types the facilitator's seed and a team that types the code
// meet the same months.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { challengeCode, decodeChallenge, makeChallenge } from '../../src/codes';
import { challengeSeed } from '../../src/dom/title';
import { shipped, shippedLookup } from '../codes/helpers';

const scenario = shipped('old-neighbourhood');

/** What a challenge code made from `input` carries as its seed, or null when no code can be made. */
function seedThroughCode(input: string): string | null {
  const made = makeChallenge(scenario, input);
  if (!made.ok) return null;
  const back = decodeChallenge(challengeCode(made.challenge), shippedLookup);
  if (!back.ok) throw new Error(back.refusal.message);
  return back.challenge.seed;
}

describe('the title accepts the seeds a challenge code carries, and only those', () => {
  it('normalises as the codes do: case, full-width letters and spaces around', () => {
    expect(challengeSeed('PEIXUN')).toBe('peixun');
    expect(challengeSeed(' ｐｅｉｘｕｎ-2 ')).toBe('peixun-2');
    expect(challengeSeed('peixun')).toBe(seedThroughCode('PEIXUN'));
  });

  it('refuses what no code can carry: empty, too long, a space inside, Chinese', () => {
    for (const bad of ['', '   ', 'a'.repeat(17), 'a b', '培训', 'seed_1']) {
      expect(challengeSeed(bad), JSON.stringify(bad)).toBeNull();
      expect(seedThroughCode(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(challengeSeed('a'.repeat(16))).toBe('a'.repeat(16));
  });

  it('any typed text: the title and a challenge code agree on the seed', () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.stringMatching(/^[ A-Za-z0-9_-]{0,20}$/),
      fc.string({ unit: fc.constantFrom('a', 'Z', '9', '-', 'ｂ', ' ', '种'), maxLength: 18 }),
    );
    fc.assert(
      fc.property(typed, (input) => {
        expect(challengeSeed(input)).toBe(seedThroughCode(input));
      }),
      { numRuns: 400 },
    );
  });
});
