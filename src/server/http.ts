// The room's HTTP face (Hono): the API of docs/room-api.md, Server-Sent Events, and the built game.
// Hono over node:http because it brings, well kept, what this needs and would otherwise be written
// by hand: routing with parameters, SSE framing, and static files with safe paths and MIME types.
import { randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { RULES_VERSION } from '../core';
import { REPLAY_FORMAT } from '../replay';
import type { Audience, Listener } from './events';
import { bearer } from './fields';
import { type RateLimit, RateLimiter } from './rateLimit';
import { REFUSALS, type Refusal, refuse } from './refusal';
import type { Room, SubmitTiming, TeamState } from './room';
import type { SessionRecord } from './store';

export interface HttpOptions {
  /** The built game (dist/); null serves the API only. */
  distDir: string | null;
  /** Largest request body, bytes. */
  maxBody: number;
  /** Every /api request, per client address. */
  perAddress: RateLimit;
  /** Submissions, per team token. */
  perTeam: RateLimit;
  /** Seconds between SSE keep-alive comments. */
  keepAliveSeconds: number;
  /** Links printed and returned: the address teams use. */
  publicOrigin: () => string;
}

export const DEFAULT_HTTP: Omit<HttpOptions, 'distDir' | 'publicOrigin'> = {
  maxBody: 64 * 1024,
  perAddress: { burst: 120, perSecond: 60 },
  perTeam: { burst: 30, perSecond: 3 },
  keepAliveSeconds: 15,
};

/** Same origin only; no inline script; nothing loaded from elsewhere (the game is self-hosted). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const TICKET_SECONDS = 60;
const TICKETS_MAX = 1000;

function fail(c: Context, r: Refusal, retryAfter?: number): Response {
  if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
  return c.json(r, REFUSALS[r.error]);
}

const isRefusalValue = (v: unknown): v is Refusal =>
  typeof v === 'object' && v !== null && 'error' in v && typeof (v as Refusal).error === 'string';

/** The JSON object of a request body, or a refusal. */
async function jsonBody(c: Context): Promise<Record<string, unknown> | Refusal> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    return refuse('unsupportedMediaType', 'send the body as JSON (Content-Type: application/json)');
  let v: unknown;
  try {
    v = JSON.parse(await c.req.text());
  } catch (e) {
    return refuse('malformed', `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return refuse('malformed', 'expected a JSON object { … }');
  return v as Record<string, unknown>;
}

export interface RoomApp {
  app: Hono;
  /** Ends every open event stream (before the server closes). */
  endStreams(): void;
}

export function createApp(room: Room, opts: HttpOptions): RoomApp {
  const app = new Hono();
  const byAddress = new RateLimiter(opts.perAddress);
  const byTeam = new RateLimiter(opts.perTeam);
  const tickets = new Map<string, { sessionId: string; expires: number }>();
  const streams = new Set<() => void>();

  const arrived = new WeakMap<Request, number>();
  app.use('*', async (c, next) => {
    arrived.set(c.req.raw, performance.now());
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v);
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const address = getConnInfo(c).remote.address ?? 'unknown';
    const wait = byAddress.take(address);
    if (wait > 0)
      return fail(c, refuse('rateLimited', `too many requests from ${address}: wait ${wait} s`), wait);
    await next();
  });

  // The size is checked from Content-Length before a byte of the body is read (Node's parser then
  // holds the body to that length). Hono's bodyLimit would turn every body into a web stream.
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const length = c.req.header('content-length');
    if (length === undefined)
      return fail(c, refuse('lengthRequired', 'send the body with a Content-Length (no chunked bodies)'));
    if (!/^\d{1,12}$/.test(length) || Number(length) > opts.maxBody)
      return fail(c, refuse('oversized', `request body over ${opts.maxBody} bytes`));
    return next();
  });

  const token = (c: Context) => bearer(c.req.header('authorization'));

  const asFacilitator = (c: Context): SessionRecord | Refusal =>
    room.facilitatorOf(c.req.param('sid') ?? '', token(c));

  const links = (s: SessionRecord) => ({
    join: `${opts.publicOrigin()}/#room=${s.id}`,
    facilitator: `${opts.publicOrigin()}/#room=${s.id}&key=${s.secret}`,
  });

  // ——— the room ———

  app.get('/api/health', (c) =>
    c.json({ ok: true, rulesVersion: RULES_VERSION, replayFormat: REPLAY_FORMAT }),
  );

  app.get('/api/room', (c) => {
    const current = room.currentSession();
    return c.json({
      rulesVersion: RULES_VERSION,
      current: current ? room.sessionPublic(current) : null,
      open: room
        .listSessions()
        .filter((s) => s.open)
        .map((s) => room.sessionPublic(s)),
    });
  });

  app.post('/api/sessions', async (c) => {
    if (!room.isRoomKey(token(c)))
      return fail(
        c,
        refuse(token(c) ? 'badSecret' : 'missingToken', 'creating a session needs the room key'),
      );
    const body = await jsonBody(c);
    if (isRefusalValue(body)) return fail(c, body);
    const s = await room.createSession(body);
    if (isRefusalValue(s)) return fail(c, s);
    return c.json({ session: room.sessionPublic(s), secret: s.secret, links: links(s) }, 201);
  });

  app.get('/api/sessions', (c) => {
    if (!room.isRoomKey(token(c)))
      return fail(c, refuse(token(c) ? 'badSecret' : 'missingToken', 'listing sessions needs the room key'));
    return c.json({
      sessions: room
        .listSessions()
        .map((s) => ({ ...room.sessionPublic(s), secret: s.secret, links: links(s) })),
    });
  });

  app.get('/api/sessions/:sid', (c) => {
    const s = room.session(c.req.param('sid'));
    if (!s) return fail(c, refuse('unknownSession', `no session "${c.req.param('sid')}" in this room`));
    return c.json({ session: room.sessionPublic(s), teams: room.teamsOf(s.id) });
  });

  for (const [action, apply] of [
    ['open', (s: SessionRecord) => room.setOpen(s, true)],
    ['close', (s: SessionRecord) => room.setOpen(s, false)],
    ['reveal', (s: SessionRecord) => room.reveal(s)],
  ] as const)
    app.post(`/api/sessions/:sid/${action}`, async (c) => {
      const s = asFacilitator(c);
      if (isRefusalValue(s)) return fail(c, s);
      return c.json({ session: room.sessionPublic(await apply(s)) });
    });

  app.get('/api/sessions/:sid/standings', (c) => {
    const sid = c.req.param('sid');
    const s = room.session(sid);
    if (!s) return fail(c, refuse('unknownSession', `no session "${sid}" in this room`));
    if (!s.revealed) {
      const f = asFacilitator(c);
      if (isRefusalValue(f))
        return fail(
          c,
          f.error === 'missingToken' ? refuse('notRevealed', 'the standings are shown after the reveal') : f,
        );
    }
    return c.json({ session: room.sessionPublic(s), standings: room.standings(s.id) });
  });

  app.get('/api/sessions/:sid/submissions', async (c) => {
    const s = asFacilitator(c);
    if (isRefusalValue(s)) return fail(c, s);
    return c.json({ submissions: await room.submissions(s.id) });
  });

  app.get('/api/sessions/:sid/export', async (c) => {
    const s = asFacilitator(c);
    if (isRefusalValue(s)) return fail(c, s);
    c.header('Content-Disposition', `attachment; filename="room-${s.id}.json"`);
    return c.json(await room.exportSession(s));
  });

  // ——— teams ———

  app.post('/api/sessions/:sid/teams', async (c) => {
    const body = await jsonBody(c);
    if (isRefusalValue(body)) return fail(c, body);
    const r = await room.join(c.req.param('sid'), body);
    if (isRefusalValue(r)) return fail(c, r);
    return c.json(r, 201);
  });

  const asTeam = (c: Context): TeamState | Refusal => room.teamOf(c.req.param('sid') ?? '', token(c));

  app.post('/api/sessions/:sid/submissions', async (c) => {
    const team = asTeam(c);
    if (isRefusalValue(team)) return fail(c, team);
    const wait = byTeam.take(team.record.id);
    if (wait > 0)
      return fail(c, refuse('rateLimited', `too many submissions from this team: wait ${wait} s`), wait);
    const body = await jsonBody(c);
    if (isRefusalValue(body)) return fail(c, body);
    const timing: SubmitTiming = { wait: 0, verify: 0, store: 0 };
    const ack = await room.submit(team, body, timing);
    // Where the time went, for the benchmark and the browser's network panel.
    c.header(
      'Server-Timing',
      `wait;dur=${timing.wait.toFixed(2)}, verify;dur=${timing.verify.toFixed(2)}, store;dur=${timing.store.toFixed(2)}, ` +
        `total;dur=${(performance.now() - (arrived.get(c.req.raw) ?? performance.now())).toFixed(2)}`,
    );
    if (isRefusalValue(ack)) return fail(c, ack);
    return c.json(ack, ack.duplicate ? 200 : 201);
  });

  app.get('/api/sessions/:sid/me', async (c) => {
    const team = asTeam(c);
    if (isRefusalValue(team)) return fail(c, team);
    const s = room.session(team.record.sessionId)!;
    return c.json({
      session: room.sessionPublic(s),
      team: { teamId: team.record.id, name: team.record.name, joinedAt: team.record.joinedAt },
      submissions: await room.submissions(s.id, team.record.id),
    });
  });

  app.get('/api/sessions/:sid/replays/:teamId/:submissionId', async (c) => {
    const sid = c.req.param('sid');
    const s = room.session(sid);
    if (!s) return fail(c, refuse('unknownSession', `no session "${sid}" in this room`));
    const teamId = c.req.param('teamId');
    const t = token(c);
    const f = room.facilitatorOf(sid, t);
    const isFacilitator = !isRefusalValue(f);
    const own =
      !isFacilitator && !isRefusalValue(room.teamOf(sid, t)) && t?.startsWith(`${teamId}.`) === true;
    if (!isFacilitator && !own && !s.revealed)
      return fail(c, refuse('notRevealed', "another team's replay is shown after the reveal"));
    const found =
      room.team(teamId)?.record.sessionId === sid
        ? await room.replay(teamId, c.req.param('submissionId'))
        : null;
    // After the reveal the others' finished games are open; their checkpoints stay private.
    if (!found || (!isFacilitator && !own && found.record.kind !== 'result'))
      return fail(c, refuse('notFound', 'no such submission in this session'));
    return c.json(found);
  });

  // ——— live updates ———

  app.post('/api/sessions/:sid/tickets', (c) => {
    const s = asFacilitator(c);
    if (isRefusalValue(s)) return fail(c, s);
    const now = Date.now();
    for (const [k, v] of tickets) if (v.expires < now || tickets.size >= TICKETS_MAX) tickets.delete(k);
    const ticket = randomBytes(18).toString('base64url');
    tickets.set(ticket, { sessionId: s.id, expires: now + TICKET_SECONDS * 1000 });
    return c.json({ ticket, expiresIn: TICKET_SECONDS }, 201);
  });

  app.get('/api/sessions/:sid/events', (c) => {
    const sid = c.req.param('sid');
    const s = room.session(sid);
    if (!s) return fail(c, refuse('unknownSession', `no session "${sid}" in this room`));
    let audience: Audience = 'public';
    const t = c.req.query('ticket');
    if (t !== undefined) {
      const entry = tickets.get(t);
      tickets.delete(t);
      if (!entry || entry.sessionId !== sid || entry.expires < Date.now())
        return fail(
          c,
          refuse('badSecret', 'this event ticket is unknown, used or expired: ask for a new one'),
        );
      audience = 'facilitator';
    }
    if (room.hub.listeners(sid) >= room.limitsOf().listenersPerSession)
      return fail(c, refuse('tooManyListeners', 'too many live views of this session'));
    return streamSSE(c, async (stream) => {
      let open = true;
      let counter = 0;
      let done: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => {
        done = resolve;
      });
      const end = () => {
        open = false;
        done();
      };
      const listener: Listener = {
        audience,
        send(event, data) {
          if (!open) return false;
          counter += 1;
          stream.writeSSE({ event, data: JSON.stringify(data), id: String(counter) }).catch(end);
          return true;
        },
      };
      if (!room.hub.add(sid, listener)) {
        await stream.writeSSE({
          event: 'error',
          data: JSON.stringify(refuse('tooManyListeners', 'too many live views')),
        });
        return;
      }
      streams.add(end);
      stream.onAbort(end);
      const revealed = s.revealed;
      listener.send('hello', {
        audience,
        session: room.sessionPublic(s),
        teams: room.teamsOf(sid),
        standings: audience === 'facilitator' || revealed ? room.standings(sid) : null,
      });
      const timer = setInterval(() => {
        if (open) stream.write(': keep-alive\n\n').catch(end);
      }, opts.keepAliveSeconds * 1000);
      try {
        await finished;
      } finally {
        clearInterval(timer);
        streams.delete(end);
        room.hub.remove(sid, listener);
        await stream.close().catch(() => undefined);
      }
    });
  });

  app.all('/api/*', (c) => fail(c, refuse('notFound', `no route ${c.req.method} ${c.req.path}`)));

  // ——— the game ———

  if (opts.distDir) {
    app.use('/*', serveStatic({ root: opts.distDir }));
  }
  app.notFound((c) => c.text('not found', 404));
  app.onError((e, c) => {
    process.stderr.write(
      `room: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    return fail(c, refuse('internal', 'internal error: the server has logged it'));
  });

  return {
    app,
    endStreams: () => {
      for (const end of [...streams]) end();
    },
  };
}
