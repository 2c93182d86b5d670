// The team side of a live room, without the DOM: find the session, join it, and turn every month's
// end and the term's end of the session's game into a queued submission (the replay, never a score)
// that the sender delivers. The panel (./panel.ts) draws what `view` says.
import type { StoreChange } from '../app/store';
import { normaliseTeam } from '../codes/team';
import { RULES_VERSION } from '../core';
import { type RoomApi, type SessionInfo, sessionOf } from './api';
import { type RoomLink, randomId } from './link';
import {
  forgetMembership,
  type Membership,
  queueKey,
  readLastSession,
  readMembership,
  writeLastSession,
  writeMembership,
} from './membership';
import { SubmissionQueue } from './queue';
import { Sender, type SenderStatus, type Timers } from './sender';

/**
 * Something the room (or the team's own name check) refused: a code the page words in the player's
 * language (src/room/text.ts roomProblemText) and the room's own line, shown for a code it does not know.
 */
export interface RoomProblem {
  code: string;
  message: string;
}

export type Phase =
  | { kind: 'connecting' }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'otherRules'; room: number }
  | { kind: 'noSession' }
  | { kind: 'join'; session: SessionInfo; error: RoomProblem | null; busy: boolean }
  | { kind: 'joined'; session: SessionInfo };

export interface RoomView {
  phase: Phase;
  member: Membership | null;
  sent: number;
  pending: number;
  sender: SenderStatus;
  /** The last refusal of a submission. */
  refusal: RoomProblem | null;
  /** The game on screen is not the session's challenge: nothing of it is sent. */
  offChallenge: boolean;
  /** The queue lives in memory only (the browser refused the write). */
  unsaved: boolean;
  /** After the facilitator's reveal: this team's rank among the ranked teams (null before). */
  rank: { rank: number; of: number } | null;
}

/** What the room client needs of the game store. */
export interface GameSource {
  subscribe(fn: (c: StoreChange) => void): () => void;
  replayText(): string | null;
}

export interface RoomClientOptions {
  api: RoomApi;
  storage: Storage | null;
  link: RoomLink;
  timers?: Timers;
}

const matches = (c: StoreChange, m: Membership): boolean =>
  c.state.scenarioId === m.challenge.scenarioId &&
  c.state.seed === m.challenge.seed &&
  c.state.maxTurns === m.challenge.months;

export class RoomClient {
  phase: Phase = { kind: 'connecting' };
  member: Membership | null = null;
  refusal: RoomProblem | null = null;
  offChallenge = false;
  rank: { rank: number; of: number } | null = null;
  private queue: SubmissionQueue | null = null;
  private sender: Sender | null = null;
  private listeners = new Set<() => void>();
  private connecting = false;

  constructor(private readonly o: RoomClientOptions) {}

  onView(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  get view(): RoomView {
    return {
      phase: this.phase,
      member: this.member,
      sent: this.queue?.sent ?? 0,
      pending: this.queue?.entries.length ?? 0,
      sender: this.sender?.status ?? 'idle',
      refusal: this.refusal,
      offChallenge: this.offChallenge,
      unsaved: this.queue ? !this.queue.persisted : false,
      rank: this.rank,
    };
  }

  /** Asks the room for its session (again: the retry button, the browser back online). */
  async connect(): Promise<void> {
    if (this.phase.kind === 'joined' || this.connecting) return;
    this.connecting = true;
    try {
      await this.connectOnce();
    } finally {
      this.connecting = false;
    }
  }

  private async connectOnce(): Promise<void> {
    const id = this.o.link.sessionId;
    // A team that joined before plays on and queues its months even while the room is unreachable:
    // its membership is in this browser, and the sender delivers when the room answers again.
    const resumed = readMembership(this.o.storage, id ?? readLastSession(this.o.storage) ?? '');
    if (resumed) {
      this.adopt(resumed, {
        id: resumed.sessionId,
        challenge: resumed.challenge,
        open: true,
        revealed: false,
        teams: 0,
      });
      const s = await this.o.api.session(resumed.sessionId);
      if (!s.ok && s.network) return;
      if (s.ok && s.value) this.updateSession(s.value);
      const stale = !(s.ok && s.value?.open);
      // `/#room` on a browser that joined an earlier session, now closed or gone, with nothing left
      // to send: the room's current session is offered instead (the old membership stays stored).
      if (id !== null || !stale || this.view.pending > 0) return;
      this.release();
    }
    this.set({ kind: 'connecting' });
    const room = await this.o.api.room();
    if (!room.ok) {
      this.set({ kind: 'unreachable', reason: room.network ? room.message : `${room.error}` });
      return;
    }
    if (room.value.rulesVersion !== RULES_VERSION) {
      this.set({ kind: 'otherRules', room: room.value.rulesVersion });
      return;
    }
    let session = room.value.current;
    if (id !== null) {
      const s = await this.o.api.session(id);
      if (!s.ok && s.network) {
        this.set({ kind: 'unreachable', reason: s.message });
        return;
      }
      session = s.ok ? s.value : null;
    }
    if (!session) {
      this.set({ kind: 'noSession' });
      return;
    }
    const known = readMembership(this.o.storage, session.id);
    if (known) {
      this.adopt(known, session);
      return;
    }
    this.set({ kind: 'join', session, error: null, busy: false });
  }

  /** The team's name as typed: normalised and bounded here as src/codes does, then by the room (which says why it refuses). */
  async join(nameInput: string): Promise<void> {
    if (this.phase.kind !== 'join' || this.phase.busy) return;
    const session = this.phase.session;
    // The same normal form and bounds as a result code's team (src/codes); the room checks again.
    const checked = normaliseTeam(nameInput);
    if (!checked.ok) {
      const code = checked.reason === 'control' ? 'teamControl' : 'teamLong';
      this.set({ kind: 'join', session, error: { code, message: checked.message }, busy: false });
      return;
    }
    const name = checked.team;
    if (name === '') {
      this.set({ kind: 'join', session, error: { code: 'nameEmpty', message: 'empty' }, busy: false });
      return;
    }
    this.set({ kind: 'join', session, error: null, busy: true });
    const a = await this.o.api.join(session.id, name);
    if (!a.ok) {
      this.set({
        kind: 'join',
        session,
        error: a.network ? { code: 'network', message: a.message } : { code: a.error, message: a.message },
        busy: false,
      });
      return;
    }
    const m: Membership = {
      sessionId: session.id,
      teamId: a.value.teamId,
      name: a.value.name,
      token: a.value.token,
      challenge: session.challenge,
      attempt: null,
    };
    writeMembership(this.o.storage, m);
    this.adopt(m, { ...session, teams: session.teams + 1 });
  }

  /** Watches the game: each accepted month end of the session's challenge becomes a queued checkpoint,
   * the term's end its result. */
  watch(game: GameSource): () => void {
    return game.subscribe((c) => this.onGame(c, game));
  }

  /** Send now (back online, page visible again). */
  kick(): void {
    this.sender?.kick();
    if (this.phase.kind === 'unreachable') void this.connect();
  }

  /** Reads a session from an event or an answer (open/closed, revealed). */
  updateSession(v: unknown): void {
    const s = sessionOf(v);
    if (s && this.phase.kind === 'joined' && s.id === this.phase.session.id)
      this.set({ kind: 'joined', session: s });
  }

  /** After the reveal (the room says so): the public standings, read for this team's rank only. */
  async readRank(): Promise<void> {
    const m = this.member;
    if (!m) return;
    const a = await this.o.api.call('GET', `/api/sessions/${encodeURIComponent(m.sessionId)}/standings`);
    if (!a.ok) return;
    const list = (a.value as { standings?: unknown } | null)?.standings;
    if (!Array.isArray(list)) return;
    const ranked = list.filter((x) => Number.isSafeInteger(x?.rank) && x?.counted);
    const mine = ranked.find((x) => x.teamId === m.teamId);
    this.rank = mine ? { rank: mine.rank as number, of: ranked.length } : null;
    this.emit();
  }

  private onGame(c: StoreChange, game: GameSource): void {
    const m = this.member;
    if (!m || !this.queue || !this.sender) return;
    const ours = matches(c, m);
    if (this.offChallenge === ours) {
      this.offChallenge = !ours;
      this.emit();
    }
    if (!ours) return;
    if (c.action === null) {
      // A fresh game of the challenge is a new attempt; a resumed save keeps the one it had.
      if (c.origin === 'start' || m.attempt === null) this.setAttempt(randomId());
      return;
    }
    const finished = c.state.status !== 'playing' && c.prev?.status === 'playing';
    if (!finished && c.action.type !== 'endMonth') return;
    if (m.attempt === null) this.setAttempt(randomId());
    const replay = game.replayText();
    if (!replay) return;
    this.queue.push({
      id: randomId(),
      attempt: m.attempt as string,
      kind: finished ? 'result' : 'checkpoint',
      month: c.prev?.turn ?? c.state.turn,
      replay,
    });
    this.emit();
    this.sender.kick();
  }

  private setAttempt(attempt: string): void {
    if (!this.member) return;
    this.member = { ...this.member, attempt };
    writeMembership(this.o.storage, this.member);
  }

  private adopt(m: Membership, session: SessionInfo): void {
    this.member = m;
    writeLastSession(this.o.storage, m.sessionId);
    this.queue = new SubmissionQueue(this.o.storage, queueKey(m.sessionId, m.teamId));
    const api = this.o.api;
    this.sender = new Sender(
      this.queue,
      (s) =>
        // The replay goes as the object it is; the text was kept so the queue is exactly what was saved.
        api.call(
          'POST',
          `/api/sessions/${encodeURIComponent(m.sessionId)}/submissions`,
          { id: s.id, attempt: s.attempt, replay: JSON.parse(s.replay) },
          m.token,
        ),
      {
        changed: () => this.emit(),
        refused: (problem) => {
          this.refusal = problem;
        },
        tokenRefused: (problem) => this.forget(problem, session),
      },
      this.o.timers,
    );
    this.set({ kind: 'joined', session });
    this.sender.kick();
  }

  private release(): void {
    this.sender?.stop();
    this.member = null;
    this.queue = null;
    this.sender = null;
  }

  /** The room no longer knows this team: forget it (and what it could never send) and ask for a name again. */
  private forget(problem: RoomProblem, session: SessionInfo): void {
    if (this.member) forgetMembership(this.o.storage, this.member.sessionId);
    this.queue?.clear();
    this.member = null;
    this.queue = null;
    this.sender = null;
    this.refusal = problem;
    this.set({ kind: 'join', session, error: problem, busy: false });
  }

  private set(p: Phase): void {
    this.phase = p;
    this.emit();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
