// Live updates of a session, fanned out to its Server-Sent-Event listeners. Two audiences: the
// facilitator sees everything as it happens; everyone else (teams, a projector without the secret)
// sees progress but no score and no other team's replay before the reveal.
import type { SubmissionKind } from './store';

export type Audience = 'facilitator' | 'public';

export interface TeamPublic {
  teamId: string;
  name: string;
  joinedAt: number;
}

/** What a submission tells the live views (never the replay itself). */
export interface ProgressEvent {
  teamId: string;
  name: string;
  attempt: string;
  kind: SubmissionKind;
  month: number;
  status: 'playing' | 'won' | 'lost';
  /** Results only. */
  score: number | null;
  rating: string | null;
  /** `assess` on the submitted state: what the term would score if it ended now. */
  provisionalScore: number;
  counted: boolean;
  seq: number;
}

export type RoomEvent =
  | { type: 'joined'; team: TeamPublic }
  | { type: 'checkpoint'; progress: ProgressEvent }
  | { type: 'result'; progress: ProgressEvent }
  | { type: 'status'; open: boolean }
  /** The session's par is known (it is computed after the session opens). */
  | { type: 'par'; par: number }
  | { type: 'reveal' };

export interface Listener {
  audience: Audience;
  /** Returns false when the listener is gone (its stream closed). */
  send(event: string, data: unknown): boolean;
}

/** Hides scores from the public before the reveal. */
function forAudience(e: RoomEvent, audience: Audience, revealed: boolean): unknown {
  if (audience === 'facilitator' || revealed) return e;
  if (e.type === 'checkpoint' || e.type === 'result')
    return {
      ...e,
      progress: { ...e.progress, score: null, rating: null, provisionalScore: null },
    };
  return e;
}

export class EventHub {
  private readonly bySession = new Map<string, Set<Listener>>();
  private total = 0;

  constructor(
    private readonly limits: { perSession: number; total: number },
    private readonly isRevealed: (sessionId: string) => boolean,
  ) {}

  /** Adds a listener; false when the limits are reached. */
  add(sessionId: string, l: Listener): boolean {
    const set = this.bySession.get(sessionId) ?? new Set<Listener>();
    if (set.size >= this.limits.perSession || this.total >= this.limits.total) return false;
    set.add(l);
    this.bySession.set(sessionId, set);
    this.total += 1;
    return true;
  }

  remove(sessionId: string, l: Listener): void {
    const set = this.bySession.get(sessionId);
    if (set?.delete(l)) this.total -= 1;
    if (set && set.size === 0) this.bySession.delete(sessionId);
  }

  listeners(sessionId?: string): number {
    return sessionId === undefined ? this.total : (this.bySession.get(sessionId)?.size ?? 0);
  }

  publish(sessionId: string, e: RoomEvent): void {
    const set = this.bySession.get(sessionId);
    if (!set) return;
    const revealed = this.isRevealed(sessionId);
    for (const l of [...set])
      if (!l.send(e.type, forAudience(e, l.audience, revealed))) this.remove(sessionId, l);
  }

  /** Ends every stream (shutdown). */
  closeAll(end: (l: Listener) => void): void {
    for (const set of this.bySession.values()) for (const l of set) end(l);
    this.bySession.clear();
    this.total = 0;
  }
}
