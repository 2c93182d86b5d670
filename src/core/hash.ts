// A 64-bit (two 32-bit lanes) FNV-1a style hash over JSON: replays compare final states by it.
import type { GameState, Scenario } from './types';

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
  failedCount: 0,
  arrivedCount: 0,
  reforms: 0,
  coordinated: 0,
  topDownThisMonth: 0,
  lowSatisfactionMonths: 0,
  forecast: 0,
  rng: 0,
  log: 0,
  history: 0,
  status: 0,
  lossReason: 0,
  assessment: 0,
} satisfies Record<keyof GameState, 0>) as (keyof GameState)[];

/** Log entries the hash reads in full; older ones count by number only. */
const LOG_TAIL = 40;

/**
 * Walks a JSON-shaped value into the two hash lanes without building its JSON text (verification
 * hashes every replay's final state: `npm run bench`). Keys are read in insertion order.
 */
class Hasher {
  h1 = 0x811c9dc5;
  h2 = 0x01000193 ^ 0x5bd1e995;

  mix(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ c, 0x5bd1e995);
    this.h2 ^= this.h2 >>> 15;
  }

  text(t: string): void {
    this.mix(t.length);
    // Two UTF-16 units a round: half the multiplications, same information.
    const n = t.length;
    let i = 0;
    for (; i + 1 < n; i += 2) this.mix(t.charCodeAt(i) | (t.charCodeAt(i + 1) << 16));
    if (i < n) this.mix(t.charCodeAt(i));
  }

  value(v: unknown): void {
    if (v === null || v === undefined) this.mix(0x6e);
    else if (typeof v === 'number') {
      // Integers straight in (both halves); other numbers (alea's fractions) by their exact text.
      if (Number.isInteger(v) && Math.abs(v) < 2 ** 52) {
        this.mix(0x69);
        this.mix(v | 0);
        this.mix(Math.floor(v / 2 ** 32));
      } else this.text(String(v));
    } else if (typeof v === 'string') {
      this.mix(0x73);
      this.text(v);
    } else if (typeof v === 'boolean') this.mix(v ? 0x74 : 0x66);
    else if (Array.isArray(v)) {
      this.mix(0x5b);
      this.mix(v.length);
      for (const x of v) this.value(x);
    } else if (typeof v === 'object') {
      this.mix(0x7b);
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined) continue;
        this.text(k);
        this.value(x);
      }
    }
  }

  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 ^= h2 >>> 7;
    h2 ^= h1 >>> 11;
    return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * The state's hash, without the scenario (that has its own hash in the replay). The causal log is
 * ~80 % of a final state and derived from the same rules as every number it explains, so the hash
 * reads its length and its last entries only.
 */
export function stateHash(state: GameState): string {
  const h = new Hasher();
  for (const k of STATE_KEYS) {
    h.text(k);
    if (k === 'scenario') h.value(state.scenarioId);
    else if (k === 'log') {
      h.mix(state.log.length);
      h.value(state.log.slice(-LOG_TAIL));
    } else h.value(state[k]);
  }
  return h.digest();
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
