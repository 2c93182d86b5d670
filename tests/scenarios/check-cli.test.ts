import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SCENARIO_DIR } from '../../src/scenarios/node';
import { SHIPPED_IDS } from './helpers';

const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const run = (args: string[]) =>
  spawnSync(tsx, ['src/cli/scenarios-check.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

const tmp = mkdtempSync(join(tmpdir(), 'scenarios-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('scenarios:check prints one line per file and fails on any broken file', () => {
  it('all shipped scenarios: one ok line each, exit 0', () => {
    const out = run([]);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(SHIPPED_IDS.length);
    const s = JSON.parse(readFileSync(join(SCENARIO_DIR, 'old-neighbourhood.json'), 'utf8'));
    expect(lines).toContain(
      `ok  scenarios/old-neighbourhood.json  老旧小区改造 · ${s.months} months · ${s.deck.length} concerns · ` +
        `${s.disputes.length} disputes · ${s.shocks.length} shock${s.shocks.length === 1 ? '' : 's'}`,
    );
  });

  it('a broken file among good ones: its error line, exit 1', () => {
    const data = JSON.parse(readFileSync(join(SCENARIO_DIR, 'flood-season.json'), 'utf8'));
    data.scoring.balance = 0;
    const broken = join(tmp, 'flood-season.json');
    writeFileSync(broken, JSON.stringify(data));
    const out = run(['scenarios/new-estate.json', broken, join(tmp, 'missing.json')]);
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/^ok {2}scenarios\/new-estate\.json {2}新建商品房小区/);
    const errors = out.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^err .*flood-season\.json: scoring: expected weights summing to 100, got 90$/);
    expect(errors[1]).toMatch(/^err .*missing\.json: expected a readable file, got no such file$/);
  });
});
