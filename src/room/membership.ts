// A team's place in a session, kept in the browser: the token the room gave at the join (never shown,
// sent only as this team's Authorization), the name the room stored, and the current game's attempt.
import type { ChallengeInfo } from './api';

export interface Membership {
  sessionId: string;
  teamId: string;
  name: string;
  token: string;
  challenge: ChallengeInfo;
  /** The attempt id of the game being played for the session (a new one for every fresh start). */
  attempt: string | null;
}

export const MEMBER_PREFIX = 'community-secretary.room.member.';
export const QUEUE_PREFIX = 'community-secretary.room.queue.';

export const memberKey = (sessionId: string): string => MEMBER_PREFIX + sessionId;
export const queueKey = (sessionId: string, teamId: string): string =>
  `${QUEUE_PREFIX}${sessionId}.${teamId}`;

export function readMembership(storage: Storage | null, sessionId: string): Membership | null {
  try {
    const raw = storage?.getItem(memberKey(sessionId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Membership>;
    const c = v.challenge;
    if (
      v.sessionId !== sessionId ||
      typeof v.teamId !== 'string' ||
      typeof v.name !== 'string' ||
      typeof v.token !== 'string' ||
      !c ||
      typeof c.scenarioId !== 'string' ||
      typeof c.seed !== 'string' ||
      !Number.isSafeInteger(c.months)
    )
      return null;
    return {
      sessionId,
      teamId: v.teamId,
      name: v.name,
      token: v.token,
      challenge: { scenarioId: c.scenarioId, seed: c.seed, months: c.months },
      attempt: typeof v.attempt === 'string' ? v.attempt : null,
    };
  } catch {
    return null;
  }
}

/** False when the browser refused the write (the membership then lasts as long as the page). */
export function writeMembership(storage: Storage | null, m: Membership): boolean {
  try {
    if (!storage) return false;
    storage.setItem(memberKey(m.sessionId), JSON.stringify(m));
    return true;
  } catch {
    return false;
  }
}

export function forgetMembership(storage: Storage | null, sessionId: string): void {
  try {
    storage?.removeItem(memberKey(sessionId));
  } catch {
    // Nothing stored.
  }
}

/** The session this browser last joined: `/#room` finds its membership again while the room is unreachable. */
export const LAST_SESSION_KEY = 'community-secretary.room.last';

export function readLastSession(storage: Storage | null): string | null {
  try {
    const v = storage?.getItem(LAST_SESSION_KEY) ?? null;
    return v !== null && /^[a-z2-9]{10}$/.test(v) ? v : null;
  } catch {
    return null;
  }
}

export function writeLastSession(storage: Storage | null, sessionId: string): void {
  try {
    storage?.setItem(LAST_SESSION_KEY, sessionId);
  } catch {
    // Only the offline resume of `/#room` is lost.
  }
}
