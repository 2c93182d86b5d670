// Golden replays: games recorded in tests/golden/ must re-run to exactly the final state hash they
// recorded. They pin the rules: any change to what the rules compute shows up here.
//
// Tuning the rules (or editing a shipped scenario) changes these hashes on purpose. The procedure:
//   1. bump RULES_VERSION in src/core/version.ts (old replays then say "wrong rules version" instead
//      of silently scoring differently) — needed for any change of the rules, not for a scenario edit;
//   2. run `npm run golden:update` (scripts/make-golden.ts) to record the games again;
//   3. review and commit the new tests/golden/*.json with the change that caused them.
// A failure here without such a change means the rules stopped being deterministic: fix that instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_NAMES } from '../../src/bots';
import { newGame, scenarioHash, stateHash, step } from '../../src/core';
import type { Replay } from '../../src/replay';
import { verifyReplay } from '../../src/replay';
import { PROJECT_ROOT } from '../../src/scenarios/node';
import { SHIPPED, shippedLookup } from './helpers';

const GOLDEN_DIR = join(PROJECT_ROOT, 'tests', 'golden');
const files = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const read = (file: string): Replay => JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8'));

describe('golden replays', () => {
  it('every shipped scenario has a golden replay with every golden bot (run npm run golden:update)', () => {
    for (const s of SHIPPED) {
      expect(files).toContain(`${s.id}.random.json`);
      if (BOT_NAMES.includes('balanced')) expect(files).toContain(`${s.id}.balanced.json`);
    }
  });

  it.each(files)('%s re-runs to the final state hash it recorded', (file) => {
    const replay = read(file);
    const r = verifyReplay(replay, shippedLookup);
    if (!r.ok) throw new Error(`${file}: ${r.reason.message} — see the procedure at the top of this file`);
    expect(r.hash).toBe(replay.result.hash);
    expect(r.status).not.toBe('playing');
  });

  it.each(files)('%s gives the same final state when stepped one action at a time through step', (file) => {
    const replay = read(file);
    const scenario = shippedLookup(replay.scenarioId);
    if (!scenario) throw new Error(`${file}: unknown scenario ${replay.scenarioId}`);
    if (scenarioHash(scenario) !== replay.scenarioHash)
      throw new Error(
        `${file}: scenario ${scenario.id} changed since it was recorded — see the top of this file`,
      );
    let state = newGame(scenario, replay.seed);
    for (const [i, a] of replay.actions.entries()) {
      const r = step(state, a);
      if (!r.ok) throw new Error(`${file}: action ${i} rejected: ${r.rejection.message}`);
      state = r.state;
    }
    expect(stateHash(state)).toBe(replay.result.hash);
  });
});
