// The room's store in one SQLite file, through libsql (SQLite's file format; the better-sqlite3 API,
// prebuilt for each platform inside its npm packages: why this package, README "Run a live room").
// WAL journal with synchronous=FULL by default: a commit is in the write-ahead log on disk before the
// client is answered, so neither a kill -9 of the server nor a power cut loses an acknowledged one.
// One connection, statements prepared once: the room is one process; per-connection pragmas hold for
// every statement. Synchronous calls behind the async interface (a networked adapter would await).
//
// Group commit: the fsync of each commit was most of the room's time under load (a CPU profile of
// `npm run bench:room`: libsql's run() 46 % of the server's samples, verification 10 %). Writes made
// in one turn of the event loop share one transaction: each runs inside its own SAVEPOINT (one that
// fails is rolled back alone and the others stand), the transaction commits once — on setImmediate,
// or at once when MAX_BATCH writes wait or the oldest has waited MAX_BATCH_MS — and every write's promise resolves only after that COMMIT — so
// what the room acknowledges is still on disk first. A failed COMMIT rejects the whole batch and
// refuses every later write (the room's cache no longer matches the file: the process must restart).
import Database from 'libsql';
import type { Challenge } from './challenge';
import type {
  AddSubmissionResult,
  NewSubmission,
  RoomStore,
  SessionRecord,
  SubmissionRecord,
  TeamRecord,
} from './store';

const SCHEMA_VERSION = 1;

export type SyncMode = 'full' | 'normal';

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS sessions (
     id TEXT PRIMARY KEY, secret TEXT NOT NULL, challenge TEXT NOT NULL,
     open INTEGER NOT NULL, revealed INTEGER NOT NULL, created_at INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS teams (
     id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id), name TEXT NOT NULL,
     name_key TEXT NOT NULL, token_hash TEXT NOT NULL, joined_at INTEGER NOT NULL,
     UNIQUE (session_id, name_key))`,
  `CREATE TABLE IF NOT EXISTS submissions (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     team_id TEXT NOT NULL REFERENCES teams(id), id TEXT NOT NULL,
     session_id TEXT NOT NULL REFERENCES sessions(id), attempt TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('checkpoint', 'result')), month INTEGER NOT NULL,
     status TEXT NOT NULL, score INTEGER, rating TEXT, provisional_score INTEGER NOT NULL,
     hash TEXT NOT NULL, action_count INTEGER NOT NULL, counted INTEGER NOT NULL,
     body_hash TEXT NOT NULL, replay TEXT NOT NULL, received_at INTEGER NOT NULL,
     UNIQUE (team_id, id))`,
  // The database, not only the code, holds the rules that make results trustworthy:
  // one counted game a team, one result an attempt.
  `CREATE UNIQUE INDEX IF NOT EXISTS one_counted_result ON submissions (team_id) WHERE counted = 1`,
  `CREATE UNIQUE INDEX IF NOT EXISTS one_result_per_attempt ON submissions (team_id, attempt) WHERE kind = 'result'`,
  `CREATE INDEX IF NOT EXISTS submissions_by_session ON submissions (session_id, seq)`,
  `CREATE INDEX IF NOT EXISTS submissions_by_attempt ON submissions (team_id, attempt, seq)`,
];

const SUBMISSION_COLUMNS =
  'seq, id, team_id, session_id, attempt, kind, month, status, score, rating, provisional_score, hash, action_count, counted, body_hash, received_at';

type Row = Record<string, unknown>;
type Db = InstanceType<typeof Database>;
interface Stmt {
  run(...params: unknown[]): { lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

const num = (v: unknown): number => Number(v);
const str = (v: unknown): string => String(v);

function toSession(r: Row): SessionRecord {
  return {
    id: str(r.id),
    secret: str(r.secret),
    challenge: JSON.parse(str(r.challenge)) as Challenge,
    open: num(r.open) === 1,
    revealed: num(r.revealed) === 1,
    createdAt: num(r.created_at),
  };
}

function toTeam(r: Row): TeamRecord {
  return {
    id: str(r.id),
    sessionId: str(r.session_id),
    name: str(r.name),
    nameKey: str(r.name_key),
    tokenHash: str(r.token_hash),
    joinedAt: num(r.joined_at),
  };
}

function toSubmission(r: Row): SubmissionRecord {
  return {
    seq: num(r.seq),
    id: str(r.id),
    teamId: str(r.team_id),
    sessionId: str(r.session_id),
    attempt: str(r.attempt),
    kind: r.kind === 'result' ? 'result' : 'checkpoint',
    month: num(r.month),
    status: r.status as SubmissionRecord['status'],
    score: r.score === null ? null : num(r.score),
    rating: r.rating === null ? null : str(r.rating),
    provisionalScore: num(r.provisional_score),
    hash: str(r.hash),
    actionCount: num(r.action_count),
    counted: num(r.counted) === 1,
    bodyHash: str(r.body_hash),
    replay: r.replay === undefined || r.replay === null ? '' : str(r.replay),
    receivedAt: num(r.received_at),
  };
}

/** The most writes one transaction holds before it commits without waiting for the turn to end. */
export const MAX_BATCH = 256;
/** The oldest write of a batch waits at most this long (ms) for the commit: it bounds the latency a
 * busy turn of the event loop (hundreds of requests parsed and verified) would otherwise add. */
export const MAX_BATCH_MS = 5;

interface Waiting {
  outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const isUniqueViolation = (e: unknown): boolean =>
  e instanceof Error && /^SQLITE_CONSTRAINT/.test(String((e as { code?: unknown }).code ?? ''));

export class SqliteRoomStore implements RoomStore {
  private readonly db: Db;
  private readonly stmts = new Map<string, Stmt>();
  /** The writes of the open transaction, waiting for its COMMIT (null: no transaction open). */
  private batch: Waiting[] | null = null;
  private batchStarted = 0;
  /** A COMMIT failed: nothing more is written (see the header). */
  private failed: unknown = null;
  /** Commits made, the writes in them and the milliseconds COMMIT took (for the benchmark). */
  readonly commits = { count: 0, writes: 0, ms: 0 };

  /**
   * `file` is a path (':memory:' for a throwaway store). `sync` 'full' (the default) syncs the log to
   * disk at every commit: an acknowledged submission survives a power cut. 'normal' leaves that
   * to the OS: still safe against a kill -9 of the server (the OS holds the written log), not
   * against the machine itself going down; faster where disks are slow or busy.
   */
  constructor(
    file: string,
    private readonly sync: SyncMode = 'full',
    /** Writes a commit holds at most: 1 commits each write alone (no group commit; for comparison). */
    private readonly maxBatch = MAX_BATCH,
    /** How long (ms) the oldest write of a batch may wait before a write commits it. */
    private readonly maxBatchMs = MAX_BATCH_MS,
  ) {
    this.db = new Database(file);
  }

  /** A statement, prepared on first use and kept. */
  private q(sql: string): Stmt {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql) as unknown as Stmt;
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** The first value a PRAGMA returns. */
  private pragma(sql: string): unknown {
    const row = this.db.prepare(`PRAGMA ${sql}`).get() as Row | undefined;
    return row ? Object.values(row)[0] : undefined;
  }

  /**
   * Runs `fn` (synchronous statements) in the open batch's transaction, inside its own savepoint;
   * resolves with its value, or rejects with its error, once the batch's COMMIT is on disk.
   * Writes run in call order, and reads on this connection see them before the commit.
   */
  private write<T>(fn: () => T): Promise<T> {
    if (this.failed !== null)
      return Promise.reject(
        new Error(`the room's database failed to commit earlier: ${String(this.failed)}`),
      );
    if (this.batch === null) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        return Promise.reject(error);
      }
      this.batch = [];
      this.batchStarted = performance.now();
      setImmediate(() => this.commit());
    }
    let outcome: Waiting['outcome'];
    this.db.exec('SAVEPOINT one_write');
    try {
      const value = fn();
      this.db.exec('RELEASE one_write');
      outcome = { ok: true, value };
    } catch (error) {
      this.db.exec('ROLLBACK TO one_write');
      this.db.exec('RELEASE one_write');
      outcome = { ok: false, error };
    }
    const batch = this.batch;
    const p = new Promise<T>((resolve, reject) =>
      batch.push({ outcome, resolve: resolve as (v: unknown) => void, reject }),
    );
    if (batch.length >= this.maxBatch || performance.now() - this.batchStarted >= this.maxBatchMs)
      this.commit();
    return p;
  }

  /** Commits the open batch (one fsync under FULL), then answers every write in it. */
  private commit(): void {
    const batch = this.batch;
    if (batch === null) return;
    this.batch = null;
    const started = performance.now();
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      this.failed = error;
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // Already rolled back by SQLite.
      }
      for (const w of batch) w.reject(error);
      return;
    }
    this.commits.count += 1;
    this.commits.writes += batch.length;
    this.commits.ms += performance.now() - started;
    for (const w of batch) {
      if (w.outcome.ok) w.resolve(w.outcome.value);
      else w.reject(w.outcome.error);
    }
  }

  async init(): Promise<void> {
    // One room a file: the lock is taken at the first write below and held until close (the OS
    // drops it when the process dies, so a kill -9 leaves nothing to clean up).
    this.db.exec('PRAGMA locking_mode = EXCLUSIVE');
    this.db.exec('PRAGMA busy_timeout = 1000');
    const journal = str(this.pragma('journal_mode = WAL'));
    if (journal !== 'wal' && journal !== 'memory')
      throw new Error(`the database refused WAL (journal ${journal})`);
    this.db.exec(`PRAGMA synchronous = ${this.sync === 'full' ? 'FULL' : 'NORMAL'}`);
    if (num(this.pragma('synchronous')) !== (this.sync === 'full' ? 2 : 1))
      throw new Error(`the database refused synchronous = ${this.sync}`);
    this.db.exec('PRAGMA foreign_keys = ON');
    const version = num(this.pragma('user_version') ?? 0);
    if (version > SCHEMA_VERSION)
      throw new Error(
        `the data file was written by a newer room (schema ${version}, this one reads ${SCHEMA_VERSION})`,
      );
    this.db.transaction(() => {
      for (const sql of SCHEMA) this.db.exec(sql);
      this.db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    })();
  }

  async getMeta(key: string): Promise<string | null> {
    const r = this.q('SELECT value FROM meta WHERE key = ?').get(key) as Row | undefined;
    return r ? str(r.value) : null;
  }

  setMeta(key: string, value: string): Promise<void> {
    return this.write(() => {
      this.q(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(key, value);
    });
  }

  createSession(s: SessionRecord): Promise<void> {
    return this.write(() => {
      this.q(
        'INSERT INTO sessions (id, secret, challenge, open, revealed, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(s.id, s.secret, JSON.stringify(s.challenge), s.open ? 1 : 0, s.revealed ? 1 : 0, s.createdAt);
    });
  }

  updateSession(id: string, patch: { open?: boolean; revealed?: boolean }): Promise<void> {
    // Both columns in one savepoint: the patch is applied whole or not at all.
    return this.write(() => {
      if (patch.open !== undefined)
        this.q('UPDATE sessions SET open = ? WHERE id = ?').run(patch.open ? 1 : 0, id);
      if (patch.revealed !== undefined)
        this.q('UPDATE sessions SET revealed = ? WHERE id = ?').run(patch.revealed ? 1 : 0, id);
    });
  }

  async listSessions(): Promise<SessionRecord[]> {
    return (this.q('SELECT * FROM sessions ORDER BY created_at, id').all() as Row[]).map(toSession);
  }

  addTeam(t: TeamRecord): Promise<'ok' | 'nameTaken'> {
    return this.write(() => {
      try {
        this.q(
          'INSERT INTO teams (id, session_id, name, name_key, token_hash, joined_at) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(t.id, t.sessionId, t.name, t.nameKey, t.tokenHash, t.joinedAt);
        return 'ok' as const;
      } catch (e) {
        if (isUniqueViolation(e)) return 'nameTaken' as const;
        throw e;
      }
    });
  }

  async listTeams(): Promise<TeamRecord[]> {
    return (this.q('SELECT * FROM teams ORDER BY joined_at, id').all() as Row[]).map(toTeam);
  }

  addSubmission(s: NewSubmission): Promise<AddSubmissionResult> {
    // Its own savepoint in the batch's transaction: stored whole, or not at all.
    return this.write((): AddSubmissionResult => {
      try {
        const r = this.q(
          `INSERT INTO submissions (id, team_id, session_id, attempt, kind, month, status, score, rating,
             provisional_score, hash, action_count, counted, body_hash, replay, received_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          s.id,
          s.teamId,
          s.sessionId,
          s.attempt,
          s.kind,
          s.month,
          s.status,
          s.score,
          s.rating,
          s.provisionalScore,
          s.hash,
          s.actionCount,
          s.counted ? 1 : 0,
          s.bodyHash,
          s.replay,
          s.receivedAt,
        );
        return { stored: true, seq: Number(r.lastInsertRowid) };
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const existing = this.submissionNow(s.teamId, s.id);
        if (existing) return { stored: false, existing };
        throw e;
      }
    });
  }

  private submissionNow(teamId: string, id: string): SubmissionRecord | null {
    const r = this.q(
      `SELECT ${SUBMISSION_COLUMNS}, replay FROM submissions WHERE team_id = ? AND id = ?`,
    ).get(teamId, id) as Row | undefined;
    return r ? toSubmission(r) : null;
  }

  async getSubmission(teamId: string, id: string): Promise<SubmissionRecord | null> {
    return this.submissionNow(teamId, id);
  }

  async listSubmissions(sessionId: string, withReplays: boolean): Promise<SubmissionRecord[]> {
    const sql = `SELECT ${SUBMISSION_COLUMNS}${withReplays ? ', replay' : ''} FROM submissions WHERE session_id = ? ORDER BY seq`;
    return (this.q(sql).all(sessionId) as Row[]).map(toSubmission);
  }

  async latestPerAttempt(): Promise<SubmissionRecord[]> {
    const rows = this.q(
      `SELECT ${SUBMISSION_COLUMNS}, replay FROM submissions WHERE seq IN
         (SELECT max(seq) FROM submissions GROUP BY team_id, attempt) ORDER BY seq`,
    ).all() as Row[];
    return rows.map(toSubmission);
  }

  async countSubmissions(): Promise<number> {
    return num((this.q('SELECT count(*) AS n FROM submissions').get() as Row).n);
  }

  /** Closes the store. (libsql keeps the file's lock while prepared statements live: the room closes
   * its store when its process ends, and a new process opens the file again.) */
  async close(): Promise<void> {
    this.commit();
    this.stmts.clear();
    this.db.close();
  }
}
