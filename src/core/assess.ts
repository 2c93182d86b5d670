// 考核: the end-of-term assessment — 共建、共治、共享 — and its rating.
import { balanceIndex } from './balance';
import type { Rating } from './ids';
import { div } from './math';
import type { Assessment, GameState, Objective, Scenario, ScoringWeights } from './types';

/** Score thresholds (0–1000) of 优秀 / 良好 / 合格. */
export const RATING_THRESHOLDS = { excellent: 850, good: 720, pass: 600 } as const;

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

export function assess(s: GameState, sc: Scenario): Assessment {
  const met = sc.objectives.filter((o) => objectiveMet(s, o)).map((o) => o.id);
  const settled = s.resolvedCount + s.failedCount + s.concerns.filter((c) => c.escalations > 0).length;
  const parts: Record<keyof ScoringWeights, number> = {
    satisfaction: s.satisfaction,
    safety: s.safety,
    vitality: s.vitality,
    cohesion: 100 - s.fragmentation,
    balance: balanceIndex(s.modes),
    resolution: settled === 0 ? 100 : div(s.resolvedCount * 100, settled),
    objectives: sc.objectives.length === 0 ? 100 : div(met.length * 100, sc.objectives.length),
  };
  let score = 0;
  for (const k of Object.keys(parts) as (keyof ScoringWeights)[]) score += parts[k] * sc.scoring[k];
  score = div(score, 10);
  // A term cut short scores by how far it got, and never passes.
  if (s.status === 'lost') score = div(score * s.turn, 2 * s.maxTurns);
  return { score, rating: s.status === 'lost' ? 'fail' : ratingOf(score), parts, objectivesMet: met };
}
