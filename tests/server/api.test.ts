// The live room's API end to end over real HTTP on 127.0.0.1: three teams play one challenge, their
// months and results arrive live, and the standings are what verifyReplay re-computes from the same
// replays. Refusals are named and store nothing.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parScore } from '../../src/bots/par';
import { RULES_VERSION } from '../../src/core';
import { type Replay, verifyReplay } from '../../src/replay';
import { CSP } from '../../src/server/http';
import { type RoomServer, startRoomServer } from '../../src/server/serve';
import { botGame, type GameSubmission } from '../../src/server/simulate';
import { SqliteRoomStore } from '../../src/server/sqlite';
import { client, events, lookup, type Reply, scenario, tempDir } from './helpers';

const CHALLENGE = { scenarioId: 'new-estate', seed: 'room-test' };
const BOTS = ['balanced', 'top-down', 'random'] as const;

let server: RoomServer;
let call: ReturnType<typeof client>;
let sid = '';
let secret = '';
const tokens: Record<string, string> = {};
const teamIds: Record<string, string> = {};
const games = Object.fromEntries(
  BOTS.map((b) => [b, botGame(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, b)]),
);
const copy = (r: Replay): Replay & Record<string, unknown> => JSON.parse(JSON.stringify(r));
let n = 0;
const freshId = () => `sub-${String(++n).padStart(8, '0')}`;

async function send(
  bot: string,
  sub: GameSubmission,
  attempt = `attempt-${bot}`,
  id = freshId(),
): Promise<Reply> {
  return call('POST', `/api/sessions/${sid}/submissions`, {
    body: { id, attempt, replay: sub.replay },
    token: tokens[bot],
  });
}

beforeAll(async () => {
  server = await startRoomServer({
    dataFile: join(tempDir(), 'room.sqlite'),
    port: 0,
    host: '127.0.0.1',
    distDir: null,
    http: { perTeam: { burst: 1000, perSecond: 1000 } },
  });
  call = client(server.origin);
  const created = await call('POST', '/api/sessions', {
    body: { challenge: CHALLENGE },
    token: server.room.key,
  });
  expect(created.status).toBe(201);
  sid = created.json.session.id;
  secret = created.json.secret;
  await server.room.parReady(sid);
  // Par is a search over the whole term: a few seconds alone, but CI runs the unit tests beside the
  // browser tests on two cores, and a 20 s limit once timed out there (tenth session's rehearsal).
}, 90_000);

afterAll(async () => {
  await server?.close();
});

describe('a live session', () => {
  it('three teams join, their months and results arrive live, and the standings rank them as verifyReplay does', async () => {
    const ticket = await call('POST', `/api/sessions/${sid}/tickets`, { token: secret });
    expect(ticket.status).toBe(201);
    const live = await events(`${server.origin}/api/sessions/${sid}/events?ticket=${ticket.json.ticket}`);
    const projector = await events(`${server.origin}/api/sessions/${sid}/events`);
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toMatch(/^text\/event-stream/);
    for (const bot of BOTS) {
      const r = await call('POST', `/api/sessions/${sid}/teams`, { body: { name: `队 ${bot}` } });
      expect(r.status).toBe(201);
      tokens[bot] = r.json.token;
      teamIds[bot] = r.json.team.teamId;
    }
    // The three teams play at once: each sends its months in order, as a page's queue does.
    await Promise.all(
      BOTS.map(async (bot) => {
        for (const sub of games[bot]!.submissions) {
          const r = await send(bot, sub);
          expect(r.status, JSON.stringify(r.json)).toBe(201);
          expect(r.json.month).toBe(sub.month);
          expect(r.json.kind).toBe(sub.kind);
        }
      }),
    );
    await live.until((e) => e.event === 'result' && e.data.progress.teamId === teamIds.random);
    for (const bot of BOTS) {
      const months = live.list
        .filter((e) => e.event === 'checkpoint' && e.data.progress.teamId === teamIds[bot])
        .map((e) => e.data.progress.month);
      const expected = games[bot]!.submissions.filter((s) => s.kind === 'checkpoint').map((s) => s.month);
      expect(months).toEqual(expected);
    }
    expect(live.list.filter((e) => e.event === 'joined').map((e) => e.data.team.name)).toEqual(
      BOTS.map((b) => `队 ${b}`),
    );
    // What `npm run verify --json` says of the same final replays.
    const verified = BOTS.map((bot) => {
      const v = verifyReplay(copy(games[bot]!.final), lookup);
      if (!v.ok) throw new Error(v.reason.message);
      return { teamId: teamIds[bot], score: v.score ?? 0, rating: v.rating, hash: v.hash };
    }).sort((a, b) => b.score - a.score);
    const st = await call('GET', `/api/sessions/${sid}/standings`, { token: secret });
    expect(st.status).toBe(200);
    const ranked = st.json.standings.map(
      (s: { teamId: string; counted: { score: number; hash: string } }) => ({
        teamId: s.teamId,
        score: s.counted.score,
        hash: s.counted.hash,
      }),
    );
    expect(ranked).toEqual(verified.map(({ teamId, score, hash }) => ({ teamId, score, hash })));
    expect(st.json.standings[0].rank).toBe(1);
    const par = st.json.session.par as number;
    expect(st.json.standings[0].counted.versusPar).toBe(verified[0]!.score - par);
    // The projector saw the months but no score before the reveal.
    await projector.until((e) => e.event === 'result' && e.data.progress.teamId === teamIds.random);
    const publicResult = projector.list.find((e) => e.event === 'result');
    expect(publicResult?.data.progress.score).toBeNull();
    expect(publicResult?.data.progress.month).toBeGreaterThan(0);
    await live.close();
    await projector.close();
  });

  it('the stored replay of a counted game is the one npm run verify re-computes', async () => {
    const st = await call('GET', `/api/sessions/${sid}/standings`, { token: secret });
    const top = st.json.standings[0];
    const r = await call('GET', `/api/sessions/${sid}/replays/${top.teamId}/${top.counted.submissionId}`, {
      token: secret,
    });
    expect(r.status).toBe(200);
    const v = verifyReplay(r.json.replay, lookup);
    expect(v.ok && v.score).toBe(top.counted.score);
  });

  it('a retry after a lost acknowledgement counts once — 幂等', async () => {
    const sub = games.balanced!.submissions[0]!;
    const before = await server.room.submissions(sid);
    const first = await send('balanced', sub, 'attempt-retry', 'retry-00000001');
    const again = await send('balanced', sub, 'attempt-retry', 'retry-00000001');
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ ...first.json, duplicate: true });
    expect((await server.room.submissions(sid)).length).toBe(before.length + 1);
    const reused = await send('balanced', games.balanced!.submissions[1]!, 'attempt-retry', 'retry-00000001');
    expect(reused.status).toBe(409);
    expect(reused.json.error).toBe('idReused');
  });

  it('the first finished game counts; a later one is practice', async () => {
    const again = games.random!.submissions;
    for (const sub of again) expect((await send('random', sub, 'attempt-second')).status).toBe(201);
    const st = await call('GET', `/api/sessions/${sid}/standings`, { token: secret });
    const row = st.json.standings.find((s: { teamId: string }) => s.teamId === teamIds.random);
    expect(row.counted.attempt).toBe('attempt-random');
    expect(row.practice.map((p: { attempt: string }) => p.attempt)).toEqual(['attempt-second']);
    const finished = await send('random', again[again.length - 1]!, 'attempt-second');
    expect(finished.json.error).toBe('attemptFinished');
  });

  it('a shorter session’s par is of its own term, not of the full one the same seed had', async () => {
    const created = await call('POST', '/api/sessions', {
      body: { challenge: { ...CHALLENGE, months: 6 } },
      token: server.room.key,
    });
    expect(created.status).toBe(201);
    const par = await server.room.parReady(created.json.session.id);
    expect(par).toBe(parScore(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, { months: 6 }));
    expect(par).not.toBe(await server.room.parReady(sid));
  }, 60_000);
});

describe('refusals are named and store nothing', () => {
  const refused = async (r: Promise<Reply>, status: number, error: string) => {
    const before = (await server.room.submissions(sid)).length;
    const reply = await r;
    expect(reply.status, JSON.stringify(reply.json)).toBe(status);
    expect(reply.json.error).toBe(error);
    expect(typeof reply.json.message).toBe('string');
    expect((await server.room.submissions(sid)).length).toBe(before);
  };
  const final = () => copy(games.balanced!.final);

  it('a forged score is refused: the result is re-computed, never believed', async () => {
    const forged = final();
    forged.result.score = (forged.result.score ?? 0) + 100;
    await refused(
      send('top-down', { kind: 'result', month: 12, replay: forged }, 'attempt-forged'),
      422,
      'resultDiffers',
    );
  });

  it('a tampered action is refused as illegal', async () => {
    const tampered = final();
    tampered.actions.splice(0, 0, { type: 'develop', programme: 'no-such-programme' } as never);
    await refused(
      send('top-down', { kind: 'result', month: 12, replay: tampered }, 'attempt-tamper'),
      422,
      'illegalAction',
    );
  });

  it('a replay of another rules version is refused as foreign', async () => {
    const foreign = final();
    foreign.rulesVersion = RULES_VERSION + 1;
    await refused(
      send('top-down', { kind: 'result', month: 12, replay: foreign }, 'attempt-foreign'),
      422,
      'foreignVersion',
    );
  });

  it('a game of another challenge is refused', async () => {
    const other = botGame(scenario(CHALLENGE.scenarioId), 'another-seed', 'balanced').final;
    await refused(
      send('top-down', { kind: 'result', month: 12, replay: other }, 'attempt-other'),
      422,
      'wrongChallenge',
    );
  });

  it('a checkpoint in the middle of a month is refused', async () => {
    const g = games.balanced!;
    const mid = copy(g.submissions[1]!.replay);
    mid.actions.pop();
    // Re-record the result the shorter game leads to, so only the month's end is at fault.
    const v = verifyReplay({ ...mid, result: { ...mid.result } }, lookup);
    if (v.ok) throw new Error('expected the old result to differ');
    if (v.reason.code !== 'resultDiffers') throw new Error(v.reason.message);
    mid.result = v.reason.computed;
    await refused(
      send('top-down', { kind: 'checkpoint', month: 1, replay: mid }, 'attempt-midmonth'),
      422,
      'notAMonthEnd',
    );
  });

  it('a replay that rewrites an attempt is refused', async () => {
    const own = games['top-down']!.submissions;
    for (const sub of own.slice(0, 2))
      expect((await send('top-down', sub, 'attempt-rewrite')).status).toBe(201);
    // The attempt holds top-down's first two months: another line of play cannot continue it.
    const other = botGame(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, 'only-political').submissions;
    await refused(send('top-down', other[2]!, 'attempt-rewrite'), 409, 'notAContinuation');
    expect((await send('top-down', own[2]!, 'attempt-rewrite')).status).toBe(201);
  });

  it('malformed, non-JSON and oversized bodies are refused', async () => {
    const path = `/api/sessions/${sid}/submissions`;
    await refused(call('POST', path, { raw: '{"id": ', token: tokens.balanced }), 400, 'malformed');
    await refused(
      call('POST', path, { body: { id: 'x', attempt: 'attempt-1', replay: {} }, token: tokens.balanced }),
      400,
      'malformed',
    );
    await refused(
      call('POST', path, {
        body: {
          id: 'id-000000001',
          attempt: 'attempt-1',
          replay: { format: 1, rulesVersion: RULES_VERSION },
        },
        token: tokens.balanced,
      }),
      400,
      'malformed',
    );
    await refused(
      call('POST', path, { raw: '{}', type: 'text/plain', token: tokens.balanced }),
      415,
      'unsupportedMediaType',
    );
    const huge = JSON.stringify({
      id: 'id-000000002',
      attempt: 'attempt-1',
      replay: { pad: 'x'.repeat(70_000) },
    });
    await refused(call('POST', path, { raw: huge, token: tokens.balanced }), 413, 'oversized');
  });

  it("a made-up token and another session's token are refused — one team cannot submit as another", async () => {
    const sub = games.balanced!.submissions[0]!;
    const path = `/api/sessions/${sid}/submissions`;
    const body = { id: 'id-000000003', attempt: 'attempt-x1', replay: sub.replay };
    await refused(call('POST', path, { body }), 401, 'missingToken');
    await refused(
      call('POST', path, { body, token: `${teamIds.balanced}.not-the-secret` }),
      403,
      'forgedToken',
    );
    await refused(call('POST', path, { body, token: secret }), 403, 'forgedToken');
    const other = await call('POST', '/api/sessions', {
      body: { challenge: CHALLENGE },
      token: server.room.key,
    });
    const stranger = await call('POST', `/api/sessions/${other.json.session.id}/teams`, {
      body: { name: 'stranger' },
    });
    await refused(call('POST', path, { body, token: stranger.json.token }), 403, 'wrongSession');
  });

  it("teams see no other team's replay nor the standings before the reveal", async () => {
    const st = await call('GET', `/api/sessions/${sid}/standings`, { token: secret });
    const top = st.json.standings.find((s: { teamId: string }) => s.teamId !== teamIds['top-down']);
    const path = `/api/sessions/${sid}/replays/${top.teamId}/${top.counted.submissionId}`;
    expect((await call('GET', path, { token: tokens['top-down'] })).json.error).toBe('notRevealed');
    expect((await call('GET', `/api/sessions/${sid}/standings`)).json.error).toBe('notRevealed');
    expect((await call('GET', `/api/sessions/${sid}/standings`, { token: tokens.random })).status).toBe(403);
    expect((await call('POST', `/api/sessions/${sid}/reveal`, { token: tokens.random })).json.error).toBe(
      'badSecret',
    );
    expect((await call('POST', `/api/sessions/${sid}/reveal`, { token: secret })).status).toBe(200);
    expect((await call('GET', `/api/sessions/${sid}/standings`)).status).toBe(200);
    expect((await call('GET', path, { token: tokens['top-down'] })).status).toBe(200);
  });

  it('a closed session refuses new submissions, yet a retry of a stored one still gets its acknowledgement', async () => {
    const sub = games['top-down']!.submissions[0]!;
    const stored = await send('top-down', sub, 'attempt-late', 'late-00000001');
    expect(stored.status).toBe(201);
    expect((await call('POST', `/api/sessions/${sid}/close`, { token: secret })).json.session.open).toBe(
      false,
    );
    await refused(send('top-down', games['top-down']!.submissions[1]!, 'attempt-late'), 409, 'closed');
    const retry = await send('top-down', sub, 'attempt-late', 'late-00000001');
    expect(retry.status).toBe(200);
    expect(retry.json.duplicate).toBe(true);
    expect(
      (await call('POST', `/api/sessions/${sid}/teams`, { body: { name: 'latecomer' } })).json.error,
    ).toBe('closed');
    expect((await call('POST', `/api/sessions/${sid}/open`, { token: secret })).json.session.open).toBe(true);
  });

  it('team names are bounded text, unique in a session whatever their case or width', async () => {
    const join_ = (name: unknown) => call('POST', `/api/sessions/${sid}/teams`, { body: { name } });
    expect((await join_('队 BALANCED')).json.error).toBe('nameTaken');
    expect((await join_('x'.repeat(25))).json.field).toBe('name');
    expect((await join_('a\u0000b')).json.error).toBe('malformed');
    expect((await join_('   ')).json.error).toBe('malformed');
    expect((await join_(42)).json.error).toBe('malformed');
    const ok = await join_('<b>Bold</b>');
    expect(ok.status).toBe(201);
    expect(ok.json.team.name).toBe('<b>Bold</b>');
  });

  it('every response carries the Content-Security-Policy and no CORS grant', async () => {
    for (const r of [
      await call('GET', '/api/health'),
      await call('GET', '/api/nothing-here'),
      await call('POST', `/api/sessions/${sid}/submissions`, { body: {} }),
    ]) {
      expect(r.headers.get('content-security-policy')).toBe(CSP);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('facilitator actions need the secret', async () => {
    for (const path of ['submissions', 'export'])
      expect((await call('GET', `/api/sessions/${sid}/${path}`, { token: tokens.balanced })).json.error).toBe(
        'badSecret',
      );
    expect(
      (await call('POST', '/api/sessions', { body: { challenge: CHALLENGE }, token: secret })).json.error,
    ).toBe('badSecret');
    const exported = await call('GET', `/api/sessions/${sid}/export`, { token: secret });
    expect(exported.status).toBe(200);
    expect(
      exported.json.submissions.every(
        (s: { replay: string }) => verifyReplay(JSON.parse(s.replay), lookup).ok,
      ),
    ).toBe(true);
  });
});

describe('a room opened on older data', () => {
  it('works a session’s par out again rather than trust one stored before pars took the term into account', async () => {
    const base = new SqliteRoomStore(':memory:');
    // An older room: it kept a session's par under `par:ID`, and for a 6-month session it was wrong (the
    // full term's). The store is shared by both rooms here (closing it would end the in-memory file).
    const older = new Proxy(base, {
      get(target, prop) {
        if (prop === 'close') return async () => undefined;
        if (prop === 'setMeta')
          return (key: string, value: string) =>
            key.startsWith('par-of-term:')
              ? target.setMeta(`par:${key.slice('par-of-term:'.length)}`, '1')
              : target.setMeta(key, value);
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const first = await startRoomServer({
      store: older,
      dataFile: ':memory:',
      port: 0,
      host: '127.0.0.1',
      distDir: null,
    });
    const created = await client(first.origin)('POST', '/api/sessions', {
      body: { challenge: { ...CHALLENGE, months: 6 } },
      token: first.room.key,
    });
    const id = created.json.session.id as string;
    await first.room.parReady(id);
    await first.close();
    expect(await base.getMeta(`par:${id}`)).toBe('1');
    const again = await startRoomServer({
      store: base,
      dataFile: ':memory:',
      port: 0,
      host: '127.0.0.1',
      distDir: null,
    });
    try {
      expect(await again.room.parReady(id)).toBe(
        parScore(scenario(CHALLENGE.scenarioId), CHALLENGE.seed, { months: 6 }),
      );
    } finally {
      await again.close();
    }
  }, 60_000);
});
