import { CONCERN_KINDS, type ConcernKind, FORCES, type Force } from './ids';
import { levelProblem, MIN_LEVEL, scenarioAtLevel, shortTermLadder } from './levels';
import { arrivals } from './monthEnd';
import { seedRng } from './rng';
import type { ForceState, GameState, Scenario } from './types';
import { RULES_VERSION } from './version';

/** The shortest term a challenge may set (a 45-minute session plays 6 months). */
export const MIN_TERM_MONTHS = 6;

export interface NewGameOptions {
  /** Term length in months: MIN_TERM_MONTHS..scenario.months (a shorter scenario: its own months). */
  months?: number;
  /** The difficulty ladder's step (./levels.ts): 1 (absent) = the scenario as written. */
  level?: number;
}

/** The term lengths a scenario allows: MIN_TERM_MONTHS (or its own months, if fewer) to its months. */
export function termBounds(scenario: Scenario): { min: number; max: number } {
  return { min: Math.min(MIN_TERM_MONTHS, scenario.months), max: scenario.months };
}

/** Why a term length does not fit the scenario, or null when it does. */
export function termMonthsProblem(scenario: Scenario, months: unknown): string | null {
  const { min, max } = termBounds(scenario);
  if (typeof months === 'number' && Number.isInteger(months) && months >= min && months <= max) return null;
  return `a term of "${scenario.id}" is ${min}–${max} whole months, got ${JSON.stringify(months)}`;
}

/**
 * The state at the start of month 1 of a challenge (scenario, seed, rules version, term length).
 * A term length outside termMonthsProblem's bounds is a caller's bug (untrusted input is checked
 * with it first), so it throws rather than clamp silently.
 */
export function newGame(base: Scenario, seed: string, options: NewGameOptions = {}): GameState {
  const months = options.months ?? base.months;
  const level = options.level ?? MIN_LEVEL;
  const problem = termMonthsProblem(base, months) ?? levelProblem(level);
  if (problem) throw new RangeError(problem);
  // Every rule reads the scenario as played at this level; level 1 is the scenario itself.
  const scenario = scenarioAtLevel(base, level);
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
    maxTurns: months,
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
    // Only a level above 1 is written, so a level-1 state is the state it always was.
    ...(level !== MIN_LEVEL ? { level } : {}),
  };
  // A short term's own share of the ladder's start burden (./levels.ts).
  const extra = shortTermLadder(s).startBurden;
  if (extra) s.burden = Math.max(0, Math.min(100, s.burden + extra));
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
