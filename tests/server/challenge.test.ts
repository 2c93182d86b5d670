// Sessions opened from a challenge code: the code a facilitator reads aloud opens the same session as
// its fields, and a code typed wrong is refused by name — the mistyped character's position named —
// through the API as `malformed` with the code reader's reason, storing nothing.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { challengeCode, makeChallenge } from '../../src/codes';
import { parseChallengeInput } from '../../src/server/challenge';
import { type RoomServer, startRoomServer } from '../../src/server/serve';
import { client, lookup, scenario, tempDir } from './helpers';

const codeOf = (id: string, seed: string, months?: number): string => {
  const made = makeChallenge(scenario(id), seed, months);
  if (!made.ok) throw new Error(made.refusal.message);
  return challengeCode(made.challenge);
};

/** The code with its n-th (1-based, dashes not counted) character replaced by another code character. */
function typo(code: string, n: number): string {
  let seen = 0;
  return [...code]
    .map((ch) => {
      if (ch === '-') return ch;
      seen++;
      if (seen !== n) return ch;
      return ch === 'Q' ? 'R' : 'Q';
    })
    .join('');
}

describe('parseChallengeInput reads challenge codes', () => {
  it('a code opens the challenge it was made for: scenario, seed and a shorter term', () => {
    const code = codeOf('old-neighbourhood', 'Peixun-7', 6);
    const r = parseChallengeInput({ code }, lookup);
    expect(r).toEqual({
      ok: true,
      challenge: { scenarioId: 'old-neighbourhood', seed: 'peixun-7', months: 6 },
    });
    const full = parseChallengeInput({ code: codeOf('new-estate', 'abc') }, lookup);
    expect(full.ok && full.challenge.months).toBe(scenario('new-estate').months);
  });

  it('the code is read as a person types it: lower case, spaces, a pasted link', () => {
    const code = codeOf('new-estate', 'room');
    const spaced = code.toLowerCase().replaceAll('-', ' ');
    const link = `http://192.168.1.23:8787/#c=${code}`;
    for (const input of [spaced, link]) {
      const r = parseChallengeInput({ code: input }, lookup);
      expect(r.ok && r.challenge.seed, input).toBe('room');
    }
  });

  it('one mistyped character is refused with its position named', () => {
    const code = codeOf('new-estate', 'peixun');
    const r = parseChallengeInput({ code: typo(code, 7) }, lookup);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe('code');
    expect(r.reason).toBe('badCheck');
    expect(r.message).toContain('7th');
  });

  it('a character no code holds is refused with the character and its place', () => {
    const code = codeOf('new-estate', 'peixun');
    const r = parseChallengeInput({ code: `${code.slice(0, 2)}U${code.slice(3)}` }, lookup);
    expect(!r.ok && r.reason).toBe('badCharacter');
    expect(!r.ok && r.message).toMatch(/3rd character "U"/);
  });

  it('a cut code, an empty one, a non-text one, an oversized one and code-plus-fields are each refused by name', () => {
    const code = codeOf('new-estate', 'peixun');
    const cases: [unknown, Record<string, unknown>, string | undefined][] = [
      [code.slice(0, 8), {}, 'truncated'],
      ['', {}, 'empty'],
      [42, {}, undefined],
      ['A'.repeat(300), {}, 'oversized'],
      [code, { challenge: { scenarioId: 'new-estate' } }, undefined],
    ];
    for (const [input, extra, reason] of cases) {
      const r = parseChallengeInput({ code: input, ...extra }, lookup);
      expect(r.ok, String(input)).toBe(false);
      if (r.ok) continue;
      expect(r.field).toBe('code');
      expect(r.reason).toBe(reason);
      expect(r.message.length).toBeLessThan(200);
      expect(r.message).not.toContain('\n');
    }
  });
});

describe('POST /api/sessions with {code}', () => {
  let server: RoomServer;
  let call: ReturnType<typeof client>;
  beforeAll(async () => {
    server = await startRoomServer({
      dataFile: join(tempDir(), 'room.sqlite'),
      port: 0,
      host: '127.0.0.1',
      distDir: null,
    });
    call = client(server.origin);
  });
  afterAll(() => server.close());

  it('opens a session of the code’s challenge, the same as its fields would', async () => {
    const code = codeOf('village-to-residence', 'ws-1', 8);
    const r = await call('POST', '/api/sessions', { body: { code }, token: server.room.key });
    expect(r.status).toBe(201);
    expect(r.json.session.challenge).toEqual({ scenarioId: 'village-to-residence', seed: 'ws-1', months: 8 });
  });

  it('a mistyped code is malformed with the reader’s reason and no session is made', async () => {
    const before = (await call('GET', '/api/sessions', { token: server.room.key })).json.sessions.length;
    const r = await call('POST', '/api/sessions', {
      body: { code: typo(codeOf('new-estate', 'x1'), 5) },
      token: server.room.key,
    });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: 'malformed', field: 'code', reason: 'badCheck' });
    expect(r.json.message).toContain('5th');
    const after = (await call('GET', '/api/sessions', { token: server.room.key })).json.sessions.length;
    expect(after).toBe(before);
  });
});
