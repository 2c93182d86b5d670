// The scenarios the game offers: the validated bundle (src/scenarios/bundled.ts). Files that failed
// validation are left out; their errors are shown on the scenario list.
import { BUNDLED_ERRORS, BUNDLED_SCENARIOS, bundledScenario } from '../scenarios/bundled';
import type { ScenarioSource } from './store';

export const SCENARIOS = BUNDLED_SCENARIOS;
export const SCENARIO_ERRORS = BUNDLED_ERRORS;

export const scenarioSource: ScenarioSource = {
  get: (id) => bundledScenario(id),
};
