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

/** The state's hash, without the scenario (that has its own hash in the replay). */
export function stateHash(state: GameState): string {
  const ordered: Record<string, unknown> = {};
  for (const k of STATE_KEYS) ordered[k] = k === 'scenario' ? state.scenarioId : state[k];
  return hashString(JSON.stringify(ordered));
}

export function scenarioHash(scenario: Scenario): string {
  return hashString(JSON.stringify(scenario));
}
