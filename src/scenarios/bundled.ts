// Browser registry: every scenarios/*.json bundled by Vite, validated once at startup.
// A broken file does not stop the game: it is left out and its error is kept for the UI to show.
import type { Scenario } from '../core/types';
import { LECTURE } from './lecture';
import { parseScenario, type ScenarioError } from './load';

const files = import.meta.glob<string>('../../scenarios/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** `../../scenarios/x.json` → `scenarios/x.json`, as the author knows the file. */
const shown = (key: string) => key.replace(/^(\.\.\/)+/, '');

function validateAll(): { scenarios: Scenario[]; errors: ScenarioError[] } {
  const scenarios: Scenario[] = [];
  const errors: ScenarioError[] = [];
  for (const key of Object.keys(files).sort()) {
    const result = parseScenario(files[key] ?? '', shown(key), LECTURE);
    if (result.ok) scenarios.push(result.scenario);
    else errors.push(result.error);
  }
  // Easiest first (the tutorial-grade one leads), then by id: a stable order for menus.
  scenarios.sort((a, b) => a.difficulty - b.difficulty || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { scenarios, errors };
}

const bundled = validateAll();

/** The valid bundled scenarios, easiest first. */
export const BUNDLED_SCENARIOS: readonly Scenario[] = bundled.scenarios;

/** Errors of bundled files that failed validation (empty when all is well). */
export const BUNDLED_ERRORS: readonly ScenarioError[] = bundled.errors;

/** A bundled scenario by id. */
export function bundledScenario(id: string): Scenario | undefined {
  return BUNDLED_SCENARIOS.find((s) => s.id === id);
}
