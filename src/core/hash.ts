// State and scenario hashes: replays compare final states by them. A 64-bit hash (two 32-bit lanes,
// FNV-1a style multiply-xor) that walks the state's values directly — no JSON text is built.
import type { GameState, Scenario } from './types';

/**
 * The state hash's own version, apart from RULES_VERSION: bump it when `stateHash` would give a
 * different text for the same state (a change of the walk, the mixing, the fields or the log tail it
 * reads), and regenerate the golden replays. History: 1 — the walk below, two UTF-16 units a round,
 * the log's length and last 40 entries. A replay records RULES_VERSION, not this: while replay
 * format 1 holds, a change here also changes the hash a saved replay recorded, so it goes together
 * with a RULES_VERSION bump (old replays then say "other rules" rather than "tampered").
 */
export const HASH_VERSION = 2;

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

// The top-level fields in a fixed order, so a state rebuilt in another key order (a restored save)
// hashes the same. Nested objects are only ever built by the core, in its own fixed order.
const STATE_KEYS = Object.keys({
  rulesVersion: 0,
  scenarioId: 0,
  seed: 0,
  scenario: 0,
  turn: 0,
  maxTurns: 0,
  energy: 0,
  maxEnergy: 0,
  budget: 0,
  modes: 0,
  forces: 0,
  fragmentation: 0,
  satisfaction: 0,
  safety: 0,
  vitality: 0,
  burden: 0,
  concerns: 0,
  nextConcernNo: 0,
  resolvedCount: 0,
  resolvedByKind: 0,
  resolutionCredit: 0,
  failedCount: 0,
  arrivedCount: 0,
  reforms: 0,
  coordinated: 0,
  uncoordinated: 0,
  committed: 0,
  topDownThisMonth: 0,
  spectators: 0,
  lowSatisfactionMonths: 0,
  forecast: 0,
  rng: 0,
  log: 0,
  history: 0,
  status: 0,
  lossReason: 0,
  assessment: 0,
  level: 0,
} satisfies Record<keyof GameState, 0>) as (keyof GameState)[];

/** Log entries the hash reads in full; older ones count by number only. */
const LOG_TAIL = 40;

// The two hash lanes of the walk below; module-level so the hot loop touches no object fields.
// Reset at the start of every walk, and the walk is synchronous, so no call sees another's lanes.
let h1 = 0;
let h2 = 0;

function mix(c: number): void {
  h1 = Math.imul(h1 ^ c, 0x01000193);
  h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  h2 ^= h2 >>> 15;
}

function mixText(t: string): void {
  const n = t.length;
  mix(n);
  // Two UTF-16 units a round: half the multiplications, same information.
  let i = 0;
  for (; i + 1 < n; i += 2) mix(t.charCodeAt(i) | (t.charCodeAt(i + 1) << 16));
  if (i < n) mix(t.charCodeAt(i));
}

/**
 * Walks a JSON-shaped value into the lanes without building its JSON text (verification hashes
 * every replay's final state: `npm run bench`). Nested objects are mixed by their values in
 * insertion order — their shape is fixed by the core's code — and by their number of keys.
 */
function mixValue(v: unknown): void {
  if (typeof v === 'number') {
    if ((v | 0) === v) mix(v);
    else if (Number.isInteger(v)) {
      mix(0x69);
      mix(v % 2 ** 32);
      mix(Math.floor(v / 2 ** 32));
    } else mixText(String(v)); // alea's fractions, by their exact shortest text
  } else if (typeof v === 'string') mixText(v);
  else if (v === null || v === undefined) mix(0x6e);
  else if (typeof v === 'boolean') mix(v ? 0x74 : 0x66);
  else if (Array.isArray(v)) {
    mix(0x5b ^ (v.length << 8));
    for (let i = 0; i < v.length; i++) mixValue(v[i]);
  } else if (typeof v === 'object') {
    let keys = 0;
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      keys++;
      mixValue(x);
    }
    mix(0x7b ^ (keys << 8));
  }
}

function digest(): string {
  let a = h1;
  let b = h2;
  a ^= b >>> 7;
  b ^= a >>> 11;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The state's hash, without the scenario (that has its own hash in the replay). The causal log is
 * ~80 % of a final state and derived from the same rules as every number it explains, so the hash
 * reads its length and its last entries only.
 */
export function stateHash(state: GameState): string {
  h1 = 0x811c9dc5;
  h2 = 0x01000193 ^ 0x5bd1e995;
  for (const k of STATE_KEYS) {
    // The ladder's level is read only when present (above 1): a level-1 state hashes as it always did.
    if (k === 'level' && state.level === undefined) continue;
    mixText(k);
    if (k === 'scenario') mixValue(state.scenarioId);
    else if (k === 'log') {
      mix(state.log.length);
      mixValue(state.log.slice(-LOG_TAIL));
    } else mixValue(state[k]);
  }
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
