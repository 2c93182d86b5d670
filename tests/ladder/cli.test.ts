// `--level K` on `npm run sim` and `npm run challenge` (issue 12's contract): the game is played at
// that level, its result code verifies at it, and a level outside the ladder is a usage error.
import { describe, expect, it } from 'vitest';
import { main as challenge } from '../../src/cli/challenge';
import { main as sim } from '../../src/cli/sim';
import { main as verify } from '../../src/cli/verify';
import { decodeChallenge } from '../../src/codes';
import { runCli } from '../cli/helpers';
import { shippedLookup } from '../codes/helpers';

describe('--level on the command line', () => {
  it('sim --level 3 plays the top level: a different game from level 1, and its result code verifies', async () => {
    const args = ['--scenario', 'flood-season', '--seed', '9', '--bot', 'balanced', '--json'];
    const top = JSON.parse((await runCli(sim, [...args, '--level', '3'])).out[0]!);
    const one = JSON.parse((await runCli(sim, args)).out[0]!);
    expect(top.level).toBe(3);
    expect(one.level).toBe(1);
    expect(top.hash).not.toBe(one.hash);
    const v = await runCli(verify, [top.resultCode]);
    expect(v.code).toBe(0);
    expect(v.out.join('\n')).toContain(`verified score ${top.score}`);
  });

  it('challenge --level 2 makes a code that opens level 2', async () => {
    const r = await runCli(challenge, [
      '--scenario',
      'new-estate',
      '--seed',
      'lv2',
      '--level',
      '2',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const { code } = JSON.parse(r.out[0]!);
    const back = decodeChallenge(code, shippedLookup);
    expect(back.ok && back.challenge.level).toBe(2);
  });

  it('a level outside the ladder is named and nothing is played', async () => {
    for (const bad of ['0', '4', 'two']) {
      const r = await runCli(sim, ['--scenario', 'flood-season', '--seed', '9', '--level', bad]);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toMatch(/--level: a level is a whole number 1–3/);
      expect(r.out).toEqual([]);
      const c = await runCli(challenge, ['--scenario', 'flood-season', '--level', bad]);
      expect(c.code).toBe(2);
    }
  });
});
