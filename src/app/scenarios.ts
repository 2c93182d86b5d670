// The scenarios the game offers: the validated bundle (src/scenarios/bundled.ts). A broken file stops
// the build, so the page never carries one.
import { BUNDLED_SCENARIOS, bundledScenario } from '../scenarios/bundled';
import type { ScenarioSource } from './store';

export const SCENARIOS = BUNDLED_SCENARIOS;

export const scenarioSource: ScenarioSource = {
  get: (id) => bundledScenario(id),
};
