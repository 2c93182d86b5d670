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

/** The state's hash, without the scenario (that has its own hash in the replay). */
export function stateHash(state: GameState): string {
  return hashString(JSON.stringify({ ...state, scenario: state.scenarioId }));
}

export function scenarioHash(scenario: Scenario): string {
  return hashString(JSON.stringify(scenario));
}
