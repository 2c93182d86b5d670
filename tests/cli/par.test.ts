// `npm run par`: the challenge's par is of its scenario, seed, term and level — the one the debrief and
// the room compare a team's score with.
import { describe, expect, test } from 'vitest';
import { parScore } from '../../src/bots/par';
import { main } from '../../src/cli/par';
import { loadScenarioById } from '../../src/scenarios/node';
import { runCli } from './helpers';

const loaded = loadScenarioById('old-neighbourhood');
if (!loaded.ok) throw new Error(loaded.error.message);
const scenario = loaded.scenario;

describe('npm run par', () => {
  test('--months gives the par of that term, which is not the full term’s (a 6-month session’s yardstick)', async () => {
    const r = await runCli(main, ['--scenario', scenario.id, '--seed', 'cyr7ba', '--months', '6', '--json']);
    expect(r.code, r.err.join('\n')).toBe(0);
    const out = JSON.parse(r.out[0]!);
    expect(out.months).toBe(6);
    expect(out.level).toBe(1);
    expect(out.par).toBe(parScore(scenario, 'cyr7ba', { months: 6 }));
    expect(out.par).not.toBe(parScore(scenario, 'cyr7ba'));
  }, 60_000);

  test('a term or level the scenario does not allow is refused by name, with the usage', async () => {
    const bad = await runCli(main, ['--scenario', scenario.id, '--seed', 's', '--months', 'six']);
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toMatch(/--months must be a whole number, got "six"/);
    const long = await runCli(main, ['--scenario', scenario.id, '--seed', 's', '--months', '99']);
    expect(long.code).toBe(2);
    expect(long.err.join('\n')).toMatch(/month/);
    expect(long.err.join('\n')).toMatch(/usage: npm run par/);
  });
});
