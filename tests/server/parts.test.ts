// The room's parts on their own: the SQLite store's guarantees, the rate limiter's bounds, the
// challenge and field checks, and the terminal QR code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/scenarios/node';
import { terminalQr } from '../../src/server/addresses';
import { parseChallengeInput } from '../../src/server/challenge';
import { clientId, teamName } from '../../src/server/fields';
import { RateLimiter } from '../../src/server/rateLimit';
import { SqliteRoomStore } from '../../src/server/sqlite';
import type { NewSubmission } from '../../src/server/store';
import { storeWithTeam as fixtureStore, submissionRow } from './fixtures';
import { lookup, tempDir } from './helpers';

const storeWithTeam = (file: string) => fixtureStore(() => new SqliteRoomStore(file));

const submission = (over: Partial<NewSubmission>): NewSubmission => submissionRow(1, over);

describe('the SQLite store', () => {
  it('keeps one file, locked to one room, and what one process stored the next one reads', async () => {
    const file = join(tempDir(), 'room.sqlite');
    // A room process writes, then ends (libsql holds a file's lock until its process ends).
    const script = `
      import { SqliteRoomStore } from ${JSON.stringify(join(PROJECT_ROOT, 'src/server/sqlite.ts'))};
      const s = new SqliteRoomStore(process.argv[1]);
      await s.init();
      await s.createSession({ id: 's1', secret: 'x', challenge: { scenarioId: 'new-estate', seed: 'a', months: 12 }, open: true, revealed: false, createdAt: 1 });
      await s.addTeam({ id: 'team1', sessionId: 's1', name: 'A', nameKey: 'a', tokenHash: 'h', joinedAt: 1 });
      console.log(JSON.stringify(await s.addSubmission(${JSON.stringify(submission({}))})));
      await s.close();`;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, file],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(child.stdout), child.stderr).toEqual({ stored: true, seq: 1 });
    const store = new SqliteRoomStore(file);
    await store.init();
    expect(await store.countSubmissions()).toBe(1);
    expect((await store.listSessions())[0]?.challenge.seed).toBe('a');
    // A second room on the same file is refused while this one holds it.
    await expect(new SqliteRoomStore(file).init()).rejects.toThrow(/locked/);
    await store.close();
  });

  it('a submission id stored twice is written once and the first record comes back', async () => {
    const store = await storeWithTeam(':memory:');
    await store.addSubmission(submission({}));
    const r = await store.addSubmission(submission({ month: 2 }));
    expect(r.stored).toBe(false);
    expect(!r.stored && r.existing.month).toBe(1);
    expect(await store.countSubmissions()).toBe(1);
    await store.close();
  });

  it('the database itself allows one counted game a team and one result an attempt', async () => {
    const store = await storeWithTeam(':memory:');
    const result = { kind: 'result' as const, status: 'won' as const, score: 700, rating: 'good', month: 12 };
    await store.addSubmission(submission({ ...result, id: 'result-0001', counted: true }));
    await expect(
      store.addSubmission(submission({ ...result, id: 'result-0002', attempt: 'attempt-2', counted: true })),
    ).rejects.toThrow(/UNIQUE/);
    await expect(store.addSubmission(submission({ ...result, id: 'result-0003' }))).rejects.toThrow(/UNIQUE/);
    expect(await store.countSubmissions()).toBe(1);
    await store.close();
  });

  it('team names are unique within a session by their key', async () => {
    const store = await storeWithTeam(':memory:');
    expect(
      await store.addTeam({
        id: 'team2',
        sessionId: 's1',
        name: 'a',
        nameKey: 'a',
        tokenHash: 'h',
        joinedAt: 2,
      }),
    ).toBe('nameTaken');
    await store.close();
  });
});

describe('the rate limiter', () => {
  it('lets a burst through, refuses the next, and refills with time', () => {
    let now = 0;
    const rl = new RateLimiter({ burst: 3, perSecond: 2 }, 100, () => now);
    expect([rl.take('a'), rl.take('a'), rl.take('a')]).toEqual([0, 0, 0]);
    expect(rl.take('a')).toBeGreaterThan(0);
    expect(rl.take('b')).toBe(0);
    now = 600;
    expect(rl.take('a')).toBe(0);
  });

  it('forgets the least recent client past its bound: memory stays bounded', () => {
    const rl = new RateLimiter({ burst: 1, perSecond: 1 }, 50, () => 0);
    for (let i = 0; i < 1000; i++) rl.take(`client-${i}`);
    expect(rl.size).toBe(50);
  });
});

describe('challenge and fields', () => {
  it('a challenge names a shipped scenario; a missing seed gets a fresh one; the term is the scenario’s', () => {
    const ok = parseChallengeInput({ challenge: { scenarioId: 'new-estate' } }, lookup);
    expect(ok.ok && ok.challenge.seed).toMatch(/^[a-z2-9]{8}$/);
    expect(ok.ok && ok.challenge.months).toBe(12);
    const unknown = parseChallengeInput({ challenge: { scenarioId: 'atlantis' } }, lookup);
    expect(!unknown.ok && unknown.field).toBe('challenge.scenarioId');
    const short = parseChallengeInput({ challenge: { scenarioId: 'new-estate', months: 6 } }, lookup);
    expect(short.ok && short.challenge.months).toBe(6);
    const months = parseChallengeInput({ challenge: { scenarioId: 'new-estate', months: 5 } }, lookup);
    expect(!months.ok && months.field).toBe('challenge.months');
    const long = parseChallengeInput(
      { challenge: { scenarioId: 'new-estate', seed: 'x'.repeat(65) } },
      lookup,
    );
    expect(!long.ok && long.field).toBe('challenge.seed');
  });

  it('team names are normalised, bounded and told apart by case and width only', () => {
    const a = teamName('  Ｔｅａｍ   一 ');
    const b = teamName('team 一');
    expect('name' in a && a.name).toBe('Ｔｅａｍ 一');
    expect('key' in a && 'key' in b && a.key === b.key).toBe(true);
    expect('error' in teamName('\u200b')).toBe(true);
    expect('error' in teamName('名'.repeat(25))).toBe(true);
    expect(teamName('名'.repeat(24))).toMatchObject({ name: '名'.repeat(24) });
  });

  it('client ids are 8–64 safe characters', () => {
    expect(clientId('abc_DEF-12', 'id')).toBe('abc_DEF-12');
    expect(typeof clientId('short', 'id')).toBe('object');
    expect(typeof clientId('has space 123', 'id')).toBe('object');
    expect(typeof clientId('x'.repeat(65), 'id')).toBe('object');
  });
});

const ESC = String.fromCharCode(27);

describe('the terminal QR code', () => {
  it('draws every module of the join address’s code, two rows a line', () => {
    const url = 'http://192.168.1.23:8787/#room';
    const code = generate(url);
    for (const ansi of [false, true]) {
      const lines = terminalQr(url, ansi)
        .split('\n')
        .map((l) => l.replaceAll(`${ESC}[30;47m`, '').replaceAll(`${ESC}[0m`, ''));
      const quiet = 2;
      for (let y = 0; y < code.size; y++)
        for (let x = 0; x < code.size; x++) {
          const row = y + quiet;
          const ch = [...lines[row >> 1]!][x + quiet]!;
          const top = row % 2 === 0;
          // With ANSI, dark modules are drawn; without, light ones are.
          const drawn = top ? ch === '█' || ch === '▀' : ch === '█' || ch === '▄';
          expect(drawn, `module ${x},${y}`).toBe(ansi ? code.get(x, y) : !code.get(x, y));
        }
    }
  });
});
