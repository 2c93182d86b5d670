// npm run golden:update — writes tests/golden/<scenario>.<bot>.json: one replay per shipped scenario
// and golden bot, with a fixed seed. tests/replay/golden.test.ts re-verifies each and pins its hash.
// Run it after tuning the rules (and bump RULES_VERSION), or after adding or editing a scenario.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getBot } from '../src/bots';
import { playGame } from '../src/bots/play';
import { makeReplay } from '../src/replay';
import { loadScenarioFiles, PROJECT_ROOT } from '../src/scenarios/node';

export const GOLDEN_DIR = join(PROJECT_ROOT, 'tests', 'golden');
/** The bots pinned by golden replays (those registered; `balanced` joins once it exists). */
export const GOLDEN_BOTS = ['random', 'balanced'] as const;
export const GOLDEN_SEED = 'golden-1';

function main(): number {
  const loaded = loadScenarioFiles();
  for (const e of loaded.errors) console.error(`skipped (invalid): ${e.message}`);
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const f of readdirSync(GOLDEN_DIR)) if (f.endsWith('.json')) rmSync(join(GOLDEN_DIR, f));
  for (const scenario of loaded.scenarios) {
    for (const name of GOLDEN_BOTS) {
      const bot = getBot(name);
      if (!bot) continue;
      const game = playGame(scenario, GOLDEN_SEED, bot);
      const replay = makeReplay(game.start, game.actions, game.state);
      const file = join(GOLDEN_DIR, `${scenario.id}.${name}.json`);
      writeFileSync(file, `${JSON.stringify(replay, null, 2)}\n`);
      const r = replay.result;
      console.log(
        `${scenario.id}.${name}.json  ${r.status} score ${r.score ?? '—'} ${r.rating ?? '—'} hash ${r.hash}  (${replay.actions.length} actions)`,
      );
    }
  }
  // Biome's layout (short actions on one line), so `npm run lint` passes and diffs stay small.
  execFileSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', GOLDEN_DIR], {
    stdio: 'ignore',
  });
  return loaded.errors.length > 0 ? 1 : 0;
}

process.exitCode = main();
