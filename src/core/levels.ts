// The difficulty ladder (见习 · 胜任 · 优秀书记): one table of what each step makes harder, as a
// real secretary meets it — less 精力 a month, more burden pushed down, forces that drift faster,
// more concerns at once, and less foresight (shocks arrive unannounced). A level is applied to the
// scenario once, at newGame; every rule then reads the scenario as it always did.
//
// Level 1 is the game as it was before the ladder: its scenario is the scenario itself, so every
// replay, golden and par figure recorded before stays byte-identical (absent level = 1).
import type { Scenario, Text } from './types';

export interface LevelRule {
  level: number;
  name: Text;
  /** What a player is told this step changes. */
  summary: Text;
  /** 精力 a month, added to the scenario's (negative = tighter). */
  energy: number;
  /** 经费 at the start, added. */
  budget: number;
  /** Administrative burden at the start and pushed down each month, added. */
  startBurden: number;
  burdenPerMonth: number;
  /** Base alignment lost by every force each month, added (各自为政 sooner). */
  driftBase: number;
  /** The most new concerns a month, added. */
  concernsMax: number;
  /** false: no shock is forecast (预警 gone — less foresight). */
  forecast: boolean;
}

export const LEVELS: readonly LevelRule[] = [
  {
    level: 1,
    name: { zh: '见习', en: 'Apprentice' },
    summary: { zh: '场景原样', en: 'The scenario as written' },
    energy: 0,
    budget: 0,
    startBurden: 0,
    burdenPerMonth: 0,
    driftBase: 0,
    concernsMax: 0,
    forecast: true,
  },
  {
    level: 2,
    name: { zh: '胜任', en: 'Competent' },
    summary: {
      zh: '负担更重（精力更紧），各方更快各自为政',
      en: 'A heavier burden (so less 精力), forces drift apart sooner',
    },
    energy: 0,
    budget: 0,
    startBurden: 10,
    burdenPerMonth: 2,
    driftBase: 1,
    concernsMax: 0,
    forecast: true,
  },
  {
    level: 3,
    name: { zh: '优秀书记', en: 'Outstanding secretary' },
    summary: {
      zh: '负担更重，漂移更快，诉求更多，突发事件不再预警',
      en: 'Heavier burden, faster drift, more concerns, shocks come unannounced',
    },
    energy: 0,
    budget: 0,
    startBurden: 20,
    burdenPerMonth: 3,
    driftBase: 2,
    concernsMax: 1,
    forecast: false,
  },
];

export const MIN_LEVEL = 1;
export const MAX_LEVEL = LEVELS.length;

/** Why a level is not one of the ladder's, or null when it is. */
export function levelProblem(level: unknown): string | null {
  if (typeof level === 'number' && Number.isInteger(level) && level >= MIN_LEVEL && level <= MAX_LEVEL)
    return null;
  return `a level is a whole number ${MIN_LEVEL}–${MAX_LEVEL}, got ${JSON.stringify(level)}`;
}

export function levelRule(level: number): LevelRule {
  const rule = LEVELS[level - 1];
  if (!rule) throw new RangeError(levelProblem(level) ?? `no level ${level}`);
  return rule;
}

// One derived scenario per (scenario, level): scenarios are never edited once loaded, and the same
// object each time lets callers cache its hash.
const derived = new WeakMap<Scenario, Map<number, Scenario>>();

/** The scenario as played at `level` (level 1: the scenario itself). */
export function scenarioAtLevel(scenario: Scenario, level: number): Scenario {
  const rule = levelRule(level);
  if (level === MIN_LEVEL) return scenario;
  let byLevel = derived.get(scenario);
  if (!byLevel) {
    byLevel = new Map();
    derived.set(scenario, byLevel);
  }
  let sc = byLevel.get(level);
  if (!sc) {
    sc = applyRule(scenario, rule);
    byLevel.set(level, sc);
  }
  return sc;
}

/** What a term shorter than the story adds to the ladder's steps (tuning.shortTermLadderScale). */
export interface ShortTermLadder {
  driftBase: number;
  burdenPerMonth: number;
  startBurden: number;
}

const NONE: ShortTermLadder = { driftBase: 0, burdenPerMonth: 0, startBurden: 0 };

/**
 * A short term's own share of the ladder's burden and drift, as the difference from what
 * scenarioAtLevel applied (which is the same for every term, so a scenario's content hash is too).
 * Zero at level 1, in a full term, or where the scenario sets no short-term scale.
 */
export function shortTermLadder(s: {
  scenario: Scenario;
  maxTurns: number;
  level?: number;
}): ShortTermLadder {
  const level = s.level ?? MIN_LEVEL;
  // Level 1 first: forceDrift asks for every force every month, and reading index -1 of the scale
  // list is a slow property look-up, not an array read.
  if (level === MIN_LEVEL) return NONE;
  const short = s.scenario.tuning.shortTermLadderScale?.[level - 2];
  if (short === undefined || s.maxTurns >= s.scenario.months) return NONE;
  const r = LEVELS[level - 1];
  if (!r) return NONE;
  const scale = s.scenario.tuning.ladderScale?.[level - 2] ?? 100;
  const extra = (x: number) => Math.trunc((x * short) / 100) - Math.trunc((x * scale) / 100);
  return {
    driftBase: extra(r.driftBase),
    burdenPerMonth: extra(r.burdenPerMonth),
    startBurden: extra(r.startBurden),
  };
}

function applyRule(sc: Scenario, r: LevelRule): Scenario {
  // The scenario's share of the burden and drift steps (integer per cent, rounded down).
  const scale = sc.tuning.ladderScale?.[r.level - 2] ?? 100;
  const scaled = (x: number) => Math.trunc((x * scale) / 100);
  return {
    ...sc,
    start: {
      ...sc.start,
      energy: Math.max(2, sc.start.energy + r.energy),
      budget: Math.max(0, sc.start.budget + r.budget),
      burden: Math.min(100, sc.start.burden + scaled(r.startBurden)),
    },
    tuning: {
      ...sc.tuning,
      burdenPerMonth: sc.tuning.burdenPerMonth + scaled(r.burdenPerMonth),
      driftBase: sc.tuning.driftBase + scaled(r.driftBase),
      concernsMax: sc.tuning.concernsMax + r.concernsMax,
    },
    shocks: r.forecast ? sc.shocks : sc.shocks.map((x) => ({ ...x, forecast: false })),
  };
}
