// Sends the queue's head, one at a time and in order (a checkpoint reaches the room before the next
// one of its attempt), as docs/room-api.md's retry contract says: an acknowledgement (201, or 200
// for one already stored) drops it; no answer or a 5xx keeps it and tries the same entry again after
// 1, 2, 4 … 30 s or as soon as the browser says it is back; 429 waits Retry-After; a token the room
// refuses stops everything (the team must join again); any other refusal drops that entry for good
// and says why.
import type { Answer } from './api';
import type { Submission, SubmissionQueue } from './queue';

export const BACKOFF_SECONDS = [1, 2, 4, 8, 16, 30] as const;

export type SenderStatus = 'idle' | 'sending' | 'waiting' | 'stopped';

export interface SenderHooks {
  changed(): void;
  /** `code`: the room's refusal code (docs/room-api.md); `message`: its line. */
  refused(problem: { code: string; message: string }): void;
  tokenRefused(problem: { code: string; message: string }): void;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

const TOKEN_ERRORS = new Set(['missingToken', 'forgedToken', 'wrongSession', 'unknownSession']);

export class Sender {
  status: SenderStatus = 'idle';
  private failures = 0;
  private timer: unknown = null;

  constructor(
    private readonly queue: SubmissionQueue,
    private readonly post: (s: Submission) => Promise<Answer<unknown>>,
    private readonly hooks: SenderHooks,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Sends now if anything waits (new entry, back online, page visible again). */
  kick(): void {
    if (this.status === 'sending' || this.status === 'stopped') return;
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    void this.run();
  }

  stop(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.status = 'stopped';
  }

  private async run(): Promise<void> {
    this.status = 'sending';
    for (let head = this.queue.head(); head; head = this.queue.head()) {
      const a = await this.post(head);
      // stop() may have run while the request was out.
      if ((this.status as SenderStatus) === 'stopped') return;
      if (a.ok) {
        this.failures = 0;
        this.queue.shift(true);
        this.hooks.changed();
        continue;
      }
      if (a.network || a.status >= 500 || a.status === 429) {
        const seconds =
          a.network || a.status !== 429 || a.retryAfter === null
            ? BACKOFF_SECONDS[Math.min(this.failures, BACKOFF_SECONDS.length - 1)]!
            : a.retryAfter;
        this.failures++;
        this.status = 'waiting';
        this.timer = this.timers.set(() => {
          this.timer = null;
          void this.run();
        }, seconds * 1000);
        this.hooks.changed();
        return;
      }
      if (TOKEN_ERRORS.has(a.error)) {
        this.stop();
        this.hooks.tokenRefused({ code: a.error, message: a.message });
        this.hooks.changed();
        return;
      }
      this.queue.shift(false);
      this.hooks.refused({ code: a.error, message: a.message });
      this.hooks.changed();
    }
    this.status = 'idle';
    this.hooks.changed();
  }
}
