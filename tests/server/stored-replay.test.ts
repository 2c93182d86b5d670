// What the room stores is what `npm run verify` accepts: the stored replay of a 6-month session keeps
// its term, so re-verifying it gives the score the room acknowledged (without the term it would be
// re-run as the scenario's 12-month game and refused).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playFrom } from '../../src/bots/play';
import { newGame } from '../../src/core';
import { verifyReplay } from '../../src/replay';
import { type RoomServer, startRoomServer } from '../../src/server/serve';
import { submissionsOf } from '../../src/server/simulate';
import { client, lookup, scenario, tempDir } from './helpers';

const CHALLENGE = { scenarioId: 'new-estate', seed: 'short-term', months: 6 };

let server: RoomServer;
beforeAll(async () => {
  server = await startRoomServer({
    dataFile: join(tempDir(), 'room.sqlite'),
    port: 0,
    host: '127.0.0.1',
    distDir: null,
    http: { perAddress: { burst: 1000, perSecond: 1000 }, perTeam: { burst: 1000, perSecond: 1000 } },
  });
});
afterAll(async () => {
  await server?.close();
});

describe('stored replays', () => {
  it('a 6-month session’s stored result re-verifies to the acknowledged score, its term kept', async () => {
    const call = client(server.origin);
    const created = await call('POST', '/api/sessions', {
      body: { challenge: CHALLENGE },
      token: server.room.key,
    });
    expect(created.status).toBe(201);
    const sid = created.json.session.id;
    const joined = await call('POST', `/api/sessions/${sid}/teams`, { body: { name: 'short' } });
    const start = newGame(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, { months: CHALLENGE.months });
    const game = playFrom(start, getBot('balanced')!);
    const subs = submissionsOf(start, game.actions);
    let last: { id: string; score: number | null; kind: string } | null = null;
    for (const [i, s] of subs.entries()) {
      const r = await call('POST', `/api/sessions/${sid}/submissions`, {
        body: { id: `short-${String(i).padStart(4, '0')}`, attempt: 'short-game-1', replay: s.replay },
        token: joined.json.token,
      });
      expect(r.status, JSON.stringify(r.json)).toBe(201);
      last = r.json;
    }
    expect(last?.kind).toBe('result');
    const stored = await call('GET', `/api/sessions/${sid}/replays/${joined.json.team.teamId}/${last!.id}`, {
      token: server.room.key,
    });
    expect(stored.json.replay.months).toBe(CHALLENGE.months);
    const v = verifyReplay(stored.json.replay, lookup);
    expect(v.ok, JSON.stringify(v.ok ? null : v.reason)).toBe(true);
    if (v.ok) expect(v.score).toBe(last!.score);
  });

  it('a replay of the same scenario, seed and term at a harder level is not this session’s challenge', async () => {
    const call = client(server.origin);
    const created = await call('POST', '/api/sessions', {
      body: { challenge: CHALLENGE },
      token: server.room.key,
    });
    const sid = created.json.session.id;
    const joined = await call('POST', `/api/sessions/${sid}/teams`, { body: { name: 'harder' } });
    const start = newGame(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, {
      months: CHALLENGE.months,
      level: 2,
    });
    const game = playFrom(start, getBot('balanced')!);
    const first = submissionsOf(start, game.actions)[0]!;
    expect(first.replay.level).toBe(2);
    const r = await call('POST', `/api/sessions/${sid}/submissions`, {
      body: { id: 'harder-0001', attempt: 'harder-game-1', replay: first.replay },
      token: joined.json.token,
    });
    expect([r.status, r.json.error]).toEqual([422, 'wrongChallenge']);
    expect(r.json.message).toContain('level 2');
  });
});
