// Validation of the room's request fields. Each returns the clean value or a `malformed` refusal that
// names the field; nothing is cut silently.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Refusal, refuse } from './refusal';

export const TEAM_NAME_MAX = 24;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** A team name: NFC, trimmed, inner white space collapsed, 1–24 characters, no control or invisible ones. */
export function teamName(v: unknown): { name: string; key: string } | Refusal {
  if (typeof v !== 'string') return refuse('malformed', 'name: expected text', { field: 'name' });
  const name = v.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const length = [...name].length;
  if (length === 0) return refuse('malformed', 'name: the team name is empty', { field: 'name' });
  if (length > TEAM_NAME_MAX)
    return refuse('malformed', `name: at most ${TEAM_NAME_MAX} characters, got ${length}`, { field: 'name' });
  if (/\p{C}/u.test(name))
    return refuse('malformed', 'name: control or invisible characters are not allowed', { field: 'name' });
  // Two names that look the same (width, case) are one name.
  return { name, key: name.normalize('NFKC').toLowerCase() };
}

/** A client-chosen id (submission id, attempt id): 8–64 of A–Z a–z 0–9 _ -. */
export function clientId(v: unknown, field: string): string | Refusal {
  if (typeof v !== 'string' || !CLIENT_ID.test(v))
    return refuse('malformed', `${field}: expected 8 to 64 characters of A-Z a-z 0-9 _ -`, { field });
  return v;
}

/** An unguessable secret: 24 random bytes, base64url (32 characters). */
export const newSecret = (): string => randomBytes(24).toString('base64url');

/** A short public id: 10 characters of base32 (lower case, no confusables). */
export function newId(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Compares two secrets in constant time (by their hashes, so lengths never leak either). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(
    createHash('sha256').update(given).digest(),
    createHash('sha256').update(expected).digest(),
  );
}

/** The bearer token of an Authorization header, or null. */
export function bearer(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer ([A-Za-z0-9._~+/=-]{1,200})$/.exec(header.trim());
  return m ? m[1]! : null;
}
