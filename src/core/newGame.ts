import { CONCERN_KINDS, type ConcernKind, FORCES, type Force } from './ids';
import { arrivals } from './monthEnd';
import { seedRng } from './rng';
import type { ForceState, GameState, Scenario } from './types';
import { RULES_VERSION } from './version';

/** The state at the start of month 1 of a challenge (scenario, seed, rules version). */
export function newGame(scenario: Scenario, seed: string): GameState {
  const st = scenario.start;
  const forces = {} as Record<Force, ForceState>;
  for (const f of FORCES) forces[f] = { capacity: st.forces[f].capacity, alignment: st.forces[f].alignment };
  const resolvedByKind = {} as Record<ConcernKind, number>;
  for (const k of CONCERN_KINDS) resolvedByKind[k] = 0;
  const s: GameState = {
    rulesVersion: RULES_VERSION,
    scenarioId: scenario.id,
    seed,
    scenario,
    turn: 1,
    maxTurns: scenario.months,
    energy: 0,
    maxEnergy: st.energy,
    budget: st.budget,
    modes: { ...st.modes },
    forces,
    fragmentation: st.fragmentation,
    satisfaction: st.satisfaction,
    safety: st.safety,
    vitality: st.vitality,
    burden: st.burden,
    concerns: [],
    nextConcernNo: 1,
    resolvedCount: 0,
    resolvedByKind,
    resolutionCredit: 0,
    failedCount: 0,
    arrivedCount: 0,
    reforms: [],
    coordinated: [],
    uncoordinated: perForce(0),
    committed: perForce(0),
    topDownThisMonth: 0,
    spectators: 0,
    lowSatisfactionMonths: 0,
    forecast: [],
    rng: seedRng(`${scenario.id}|${seed}`),
    log: [],
    history: [],
    status: 'playing',
    lossReason: null,
    assessment: null,
  };
  s.energy = monthlyEnergy(s);
  // Month 1's concerns arrive the same way every later month's do.
  arrivals(s, scenario, 1, []);
  return s;
}

export function perForce(v: number): Record<Force, number> {
  const out = {} as Record<Force, number>;
  for (const f of FORCES) out[f] = v;
  return out;
}

/** 精力 a month: administrative burden eats into it (行政有余、自治不足). */
export function monthlyEnergy(s: GameState): number {
  return Math.max(2, s.maxEnergy - Math.trunc(s.burden / 30));
}
