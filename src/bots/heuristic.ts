// The heuristic bots: one policy (policy.ts), each bot neglecting what the design says it neglects.
import { MODES, type Mode } from '../core';
import type { Bot } from './index';
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

export const onlyMode = (mode: Mode): Bot =>
  fromKnobs(`only-${mode}`, `plays like balanced but develops only ${mode}`, { ...BALANCED, modes: mode });

export const onlyBots: Bot[] = MODES.map(onlyMode);
