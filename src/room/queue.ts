// The team's unsent submissions: a FIFO kept in the browser's storage before anything is sent, so a
// reload, a sleeping laptop or a dropped Wi-Fi loses nothing. Each entry keeps its id for ever: a
// resend after a lost acknowledgement is the same submission, and the room counts it once.

export interface Submission {
  /** Chosen here, unique per team: the key of exactly-once delivery. */
  id: string;
  attempt: string;
  kind: 'checkpoint' | 'result';
  /** Months completed when it was made. */
  month: number;
  /** The replay file's JSON text (`replayToJson`). */
  replay: string;
}

/** Past this many waiting entries, checkpoints a later entry of the same attempt supersedes are let go
 * (the room accepts skipped months); results are never let go. */
export const QUEUE_SOFT_MAX = 60;

export interface QueueState {
  entries: Submission[];
  /** Acknowledged by the room (stored or already stored), over the membership's life. */
  sent: number;
}

const isEntry = (v: unknown): v is Submission => {
  const o = v as Record<string, unknown> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.id === 'string' &&
    typeof o.attempt === 'string' &&
    (o.kind === 'checkpoint' || o.kind === 'result') &&
    Number.isSafeInteger(o.month) &&
    typeof o.replay === 'string'
  );
};

export class SubmissionQueue {
  private state: QueueState;
  /** False while the browser refuses the writes (storage full, private mode): the queue lives on in memory. */
  persisted = true;

  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {
    this.state = this.read();
  }

  get entries(): readonly Submission[] {
    return this.state.entries;
  }

  get sent(): number {
    return this.state.sent;
  }

  head(): Submission | null {
    return this.state.entries[0] ?? null;
  }

  push(s: Submission): void {
    const entries = [...this.state.entries, s];
    this.state = { ...this.state, entries: entries.length > QUEUE_SOFT_MAX ? thin(entries) : entries };
    this.write();
  }

  /** The head went through (`acknowledged`) or was refused for good; either way it leaves the queue. */
  shift(acknowledged: boolean): void {
    if (this.state.entries.length === 0) return;
    this.state = {
      entries: this.state.entries.slice(1),
      sent: this.state.sent + (acknowledged ? 1 : 0),
    };
    this.write();
  }

  /** Forgets everything (the membership is gone). */
  clear(): void {
    this.state = { entries: [], sent: 0 };
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing stored to remove.
    }
  }

  private read(): QueueState {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return { entries: [], sent: 0 };
      const v = JSON.parse(raw) as { entries?: unknown; sent?: unknown };
      const entries = Array.isArray(v.entries) ? v.entries.filter(isEntry) : [];
      return { entries, sent: Number.isSafeInteger(v.sent) ? (v.sent as number) : 0 };
    } catch {
      return { entries: [], sent: 0 };
    }
  }

  private write(): void {
    try {
      if (!this.storage) throw new Error('no storage');
      this.storage.setItem(this.key, JSON.stringify(this.state));
      this.persisted = true;
    } catch {
      this.persisted = false;
    }
  }
}

/** Drops the checkpoints that a later entry of the same attempt carries forward. */
function thin(entries: Submission[]): Submission[] {
  const lastOfAttempt = new Map<string, number>();
  for (const [i, e] of entries.entries()) lastOfAttempt.set(e.attempt, i);
  return entries.filter((e, i) => e.kind === 'result' || lastOfAttempt.get(e.attempt) === i);
}
