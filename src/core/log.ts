// The causal log: every change to a number the player sees, with its reason and lecture concept.
// Bounded (ARCHITECTURE rule 7): a long game drops its oldest entries, never grows without limit.
import { type ConceptId, FORCES, type Force, MODES, type Mode } from './ids';
import { clamp } from './math';
import type { GameState, LogEntry, ReasonCode } from './types';

export const LOG_LIMIT = 1500;
const LOG_TRIM = 300;

/** Appends an entry (a zero change is not news), dropping the oldest entries at the limit. */
export function record(s: GameState, entry: LogEntry): void {
  if (entry.delta === 0) return;
  if (s.log.length >= LOG_LIMIT) s.log.splice(0, LOG_TRIM);
  s.log.push(entry);
}

// Log targets built once: the rules log thousands of changes a game, and a string built per entry
// is an allocation (and a flattening when the hash reads it) each time.
const MODE_TARGET = Object.fromEntries(MODES.map((m) => [m, `modes.${m}`])) as Record<Mode, string>;
const FORCE_TARGET = Object.fromEntries(
  FORCES.map((f) => [f, { capacity: `forces.${f}.capacity`, alignment: `forces.${f}.alignment` }]),
) as Record<Force, Record<'capacity' | 'alignment', string>>;
const concernTargets = new Map<string, string>();

/** `concern.<id>`, the log target of a concern (ids repeat across games: c1, c2, …, so few are kept). */
export function concernTarget(id: string): string {
  let t = concernTargets.get(id);
  if (t === undefined) {
    t = `concern.${id}`;
    if (concernTargets.size < 4096) concernTargets.set(id, t);
  }
  return t;
}

type Scalar = 'satisfaction' | 'safety' | 'vitality' | 'burden' | 'fragmentation' | 'spectators';

/** Changes a 0–100 metric, clamps it and logs the change actually made. Returns it. */
export function change(
  s: GameState,
  target: Scalar,
  delta: number,
  reason: ReasonCode,
  concept: ConceptId,
  ref?: string,
): number {
  const before = s[target];
  const after = clamp(before + delta);
  s[target] = after;
  note(s, target, after - before, reason, concept, ref);
  return after - before;
}

export function changeMode(s: GameState, mode: Mode, delta: number, reason: ReasonCode, concept: ConceptId) {
  const before = s.modes[mode];
  const after = clamp(before + delta);
  s.modes[mode] = after;
  note(s, MODE_TARGET[mode], after - before, reason, concept);
  return after - before;
}

export function changeForce(
  s: GameState,
  force: Force,
  field: 'capacity' | 'alignment',
  delta: number,
  reason: ReasonCode,
  concept: ConceptId,
  ref?: string,
): number {
  const f = s.forces[force];
  const before = f[field];
  const after = clamp(before + delta);
  f[field] = after;
  note(s, FORCE_TARGET[force][field], after - before, reason, concept, ref);
  return after - before;
}

/** Budget has no upper bound but never goes below zero. */
export function changeBudget(
  s: GameState,
  delta: number,
  reason: ReasonCode,
  concept: ConceptId,
  ref?: string,
) {
  const before = s.budget;
  const after = Math.max(0, before + delta);
  s.budget = after;
  note(s, 'budget', after - before, reason, concept, ref);
  return after - before;
}

export function note(
  s: GameState,
  target: string,
  delta: number,
  reason: ReasonCode,
  concept: ConceptId,
  ref?: string,
): void {
  const entry: LogEntry = { turn: s.turn, target, delta, reason, concept };
  if (ref !== undefined) entry.ref = ref;
  record(s, entry);
}
