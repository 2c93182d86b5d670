// The facilitator's session file (src/facilitator/session.ts): what it keeps is the inputs, never a
// score, so a reopened session is re-verified; a damaged or foreign file is refused in one line.
import { describe, expect, it } from 'vitest';
import { gamesOf } from '../../src/facilitator/live';
import {
  type OfflineSession,
  readSession,
  SESSION_FORMAT,
  SESSION_VERSION,
  sessionText,
} from '../../src/facilitator/session';

const session: OfflineSession = {
  format: SESSION_FORMAT,
  version: SESSION_VERSION,
  code: 'C0CS0-P6MHE-K5H0',
  challenge: { scenarioId: 'old-neighbourhood', seed: 'peixun', months: 12 },
  inputs: [
    { text: 'BCW_x', source: 'code' },
    { text: '{"format":1}', source: 'file', name: 'a.json' },
  ],
  revealed: true,
};

describe('the session file', () => {
  it('round-trips its challenge, its inputs in order and the reveal', () => {
    const r = readSession(sessionText(session));
    expect(r).toEqual({ ok: true, session });
  });

  it('refuses another kind of file, another version, a missing challenge and a bad input — each by one line', () => {
    const cases = [
      'not json',
      JSON.stringify({ format: 'x' }),
      JSON.stringify({ ...session, version: 99 }),
      JSON.stringify({ ...session, challenge: null }),
      JSON.stringify({ ...session, inputs: [{ text: 1, source: 'code' }] }),
    ];
    const messages = cases.map((c) => {
      const r = readSession(c);
      return r.ok ? 'accepted' : r.message;
    });
    expect(messages[0]).toMatch(/^not JSON/);
    expect(messages[1]).toBe('not a facilitator session file');
    expect(messages[2]).toMatch(/version 99/);
    expect(messages[3]).toMatch(/challenge/);
    expect(messages[4]).toMatch(/input 1/);
    for (const m of messages) expect(m).not.toContain('\n');
  });
});

describe('the live room as games', () => {
  const challenge = { scenarioId: 'old-neighbourhood', seed: 'peixun', months: 12 };
  const sub = (seq: number, teamId: string, attempt: string, month: number, over = {}) => ({
    seq,
    id: `s${seq}`,
    teamId,
    attempt,
    kind: 'checkpoint' as const,
    month,
    status: 'playing' as const,
    score: null,
    rating: null,
    provisionalScore: 100 * month,
    hash: '0'.repeat(16),
    ...over,
  });

  it('one game per attempt, as far as its last submission; a month the queue skipped carries the one before', () => {
    const games = gamesOf(
      challenge,
      [
        sub(1, 't1', 'a', 1),
        sub(3, 't1', 'a', 3),
        sub(2, 't2', 'b', 1),
        sub(4, 't1', 'a', 12, { kind: 'result', status: 'won', score: 777, rating: 'good' }),
      ],
      [
        { teamId: 't1', name: '一组', joinedAt: 0 },
        { teamId: 't2', name: '二组', joinedAt: 0 },
      ],
      new Map(),
    );
    const a = games.find((g) => g.id === 'a');
    expect(a).toMatchObject({ team: '一组', months: 12, status: 'won', score: 777, seq: 4 });
    expect(a?.monthScores.slice(0, 4)).toEqual([100, 100, 300, 300]);
    expect(a?.monthScores[11]).toBe(777);
    expect(games.find((g) => g.id === 'b')).toMatchObject({ team: '二组', months: 1, status: 'playing' });
  });
});
