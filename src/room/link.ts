// Which room a page was opened for: `#room` (the room's newest open session) or `#room=ID`. A link
// holding a secret (`key=`, `facilitator=`) is the facilitator's, never a team's: the team page does
// not take it, so a secret never travels with a team's requests.

export interface RoomLink {
  /** The session named in the link, or null for the room's current one. */
  sessionId: string | null;
}

const SESSION_ID = /^[a-z2-9]{10}$/;

export function roomLinkOf(hash: string): RoomLink | null {
  const body = hash.replace(/^#/, '');
  if (body === '') return null;
  const parts = body.split('&');
  if (parts.some((p) => /^(key|facilitator)=/.test(p))) return null;
  const first = parts[0]!;
  if (first === 'room') return { sessionId: null };
  const m = /^room=(.*)$/.exec(first);
  if (!m) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return { sessionId: null };
  }
  // A damaged id is no reason to lose the room: its current session is asked for instead.
  return { sessionId: SESSION_ID.test(id) ? id : null };
}

/** A random id for submissions and attempts (8–64 of A–Z a–z 0–9 _ -). `crypto.getRandomValues` works on
 * plain http on a LAN, where `crypto.randomUUID` (secure contexts only) does not exist. */
export function randomId(bytes = 16): string {
  const b = new Uint8Array(bytes);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
