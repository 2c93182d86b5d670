// Group commit (src/server/sqlite.ts): writes started in one turn share one transaction and one
// fsync, each in its own savepoint — one refused write does not undo the others — and each write's
// promise resolves only after the COMMIT; a kill -9 of the room while a batch of submissions from
// many teams is in flight loses none it acknowledged, and a resent one counts exactly once.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { botGame } from '../../src/server/simulate';
import { MAX_BATCH, SqliteRoomStore } from '../../src/server/sqlite';
import {
  storeWithTeam as fixtureStore,
  resendEverything,
  type SendingTeam,
  sendUntilKilled,
  submissionRow,
} from './fixtures';
import { type Child, client, killHard, scenario, spawnRoom, tempDir } from './helpers';

// Every simulated team here sends from 127.0.0.1; in a room each has its own address, so the
// per-address limit is lifted (0 = no limit) and only the per-team limit stays.
const ONE_ADDRESS = ['--address-rate', '0'];

const submission = submissionRow;

// No time limit on a batch: on a loaded machine five writes may take longer than the room's 5 ms.
const storeWithTeam = (file: string) =>
  fixtureStore(() => new SqliteRoomStore(file, 'full', MAX_BATCH, Number.POSITIVE_INFINITY));

describe('group commit in the SQLite store', () => {
  it('writes started together share one commit; a refused one is rolled back alone; none resolves before the commit', async () => {
    const store = await storeWithTeam(join(tempDir(), 'room.sqlite'));
    const before = { ...store.commits };
    const order: string[] = [];
    // Five writes without awaiting; the third breaks a rule (one counted result a team) against the
    // second, so its savepoint is rolled back and the others stand.
    const writes = [
      store.addSubmission(submission(1)),
      store.addSubmission(submission(2, { kind: 'result', counted: true, status: 'won', score: 500 })),
      store.addSubmission(submission(3, { kind: 'result', counted: true, status: 'won', score: 510 })),
      store.addSubmission(submission(4)),
      store.addSubmission(submission(1)),
    ].map((p, i) =>
      p.then(
        (r) => {
          order.push(`${i}:${store.commits.count - before.count}`);
          return r;
        },
        (e: unknown) => {
          order.push(`${i}:${store.commits.count - before.count}`);
          return e as Error;
        },
      ),
    );
    // Nothing is answered synchronously, and nothing before the commit.
    expect(order).toEqual([]);
    const results = await Promise.all(writes);
    expect(store.commits.count - before.count).toBe(1);
    expect(store.commits.writes - before.writes).toBe(5);
    // Every answer came after the one commit (the commit count was 1 when each resolved).
    expect(order.map((o) => o.split(':')[1])).toEqual(['1', '1', '1', '1', '1']);
    expect(results[0]).toMatchObject({ stored: true });
    expect(results[1]).toMatchObject({ stored: true });
    expect(results[2]).toBeInstanceOf(Error);
    expect(String((results[2] as Error & { code?: string }).code)).toMatch(/^SQLITE_CONSTRAINT/);
    expect(results[3]).toMatchObject({ stored: true });
    // The same (team, id) again in the same batch: the first one is found, nothing written.
    expect(results[4]).toMatchObject({ stored: false, existing: { id: submission(1).id } });
    expect(await store.countSubmissions()).toBe(3);
    const listed = await store.listSubmissions('s1', false);
    expect(listed.map((s) => s.id)).toEqual([submission(1).id, submission(2).id, submission(4).id]);
    await store.close();
  });

  it('with --batch 1 each write is its own commit (the comparison the benchmark makes)', async () => {
    const store = await fixtureStore(() => new SqliteRoomStore(join(tempDir(), 'room.sqlite'), 'full', 1));
    const before = store.commits.count;
    await Promise.all([1, 2, 3].map((n) => store.addSubmission(submission(n))));
    expect(store.commits.count - before).toBe(3);
    await store.close();
  });
});

let running: Child | null = null;
afterEach(async () => {
  if (running) await killHard(running);
  running = null;
});

describe('kill -9 during a group commit', () => {
  it('every submission acknowledged from a batch of many teams survives a kill -9; resent, each counts once', async () => {
    const CHALLENGE = { scenarioId: 'old-neighbourhood', seed: 'batch-crash' };
    const TEAMS = 24;
    const file = join(tempDir(), 'room.sqlite');
    running = await spawnRoom(file, ONE_ADDRESS);
    let call = client(running.origin);
    const created = await call('POST', '/api/sessions', {
      body: { challenge: CHALLENGE },
      token: running.roomKey,
    });
    expect(created.status).toBe(201);
    const sid: string = created.json.session.id;
    const secret: string = created.json.secret;
    const games = ['balanced', 'top-down', 'random'].map(
      (b) => botGame(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, b).submissions,
    );
    const teams: SendingTeam[] = [];
    for (let i = 0; i < TEAMS; i++) {
      const j = await call('POST', `/api/sessions/${sid}/teams`, { body: { name: `team ${i}` } });
      expect(j.status).toBe(201);
      const subs = games[i % games.length]!.map((s, k) => ({
        id: `t${i}-sub-${String(k).padStart(3, '0')}`,
        body: { id: `t${i}-sub-${String(k).padStart(3, '0')}`, attempt: `t${i}-game-1`, replay: s.replay },
      }));
      teams.push({ token: j.json.token, subs, acked: new Map() });
    }
    // Every team sends its months as fast as it is answered, so the room commits many teams'
    // submissions together; it is killed once 40 are acknowledged, with others still in flight.
    await sendUntilKilled(call, sid, teams, running, 40);
    const acked = teams.reduce((n, t) => n + t.acked.size, 0);
    const offered = teams.reduce((n, t) => n + t.subs.length, 0);
    expect(acked).toBeGreaterThanOrEqual(40);
    expect(acked).toBeLessThan(offered);

    // Restarted on the same file: before any resend it holds every acknowledged submission.
    running = await spawnRoom(file, ONE_ADDRESS);
    call = client(running.origin);
    const onDisk = new Set(
      (
        (await call('GET', `/api/sessions/${sid}/submissions`, { token: secret })).json.submissions as {
          teamId: string;
          id: string;
        }[]
      ).map((s) => `${s.teamId}/${s.id}`),
    );
    for (const t of teams)
      for (const id of t.acked.keys()) expect(onDisk.has(`${t.token.split('.')[0]}/${id}`), id).toBe(true);

    // Every page resends everything it has: acknowledged ones come back as the same record.
    await resendEverything(call, sid, teams);
    const all = (await call('GET', `/api/sessions/${sid}/submissions`, { token: secret })).json
      .submissions as { id: string; counted: boolean }[];
    expect(all.map((s) => s.id).sort()).toEqual(teams.flatMap((t) => t.subs.map((s) => s.id)).sort());
    expect(all.filter((s) => s.counted).length).toBe(TEAMS);
  }, 90_000);
});
