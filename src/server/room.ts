// The live room's rules, apart from HTTP: sessions, teams, submissions and standings. Every
// submission is a replay re-run by the same `verifyReplay` the game and `npm run verify` use; only
// what it re-computes is believed, and only an accepted one is stored. The store is the truth; the
// maps here are a cache rebuilt from it at start, so a restart resumes every open session.
import { assess, type Scenario } from '../core';
import { plainAction, REPLAY_FORMAT, type Replay, type ScenarioLookup, verifyReplay } from '../replay';
import { type Challenge, parseChallengeInput } from './challenge';
import { EventHub, type ProgressEvent, type RoomEvent, type TeamPublic } from './events';
import { clientId, newId, newSecret, sameSecret, sha256, teamName } from './fields';
import { parInWorker } from './par';
import { type Refusal, refuse } from './refusal';
import type {
  AddSubmissionResult,
  NewSubmission,
  RoomStore,
  SessionRecord,
  SubmissionRecord,
  TeamRecord,
} from './store';

export interface RoomLimits {
  sessions: number;
  teamsPerSession: number;
  attemptsPerTeam: number;
  listenersPerSession: number;
  listenersTotal: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  sessions: 200,
  teamsPerSession: 500,
  attemptsPerTeam: 20,
  listenersPerSession: 600,
  listenersTotal: 2000,
};

/** What anyone may know of a session. */
export interface SessionPublic {
  id: string;
  challenge: Challenge;
  open: boolean;
  revealed: boolean;
  createdAt: number;
  teams: number;
  /** The search bot's score on this challenge (null while it is being computed). */
  par: number | null;
}

/** The acknowledgement of a stored (or already stored) submission. */
export interface Ack {
  id: string;
  attempt: string;
  seq: number;
  kind: 'checkpoint' | 'result';
  month: number;
  status: 'playing' | 'won' | 'lost';
  score: number | null;
  rating: string | null;
  provisionalScore: number;
  hash: string;
  counted: boolean;
  /** True when this id was already stored: nothing new was written. */
  duplicate: boolean;
}

export interface Standing {
  rank: number | null;
  teamId: string;
  name: string;
  joinedAt: number;
  /** The team's first finished game: the one that counts. */
  counted: ResultSummary | null;
  /** Later finished games. */
  practice: ResultSummary[];
  /** The latest submission of any attempt. */
  latest: { attempt: string; month: number; status: string; provisionalScore: number; seq: number } | null;
  attempts: number;
}

export interface ResultSummary {
  submissionId: string;
  attempt: string;
  seq: number;
  month: number;
  status: string;
  score: number;
  rating: string;
  hash: string;
  /** score − par (null while par is unknown). */
  versusPar: number | null;
}

/** Where a submission's time went (milliseconds), for the Server-Timing header. */
export interface SubmitTiming {
  /** Waiting behind other mutations. */
  wait: number;
  /** Re-running the replay (verifyReplay) and the room's checks. */
  verify: number;
  /** The store's transaction, durable on disk. */
  store: number;
}

interface AttemptState {
  /** Canonical JSON of the latest stored replay's actions: the next one must extend it. */
  actionsJson: string;
  finished: boolean;
}

/** A submission checked and started in the store, waiting for its commit. */
type Staged =
  | { existing: SubmissionRecord }
  | { stored: SubmissionRecord; pending: Promise<AddSubmissionResult>; stagedAt: number };

interface TeamState {
  record: TeamRecord;
  attempts: Map<string, AttemptState>;
  results: SubmissionRecord[];
  latest: SubmissionRecord | null;
}

const ackOf = (s: SubmissionRecord, duplicate: boolean): Ack => ({
  id: s.id,
  attempt: s.attempt,
  seq: s.seq,
  kind: s.kind,
  month: s.month,
  status: s.status,
  score: s.score,
  rating: s.rating,
  provisionalScore: s.provisionalScore,
  hash: s.hash,
  counted: s.counted,
  duplicate,
});

const withoutReplay = (s: SubmissionRecord): SubmissionRecord => ({ ...s, replay: '' });

/** `next` extends `prev` (both canonical JSON arrays): same actions first, then more. */
function extendsActions(prev: string, next: string): boolean {
  if (prev === '[]') return next.startsWith('[');
  return next.length > prev.length && next.startsWith(prev.slice(0, -1)) && next[prev.length - 1] === ',';
}

/**
 * Where a session's par is kept. Pars stored before the room took the session's term into account
 * (under `par:ID`) were the full term's for a shorter session: under a new key they are worked out again,
 * once, when an older room's data is opened.
 */
const parMetaKey = (sessionId: string) => `par-of-term:${sessionId}`;

export class Room {
  readonly hub: EventHub;
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly pars = new Map<string, number>();
  private readonly parPromises = new Map<string, Promise<number>>();
  private stopped = false;
  private readonly teams = new Map<string, TeamState>();
  private readonly teamsBySession = new Map<string, TeamState[]>();
  private roomKey = '';
  /** Mutations run one after another: checks and the write they guard see the same state. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The last write started: resolves once it (and so every earlier one) is durable. */
  private durable: Promise<unknown> = Promise.resolve();
  private failed = false;
  /**
   * Called once if a write fails in the store (a failed commit: a full or failing disk). The cache
   * then holds what the file may not: `npm run room` exits, and a restart rebuilds from the file.
   * Nothing was acknowledged that is not on disk.
   */
  onFatal: (e: unknown) => void = (e) => {
    process.stderr.write(`room: the store failed: ${e instanceof Error ? e.message : String(e)}\n`);
  };

  constructor(
    private readonly store: RoomStore,
    private readonly scenarios: ScenarioLookup,
    private readonly limits: RoomLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.hub = new EventHub(
      { perSession: limits.listenersPerSession, total: limits.listenersTotal },
      (id) => this.sessions.get(id)?.revealed ?? false,
    );
  }

  /** Opens the store and rebuilds the cache from it; creates the room key on first use. */
  async start(): Promise<void> {
    await this.store.init();
    this.roomKey = (await this.store.getMeta('roomKey')) ?? '';
    if (!this.roomKey) {
      this.roomKey = newSecret();
      await this.store.setMeta('roomKey', this.roomKey);
    }
    for (const s of await this.store.listSessions()) {
      this.sessions.set(s.id, s);
      this.teamsBySession.set(s.id, []);
      const par = await this.store.getMeta(parMetaKey(s.id));
      if (par !== null) this.pars.set(s.id, Number(par));
    }
    for (const s of this.sessions.values()) if (!this.pars.has(s.id)) void this.computePar(s);
    for (const t of await this.store.listTeams()) this.addTeamState(t);
    for (const s of this.sessions.values())
      for (const sub of await this.store.listSubmissions(s.id, false)) {
        const team = this.teams.get(sub.teamId);
        if (!team) continue;
        team.latest = sub;
        if (sub.kind === 'result') team.results.push(sub);
        if (!team.attempts.has(sub.attempt))
          team.attempts.set(sub.attempt, { actionsJson: '[]', finished: false });
      }
    for (const sub of await this.store.latestPerAttempt()) {
      const a = this.teams.get(sub.teamId)?.attempts.get(sub.attempt);
      if (!a) continue;
      a.actionsJson = JSON.stringify((JSON.parse(sub.replay) as Replay).actions);
      a.finished = sub.kind === 'result';
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.queue.catch(() => undefined);
    await this.durable;
    await this.store.close();
  }

  get key(): string {
    return this.roomKey;
  }

  limitsOf(): RoomLimits {
    return this.limits;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private addTeamState(t: TeamRecord): TeamState {
    const state: TeamState = { record: t, attempts: new Map(), results: [], latest: null };
    this.teams.set(t.id, state);
    const list = this.teamsBySession.get(t.sessionId);
    if (list) list.push(state);
    else this.teamsBySession.set(t.sessionId, [state]);
    return state;
  }

  // ——— who is asking ———

  isRoomKey(token: string | null): boolean {
    return token !== null && sameSecret(token, this.roomKey);
  }

  /** The session, if `token` is its secret or the room key. */
  facilitatorOf(sessionId: string, token: string | null): SessionRecord | Refusal {
    const s = this.sessions.get(sessionId);
    if (!s) return refuse('unknownSession', `no session "${sessionId}" in this room`);
    if (token === null)
      return refuse('missingToken', 'this needs the session secret (Authorization: Bearer …)');
    if (!sameSecret(token, s.secret) && !this.isRoomKey(token))
      return refuse('badSecret', 'not the secret of this session');
    return s;
  }

  /** The team whose token this is, in this session. */
  teamOf(sessionId: string, token: string | null): TeamState | Refusal {
    if (!this.sessions.has(sessionId))
      return refuse('unknownSession', `no session "${sessionId}" in this room`);
    if (token === null)
      return refuse('missingToken', "this needs the team's token (Authorization: Bearer …)");
    const dot = token.indexOf('.');
    const team = dot > 0 ? this.teams.get(token.slice(0, dot)) : undefined;
    // Compare even when the team is unknown, so timing tells nothing.
    const ok = sameSecret(sha256(token), team?.record.tokenHash ?? '0'.repeat(64));
    if (!team || !ok) return refuse('forgedToken', 'this token was not issued by this room');
    if (team.record.sessionId !== sessionId)
      return refuse('wrongSession', "this team's token belongs to another session");
    return team;
  }

  // ——— sessions ———

  sessionPublic(s: SessionRecord): SessionPublic {
    return {
      id: s.id,
      challenge: s.challenge,
      open: s.open,
      revealed: s.revealed,
      createdAt: s.createdAt,
      teams: this.teamsBySession.get(s.id)?.length ?? 0,
      par: this.pars.get(s.id) ?? null,
    };
  }

  session(id: string): SessionRecord | undefined {
    return this.sessions.get(id);
  }

  listSessions(): SessionRecord[] {
    return [...this.sessions.values()];
  }

  /** The session a team lands in from the room's address: the newest open one. */
  currentSession(): SessionRecord | null {
    let best: SessionRecord | null = null;
    for (const s of this.sessions.values()) if (s.open && (!best || s.createdAt >= best.createdAt)) best = s;
    return best;
  }

  createSession(body: Record<string, unknown>): Promise<SessionRecord | Refusal> {
    return this.serial(async () => {
      if (this.sessions.size >= this.limits.sessions)
        return refuse('tooManySessions', `this room holds at most ${this.limits.sessions} sessions`);
      const parsed = parseChallengeInput(body, this.scenarios);
      if (!parsed.ok)
        return refuse('malformed', `${parsed.field}: ${parsed.message}`, {
          field: parsed.field,
          ...(parsed.reason ? { reason: parsed.reason } : {}),
        });
      const s: SessionRecord = {
        id: newId(),
        secret: newSecret(),
        challenge: parsed.challenge,
        open: true,
        revealed: false,
        createdAt: this.now(),
      };
      await this.store.createSession(s);
      this.sessions.set(s.id, s);
      this.teamsBySession.set(s.id, []);
      this.computePar(s);
      return s;
    });
  }

  /** Par of a session's challenge, computed once (off the event loop) and kept in the store. */
  private computePar(s: SessionRecord): Promise<number> {
    let p = this.parPromises.get(s.id);
    if (p) return p;
    const same = [...this.sessions.values()].find(
      (o) =>
        o.challenge.scenarioId === s.challenge.scenarioId &&
        o.challenge.seed === s.challenge.seed &&
        o.challenge.months === s.challenge.months &&
        this.pars.has(o.id),
    );
    const scenario = this.scenarios(s.challenge.scenarioId) as Scenario;
    p = (
      same
        ? Promise.resolve(this.pars.get(same.id)!)
        : parInWorker(scenario, s.challenge.seed, s.challenge.months)
    ).then(async (par) => {
      this.pars.set(s.id, par);
      if (this.stopped) return par;
      await this.serial(() => this.store.setMeta(parMetaKey(s.id), String(par)));
      this.hub.publish(s.id, { type: 'par', par });
      return par;
    });
    this.parPromises.set(s.id, p);
    return p;
  }

  /** Resolves with the session's par once it is known. */
  parReady(sessionId: string): Promise<number> {
    const s = this.sessions.get(sessionId);
    if (!s) return Promise.reject(new Error(`no session ${sessionId}`));
    const known = this.pars.get(sessionId);
    return known !== undefined ? Promise.resolve(known) : this.computePar(s);
  }

  setOpen(s: SessionRecord, open: boolean): Promise<SessionRecord> {
    return this.serial(async () => {
      if (s.open !== open) {
        await this.store.updateSession(s.id, { open });
        s.open = open;
        this.hub.publish(s.id, { type: 'status', open });
      }
      return s;
    });
  }

  reveal(s: SessionRecord): Promise<SessionRecord> {
    return this.serial(async () => {
      if (!s.revealed) {
        await this.store.updateSession(s.id, { revealed: true });
        s.revealed = true;
        this.hub.publish(s.id, { type: 'reveal' });
      }
      return s;
    });
  }

  // ——— teams ———

  join(
    sessionId: string,
    body: Record<string, unknown>,
  ): Promise<{ team: TeamPublic; token: string; session: SessionPublic } | Refusal> {
    const staged = this.serial(async () => {
      const s = this.sessions.get(sessionId);
      if (!s) return refuse('unknownSession', `no session "${sessionId}" in this room`);
      if (!s.open)
        return refuse('closed', 'this session is closed: the facilitator has stopped taking teams');
      const name = teamName(body.name);
      if ('error' in name) return name;
      const list = this.teamsBySession.get(s.id) ?? [];
      if (list.length >= this.limits.teamsPerSession)
        return refuse('tooManyTeams', `this session holds at most ${this.limits.teamsPerSession} teams`);
      // Checked here against the cache (the store's unique index says the same once committed), so
      // the next join need not wait for this one's commit.
      if (list.some((t) => t.record.nameKey === name.key))
        return refuse('nameTaken', `a team named "${name.name}" has already joined this session`);
      const id = newId();
      const token = `${id}.${newSecret()}`;
      const record: TeamRecord = {
        id,
        sessionId: s.id,
        name: name.name,
        nameKey: name.key,
        tokenHash: sha256(token),
        joinedAt: this.now(),
      };
      const pending = this.track(this.store.addTeam(record));
      this.addTeamState(record);
      return { pending, record, token, s };
    });
    return staged.then(async (r) => {
      if ('error' in r) return r;
      if ((await r.pending) === 'nameTaken') {
        const e = new Error(`the store refused team ${r.record.id}'s name, which the room's cache allowed`);
        this.fatal(e);
        throw e;
      }
      const team: TeamPublic = { teamId: r.record.id, name: r.record.name, joinedAt: r.record.joinedAt };
      this.hub.publish(r.s.id, { type: 'joined', team });
      return { team, token: r.token, session: this.sessionPublic(r.s) };
    });
  }

  teamsOf(sessionId: string): TeamPublic[] {
    return (this.teamsBySession.get(sessionId) ?? []).map((t) => ({
      teamId: t.record.id,
      name: t.record.name,
      joinedAt: t.record.joinedAt,
    }));
  }

  // ——— submissions ———

  /**
   * Checks, verifies and stores one submission `{id, attempt, replay}` of `team`. Order: fields →
   * a stored id (the retry of a lost acknowledgement: the first answer again) → session open →
   * verifyReplay → this session's challenge → a month's end or the term's → extends its attempt.
   */
  submit(team: TeamState, body: Record<string, unknown>, timing?: SubmitTiming): Promise<Ack | Refusal> {
    const queued = performance.now();
    const staged = this.serial(async (): Promise<Staged | Refusal> => {
      const started = performance.now();
      if (timing) timing.wait = started - queued;
      const id = clientId(body.id, 'id');
      if (typeof id !== 'string') return id;
      const attempt = clientId(body.attempt, 'attempt');
      if (typeof attempt !== 'string') return attempt;
      const s = this.sessions.get(team.record.sessionId)!;

      const checked = this.check(s, body.replay);
      const verified = performance.now();
      if (timing) timing.verify = verified - started;
      const bodyHash = 'error' in checked ? '' : sha256(`${attempt}\n${checked.replayJson}`);
      const existing = await this.store.getSubmission(team.record.id, id);
      if (existing) {
        if (existing.bodyHash !== bodyHash)
          return refuse('idReused', `submission id "${id}" was already used for another replay`);
        return { existing };
      }
      if (!s.open) return refuse('closed', 'submissions to this session are closed');
      if ('error' in checked) return checked;

      let a = team.attempts.get(attempt);
      if (!a) {
        if (team.attempts.size >= this.limits.attemptsPerTeam)
          return refuse(
            'tooManyAttempts',
            `a team may play at most ${this.limits.attemptsPerTeam} games a session`,
          );
        a = { actionsJson: '[]', finished: false };
      }
      if (a.finished) return refuse('attemptFinished', `attempt "${attempt}" has already sent its result`);
      if (!extendsActions(a.actionsJson, checked.actionsJson))
        return refuse(
          'notAContinuation',
          `this replay does not continue attempt "${attempt}": its actions must start with the ones already sent`,
        );

      const counted = checked.kind === 'result' && !team.results.some((r) => r.counted);
      const sub: NewSubmission = {
        id,
        teamId: team.record.id,
        sessionId: s.id,
        attempt,
        kind: checked.kind,
        month: checked.month,
        status: checked.status,
        score: checked.score,
        rating: checked.rating,
        provisionalScore: checked.provisionalScore,
        hash: checked.hash,
        actionCount: checked.actionCount,
        counted,
        bodyHash,
        replay: checked.replayJson,
        receivedAt: this.now(),
      };
      // Started, not awaited: the store commits it with the writes that follow in this turn (group
      // commit) and resolves once it is on disk. The cache takes it now, so the next submission is
      // checked against it; the team is answered, and the room told, only after the commit.
      const stagedAt = performance.now();
      const pending = this.track(this.store.addSubmission(sub));
      const stored: SubmissionRecord = { ...sub, seq: 0, replay: '' };
      team.attempts.set(attempt, { actionsJson: checked.actionsJson, finished: checked.kind === 'result' });
      team.latest = stored;
      if (stored.kind === 'result') team.results.push(stored);
      return { stored, pending, stagedAt };
    });
    return staged.then(async (r): Promise<Ack | Refusal> => {
      if ('error' in r) return r;
      if ('existing' in r) {
        // The first answer again, once whatever this room has written is on disk.
        await this.durable;
        return ackOf(r.existing, true);
      }
      const done = await r.pending;
      if (timing) timing.store = performance.now() - r.stagedAt;
      if (!done.stored) {
        const e = new Error(
          `the store already held submission ${r.stored.id}, which the room's cache did not`,
        );
        this.fatal(e);
        throw e;
      }
      r.stored.seq = done.seq;
      const stored = r.stored;
      const progress: ProgressEvent = {
        teamId: team.record.id,
        name: team.record.name,
        attempt: stored.attempt,
        kind: stored.kind,
        month: stored.month,
        status: stored.status,
        score: stored.score,
        rating: stored.rating,
        provisionalScore: stored.provisionalScore,
        counted: stored.counted,
        seq: stored.seq,
      };
      const event: RoomEvent =
        stored.kind === 'result' ? { type: 'result', progress } : { type: 'checkpoint', progress };
      this.hub.publish(stored.sessionId, event);
      return ackOf(stored, false);
    });
  }

  /**
   * Remembers a write the room started: reads and repeated answers wait for it. A write that fails
   * (the disk, not a rule) leaves the cache ahead of the file: the room stops (`fatal`).
   */
  private track<T>(write: Promise<T>): Promise<T> {
    const watched = write.catch((e: unknown) => {
      this.fatal(e);
      throw e;
    });
    this.durable = watched.catch(() => undefined);
    return watched;
  }

  private fatal(e: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.onFatal(e);
  }

  /** Verifies a replay for session `s`: what it proves, or the refusal. Pure CPU, no store. */
  private check(s: SessionRecord, replay: unknown) {
    if (typeof replay !== 'object' || replay === null || Array.isArray(replay))
      return refuse('malformed', 'replay: expected a replay object {format, rulesVersion, …}', {
        field: 'replay',
      });
    const v = verifyReplay(replay, this.scenarios);
    if (!v.ok) {
      const code = v.reason.code;
      const error =
        code === 'wrongFormat' || code === 'wrongRulesVersion' || code === 'scenarioChanged'
          ? 'foreignVersion'
          : code === 'illegalAction'
            ? 'illegalAction'
            : code === 'resultDiffers'
              ? 'resultDiffers'
              : code === 'unknownScenario'
                ? 'wrongChallenge'
                : code === 'internalError'
                  ? 'internal'
                  : 'malformed';
      return refuse(error, v.reason.message, {
        reason: code,
        ...(code === 'malformedField' ? { field: `replay.${v.reason.field}` } : {}),
      });
    }
    const r = replay as Replay;
    const c = s.challenge;
    if (
      r.scenarioId !== c.scenarioId ||
      r.seed !== c.seed ||
      v.state.maxTurns !== c.months ||
      (r.level ?? 1) !== 1
    )
      return refuse(
        'wrongChallenge',
        `this replay is of ${JSON.stringify(r.scenarioId)} seed ${JSON.stringify(r.seed)} over ${v.state.maxTurns} months` +
          `${(r.level ?? 1) !== 1 ? ` at level ${r.level}` : ''}; ` +
          `this session plays ${JSON.stringify(c.scenarioId)} seed ${JSON.stringify(c.seed)} over ${c.months} months at level 1`,
      );
    const actions = r.actions.map((a) => plainAction(a));
    const month = actions.filter((a) => a.type === 'endMonth').length;
    const kind = v.status === 'playing' ? ('checkpoint' as const) : ('result' as const);
    if (kind === 'checkpoint' && actions[actions.length - 1]?.type !== 'endMonth')
      return refuse(
        'notAMonthEnd',
        'a checkpoint is sent at the end of a month: its last action must be endMonth',
      );
    const normalised: Replay = {
      format: REPLAY_FORMAT,
      rulesVersion: r.rulesVersion,
      scenarioId: r.scenarioId,
      scenarioHash: r.scenarioHash,
      seed: r.seed,
      // The term and the level decide the game: without them a 6-month session's replay would be
      // re-verified as a 12-month one (and refused) by `npm run verify`.
      ...(r.months !== undefined ? { months: r.months } : {}),
      ...(r.level !== undefined ? { level: r.level } : {}),
      actions,
      result: { score: v.score, rating: v.rating, status: v.status, hash: v.hash },
    };
    return {
      kind,
      month,
      status: v.status,
      score: v.score,
      rating: v.rating,
      hash: v.hash,
      provisionalScore: v.state.assessment?.score ?? assess(v.state, v.state.scenario).score,
      actionCount: actions.length,
      actionsJson: JSON.stringify(actions),
      replayJson: JSON.stringify(normalised),
    };
  }

  // ——— reading ———

  /** Ranked standings: counted results by score (equal scores share a rank), then the rest. */
  standings(sessionId: string): Standing[] {
    const par = this.pars.get(sessionId) ?? null;
    const summary = (r: SubmissionRecord): ResultSummary => ({
      submissionId: r.id,
      attempt: r.attempt,
      seq: r.seq,
      month: r.month,
      status: r.status,
      score: r.score ?? 0,
      rating: r.rating ?? 'fail',
      hash: r.hash,
      versusPar: par === null ? null : (r.score ?? 0) - par,
    });
    const rows: Standing[] = (this.teamsBySession.get(sessionId) ?? []).map((t) => {
      const counted = t.results.find((r) => r.counted);
      return {
        rank: null,
        teamId: t.record.id,
        name: t.record.name,
        joinedAt: t.record.joinedAt,
        counted: counted ? summary(counted) : null,
        practice: t.results.filter((r) => !r.counted).map(summary),
        latest: t.latest
          ? {
              attempt: t.latest.attempt,
              month: t.latest.month,
              status: t.latest.status,
              provisionalScore: t.latest.provisionalScore,
              seq: t.latest.seq,
            }
          : null,
        attempts: t.attempts.size,
      };
    });
    rows.sort(
      (a, b) =>
        (b.counted ? 1 : 0) - (a.counted ? 1 : 0) ||
        (b.counted?.score ?? 0) - (a.counted?.score ?? 0) ||
        (a.counted?.seq ?? 0) - (b.counted?.seq ?? 0) ||
        (b.latest?.month ?? -1) - (a.latest?.month ?? -1) ||
        a.joinedAt - b.joinedAt,
    );
    let rank = 0;
    rows.forEach((row, i) => {
      if (!row.counted) return;
      const prev = rows[i - 1];
      rank = prev?.counted && prev.counted.score === row.counted.score ? rank : i + 1;
      row.rank = rank;
    });
    return rows;
  }

  /** Everything stored for a session (the export), replays included. */
  async exportSession(s: SessionRecord) {
    await this.durable;
    return {
      format: 'community-secretary-room-export',
      version: 1,
      session: this.sessionPublic(s),
      teams: this.teamsOf(s.id),
      standings: this.standings(s.id),
      submissions: await this.store.listSubmissions(s.id, true),
    };
  }

  /** Submissions without replays (the facilitator's list, or one team's own). */
  async submissions(sessionId: string, teamId?: string): Promise<SubmissionRecord[]> {
    await this.durable;
    const all = await this.store.listSubmissions(sessionId, false);
    return (teamId ? all.filter((x) => x.teamId === teamId) : all).map(withoutReplay);
  }

  /** One stored replay (parsed), by team and submission id. */
  async replay(
    teamId: string,
    submissionId: string,
  ): Promise<{ record: SubmissionRecord; replay: Replay } | null> {
    await this.durable;
    const r = await this.store.getSubmission(teamId, submissionId);
    return r ? { record: withoutReplay(r), replay: JSON.parse(r.replay) as Replay } : null;
  }

  team(teamId: string): TeamState | undefined {
    return this.teams.get(teamId);
  }
}

export type { TeamState };
