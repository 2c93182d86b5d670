// The heuristic bots: one policy (policy.ts), each bot neglecting what the design says it neglects.
import { MODES, type Mode } from '../core';
import type { Bot } from './index';
import { pullsLever } from './lever';
import { BALANCED, COORDINATING_REFORMS, type Knobs, nextAction } from './policy';

function fromKnobs(name: string, description: string, knobs: Knobs): Bot {
  return { name, description, choose: (state) => nextAction(state, knobs) };
}

export const balanced = fromKnobs(
  'balanced',
  'coordinates when alignment slips, keeps the five modes balanced, answers concerns by what they need, clears burden',
  BALANCED,
);

export const neverCoordinate = fromKnobs(
  'never-coordinate',
  'plays like balanced but never calls the forces together (no coordination, no reform that does its work)',
  {
    ...BALANCED,
    coordinate: false,
    reforms: BALANCED.reforms.filter((r) => !COORDINATING_REFORMS.includes(r)),
  },
);

export const topDown = fromKnobs(
  'top-down',
  'only the core acts: political programmes, 行政包办 responses, coordination by order; no growth of the forces',
  { ...BALANCED, topDown: true, modes: 'political', reforms: [], strengthen: false },
);

/** The 行政包办 temptation: plays like balanced, but answers every concern by 包办. */
export const topDownResponses = fromKnobs(
  'top-down-responses',
  'plays like balanced but answers every concern by 行政包办 (the core alone)',
  { ...BALANCED, respondTopDown: true },
);

/** The neglect experiment: balanced, except that one mode is never developed. */
export const neglectMode = (mode: Mode): Bot =>
  fromKnobs(`neglect-${mode}`, `plays like balanced but never develops ${mode}`, {
    ...BALANCED,
    neglect: mode,
  });

export const neglectBots: Bot[] = MODES.map(neglectMode);

/** Balanced, except that it never pulls the scenario's binding lever (scenario.binding). */
export const ignoreLever: Bot = {
  name: 'ignore-lever',
  description: "plays like balanced but never pulls the scenario's binding lever",
  choose: (state) => nextAction(state, { ...BALANCED, avoid: (a) => pullsLever(state.scenario, a) }),
};

export const onlyMode = (mode: Mode): Bot =>
  fromKnobs(`only-${mode}`, `plays like balanced but develops only ${mode}`, { ...BALANCED, modes: mode });

export const onlyBots: Bot[] = MODES.map(onlyMode);
