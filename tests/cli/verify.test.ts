// `npm run verify -- [--json] CODE_OR_FILE...`: one line per input (replay file or result code, in any
// mix), `verified` with score, rating and hash, or `rejected:` and why; with --json one object a line;
// exit 1 when any input is rejected, and a batch goes on past a bad one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main as challenge } from '../../src/cli/challenge';
import { main as sim } from '../../src/cli/sim';
import { main } from '../../src/cli/verify';
import { encodeResult } from '../../src/codes';
import { PROJECT_ROOT } from '../../src/scenarios/node';
import { runCli, tempDir } from './helpers';

const GOLDEN = join(PROJECT_ROOT, 'tests', 'golden', 'old-neighbourhood.random.json');

describe('npm run verify', () => {
  it('a good replay prints "verified", its score, rating and hash, and exits 0', async () => {
    const recorded = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    const r = await runCli(main, [GOLDEN]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(
      new RegExp(`^${GOLDEN} verified score \\d+ (优秀|良好|合格|不合格) hash [0-9a-f]{16}$`),
    );
    expect(r.out[0]).toContain(recorded.result.hash);
  });

  it('a hand-edited replay is rejected with the reason, and the run exits 1', async () => {
    const dir = tempDir();
    const edited = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    edited.result.score += 1;
    const file = join(dir, 'edited.json');
    writeFileSync(file, JSON.stringify(edited));
    const r = await runCli(main, [file]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      expect.stringMatching(/^.*edited\.json rejected: recorded result differs.*score/),
    ]);
  });

  it('one rejected file among good ones makes the run exit 1, and every file gets its line', async () => {
    const dir = tempDir();
    const broken = join(dir, 'truncated.json');
    writeFileSync(broken, readFileSync(GOLDEN, 'utf8').slice(0, 100));
    const missing = join(dir, 'missing.json');
    const r = await runCli(main, [GOLDEN, broken, missing]);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(3);
    expect(r.out[0]).toContain('verified');
    expect(r.out[1]).toMatch(/truncated\.json rejected: not JSON/);
    expect(r.out[2]).toMatch(/missing\.json rejected: cannot read the file/);
  });

  it('a replay of a scenario that is not shipped names the scenario', async () => {
    const dir = tempDir();
    const other = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    other.scenarioId = 'moon-base';
    const file = join(dir, 'moon.json');
    writeFileSync(file, JSON.stringify(other));
    const r = await runCli(main, [file]);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/rejected: unknown scenario "moon-base"; known scenarios: .*old-neighbourhood/);
  });

  it('a batch of crafted files (5,000-deep in each field, 10 MB, duplicate keys) gets one line each, and the good file after them verifies', async () => {
    const dir = tempDir();
    const good = readFileSync(GOLDEN, 'utf8');
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const crafted: string[] = [];
    for (const field of ['format', 'seed', 'result']) {
      const f = JSON.parse(good);
      f[field] = '@@';
      crafted.push(JSON.stringify(f).replace('"@@"', deep));
    }
    const f = JSON.parse(good);
    f.actions[3] = '@@';
    crafted.push(JSON.stringify(f).replace('"@@"', deep));
    crafted.push(`{"seed":"${'s'.repeat(10_000_000)}"}`);
    crafted.push(good.replace('{', '{"seed":"x",'));
    const files = crafted.map((text, i) => {
      const file = join(dir, `crafted-${i}.json`);
      writeFileSync(file, text);
      return file;
    });
    const r = await runCli(main, [...files, GOLDEN]);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(files.length + 1);
    files.forEach((file, i) => {
      expect(r.out[i]!.startsWith(`${file} rejected: `)).toBe(true);
      expect(r.out[i]!.length).toBeLessThan(file.length + 420);
      expect(r.out[i]).not.toContain('\n');
    });
    expect(r.out[0]).toMatch(
      /not JSON: line 1, column \d+: expected lists and objects nested at most 8 deep/,
    );
    expect(r.out[4]).toMatch(/too large for a replay: 10,000,\d{3} bytes/);
    expect(r.out[5]).toMatch(/expected each field once, got "seed" again/);
    expect(r.out[files.length]).toMatch(/verified/);
  });

  it('no file given is a usage error (exit 2)', async () => {
    const r = await runCli(main, []);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/usage/);
  });

  it('result codes and files mix; --json gives one object a line with the documented keys', async () => {
    const played = JSON.parse(
      (await runCli(sim, ['--scenario', 'new-estate', '--seed', 'mix', '--team', 'Team B', '--json']))
        .out[0]!,
    );
    const r = await runCli(main, ['--json', played.resultCode, GOLDEN]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(2);
    const [code, file] = r.out.map((l) => JSON.parse(l));
    for (const o of [code, file])
      expect(Object.keys(o)).toEqual([
        'input',
        'ok',
        'team',
        'scenarioId',
        'seed',
        'score',
        'rating',
        'months',
        'hash',
        'reason',
        'reasonCode',
        'status',
        'term',
      ]);
    expect(code).toEqual({
      input: played.resultCode,
      ok: true,
      team: 'Team B',
      scenarioId: 'new-estate',
      seed: 'mix',
      score: played.score,
      rating: played.rating,
      months: played.months.length,
      hash: played.hash,
      reason: null,
      reasonCode: null,
      status: played.status,
      term: 12,
    });
    const recorded = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    expect(file).toMatchObject({ input: GOLDEN, ok: true, team: null, hash: recorded.result.hash });
  });

  it('a batch goes on past bad codes, and each refusal names the check that failed', async () => {
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    const encoded = encodeResult(golden, 'C');
    if (!encoded.ok) throw new Error(encoded.refusal.message);
    const good = encoded.code;
    const flip = (c: string, i: number) => c.slice(0, i) + (c[i] === 'A' ? 'B' : 'A') + c.slice(i + 1);
    const inputs = [
      flip(good, 40), // mistyped
      good.slice(0, -3), // cut
      `${good.slice(0, 10)}*${good.slice(11)}`, // a character no code has
      (await runCli(challenge, ['--scenario', 'old-neighbourhood', '--seed', 'x'])).out.at(-1)!, // not a result
      good,
      join(tempDir(), 'gone.json'),
    ];
    const r = await runCli(main, ['--json', ...inputs]);
    expect(r.code).toBe(1);
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual(inputs);
    expect(lines.map((l) => l.reasonCode)).toEqual([
      'badCheck',
      'truncated',
      'badCharacter',
      'challengeNotResult',
      null,
      'unreadable',
    ]);
    expect(lines[0].reason).toMatch(/check does not match/);
    expect(lines[1].reason).toBe('the code ends early: 3 characters are missing — copy it whole');
    expect(lines[2].reason).toMatch(/the 11th character "\*" is not a code character/);
    expect(lines[4]).toMatchObject({ ok: true, team: 'C', hash: golden.result.hash });
    expect(lines[5].reason).toMatch(/cannot read the file \(no such file\)/);
  });

  it('without --json a code’s line is shortened and says it was a result code', async () => {
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    const encoded = encodeResult(golden);
    if (!encoded.ok) throw new Error(encoded.refusal.message);
    const r = await runCli(main, [encoded.code, encoded.code.slice(0, -1)]);
    expect(r.out[0]).toMatch(
      new RegExp(`^${encoded.code.slice(0, 16)}…\\(\\d+ characters\\) verified score \\d+`),
    );
    expect(r.out[1]).toMatch(/rejected \(result code\): /);
  });
});
