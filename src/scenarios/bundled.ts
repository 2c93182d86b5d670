// Browser registry: every scenarios/*.json, validated when the page is built or served
// (scripts/vite-plugin-scenarios.ts): a broken file stops the build with its named error, so the
// page carries checked data and neither the schema library nor the lecture text.
import { SCENARIOS } from 'virtual:scenarios';
import type { Scenario } from '../core/types';

// Easiest first (the tutorial-grade one leads), then by id: a stable order for menus.
const sorted = [...SCENARIOS].sort(
  (a, b) => a.difficulty - b.difficulty || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

/** The valid bundled scenarios, easiest first. */
export const BUNDLED_SCENARIOS: readonly Scenario[] = sorted;

/** A bundled scenario by id. */
export function bundledScenario(id: string): Scenario | undefined {
  return BUNDLED_SCENARIOS.find((s) => s.id === id);
}
