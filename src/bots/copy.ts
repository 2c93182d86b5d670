// Copies of game states for the bots' bulk paths (par's search, the balance report's month ends).
// A state is plain data — objects, lists, numbers, texts — so a direct walk copies it several times
// faster than structuredClone, which the report paid for at every month end of ~50,000 games.
import type { GameState, LogEntry } from '../core';

/** A deep copy of plain data (objects, arrays, numbers, strings, booleans, null). */
export function copyPlain<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copyPlain(v[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = copyPlain((v as Record<string, unknown>)[k]);
  return out as T;
}

/**
 * A writable copy of a state, as `cloneState` makes it: every field deep-copied but the scenario
 * (never edited) and the month snapshots, which are append-only records (the list is new, its
 * entries shared); the log is the one given (rules append to it and never read it).
 */
export function copyState(s: GameState, log: LogEntry[]): GameState {
  const out = {} as Record<string, unknown>;
  for (const k in s) {
    const v = (s as unknown as Record<string, unknown>)[k];
    out[k] =
      k === 'scenario' ? v : k === 'log' ? log : k === 'history' ? (v as unknown[]).slice() : copyPlain(v);
  }
  return out as unknown as GameState;
}
