// Fixtures the room's store and crash tests share (parts, group-commit, crash): a submission row, a store
// holding one session and one team, and the kill -9 drill — teams sending their months while the room is
// killed, then every page re-sending everything after the restart.
import { expect } from 'vitest';
import type { SqliteRoomStore } from '../../src/server/sqlite';
import type { NewSubmission } from '../../src/server/store';
import type { Child, client } from './helpers';
import { killHard } from './helpers';

/** Submission row `n` of team1 in session s1 (a month-1 checkpoint unless `over` says otherwise). */
export const submissionRow = (n: number, over: Partial<NewSubmission> = {}): NewSubmission => ({
  id: `sub-${String(n).padStart(8, '0')}`,
  teamId: 'team1',
  sessionId: 's1',
  attempt: `attempt-${n}`,
  kind: 'checkpoint',
  month: 1,
  status: 'playing',
  score: null,
  rating: null,
  provisionalScore: 400,
  hash: '0123456789abcdef',
  actionCount: 5,
  counted: false,
  bodyHash: `b${n}`,
  replay: '{}',
  receivedAt: 1,
  ...over,
});

/** An initialised store (made by `make`) holding session s1 and its team team1. */
export async function storeWithTeam(make: () => SqliteRoomStore): Promise<SqliteRoomStore> {
  const store = make();
  await store.init();
  await store.createSession({
    id: 's1',
    secret: 'x',
    challenge: { scenarioId: 'new-estate', seed: 'a', months: 12 },
    open: true,
    revealed: false,
    createdAt: 1,
  });
  await store.addTeam({ id: 'team1', sessionId: 's1', name: 'A', nameKey: 'a', tokenHash: 'h', joinedAt: 1 });
  return store;
}

/** A team of the drill: its token, its submissions' request bodies, and what the room acknowledged (id → seq). */
export interface SendingTeam {
  token: string;
  subs: { id: string; body: unknown }[];
  acked: Map<string, number>;
}

type Call = ReturnType<typeof client>;

/**
 * Every team sends its months one after another, as its page's queue does, all teams at once; the room is
 * killed (kill -9) once `killAt` are acknowledged, with others still in flight. A request the dead room
 * does not answer ends that team's sending (the rest stays in its page's queue).
 */
export async function sendUntilKilled(
  call: Call,
  sid: string,
  teams: SendingTeam[],
  room: Child,
  killAt: number,
): Promise<void> {
  let total = 0;
  let killed: Promise<void> | null = null;
  await Promise.all(
    teams.map(async (t) => {
      for (const s of t.subs) {
        let r: Awaited<ReturnType<Call>>;
        try {
          r = await call('POST', `/api/sessions/${sid}/submissions`, { body: s.body, token: t.token });
        } catch {
          return;
        }
        expect(r.status, JSON.stringify(r.json)).toBe(201);
        t.acked.set(s.id, (r.json as { seq: number }).seq);
        total += 1;
        if (total === killAt) killed = killHard(room);
      }
    }),
  );
  await killed;
}

/**
 * After the restart every page re-sends everything it has (the worst case of a retry): each is stored
 * or found; one acknowledged before the kill comes back as the same record (200, its seq).
 */
export async function resendEverything(call: Call, sid: string, teams: SendingTeam[]): Promise<void> {
  await Promise.all(
    teams.map(async (t) => {
      for (const s of t.subs) {
        const r = await call('POST', `/api/sessions/${sid}/submissions`, { body: s.body, token: t.token });
        expect([200, 201], JSON.stringify(r.json)).toContain(r.status);
        const before = t.acked.get(s.id);
        if (before !== undefined) {
          expect(r.status).toBe(200);
          expect((r.json as { seq: number }).seq).toBe(before);
        }
      }
    }),
  );
}
