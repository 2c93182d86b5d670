// The design properties of GAME.md §7 over a CI-sized seed set (the full report is
// `npm run balance -- --seeds 200`). Games are deterministic, so these cannot flake.
import { describe, expect, it } from 'vitest';
import { type BotStats, type GameRecord, PROPERTIES, recordOf, stats } from '../../src/bots/balance';
import { getBot } from '../../src/bots/index';
import { playGame } from '../../src/bots/play';
import { FORCES, MODES, newGame, step } from '../../src/core';
import { loadScenarioFiles } from '../../src/scenarios/node';

const { scenarios } = loadScenarioFiles();
const SEEDS = Array.from({ length: 12 }, (_, i) => `ci-${i + 1}`);
const SEARCH_SEEDS = SEEDS.slice(0, 5);

function run(bot: string, seeds: string[] = SEEDS): Record<string, BotStats> {
  const out: Record<string, BotStats> = {};
  for (const sc of scenarios) {
    const records: GameRecord[] = seeds.map((seed) =>
      recordOf(sc.id, bot, seed, playGame(sc, seed, getBot(bot)!)),
    );
    out[sc.id] = stats(records);
  }
  return out;
}

describe('design properties over seeds (GAME.md §7)', { timeout: 60_000 }, () => {
  const balanced = run('balanced');

  it('ships six scenarios to prove them on', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
  });

  it('a secretary who never coordinates watches the forces fall into 各自为政 — fragmentation', () => {
    for (const [id, s] of Object.entries(run('never-coordinate'))) {
      expect(s.passRate, id).toBeLessThanOrEqual(PROPERTIES.neverCoordinateMaxPass);
      expect(s.failuresFragmented, id).toBeGreaterThanOrEqual(PROPERTIES.neverCoordinateMinFragmentedShare);
    }
  });

  it('governing top-down alone never earns 良好 — two-extremes (只强调一核不行)', () => {
    for (const [id, s] of Object.entries(run('top-down')))
      expect(s.goodRate, id).toBeLessThanOrEqual(PROPERTIES.topDownMaxGood);
  });

  it('no single mode beats a balanced five — five-governances (不能偏轻偏重)', () => {
    for (const mode of MODES)
      for (const [id, s] of Object.entries(run(`only-${mode}`)))
        expect(s.meanScore, `${id} only-${mode}`).toBeLessThan(balanced[id]!.meanScore);
  });

  it('a balanced secretary who coordinates can succeed — coordination', () => {
    for (const [id, s] of Object.entries(balanced))
      expect(s.passRate, id).toBeGreaterThanOrEqual(PROPERTIES.balancedMinPass);
  });

  it('coordination is necessary but repeating it alone never wins — coordination (统筹 without 一件一件加以解决)', () => {
    for (const sc of scenarios)
      for (const seed of SEEDS.slice(0, 4)) {
        let s = newGame(sc, seed);
        while (s.status === 'playing') {
          const r = step(
            s,
            s.energy >= 3 ? { type: 'coordinate', forces: [...FORCES] } : { type: 'endMonth' },
          );
          expect(r.ok).toBe(true);
          s = r.state;
        }
        expect(s.assessment!.rating, `${sc.id} ${seed}`).toBe('fail');
      }
  });

  it('random play mostly fails', () => {
    for (const [id, s] of Object.entries(run('random')))
      expect(s.passRate, id).toBeLessThanOrEqual(PROPERTIES.randomMaxPass);
  });

  it('there is skill above the heuristic: search (par) scores clearly higher than balanced', () => {
    const search = run('search', SEARCH_SEEDS);
    const bal = run('balanced', SEARCH_SEEDS);
    for (const [id, s] of Object.entries(search))
      expect(s.meanScore, id).toBeGreaterThanOrEqual(bal[id]!.meanScore + PROPERTIES.searchMinLead);
  }, 120_000);
});
