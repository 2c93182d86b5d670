// A kill -9 of the room at any moment loses no acknowledged submission, and a restart on the same
// file resumes every open session: the real `npm run room` process, killed while three teams send.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { botGame } from '../../src/server/simulate';
import { resendEverything, type SendingTeam, sendUntilKilled } from './fixtures';
import { type Child, client, killHard, scenario, spawnRoom, tempDir } from './helpers';

const CHALLENGE = { scenarioId: 'old-neighbourhood', seed: 'crash-test' };
const BOTS = ['balanced', 'top-down', 'random'];

let running: Child | null = null;
afterEach(async () => {
  if (running) await killHard(running);
  running = null;
});

describe('kill -9 and restart', () => {
  it('every acknowledged submission survives a kill -9, and a resent one counts exactly once', async () => {
    const file = join(tempDir(), 'room.sqlite');
    running = await spawnRoom(file);
    let call = client(running.origin);
    const key = running.roomKey;
    const created = await call('POST', '/api/sessions', { body: { challenge: CHALLENGE }, token: key });
    expect(created.status).toBe(201);
    const sid: string = created.json.session.id;
    const secret: string = created.json.secret;
    const teams: SendingTeam[] = [];
    for (const bot of BOTS) {
      const j = await call('POST', `/api/sessions/${sid}/teams`, { body: { name: bot } });
      const game = botGame(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, bot);
      const subs = game.submissions.map((s, i) => {
        const id = `${bot}-sub-${String(i).padStart(3, '0')}`;
        return { id, body: { id, attempt: `${bot}-game-1`, replay: s.replay } };
      });
      teams.push({ token: j.json.token as string, subs, acked: new Map<string, number>() });
    }
    // Three teams send their months one after another, as their pages' queues do; the server is
    // killed while their requests are in flight.
    await sendUntilKilled(call, sid, teams, running, 14);
    const ackedBefore = teams.reduce((n, t) => n + t.acked.size, 0);
    expect(ackedBefore).toBeGreaterThanOrEqual(14);
    expect(ackedBefore).toBeLessThan(teams.reduce((n, t) => n + t.subs.length, 0));

    // Restart on the same file: the session is open again and the teams' tokens still hold.
    running = await spawnRoom(file);
    expect(running.lines.some((l) => l.includes(`resumed 1 open session(s): ${sid}`))).toBe(true);
    expect(running.roomKey).toBe(key);
    call = client(running.origin);
    expect((await call('GET', '/api/room')).json.current.id).toBe(sid);
    // Each page re-sends what it has: everything, acknowledged or not (the worst case of a retry);
    // one acknowledged before the kill is already stored, and the same record comes back.
    await resendEverything(call, sid, teams);
    const all = (await call('GET', `/api/sessions/${sid}/submissions`, { token: secret })).json
      .submissions as {
      id: string;
      teamId: string;
      counted: boolean;
    }[];
    const expected = teams.flatMap((t) => t.subs.map((s) => s.id)).sort();
    expect(all.map((s) => s.id).sort()).toEqual(expected);
    const standings = (await call('GET', `/api/sessions/${sid}/standings`, { token: secret })).json.standings;
    expect(standings.filter((s: { counted: unknown }) => s.counted).length).toBe(3);
    expect(all.filter((s) => s.counted).length).toBe(3);

    // SIGTERM closes the room cleanly: exit code 0.
    const child2 = running;
    const exited = new Promise<number | null>((resolve) => child2.proc.once('exit', (code) => resolve(code)));
    child2.proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(child2.lines.some((l) => l.startsWith('room: SIGTERM: closing'))).toBe(true);
    running = null;
  }, 60_000);
});
