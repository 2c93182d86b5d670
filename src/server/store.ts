// The room's storage, behind one small interface: the SQLite adapter (./sqlite.ts) is the one the
// room uses; a league server on PostgreSQL would be a second adapter of this same interface.
// Records are plain data; every method is async so a networked database fits too.
//
// Writes: each write's promise resolves only once it is durable (the room acknowledges nothing
// before). Writes are applied in the order they are called, and a caller need not await one before
// calling the next: the room starts a write, updates its cache and goes on to the next request, and
// answers the client when the write resolves. That lets an adapter commit consecutive writes together
// (group commit, ./sqlite.ts). Reads see every write already called, committed or not.
import type { Challenge } from './challenge';

export interface SessionRecord {
  id: string;
  /** The session's facilitator secret (stored: the facilitator's page may need it again). */
  secret: string;
  challenge: Challenge;
  /** Submissions (and joins) accepted. */
  open: boolean;
  /** Standings and counted replays visible to every team. */
  revealed: boolean;
  createdAt: number;
}

export interface TeamRecord {
  id: string;
  sessionId: string;
  /** As typed (normalised: NFC, trimmed, inner spaces collapsed). Shown as text only. */
  name: string;
  /** The name compared for uniqueness within a session (case- and width-insensitive). */
  nameKey: string;
  /** SHA-256 of the team's token (hex): the token itself is never stored. */
  tokenHash: string;
  joinedAt: number;
}

export type SubmissionKind = 'checkpoint' | 'result';

export interface SubmissionRecord {
  /** The store's order of arrival (assigned by the store). */
  seq: number;
  /** Chosen by the client; unique per team, so a retry after a lost acknowledgement counts once. */
  id: string;
  teamId: string;
  sessionId: string;
  /** Chosen by the client: one game (a try) of the team. */
  attempt: string;
  kind: SubmissionKind;
  /** Months completed in this replay. */
  month: number;
  status: 'playing' | 'won' | 'lost';
  /** 考核 score (results only). */
  score: number | null;
  rating: string | null;
  /** What the term would score if it ended now (`assess` on the checkpoint's state). */
  provisionalScore: number;
  hash: string;
  actionCount: number;
  /** The team's first finished game: the one that counts. At most one a team (the store enforces it). */
  counted: boolean;
  /** SHA-256 of (attempt, normalised replay): a reused id with another body is told apart. */
  bodyHash: string;
  /** The normalised replay (compact JSON), re-verifiable by `npm run verify`. */
  replay: string;
  receivedAt: number;
}

export type NewSubmission = Omit<SubmissionRecord, 'seq'>;

export type AddSubmissionResult =
  | { stored: true; seq: number }
  /** The same (team, id) is already stored: nothing was written. */
  | { stored: false; existing: SubmissionRecord };

export interface RoomStore {
  /** Creates the schema if needed. */
  init(): Promise<void>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  createSession(s: SessionRecord): Promise<void>;
  updateSession(id: string, patch: { open?: boolean; revealed?: boolean }): Promise<void>;
  listSessions(): Promise<SessionRecord[]>;
  /** 'nameTaken' when the session already has a team of that name key. */
  addTeam(t: TeamRecord): Promise<'ok' | 'nameTaken'>;
  listTeams(): Promise<TeamRecord[]>;
  /** Stored whole or not at all (alone, or as one savepoint of a group commit), durably before this resolves. */
  addSubmission(s: NewSubmission): Promise<AddSubmissionResult>;
  getSubmission(teamId: string, id: string): Promise<SubmissionRecord | null>;
  /** A session's submissions in order of arrival; `replay` is '' unless `withReplays`. */
  listSubmissions(sessionId: string, withReplays: boolean): Promise<SubmissionRecord[]>;
  /** The latest submission of every attempt (with its replay): what a restart needs to resume. */
  latestPerAttempt(): Promise<SubmissionRecord[]>;
  countSubmissions(): Promise<number>;
  close(): Promise<void>;
}
