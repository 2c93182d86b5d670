// Every way the room says no: a named code, its HTTP status, and one bounded line for a person.
// docs/room-api.md lists them; clients branch on `error`, never on the message.

export const REFUSALS = {
  malformed: 400,
  missingToken: 401,
  forgedToken: 403,
  badSecret: 403,
  wrongSession: 403,
  notRevealed: 403,
  unknownSession: 404,
  notFound: 404,
  closed: 409,
  nameTaken: 409,
  idReused: 409,
  notAContinuation: 409,
  attemptFinished: 409,
  tooManyTeams: 409,
  tooManyAttempts: 409,
  tooManySessions: 409,
  lengthRequired: 411,
  oversized: 413,
  unsupportedMediaType: 415,
  foreignVersion: 422,
  wrongChallenge: 422,
  illegalAction: 422,
  resultDiffers: 422,
  notAMonthEnd: 422,
  rateLimited: 429,
  tooManyListeners: 503,
  internal: 500,
} as const;

export type RefusalCode = keyof typeof REFUSALS;

export interface Refusal {
  error: RefusalCode;
  message: string;
  /** The field at fault, for `malformed`. */
  field?: string;
  /** The replay verifier's own code (src/replay/verify.ts), for refused replays. */
  reason?: string;
}

const MESSAGE_MAX = 300;

export function refuse(
  error: RefusalCode,
  message: string,
  extra?: { field?: string; reason?: string },
): Refusal {
  const line = message.replace(/\s+/g, ' ').trim();
  return {
    error,
    message: line.length > MESSAGE_MAX ? `${line.slice(0, MESSAGE_MAX - 1)}…` : line,
    ...extra,
  };
}

export const isRefusal = (v: unknown): v is Refusal =>
  typeof v === 'object' && v !== null && typeof (v as Refusal).error === 'string' && 'message' in v;
