// `npm run challenge -- --scenario ID [--seed S] [--months N] [--json]`: the code on the last line
// (or {code, link}); a fresh seed when none is given; a seed or term that cannot be refused by name.
import { describe, expect, it } from 'vitest';
import { main as challenge } from '../../src/cli/challenge';
import { decodeChallenge } from '../../src/codes';
import { shippedLookup } from '../codes/helpers';
import { runCli } from './helpers';

const decode = (code: string) => {
  const r = decodeChallenge(code, shippedLookup);
  if (!r.ok) throw new Error(r.refusal.message);
  return r.challenge;
};

describe('npm run challenge', () => {
  it('prints the code on its last line; it decodes to the scenario, the normalised seed and the term', async () => {
    const r = await runCli(challenge, ['--scenario', 'flood-season', '--seed', ' PEIXUN ', '--months', '6']);
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{4,5}$/);
    expect(decode(r.out.at(-1)!)).toMatchObject({ scenarioId: 'flood-season', seed: 'peixun', months: 6 });
    expect(r.out.join('\n')).toContain(`#c=${r.out.at(-1)}`);
  });

  it('--json prints exactly {code, link}, the link ending in #c=CODE after --base', async () => {
    const r = await runCli(challenge, [
      '--scenario',
      'old-neighbourhood',
      '--seed',
      'abc',
      '--base',
      'https://example.test/',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const o = JSON.parse(r.out[0]!);
    expect(Object.keys(o)).toEqual(['code', 'link']);
    expect(o.link).toBe(`https://example.test/#c=${o.code}`);
    expect(decode(o.code)).toMatchObject({ scenarioId: 'old-neighbourhood', seed: 'abc' });
    expect(decode(o.code).months).toBeUndefined();
  });

  it('without --seed a fresh seed is drawn: two runs give two challenges', async () => {
    const a = await runCli(challenge, ['--scenario', 'new-estate', '--json']);
    const b = await runCli(challenge, ['--scenario', 'new-estate', '--json']);
    const seedA = decode(JSON.parse(a.out[0]!).code).seed;
    expect(seedA).toMatch(/^[0-9a-z]{6}$/);
    expect(decode(JSON.parse(b.out[0]!).code).seed).not.toBe(seedA);
  });

  it('a seed, term or scenario that cannot be is refused with the reason (exit 2)', async () => {
    const seed = await runCli(challenge, ['--scenario', 'new-estate', '--seed', '培训']);
    expect(seed.code).toBe(2);
    expect(seed.err.join('\n')).toMatch(/"培" cannot be in a seed/);
    const long = await runCli(challenge, ['--scenario', 'new-estate', '--seed', 'a'.repeat(17)]);
    expect(long.err.join('\n')).toMatch(/at most 16 characters; this one has 17/);
    const term = await runCli(challenge, ['--scenario', 'flood-season', '--months', '11']);
    expect(term.code).toBe(2);
    expect(term.err.join('\n')).toMatch(/a term of "flood-season" is 6–10 whole months, got 11/);
    const words = await runCli(challenge, ['--scenario', 'flood-season', '--months', 'six']);
    expect(words.err.join('\n')).toMatch(/--months must be a whole number of months \(6–10\), got "six"/);
    const moon = await runCli(challenge, ['--scenario', 'moon-base']);
    expect(moon.code).toBe(2);
    expect(moon.err.join('\n')).toMatch(/unknown scenario "moon-base"; known scenarios: .*flood-season/);
    expect((await runCli(challenge, [])).code).toBe(2);
  });
});
