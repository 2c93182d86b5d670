// The team page's room client against the real room API (in-process, loopback), without a browser:
// the page's own store plays a bot's game, every month's end becomes one submission, the result
// counts with the score the page computed, a dropped network keeps the month in the browser's
// storage and sends it once when the network returns, and a reload sends what was left.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GameStore } from '../../src/app/store';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { RoomApi } from '../../src/room/api';
import { RoomClient } from '../../src/room/client';
import { roomLinkOf } from '../../src/room/link';
import { roomProblemText } from '../../src/room/text';
import { type RoomServer, startRoomServer } from '../../src/server/serve';
import { client, scenario, tempDir } from '../server/helpers';
import { MemoryStorage, sourceOf } from '../ui/fakes';

const CHALLENGE = { scenarioId: 'new-estate', seed: 'client-test', months: 8 };

let server: RoomServer;
let call: ReturnType<typeof client>;
let sid = '';

beforeAll(async () => {
  server = await startRoomServer({
    dataFile: join(tempDir(), 'room.sqlite'),
    port: 0,
    host: '127.0.0.1',
    distDir: null,
    http: { perTeam: { burst: 1000, perSecond: 1000 } },
  });
  call = client(server.origin);
  const r = await call('POST', '/api/sessions', { body: { challenge: CHALLENGE }, token: server.room.key });
  sid = r.json.session.id;
}, 20_000);
afterAll(() => server.close());

/** A network the test can cut: requests fail as a browser's fetch does offline. */
function network(): { down: boolean; fetch: typeof fetch } {
  const net: { down: boolean; fetch: typeof fetch } = {
    down: false,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
      net.down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)) as typeof fetch,
  };
  return net;
}

/** Timers the test runs by hand (the sender's back-off). */
function manualTimers() {
  const pending: (() => void)[] = [];
  return {
    pending,
    set: (fn: () => void) => pending.push(fn),
    clear: () => undefined,
    runAll() {
      for (const fn of pending.splice(0)) fn();
    },
  };
}

const settle = async (c: RoomClient) => {
  for (let i = 0; i < 200 && c.view.sender === 'sending'; i++) await new Promise((r) => setTimeout(r, 10));
};

async function teamsSubmissions(name: string) {
  const all = (await call('GET', `/api/sessions/${sid}/submissions`, { token: server.room.key })).json
    .submissions as { teamId: string; month: number; kind: string; id: string; score: number | null }[];
  const teamId = (await call('GET', `/api/sessions/${sid}`)).json.teams.find(
    (t: { name: string }) => t.name === name,
  ).teamId;
  return all.filter((s) => s.teamId === teamId);
}

describe('the team page’s room client', () => {
  it('joins with a team name and sends each month’s end once, in order; the result counts with the page’s score', async () => {
    const storage = new MemoryStorage();
    const net = network();
    const timers = manualTimers();
    const room = new RoomClient({
      api: new RoomApi(net.fetch, server.origin),
      storage,
      link: roomLinkOf('#room') ?? { sessionId: null },
      timers,
    });
    await room.connect();
    expect(room.phase.kind).toBe('join');
    await room.join('  第一组  ');
    expect(room.phase.kind).toBe('joined');
    expect(room.member?.name).toBe('第一组');

    const sc = scenario(CHALLENGE.scenarioId);
    const store = new GameStore(storage, sourceOf(sc));
    room.watch(store);
    store.start(sc, CHALLENGE.seed, undefined, { months: CHALLENGE.months });
    const attempt = room.member?.attempt;
    expect(attempt).toMatch(/^[0-9a-f]{32}$/);

    // The bot plays the session's own term: a shorter term compresses the story (src/core/pace.ts),
    // so it is not the full term's first months.
    const game = playGame(sc, CHALLENGE.seed, getBot('balanced')!, { months: CHALLENGE.months });
    let months = 0;
    for (const a of game.actions) {
      if (store.state?.status !== 'playing') break;
      // The third month's end happens with the network down.
      net.down = a.type === 'endMonth' && months === 2;
      expect(store.dispatch(a).ok).toBe(true);
      if (a.type === 'endMonth') months++;
      await settle(room);
      if (months === 3 && a.type === 'endMonth') {
        expect(room.view).toMatchObject({ sent: 2, pending: 1, sender: 'waiting' });
        // Kept in the browser's storage before anything was sent: a reload would still have it.
        const kept = [...storage.data.keys()].filter((k) => k.startsWith('community-secretary.room.queue.'));
        expect(kept).toHaveLength(1);
        expect(storage.getItem(kept[0]!)).toContain('"month":3');
        net.down = false;
        timers.runAll();
        await settle(room);
        expect(room.view).toMatchObject({ sent: 3, pending: 0 });
      }
    }
    expect(store.state?.status).not.toBe('playing');
    await settle(room);
    expect(room.view.pending).toBe(0);
    const mine = await teamsSubmissions('第一组');
    expect(mine.map((s) => s.month)).toEqual(Array.from({ length: months }, (_, i) => i + 1));
    expect(mine.at(-1)?.kind).toBe('result');
    expect(mine.at(-1)?.score).toBe(store.state?.assessment?.score);
    expect(new Set(mine.map((s) => s.id)).size).toBe(mine.length);
  });

  it('what a closed page left unsent goes out when it is opened again, and a game of another challenge is not sent', async () => {
    const storage = new MemoryStorage();
    const net = network();
    const first = new RoomClient({
      api: new RoomApi(net.fetch, server.origin),
      storage,
      link: { sessionId: sid },
      timers: manualTimers(),
    });
    await first.connect();
    await first.join('Team Reload');
    const sc = scenario(CHALLENGE.scenarioId);
    const store = new GameStore(storage, sourceOf(sc));
    first.watch(store);
    store.start(sc, CHALLENGE.seed, undefined, { months: CHALLENGE.months });
    net.down = true;
    expect(store.dispatch({ type: 'endMonth' }).ok).toBe(true);
    await settle(first);
    expect(first.view).toMatchObject({ sent: 0, pending: 1 });
    expect(await teamsSubmissions('Team Reload')).toHaveLength(0);

    // The page is closed and opened again (the same browser storage), the network back.
    const second = new RoomClient({
      api: new RoomApi(fetch, server.origin),
      storage,
      link: { sessionId: sid },
      timers: manualTimers(),
    });
    await second.connect();
    expect(second.phase.kind).toBe('joined');
    await settle(second);
    expect(second.view).toMatchObject({ sent: 1, pending: 0 });
    expect((await teamsSubmissions('Team Reload')).map((s) => s.month)).toEqual([1]);

    // Another challenge played in the same page: nothing of it goes to the room.
    const store2 = new GameStore(storage, sourceOf(sc));
    second.watch(store2);
    store2.start(sc, 'other-seed');
    store2.dispatch({ type: 'endMonth' });
    await settle(second);
    expect(second.view.offChallenge).toBe(true);
    expect(second.view.pending).toBe(0);
    expect(await teamsSubmissions('Team Reload')).toHaveLength(1);
  });

  it('a page reopened while the room is unreachable still queues its months, and delivers them when the room answers', async () => {
    const storage = new MemoryStorage();
    const first = new RoomClient({
      api: new RoomApi(fetch, server.origin),
      storage,
      link: { sessionId: null },
    });
    await first.connect();
    await first.join('Team Asleep');
    const sc = scenario(CHALLENGE.scenarioId);

    // The laptop wakes with no Wi-Fi and the page is opened again at /#room.
    const net = network();
    net.down = true;
    const timers = manualTimers();
    const again = new RoomClient({
      api: new RoomApi(net.fetch, server.origin),
      storage,
      link: { sessionId: null },
      timers,
    });
    await again.connect();
    expect(again.phase.kind).toBe('joined');
    expect(again.member?.name).toBe('Team Asleep');
    const store = new GameStore(storage, sourceOf(sc));
    again.watch(store);
    store.start(sc, CHALLENGE.seed, undefined, { months: CHALLENGE.months });
    store.dispatch({ type: 'endMonth' });
    store.dispatch({ type: 'endMonth' });
    await settle(again);
    expect(again.view).toMatchObject({ sent: 0, pending: 2, sender: 'waiting' });
    expect(await teamsSubmissions('Team Asleep')).toHaveLength(0);

    net.down = false;
    timers.runAll();
    await settle(again);
    expect(again.view).toMatchObject({ sent: 2, pending: 0 });
    expect((await teamsSubmissions('Team Asleep')).map((s) => s.month)).toEqual([1, 2]);
  });

  it('a name the room refuses is said in the player’s language, and the team can try another', async () => {
    const room = new RoomClient({
      api: new RoomApi(fetch, server.origin),
      storage: new MemoryStorage(),
      link: { sessionId: sid },
    });
    await room.connect();
    await room.join('第一组');
    expect(room.phase).toMatchObject({ kind: 'join', busy: false });
    const error = () => (room.phase.kind === 'join' ? room.phase.error : null);
    expect(error()?.code).toBe('nameTaken');
    expect(roomProblemText(error()!)).toMatch(/^这个队名已经有队用了/);
    await room.join('   ');
    expect(error()?.code).toBe('nameEmpty');
    await room.join('名'.repeat(25));
    expect(error()).toMatchObject({
      code: 'teamLong',
      message: expect.stringMatching(/at most 24 characters/),
    });
    expect(roomProblemText(error()!)).toBe('队名最多 24 个字，请缩短（不会自动截断）。');
    await room.join('evil\u202eteam');
    expect(error()).toMatchObject({ code: 'teamControl' });
    expect(roomProblemText(error()!)).toMatch(/控制字符/);
    // A code this page does not know is shown as the room worded it.
    expect(roomProblemText({ code: 'somethingNew', message: 'a new refusal' })).toBe('a new refusal');
    await room.join('第三组');
    expect(room.phase.kind).toBe('joined');
  });

  it('an unreachable room is said so, and the page stays usable offline', async () => {
    const room = new RoomClient({
      api: new RoomApi(() => Promise.reject(new TypeError('Failed to fetch')), server.origin),
      storage: new MemoryStorage(),
      link: { sessionId: null },
    });
    await room.connect();
    expect(room.phase).toMatchObject({ kind: 'unreachable' });
    expect(room.member).toBeNull();
  });
});

describe('the room link', () => {
  it('takes /#room and /#room=ID, and never a link holding a secret', () => {
    expect(roomLinkOf('#room')).toEqual({ sessionId: null });
    expect(roomLinkOf('#room=abcdefgh23')).toEqual({ sessionId: 'abcdefgh23' });
    expect(roomLinkOf('#room=abcdefgh23&key=SECRET')).toBeNull();
    expect(roomLinkOf('#facilitator=KEY')).toBeNull();
    expect(roomLinkOf('#c=1H2Q3')).toBeNull();
    expect(roomLinkOf('')).toBeNull();
    expect(roomLinkOf('#room=<script>')).toEqual({ sessionId: null });
  });
});
