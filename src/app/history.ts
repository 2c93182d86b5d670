// Run history: every finished term (and an abandoned one, marked so) kept as its replay in the
// browser's IndexedDB, through idb-keyval (a few hundred bytes of well-kept wrapper; localStorage is
// the saves' and too small for a history). Reading verifies every record; a damaged one is skipped
// with its message and never takes the others with it. A failed write is reported, never silent.
import { createStore, clear as idbClear, entries as idbEntries, setMany as idbSetMany } from 'idb-keyval';
import type { GameState } from '../core';
import { type ScenarioLookup, verifyReplayText } from '../replay';
import {
  checkRecord,
  type HistoryFileRefusal,
  type HistoryRecord,
  historyFileText,
  parseHistoryFile,
  recordId,
} from './historyFile';

/** The little of IndexedDB the history uses (idb-keyval's functions; a Map in unit tests). */
export interface HistoryKV {
  entries(): Promise<[IDBValidKey, unknown][]>;
  setMany(items: [string, unknown][]): Promise<void>;
  clear(): Promise<void>;
}

export interface HistoryEntry {
  record: HistoryRecord;
  /** The re-computed final state of the term. */
  state: GameState;
  score: number | null;
}

export interface Skipped {
  key: string;
  message: string;
}

export interface HistoryLoad {
  /** Verified records, oldest first. */
  entries: HistoryEntry[];
  /** Records that failed their checks: left where they are, listed with why. */
  skipped: Skipped[];
  /** The store could not be read at all (no IndexedDB, private mode). */
  unavailable: boolean;
}

export type WriteFailure = { ok: false; reason: 'full' | 'unavailable'; message: string };
export type WriteResult = { ok: true; added: number; duplicates: number } | WriteFailure;
export type ImportResult = WriteResult | { ok: false; reason: 'refused'; refusal: HistoryFileRefusal };

export class HistoryStore {
  /** The scenarios records are verified against. */
  get lookup(): ScenarioLookup {
    return this.scenarios;
  }
  /** The last write, for the screens that say whether the term was kept. */
  lastWrite: WriteResult | null = null;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly kv: HistoryKV | null,
    private readonly scenarios: ScenarioLookup,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every record, verified; damaged ones skipped with their message. Waits for writes under way. */
  async load(): Promise<HistoryLoad> {
    await this.pending.catch(() => undefined);
    if (!this.kv) return { entries: [], skipped: [], unavailable: true };
    let raw: [IDBValidKey, unknown][];
    try {
      raw = await this.kv.entries();
    } catch {
      return { entries: [], skipped: [], unavailable: true };
    }
    const entries: HistoryEntry[] = [];
    const skipped: Skipped[] = [];
    for (const [key, value] of raw) {
      const c = checkRecord(value, this.scenarios);
      if (c.ok) entries.push({ record: c.record, state: c.verified.state, score: c.verified.score });
      else skipped.push({ key: String(key).slice(0, 64), message: c.message });
    }
    entries.sort((a, b) => (a.record.at < b.record.at ? -1 : a.record.at > b.record.at ? 1 : 0));
    return { entries, skipped, unavailable: false };
  }

  /** Keeps one term (finished, or abandoned). The same game kept twice is one record. */
  add(replayText: string, abandoned: boolean): Promise<WriteResult> {
    const record: HistoryRecord = {
      id: recordId(replayText),
      at: this.now().toISOString(),
      abandoned,
      replay: replayText,
    };
    return this.write([record]);
  }

  /** Notes a challenge's par on a record (worked out lazily, once). */
  setPar(record: HistoryRecord, par: number): Promise<WriteResult> {
    return this.write([{ ...record, par }], true);
  }

  /** Merges a history file: refused whole (nothing changes) unless every record in it checks out. */
  async importFile(text: string): Promise<ImportResult> {
    const parsed = parseHistoryFile(text, this.scenarios);
    if (!parsed.ok) return { ok: false, reason: 'refused', refusal: parsed.refusal };
    return this.write(parsed.records);
  }

  /** The verified history as one file's text (damaged records are not exported). */
  async exportText(): Promise<string> {
    const h = await this.load();
    return historyFileText(h.entries.map((e) => e.record));
  }

  async clear(): Promise<WriteResult> {
    if (!this.kv) return unavailable('no IndexedDB in this browser');
    try {
      await this.kv.clear();
      return { ok: true, added: 0, duplicates: 0 };
    } catch (e) {
      return failure(e);
    }
  }

  private write(records: HistoryRecord[], replace = false): Promise<WriteResult> {
    const run = async (): Promise<WriteResult> => {
      if (!this.kv) return unavailable('no IndexedDB in this browser');
      try {
        const have = new Set<string>();
        if (!replace) for (const [key] of await this.kv.entries()) have.add(String(key));
        const fresh: [string, HistoryRecord][] = [];
        for (const r of records) {
          if (have.has(r.id)) continue;
          have.add(r.id);
          fresh.push([r.id, r]);
        }
        if (fresh.length) await this.kv.setMany(fresh);
        return { ok: true, added: fresh.length, duplicates: records.length - fresh.length };
      } catch (e) {
        return failure(e);
      }
    };
    const p = this.pending.catch(() => undefined).then(run);
    this.pending = p;
    return p.then((r) => {
      this.lastWrite = r;
      return r;
    });
  }
}

function unavailable(message: string): WriteFailure {
  return { ok: false, reason: 'unavailable', message };
}

function failure(e: unknown): WriteFailure {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  const message = String(e instanceof Error ? e.message : e).slice(0, 200);
  return { ok: false, reason: name === 'QuotaExceededError' ? 'full' : 'unavailable', message };
}

/** idb-keyval on its own database, or null where the browser has no IndexedDB. */
export function browserKV(): HistoryKV | null {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const store = createStore('community-secretary', 'history');
    return {
      entries: () => idbEntries(store),
      setMany: (items) => idbSetMany(items, store),
      clear: () => idbClear(store),
    };
  } catch {
    return null;
  }
}

/** Asks the browser not to evict the history under storage pressure; true if granted. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

let shared: HistoryStore | null = null;
/** The page's one history (main.ts makes it; screens read it). */
export function setHistory(h: HistoryStore): void {
  shared = h;
}
export function history(): HistoryStore | null {
  return shared;
}

/** The little of the game store the recorder needs. */
interface TermSource {
  state: GameState | null;
  actions: readonly unknown[];
  replayText(): string | null;
  subscribe(fn: (c: { state: GameState; prev: GameState | null }) => void): () => void;
}

/**
 * Keeps every term in the history the moment it ends (won, or lost early), and calls `said` with the
 * outcome of a failed write so it is said aloud.
 */
export function recordTerms(store: TermSource, h: HistoryStore, said: (w: WriteFailure) => void): () => void {
  return store.subscribe(({ state, prev }) => {
    if (prev?.status !== 'playing' || state.status === 'playing') return;
    const text = store.replayText();
    if (text)
      void h.add(text, false).then((w) => {
        if (!w.ok) said(w);
      });
  });
}

/** Keeps a save's replay as an abandoned term (it is being replaced or deleted); a game with no action is not a term. */
export function abandonReplay(text: string | null): void {
  const h = history();
  if (!h || !text) return;
  const p = verifyReplayText(text, h.lookup);
  if (!p.ok || p.state.status !== 'playing' || p.replay.actions.length === 0) return;
  void h.add(text, true);
}
