// 考核: the end-of-term assessment — 共建、共治、共享 — and its rating.
import { balanceIndex } from './balance';
import type { Rating } from './ids';
import { div } from './math';
import type { Assessment, GameState, MonthSnapshot, Objective, Scenario, ScoringWeights } from './types';

/**
 * The top of the 考核 score: every part is 0–100, a scenario's weights sum to 100 (the scenario schema
 * checks it) and the weighted sum is divided by 10 (`assess`), so a term with every part at its top
 * scores 100 × 100 / 10.
 */
export const SCORE_MAX = 1000;

/** Score thresholds (0–SCORE_MAX) of 优秀 / 良好 / 合格. */
export const RATING_THRESHOLDS = { excellent: 840, good: 660, pass: 520 } as const;

export function ratingOf(score: number): Rating {
  if (score >= RATING_THRESHOLDS.excellent) return 'excellent';
  if (score >= RATING_THRESHOLDS.good) return 'good';
  if (score >= RATING_THRESHOLDS.pass) return 'pass';
  return 'fail';
}

export function objectiveValue(s: GameState, o: Objective): number {
  if (o.metric === 'resolved') return o.kind ? s.resolvedByKind[o.kind] : s.resolvedCount;
  return s[o.metric];
}

export function objectiveMet(s: GameState, o: Objective): boolean {
  const v = objectiveValue(s, o);
  return o.op === 'atLeast' ? v >= o.value : v <= o.value;
}

/**
 * An objective's credit, 0–100: 70 when just met, more the further beyond (100 at twice the target,
 * or at zero for an upper bound), proportionally less when missed. Meeting targets is not the top.
 */
export function objectiveCredit(s: GameState, o: Objective): number {
  const v = objectiveValue(s, o);
  if (o.op === 'atLeast') {
    if (o.value <= 0) return 100;
    if (v < o.value) return div(70 * Math.max(0, v), o.value);
    return Math.min(100, 70 + div(30 * (v - o.value), o.value));
  }
  if (v > o.value) return Math.max(0, 70 - div(70 * (v - o.value), Math.max(1, 100 - o.value)));
  return o.value <= 0 ? 100 : 70 + div(30 * (o.value - v), o.value);
}

/** The parts of 考核 that are one month's state (their means over the term are scored); the others are ratios. */
export const STATE_PARTS = ['satisfaction', 'safety', 'vitality', 'cohesion', 'balance'] as const;
export type StatePart = (typeof STATE_PARTS)[number];

/**
 * A month's state as those parts: cohesion is 100 − fragmentation, balance the modes' balance index.
 * What the view measures a month by (the debrief's month furthest behind par); `assess` takes the
 * same figures' means.
 */
export function stateParts(
  m: Readonly<Pick<MonthSnapshot, 'satisfaction' | 'safety' | 'vitality' | 'fragmentation' | 'modes'>>,
): Record<StatePart, number> {
  return {
    satisfaction: m.satisfaction,
    safety: m.safety,
    vitality: m.vitality,
    cohesion: 100 - m.fragmentation,
    balance: balanceIndex(m.modes),
  };
}

/** The mean of a metric over the months played (the term, not its last day). */
function termMean(s: GameState, pick: (m: MonthSnapshot) => number, now: number): number {
  if (s.history.length === 0) return now;
  let sum = 0;
  for (const m of s.history) sum += pick(m);
  return div(sum, s.history.length);
}

/** The parts weighted by the scenario's scoring (0–1000): the score of a term that was not cut short. The
 * debrief shows it beside the score when the two differ (a term lost before its end). */
export function weightedScore(
  parts: Readonly<Record<keyof ScoringWeights, number>>,
  scoring: Readonly<ScoringWeights>,
): number {
  let score = 0;
  for (const k of Object.keys(parts) as (keyof ScoringWeights)[]) score += parts[k] * scoring[k];
  return div(score, 10);
}

/**
 * The points of the 1000 a part falls short of its full marks by, on weightedScore's scale (its term with the
 * part at 100, less its term now), rounded to the nearest: what the debrief names as the part that cost most.
 */
export function partShortfall(value: number, weight: number): number {
  return div((100 - value) * weight + 5, 10);
}

/**
 * 考核 over the whole term: satisfaction, safety, vitality, cohesion and balance are their means
 * over the months, so the first months count as much as the last; resolution is the share of all
 * concerns that arrived that were resolved; objectives are graded, not ticked.
 */
export function assess(s: GameState, sc: Scenario): Assessment {
  const met = sc.objectives.filter((o) => objectiveMet(s, o)).map((o) => o.id);
  let credit = 0;
  for (const o of sc.objectives) credit += objectiveCredit(s, o);
  const parts: Record<keyof ScoringWeights, number> = {
    satisfaction: termMean(s, (m) => m.satisfaction, s.satisfaction),
    safety: termMean(s, (m) => m.safety, s.safety),
    vitality: termMean(s, (m) => m.vitality, s.vitality),
    cohesion: 100 - termMean(s, (m) => m.fragmentation, s.fragmentation),
    balance: termMean(s, (m) => balanceIndex(m.modes), balanceIndex(s.modes)),
    resolution: s.arrivedCount === 0 ? 100 : div(s.resolutionCredit, s.arrivedCount),
    objectives: sc.objectives.length === 0 ? 100 : div(credit, sc.objectives.length),
  };
  let score = weightedScore(parts, sc.scoring);
  // A term cut short scores by how far it got, and never passes.
  if (s.status === 'lost') score = div(score * s.turn, 2 * s.maxTurns);
  return { score, rating: s.status === 'lost' ? 'fail' : ratingOf(score), parts, objectivesMet: met };
}
