// The live room (docs/room-api.md) seen by the facilitator: the room key from `#facilitator=KEY`
// (sent only in the Authorization header), the sessions, one session's teams and submissions kept
// current by its facilitator event stream, and the same results view as offline.

import { challengeCode, freshSeed, makeChallenge } from '../codes';
import { newGame } from '../core';
import { h } from '../dom/h';
import { bundledScenario } from '../scenarios/bundled';
import {
  type Game,
  gameOptions,
  monthHealthFrom,
  type SessionChallenge,
  monthScores as scoresOf,
} from '../view/ranking';
import { guideButton } from './guideButton';
import type { Shell } from './index';
import { type ParAnswer, parOf } from './par';
import { loadLiveSession, saveLiveSession } from './session';
import { ft } from './text';
import { codeField, monthsSelect, qrImage, renderResults, scenarioSelect, scenarioTitle } from './view';

interface SessionPublic {
  id: string;
  challenge: SessionChallenge;
  open: boolean;
  revealed: boolean;
  createdAt: number;
  teams: number;
  par: number | null;
}
interface SessionWithLinks extends SessionPublic {
  secret: string;
  links: { join: string; facilitator: string };
}
interface Team {
  teamId: string;
  name: string;
  joinedAt: number;
}
interface Submission {
  seq: number;
  id: string;
  teamId: string;
  attempt: string;
  kind: 'checkpoint' | 'result';
  month: number;
  status: Game['status'];
  score: number | null;
  rating: Game['rating'];
  provisionalScore: number;
  hash: string;
}

class RoomError extends Error {
  /** The room could not be reached at all (no answer), as opposed to an answer refusing the request. */
  unreachable = false;
}

/** Local HH:MM, with the date (MM-DD) in front when it is not today's. */
function openedAt(at: number, now: Date): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`;
  return d.toDateString() === now.toDateString() ? time : `${p(d.getMonth() + 1)}-${p(d.getDate())} ${time}`;
}

/**
 * A session in the room's list. Sessions of one challenge (a morning's and an afternoon's) share its
 * scenario and seed, so the line also says when each was opened, how many teams joined, and whether
 * submissions are closed or the ranking revealed.
 */
export function sessionLabel(
  x: Pick<SessionPublic, 'challenge' | 'createdAt' | 'teams' | 'open' | 'revealed'>,
  now: Date,
): string {
  const parts = [
    scenarioTitle(x.challenge.scenarioId),
    x.challenge.seed,
    ft('liveOpenedAt', { time: openedAt(x.createdAt, now) }),
    ft('liveTeams', { n: x.teams }),
  ];
  if (x.revealed) parts.push(ft('revealed'));
  else if (!x.open) parts.push(ft('liveIsClosed'));
  return parts.join(' · ');
}

function api(key: string) {
  return async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let r: Response;
    try {
      r = await fetch(path, {
        method,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch {
      const e = new RoomError(ft('liveOffline'));
      e.unreachable = true;
      throw e;
    }
    const json = (await r.json().catch(() => null)) as { message?: string; error?: string } | null;
    if (!r.ok) throw new RoomError(json?.message ?? json?.error ?? `HTTP ${r.status}`);
    return json as T;
  };
}

/** The room's submissions as games: one per attempt, its months' provisional scores, its last state. */
export function gamesOf(
  challenge: SessionChallenge,
  subs: readonly Submission[],
  teams: readonly Team[],
  actions: ReadonlyMap<string, Game['actions']>,
): Game[] {
  const names = new Map(teams.map((t) => [t.teamId, t.name]));
  const attempts = new Map<string, Submission[]>();
  for (const s of [...subs].sort((a, b) => a.seq - b.seq)) {
    const k = `${s.teamId}|${s.attempt}`;
    attempts.set(k, [...(attempts.get(k) ?? []), s]);
  }
  const games: Game[] = [];
  for (const list of attempts.values()) {
    const last = list[list.length - 1]!;
    const known = actions.get(last.id) ?? null;
    const sc = bundledScenario(challenge.scenarioId);
    // Exact from the actions once the replay is here; until then the checkpoints' scores, a month a
    // team's retry queue skipped carrying the one before (the line stays whole, never drops to 0).
    let monthScores: number[];
    if (known && sc) monthScores = scoresOf(sc, challenge, known);
    else {
      const sparse: (number | undefined)[] = [];
      for (const s of list) if (s.month >= 1) sparse[s.month - 1] = s.score ?? s.provisionalScore;
      monthScores = [];
      for (let i = 0; i < sparse.length; i++) monthScores.push(sparse[i] ?? monthScores[i - 1] ?? 0);
    }
    const monthHealth =
      known && sc
        ? monthHealthFrom(newGame(sc, challenge.seed, gameOptions(challenge)), known).map((x) => x.health)
        : undefined;
    games.push({
      ...(monthHealth ? { monthHealth } : {}),
      id: last.attempt,
      team: names.get(last.teamId) ?? last.teamId,
      seq: last.seq,
      // The room's order of arrival is its record: a team's browser's own count is not asked for.
      attempt: null,
      months: last.month,
      status: last.status,
      score: last.score,
      rating: last.rating,
      hash: last.hash,
      monthScores,
      actions: actions.get(last.id) ?? null,
    });
  }
  return games;
}

export function openLive(shell: Shell, key: string): () => void {
  const call = api(key);
  let disposed = false;
  let error = '';
  /** The error is only that the room cannot be reached: the reconnecting line says so already. */
  let unreachable = false;
  let sessions: SessionWithLinks[] = [];
  let current: SessionWithLinks | null = null;
  let teams: Team[] = [];
  let subs: Submission[] = [];
  const actions = new Map<string, Game['actions']>();
  let par: ParAnswer | null = null;
  let stream: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  let connected = false;
  let resultsHost: HTMLElement | null = null;
  let statusHost: HTMLElement | null = null;

  const fail = (e: unknown) => {
    error = e instanceof Error ? e.message : String(e);
    unreachable = e instanceof RoomError && e.unreachable;
    paintStatus();
  };

  const listSessions = async () => {
    try {
      sessions = (await call<{ sessions: SessionWithLinks[] }>('GET', '/api/sessions')).sessions;
      error = '';
    } catch (e) {
      fail(e);
    }
  };

  const openSession = async (s: SessionWithLinks) => {
    current = s;
    teams = [];
    subs = [];
    par = null;
    void saveLiveSession(s.id);
    render();
    void parOf(s.challenge).then((p) => {
      if (disposed || current?.id !== s.id) return;
      par = p;
      paintResults();
    });
    await refresh();
    connect();
  };

  const closeStream = () => {
    stream?.close();
    stream = null;
    if (retry) clearTimeout(retry);
    retry = null;
  };

  const connect = async () => {
    closeStream();
    const s = current;
    if (!s || disposed) return;
    try {
      const { ticket } = await call<{ ticket: string }>('POST', `/api/sessions/${s.id}/tickets`);
      if (disposed || current !== s) return;
      stream = new EventSource(`/api/sessions/${s.id}/events?ticket=${encodeURIComponent(ticket)}`);
      const onEvent = () => {
        connected = true;
        scheduleRefresh();
      };
      for (const name of ['hello', 'joined', 'checkpoint', 'result', 'status', 'par', 'reveal'])
        stream.addEventListener(name, onEvent);
      stream.onerror = () => {
        // A facilitator's stream needs a fresh ticket to reconnect: close it and ask again.
        connected = false;
        paintStatus();
        closeStream();
        retry = setTimeout(() => void connect(), 2000);
      };
    } catch (e) {
      fail(e);
      connected = false;
      retry = setTimeout(() => void connect(), 3000);
    }
  };

  const scheduleRefresh = () => {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void refresh();
    }, 150);
  };

  const refresh = async () => {
    const s = current;
    if (!s) return;
    try {
      const [one, list] = await Promise.all([
        call<{ session: SessionPublic; teams: Team[] }>('GET', `/api/sessions/${s.id}`),
        call<{ submissions: Submission[] }>('GET', `/api/sessions/${s.id}/submissions`),
      ]);
      if (current !== s || disposed) return;
      Object.assign(s, one.session);
      teams = one.teams;
      subs = list.submissions;
      error = '';
      paintStatus();
      paintResults();
      await fetchActions(s);
    } catch (e) {
      fail(e);
    }
  };

  /** The actions of each attempt's latest submission (for the first month off par), fetched once each. */
  const fetchActions = async (s: SessionWithLinks) => {
    const latest = new Map<string, Submission>();
    for (const x of subs) {
      const k = `${x.teamId}|${x.attempt}`;
      const prev = latest.get(k);
      if (!prev || x.seq > prev.seq) latest.set(k, x);
    }
    let changed = false;
    for (const x of latest.values()) {
      if (actions.has(x.id)) continue;
      try {
        const r = await call<{ replay: { actions: Game['actions'] } }>(
          'GET',
          `/api/sessions/${s.id}/replays/${x.teamId}/${x.id}`,
        );
        actions.set(x.id, r.replay.actions);
        changed = true;
      } catch {
        // Shown without its divergence until the next refresh.
      }
    }
    if (changed && current === s && !disposed) paintResults();
  };

  const paintResults = () => {
    const s = current;
    if (!s || !resultsHost) return;
    renderResults(
      resultsHost,
      {
        challenge: s.challenge,
        code: null,
        teams: teams.map((t) => t.name),
        games: gamesOf(s.challenge, subs, teams, actions),
        revealed: s.revealed,
        par,
        serverPar: s.par,
      },
      {
        reveal: async () => {
          try {
            const r = await call<{ session: SessionPublic }>('POST', `/api/sessions/${s.id}/reveal`);
            Object.assign(s, r.session);
            paintResults();
          } catch (e) {
            fail(e);
          }
        },
      },
    );
  };

  const paintStatus = () => {
    if (!statusHost) return;
    const s = current;
    // While the room cannot be reached the view does not know whether it takes submissions: it says what
    // it last knew, as such, and the dot goes out (the alert below says it is reconnecting).
    const down = !connected && stream === null;
    const state = s?.open ? ft('liveIsOpen') : ft('liveIsClosed');
    statusHost.replaceChildren(
      s
        ? h(
            'p',
            { class: 'fac-live-status', 'data-key': 'live-status' },
            h('span', { class: s.open && !down ? 'fac-dot on' : 'fac-dot' }, ''),
            `${down ? ft('liveLastKnown', { state }) : state} · ${ft('liveTeams', { n: teams.length })}`,
          )
        : '',
      s && down ? h('p', { class: 'fac-alert', role: 'status' }, ft('liveOffline')) : '',
      error && !(unreachable && s && down)
        ? h('p', { class: 'fac-alert', role: 'alert' }, ft('liveError', { message: error }))
        : '',
    );
  };

  const createForm = (): HTMLElement => {
    const codeInput = codeField('fac-live-code', 'live-code');
    const select = scenarioSelect('fac-live-scenario', 'live-scenario');
    const seed = codeField('fac-live-seed', 'live-seed');
    // The term as in the offline view: the guide's 45-minute plan plays a shorter one.
    const months = monthsSelect(select, 'fac-live-months', 'live-months');
    const create = async (body: unknown) => {
      try {
        const r = await call<{ session: SessionPublic; secret: string; links: SessionWithLinks['links'] }>(
          'POST',
          '/api/sessions',
          body,
        );
        await openSession({ ...r.session, secret: r.secret, links: r.links });
      } catch (e) {
        fail(e);
      }
    };
    return h(
      'div',
      { class: 'fac-setup' },
      h(
        'form',
        {
          class: 'fac-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            void create({ code: codeInput.value.trim() });
          },
        },
        h('label', { for: 'fac-live-code', class: 'fac-label' }, ft('challengeCode')),
        codeInput,
        h(
          'button',
          { type: 'submit', class: 'fac-button primary', 'data-key': 'live-create' },
          ft('liveCreate'),
        ),
      ),
      h(
        'form',
        {
          class: 'fac-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            const sc = bundledScenario(select.value);
            if (!sc) return;
            const made = makeChallenge(
              sc,
              seed.value.trim() || freshSeed(crypto.getRandomValues(new Uint8Array(6))),
              Number(months.value),
            );
            if (!made.ok) return fail(new Error(made.refusal.message));
            void create({ code: challengeCode(made.challenge) });
          },
        },
        h('p', { class: 'fac-label' }, ft('orChoose')),
        h('label', { for: 'fac-live-scenario' }, ft('scenario')),
        h(
          'div',
          { class: 'fac-row fac-scenario-row' },
          select,
          guideButton(() => select.value),
        ),
        h('label', { for: 'fac-live-seed' }, ft('seed')),
        seed,
        h('label', { for: 'fac-live-months' }, ft('months')),
        months,
        h(
          'button',
          { type: 'submit', class: 'fac-button', 'data-key': 'live-create-choose' },
          ft('liveCreate'),
        ),
      ),
    );
  };

  const render = () => {
    if (disposed) return;
    shell.main.replaceChildren();
    statusHost = h('div', { class: 'fac-status' });
    resultsHost = null;
    const s = current;
    if (!s) {
      shell.main.append(
        statusHost,
        createForm(),
        h(
          'section',
          { class: 'fac-sessions' },
          h('h2', null, ft('liveSessions')),
          sessions.length
            ? h(
                'ul',
                null,
                [...sessions].reverse().map((x) =>
                  h(
                    'li',
                    null,
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'fac-button',
                        'data-key': `open-${x.id}`,
                        onclick: () => void openSession(x),
                      },
                      `${ft('liveOpen')} · ${sessionLabel(x, new Date())}`,
                    ),
                  ),
                ),
              )
            : h('p', null, ft('liveNone')),
        ),
      );
      paintStatus();
      return;
    }
    resultsHost = h('div', { class: 'fac-results' });
    const qr = qrImage(s.links.join, `${ft('liveJoin')} ${s.links.join}`);
    shell.main.append(
      h(
        'section',
        { class: 'fac-challenge' },
        h(
          'div',
          { class: 'fac-challenge-text' },
          h('p', { class: 'fac-help' }, ft('liveJoin')),
          h('p', { class: 'fac-code fac-join', 'data-key': 'join-link' }, s.links.join),
          h(
            'p',
            { class: 'fac-challenge-meta' },
            `${scenarioTitle(s.challenge.scenarioId)} · ${ft('seedShort')} ${s.challenge.seed} · ${ft('monthsN', { n: s.challenge.months })}`,
          ),
          statusHost,
        ),
        qr,
        h(
          'div',
          { class: 'fac-live-buttons no-print' },
          h(
            'button',
            {
              type: 'button',
              class: 'fac-button',
              'data-key': 'live-toggle',
              onclick: async () => {
                try {
                  const r = await call<{ session: SessionPublic }>(
                    'POST',
                    `/api/sessions/${s.id}/${s.open ? 'close' : 'open'}`,
                  );
                  Object.assign(s, r.session);
                  render();
                } catch (e) {
                  fail(e);
                }
              },
            },
            s.open ? ft('liveCloseSubs') : ft('liveOpenSubs'),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'fac-button',
              'data-key': 'live-back',
              onclick: async () => {
                closeStream();
                current = null;
                void saveLiveSession(null);
                await listSessions();
                render();
              },
            },
            ft('liveBack'),
          ),
        ),
      ),
      resultsHost,
    );
    paintStatus();
    paintResults();
  };

  shell.onLang(render);
  void (async () => {
    await listSessions();
    const last = await loadLiveSession();
    const again = sessions.find((x) => x.id === last);
    if (again) await openSession(again);
    else render();
  })();
  return () => {
    disposed = true;
    closeStream();
    if (refreshTimer) clearTimeout(refreshTimer);
  };
}
