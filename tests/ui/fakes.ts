// Test doubles for the UI's unit tests: an in-memory Storage, and the shipped scenarios read from disk.

import type { ScenarioSource } from '../../src/app/store';
import type { Scenario } from '../../src/core';
import { loadScenarioById } from '../../src/scenarios/node';

export class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  failWrites = false;

  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.data.set(key, String(value));
  }
}

export function shippedScenario(id = 'old-neighbourhood'): Scenario {
  const r = loadScenarioById(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.scenario;
}

export function sourceOf(...scenarios: Scenario[]): ScenarioSource {
  return { get: (id) => scenarios.find((s) => s.id === id) };
}
