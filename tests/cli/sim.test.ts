// `npm run sim -- --scenario ID --seed SEED [--bot NAME | --bot-file PATH] [--months N] [--level K] [--team NAME] [--json] [--out FILE]`:
// plays one game and prints a month-by-month summary, or one JSON object with the documented keys
// (the game's result code among them); --out writes a replay that `verify` accepts. Unknown
// scenario or bot, a term or team name that cannot be: a clear error and exit 2.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_NAMES } from '../../src/bots';
import { main as sim } from '../../src/cli/sim';
import { main as verify } from '../../src/cli/verify';
import { runCli, tempDir } from './helpers';

const SCENARIO = 'old-neighbourhood';

describe('npm run sim', () => {
  it('--json prints one object with exactly the documented keys', async () => {
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', '7', '--bot', 'random', '--json']);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const o = JSON.parse(r.out[0]!);
    expect(Object.keys(o)).toEqual([
      'scenarioId',
      'seed',
      'bot',
      'status',
      'reason',
      'score',
      'rating',
      'hash',
      'months',
      'level',
      'team',
      'resultCode',
    ]);
    expect(o).toMatchObject({ scenarioId: SCENARIO, seed: '7', bot: 'random', team: null });
    expect(o.resultCode).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(['won', 'lost']).toContain(o.status);
    expect(o.reason === null).toBe(o.status === 'won');
    expect(Number.isInteger(o.score)).toBe(true);
    expect(o.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(o.months.length).toBeGreaterThan(0);
    expect(Object.keys(o.months[0])).toEqual([
      'month',
      'energyUsed',
      'satisfaction',
      'safety',
      'vitality',
      'fragmentation',
      'budget',
      'openConcerns',
      'resolved',
    ]);
    expect(o.months.map((m: { month: number }) => m.month)).toEqual(
      o.months.map((_: unknown, i: number) => i + 1),
    );
  });

  it('without --bot plays the balanced bot once it is registered, else the random one', async () => {
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', '7', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0]!).bot).toBe(BOT_NAMES.includes('balanced') ? 'balanced' : 'random');
  });

  it('the same challenge and bot give the same game', async () => {
    const argv = ['--scenario', SCENARIO, '--seed', 'same', '--bot', 'random', '--json'];
    const a = await runCli(sim, argv);
    const b = await runCli(sim, argv);
    expect(b.out).toEqual(a.out);
  });

  it('without --json prints a header, one row per month, the outcome and the result code', async () => {
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', '7', '--bot', 'random']);
    const json = await runCli(sim, ['--scenario', SCENARIO, '--seed', '7', '--bot', 'random', '--json']);
    const o = JSON.parse(json.out[0]!);
    expect(r.code).toBe(0);
    expect(r.out[1]).toMatch(/month.*精力.*satisf.*safety.*vitality.*frag.*budget.*open.*resolved/);
    expect(r.out).toHaveLength(2 + o.months.length + 2);
    expect(r.out.at(-2)).toContain(`hash ${o.hash}`);
    expect(r.out.at(-1)).toBe(`result code ${o.resultCode}`);
  });

  it('--out writes a replay that verify accepts with the same hash', async () => {
    const file = join(tempDir(), 'game.json');
    const r = await runCli(sim, [
      '--scenario',
      SCENARIO,
      '--seed',
      '9',
      '--bot',
      'random',
      '--json',
      '--out',
      file,
    ]);
    expect(r.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const { hash } = JSON.parse(r.out[0]!);
    const v = await runCli(verify, [file]);
    expect(v.code).toBe(0);
    expect(v.out[0]).toContain(`verified`);
    expect(v.out[0]).toContain(`hash ${hash}`);
  });

  it('an unknown scenario is a clear error listing the known ones (exit 2)', async () => {
    const r = await runCli(sim, ['--scenario', 'moon-base', '--seed', '1']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/unknown scenario "moon-base"; known scenarios: .*old-neighbourhood/);
  });

  it('an unknown bot is a clear error listing the known ones (exit 2)', async () => {
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', '1', '--bot', 'genius']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/unknown bot "genius"; known bots: .*random/);
  });

  it('a missing --seed or an unknown option is a usage error (exit 2)', async () => {
    expect((await runCli(sim, ['--scenario', SCENARIO])).code).toBe(2);
    expect((await runCli(sim, ['--scenario', SCENARIO, '--seed', '1', '--fast'])).code).toBe(2);
  });

  it('--team puts the team in the result code, and verify reads the same game back from it', async () => {
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', 'team-a', '--team', ' 第一组 ', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out[0]!);
    expect(o.team).toBe('第一组');
    const v = await runCli(verify, ['--json', o.resultCode]);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out[0]!)).toMatchObject({
      ok: true,
      team: '第一组',
      scenarioId: SCENARIO,
      seed: 'team-a',
      score: o.score,
      rating: o.rating,
      hash: o.hash,
      months: o.months.length,
    });
  });

  it('--months 6 plays a 6-month term, and its code carries the term', async () => {
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', 'short', '--months', '6', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out[0]!);
    expect(o.months.length).toBeLessThanOrEqual(6);
    const v = JSON.parse((await runCli(verify, ['--json', o.resultCode])).out[0]!);
    expect(v).toMatchObject({ ok: true, term: 6, hash: o.hash });
  });

  it('a term or team name that cannot be is refused with the reason (exit 2)', async () => {
    const long = await runCli(sim, ['--scenario', SCENARIO, '--seed', '1', '--team', 'x'.repeat(25)]);
    expect(long.code).toBe(2);
    expect(long.err.join('\n')).toMatch(/--team: a team name has at most 24 characters; this one has 25/);
    const term = await runCli(sim, ['--scenario', SCENARIO, '--seed', '1', '--months', '3']);
    expect(term.code).toBe(2);
    expect(term.err.join('\n')).toMatch(
      /--months: a term of "old-neighbourhood" is 6–12 whole months, got 3/,
    );
  });

  it('a seed no code can carry still plays; the result code is null and the reason is said', async () => {
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', 'Seed_1', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0]!).resultCode).toBeNull();
    expect(r.err.join('\n')).toMatch(
      /no result code: seed "Seed_1" cannot be carried by a code: "_" cannot be in a seed/,
    );
  });
});

describe('npm run sim --bot-file: a bot written outside the project', () => {
  it('plays the example bot file and reports it by its own name', async () => {
    const r = await runCli(sim, [
      '--scenario',
      SCENARIO,
      '--seed',
      '3',
      '--bot-file',
      join(process.cwd(), 'examples', 'first-concern-bot.mjs'),
      '--json',
    ]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out[0]!);
    expect(o.bot).toBe('first-concern');
    expect(['won', 'lost']).toContain(o.status);
  });

  it('a file that exports no Bot is refused with one line naming the file, and nothing is played', async () => {
    const dir = tempDir();
    const file = join(dir, 'not-a-bot.mjs');
    writeFileSync(file, 'export const answer = 42;\n');
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', '3', '--bot-file', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(file);
    expect(r.err[0]).toContain('exports no Bot');
  });

  it('a bot that plays an illegal action is stopped with one bounded line naming the month and the refusal', async () => {
    const dir = tempDir();
    const file = join(dir, 'cheater.mjs');
    writeFileSync(
      file,
      "export const bot = { name: 'cheater', choose: () => ({ type: 'respond', concern: 'c999', forces: ['community'] }) };\n",
    );
    const r = await runCli(sim, ['--scenario', SCENARIO, '--seed', '3', '--bot-file', file]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('unknownConcern');
    expect(r.err[0]!.length).toBeLessThanOrEqual(310);
  });

  it('--bot and --bot-file together are a usage error', async () => {
    const r = await runCli(sim, [
      '--scenario',
      SCENARIO,
      '--seed',
      '3',
      '--bot',
      'random',
      '--bot-file',
      'x.mjs',
    ]);
    expect(r.code).toBe(2);
  });
});
