// The room's API as the team page calls it (docs/room-api.md): same origin, JSON, bounded in time.
// Answers are read field by field and only what the page shows is kept; everything shown is text.

export interface ChallengeInfo {
  scenarioId: string;
  seed: string;
  months: number;
}

export interface SessionInfo {
  id: string;
  challenge: ChallengeInfo;
  open: boolean;
  revealed: boolean;
  teams: number;
}

export interface RoomInfo {
  rulesVersion: number;
  current: SessionInfo | null;
}

/** An answer from the room, or why there was none (`network`: no answer at all — offline, timeout). */
export type Answer<T> =
  | { ok: true; status: number; value: T }
  | { ok: false; network: true; message: string }
  | { ok: false; network: false; status: number; error: string; message: string; retryAfter: number | null };

export type Fetcher = typeof fetch;

const TIMEOUT_MS = 10_000;
const MESSAGE_MAX = 200;

const text = (v: unknown, max = MESSAGE_MAX): string => (typeof v === 'string' ? v.slice(0, max) : '');

function object(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

export function sessionOf(v: unknown): SessionInfo | null {
  const o = object(v);
  const c = object(o?.challenge);
  if (!o || !c) return null;
  if (typeof o.id !== 'string' || typeof c.scenarioId !== 'string' || typeof c.seed !== 'string') return null;
  if (!Number.isSafeInteger(c.months)) return null;
  return {
    id: o.id,
    challenge: { scenarioId: c.scenarioId, seed: c.seed, months: c.months as number },
    open: o.open === true,
    revealed: o.revealed === true,
    teams: Number.isSafeInteger(o.teams) ? (o.teams as number) : 0,
  };
}

export class RoomApi {
  constructor(
    private readonly fetcher: Fetcher = (...a) => fetch(...a),
    private readonly base = '',
  ) {}

  async call(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<Answer<unknown>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    let r: Response;
    let json: unknown = null;
    try {
      r = await this.fetcher(this.base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: abort.signal,
        cache: 'no-store',
      });
      try {
        json = await r.json();
      } catch {
        json = null;
      }
    } catch (e) {
      return { ok: false, network: true, message: abort.signal.aborted ? 'timeout' : text(String(e)) };
    } finally {
      clearTimeout(timer);
    }
    if (r.ok) return { ok: true, status: r.status, value: json };
    const o = object(json);
    const retry = Number(r.headers.get('retry-after'));
    return {
      ok: false,
      network: false,
      status: r.status,
      error: text(o?.error, 40) || `http${r.status}`,
      message: text(o?.message) || `HTTP ${r.status}`,
      retryAfter: Number.isFinite(retry) && retry > 0 ? Math.min(retry, 300) : null,
    };
  }

  async room(): Promise<Answer<RoomInfo>> {
    const a = await this.call('GET', '/api/room');
    if (!a.ok) return a;
    const o = object(a.value);
    return {
      ok: true,
      status: a.status,
      value: {
        rulesVersion: Number.isSafeInteger(o?.rulesVersion) ? (o?.rulesVersion as number) : -1,
        current: sessionOf(o?.current),
      },
    };
  }

  async session(id: string): Promise<Answer<SessionInfo | null>> {
    const a = await this.call('GET', `/api/sessions/${encodeURIComponent(id)}`);
    if (!a.ok) return a;
    return { ok: true, status: a.status, value: sessionOf(object(a.value)?.session) };
  }

  async join(
    sessionId: string,
    name: string,
  ): Promise<Answer<{ teamId: string; name: string; token: string }>> {
    const a = await this.call('POST', `/api/sessions/${encodeURIComponent(sessionId)}/teams`, { name });
    if (!a.ok) return a;
    const o = object(a.value);
    const team = object(o?.team);
    if (typeof o?.token !== 'string' || typeof team?.teamId !== 'string' || typeof team.name !== 'string')
      return {
        ok: false,
        network: false,
        status: a.status,
        error: 'badAnswer',
        message: 'unexpected answer',
        retryAfter: null,
      };
    return { ok: true, status: a.status, value: { teamId: team.teamId, name: team.name, token: o.token } };
  }
}
