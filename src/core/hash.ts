// State and scenario hashes: replays compare final states by them. A 64-bit hash (two 32-bit lanes,
// FNV-1a style multiply-xor) that walks the state's fields directly — no JSON text is built.
import { CONCERN_KINDS, FORCES, type Force, MODES } from './ids';
import type {
  Assessment,
  Concern,
  GameState,
  LogEntry,
  ModeLevels,
  MonthSnapshot,
  Scenario,
  ScoringWeights,
} from './types';

/**
 * The state hash's own version, apart from RULES_VERSION: bump it when `stateHash` would give a
 * different text for the same state (a change of the walk, the mixing, the fields or the log tail it
 * reads), and regenerate the golden replays. History: 1 — the walk below, two UTF-16 units a round,
 * the log's length and last 40 entries; 2 — the fields of rules 2; 3 — a fixed-shape walk of every
 * field (no key names, records in their id tables' order), texts hashed once and memoised, fractions by their IEEE bits. A replay records RULES_VERSION, not this: while replay
 * format 1 holds, a change here also changes the hash a saved replay recorded, so it goes together
 * with a RULES_VERSION bump (old replays then say "other rules" rather than "tampered").
 */
export const HASH_VERSION = 3;

export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h2 >>> 7;
  h2 ^= h1 >>> 11;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

// ───────────── the walk ─────────────
// A fixed-shape walk: every field of GameState (and of its concerns, log entries, month snapshots and
// assessment) is read by name in an order written here, records keyed by force, mode or kind in the
// order of their id tables. No key is sorted, no JSON is built, and the compiler checks below that
// the walk names every field of the state, so a new field cannot be left out of the hash silently.

// The two hash lanes; module-level so the hot loop touches no object fields. Reset at the start of
// every walk, and the walk is synchronous, so no call sees another's lanes.
let h1 = 0;
let h2 = 0;

function mix(c: number): void {
  h1 = Math.imul(h1 ^ c, 0x01000193);
  h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  h2 ^= h2 >>> 15;
}

/**
 * A text's own two-lane hash, remembered: the state's texts come from small sets (log targets,
 * reasons, concepts, ids), so each is hashed by its characters once per process and then costs one
 * map look-up. The memo only saves work: an unremembered text is hashed by its characters the same way.
 */
const textLanes = new Map<string, readonly [number, number]>();
const TEXT_MEMO_LIMIT = 8192;

function lanesOf(t: string): readonly [number, number] {
  let l = textLanes.get(t);
  if (l === undefined) {
    let a = 0x811c9dc5 ^ t.length;
    let b = 0x5bd1e995 ^ t.length;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    l = [a, b];
    if (textLanes.size < TEXT_MEMO_LIMIT) textLanes.set(t, l);
  }
  return l;
}

function mixText(t: string): void {
  const l = lanesOf(t);
  mix(l[0]);
  mix(l[1]);
}

// Exact bits of a number that is not a 32-bit integer (alea's fractions, a huge 经费), big-endian
// whatever the machine.
const bits = new DataView(new ArrayBuffer(8));

function mixNumber(v: number): void {
  if ((v | 0) === v) {
    mix(v);
    return;
  }
  bits.setFloat64(0, v);
  mix(0x69);
  mix(bits.getUint32(0));
  mix(bits.getUint32(4));
}

function mixOptionalText(t: string | null | undefined): void {
  if (t === null || t === undefined) mix(0x6e);
  else mixText(t);
}

function mixTexts(list: readonly string[]): void {
  mix(0x5b ^ (list.length << 8));
  for (let i = 0; i < list.length; i++) mixText(list[i]!);
}

function mixModes(m: ModeLevels): void {
  for (let i = 0; i < MODES.length; i++) mixNumber(m[MODES[i]!]);
}

function mixPerForce(r: Readonly<Record<Force, number>>): void {
  for (let i = 0; i < FORCES.length; i++) mixNumber(r[FORCES[i]!]);
}

function mixConcern(c: Concern): void {
  mixText(c.id);
  mixText(c.template);
  mixText(c.kind);
  mixText(c.title.zh);
  mixText(c.title.en);
  mixTexts(c.needs.modes);
  mixTexts(c.needs.forces);
  mixNumber(c.progress);
  mixNumber(c.size);
  mixNumber(c.deadline);
  mixNumber(c.hiddenFor);
  mixNumber(c.escalations);
  mixNumber(c.arrived);
  mix(c.isShock ? 0x74 : 0x66);
}

function mixEntry(e: Readonly<LogEntry>): void {
  mixNumber(e.turn);
  mixText(e.target);
  mixNumber(e.delta);
  mixText(e.reason);
  mixText(e.concept);
  mixOptionalText(e.ref);
}

function mixSnapshot(m: Readonly<MonthSnapshot>): void {
  mixNumber(m.turn);
  mixModes(m.modes);
  mixPerForce(m.alignment);
  mixPerForce(m.capacity);
  mixNumber(m.fragmentation);
  mixNumber(m.satisfaction);
  mixNumber(m.safety);
  mixNumber(m.vitality);
  mixNumber(m.burden);
  mixNumber(m.budget);
  mixNumber(m.openConcerns);
  mixNumber(m.resolved);
  mixNumber(m.spectators);
}

function mixAssessment(a: Assessment | null): void {
  if (a === null) {
    mix(0x6e);
    return;
  }
  mixNumber(a.score);
  mixText(a.rating);
  for (const k of SCORE_PARTS) mixNumber(a.parts[k]);
  mixTexts(a.objectivesMet);
}

// The score's parts in a fixed order, checked against ScoringWeights by the compiler. The nested
// records' fields are read by name above; tests/core/hash.test.ts changes every leaf of a state one
// at a time and checks the hash changes, so a field the walk misses fails there.
const SCORE_PARTS = Object.keys({
  satisfaction: 0,
  safety: 0,
  vitality: 0,
  cohesion: 0,
  balance: 0,
  resolution: 0,
  objectives: 0,
} satisfies Record<keyof ScoringWeights, 0>) as (keyof ScoringWeights)[];

/** Log entries the hash reads in full; older ones count by number only. */
export const LOG_TAIL = 40;

/**
 * One mixer per field of GameState, in the walk's order. The mapped type makes the compiler refuse a
 * GameState field without its mixer. `scenario` is read as its id (the replay hashes the scenario's
 * content on its own); `level` absent is level 1.
 */
const FIELD_MIXERS: { [K in keyof GameState]-?: (s: GameState) => void } = {
  rulesVersion: (s) => mixNumber(s.rulesVersion),
  scenarioId: (s) => mixText(s.scenarioId),
  seed: (s) => mixText(s.seed),
  scenario: (s) => mixText(s.scenario.id),
  turn: (s) => mixNumber(s.turn),
  maxTurns: (s) => mixNumber(s.maxTurns),
  energy: (s) => mixNumber(s.energy),
  maxEnergy: (s) => mixNumber(s.maxEnergy),
  budget: (s) => mixNumber(s.budget),
  modes: (s) => mixModes(s.modes),
  forces: (s) => {
    for (let i = 0; i < FORCES.length; i++) {
      const f = s.forces[FORCES[i]!];
      mixNumber(f.capacity);
      mixNumber(f.alignment);
    }
  },
  fragmentation: (s) => mixNumber(s.fragmentation),
  satisfaction: (s) => mixNumber(s.satisfaction),
  safety: (s) => mixNumber(s.safety),
  vitality: (s) => mixNumber(s.vitality),
  burden: (s) => mixNumber(s.burden),
  concerns: (s) => {
    mix(0x5b ^ (s.concerns.length << 8));
    for (let i = 0; i < s.concerns.length; i++) mixConcern(s.concerns[i]!);
  },
  nextConcernNo: (s) => mixNumber(s.nextConcernNo),
  resolvedCount: (s) => mixNumber(s.resolvedCount),
  resolvedByKind: (s) => {
    for (let i = 0; i < CONCERN_KINDS.length; i++) mixNumber(s.resolvedByKind[CONCERN_KINDS[i]!]);
  },
  resolutionCredit: (s) => mixNumber(s.resolutionCredit),
  failedCount: (s) => mixNumber(s.failedCount),
  arrivedCount: (s) => mixNumber(s.arrivedCount),
  reforms: (s) => mixTexts(s.reforms),
  coordinated: (s) => mixTexts(s.coordinated),
  uncoordinated: (s) => mixPerForce(s.uncoordinated),
  committed: (s) => mixPerForce(s.committed),
  topDownThisMonth: (s) => mixNumber(s.topDownThisMonth),
  spectators: (s) => mixNumber(s.spectators),
  lowSatisfactionMonths: (s) => mixNumber(s.lowSatisfactionMonths),
  forecast: (s) => mixTexts(s.forecast),
  rng: (s) => {
    for (let i = 0; i < 4; i++) mixNumber(s.rng[i]!);
  },
  log: (s) => {
    // The log's length and its last LOG_TAIL entries in full. The log (~400 entries at a term's end)
    // is derived by the same rules as every number it explains; reading all of it tripled the hash's
    // cost (62 against 18 µs a final state, measured), a quarter of a verification.
    mix(s.log.length);
    for (let i = Math.max(0, s.log.length - LOG_TAIL); i < s.log.length; i++) mixEntry(s.log[i]!);
  },
  history: (s) => {
    mix(0x5b ^ (s.history.length << 8));
    for (let i = 0; i < s.history.length; i++) mixSnapshot(s.history[i]!);
  },
  status: (s) => mixText(s.status),
  lossReason: (s) => mixOptionalText(s.lossReason),
  assessment: (s) => mixAssessment(s.assessment),
  level: (s) => mixNumber(s.level ?? 1),
};
const MIXERS = Object.values(FIELD_MIXERS);

function digest(): string {
  let a = h1;
  let b = h2;
  a ^= b >>> 7;
  b ^= a >>> 11;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The state's hash: a function of every field of the state (the scenario by its id: the replay has
 * the scenario's content hash of its own; the causal log by its length and last LOG_TAIL entries).
 */
export function stateHash(state: GameState): string {
  h1 = 0x811c9dc5;
  h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < MIXERS.length; i++) MIXERS[i]!(state);
  return digest();
}

const scenarioHashes = new WeakMap<Scenario, string>();

/** The scenario's content hash (remembered per scenario object, which is never edited). */
export function scenarioHash(scenario: Scenario): string {
  let h = scenarioHashes.get(scenario);
  if (h === undefined) {
    h = hashString(JSON.stringify(scenario));
    scenarioHashes.set(scenario, h);
  }
  return h;
}
