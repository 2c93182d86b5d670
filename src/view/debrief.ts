// The debrief's view models: the months as chart points, and the turning points with their causes.
import {
  type ConceptId,
  type ConcernKind,
  FORCES,
  type Force,
  type GameState,
  type LogEntry,
  type LossReason,
  METRICS,
  type Metric,
  type MonthSnapshot,
} from '../core';
import { isUnaligned, isWorsening } from './board';
import {
  type Cause,
  causesOf,
  groupCauses,
  leadingConcept,
  sumDelta,
  targetMatches,
  topCauses,
} from './causes';

// ───────────────────────────── debrief ─────────────────────────────

/** A month of the charts: month 0 is the scenario's start. */
export type ChartPoint = Pick<
  MonthSnapshot,
  'turn' | 'modes' | 'alignment' | 'fragmentation' | 'satisfaction' | 'safety' | 'vitality'
>;

export function chartSeries(state: GameState): ChartPoint[] {
  const st = state.scenario.start;
  const alignment = {} as Record<Force, number>;
  for (const f of FORCES) alignment[f] = st.forces[f].alignment;
  const start: ChartPoint = {
    turn: 0,
    modes: { ...st.modes },
    alignment,
    fragmentation: st.fragmentation,
    satisfaction: st.satisfaction,
    safety: st.safety,
    vitality: st.vitality,
  };
  return [start, ...state.history];
}

export type TurningKind = 'forceDrifted' | 'forceRegained' | 'metric' | 'escalated' | 'failed' | 'lost';

export interface TurningPoint {
  turn: number;
  /** A turning point over several months (a loss to satisfaction: its months under the floor) begins here. */
  fromTurn?: number;
  kind: TurningKind;
  force?: Force;
  metric?: Metric;
  concern?: string;
  concernKind?: ConcernKind;
  loss?: LossReason;
  /** The net change of what turned (alignment, metric), 0 for events. */
  delta: number;
  /** The log's causes, largest first (at most four). */
  causes: Cause[];
  /**
   * For a swing (a metric, a force's alignment): what the causes shown leave of `delta` (the others, both
   * ways), so the lines add up to the change the title gives. Absent for events.
   */
  rest?: number;
  /** The principle behind it: its lecture passage is quoted. */
  concept: ConceptId;
  /** How much it mattered (for choosing), not shown. */
  weight: number;
}

/** How much a month's swing of each metric matters for the story of a game. */
const METRIC_WEIGHT: Record<Metric, number> = {
  fragmentation: 4,
  satisfaction: 3,
  safety: 3,
  vitality: 2,
  burden: 1,
};
const MIN_SWING = 5;

/**
 * The three to five moments that decided the game, with their causes from the log: forces falling
 * into (or pulled back from) 各自为政, large monthly swings of the outcome metrics, concerns that
 * escalated or failed, and the loss itself. Spread over the months, in the order they happened.
 */
export function turningPoints(state: GameState, max = 5): TurningPoint[] {
  const candidates: TurningPoint[] = [];
  const points = chartSeries(state);
  const byTurn = new Map<number, LogEntry[]>();
  for (const e of state.log) {
    const list = byTurn.get(e.turn);
    if (list) list.push(e);
    else byTurn.set(e.turn, [e]);
  }
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1]!;
    const cur = points[i]!;
    const turn = cur.turn;
    const log = byTurn.get(turn) ?? [];
    for (const f of FORCES) {
      const b = prev.alignment[f];
      const a = cur.alignment[f];
      const fell = !isUnaligned(b) && isUnaligned(a);
      const rose = isUnaligned(b) && !isUnaligned(a);
      if (!fell && !rose) continue;
      const causes = topCauses(causesOf(log, `forces.${f}.alignment`, [turn]), fell ? -1 : 1);
      candidates.push({
        turn,
        kind: fell ? 'forceDrifted' : 'forceRegained',
        force: f,
        delta: a - b,
        causes,
        rest: a - b - sumDelta(causes),
        concept: fell ? 'fragmentation' : 'coordination',
        weight: 40 + Math.abs(a - b),
      });
    }
    for (const m of METRICS) {
      const b = prev[m as keyof ChartPoint] as number | undefined;
      const a = cur[m as keyof ChartPoint] as number | undefined;
      if (a === undefined || b === undefined) continue;
      const delta = a - b;
      if (Math.abs(delta) < MIN_SWING) continue;
      const bad = isWorsening(m, delta);
      const causes = topCauses(causesOf(log, m, [turn]), Math.sign(delta));
      candidates.push({
        turn,
        kind: 'metric',
        metric: m,
        delta,
        causes,
        rest: delta - sumDelta(causes),
        concept: leadingConcept(causes) ?? 'co-governance',
        weight: Math.abs(delta) * METRIC_WEIGHT[m] + (bad ? 5 : 0),
      });
    }
    for (const e of log) {
      if ((e.reason !== 'escalated' && e.reason !== 'failed') || e.target !== 'satisfaction' || !e.ref)
        continue;
      const hit = (x: LogEntry) => x.ref === e.ref && (x.reason === 'escalated' || x.reason === 'failed');
      const hits = log.filter(hit);
      // The escalation's own entries and what moved the concern this month, each log entry once.
      const causes = topCauses(
        groupCauses(log, (x) => hit(x) || targetMatches(x.target, `concern.${e.ref}`)),
        -1,
      );
      candidates.push({
        turn,
        kind: e.reason === 'failed' ? 'failed' : 'escalated',
        concern: e.ref,
        delta: e.delta,
        causes,
        concept: hits.some((x) => x.concept === 'fengqiao') ? 'fengqiao' : e.concept,
        weight: e.reason === 'failed' ? 45 : 30,
      });
    }
  }
  if (state.status === 'lost' && state.lossReason && state.lossReason !== 'assessment') {
    const target = state.lossReason;
    const turn = state.turn;
    // A loss to satisfaction is its months under the floor (the rule counts them), told as that span; a
    // play-tester read month 4's causes under "第 5 月" when satisfaction, already at 0, moved no more in
    // month 5. The other losses are the month that crossed the line.
    const fromTurn =
      target === 'satisfaction' ? Math.max(1, turn - state.scenario.tuning.floorMonths + 1) : turn;
    const turns = Array.from({ length: turn - fromTurn + 1 }, (_, i) => fromTurn + i);
    const causes = topCauses(causesOf(state.log, target, turns), target === 'fragmentation' ? 1 : -1);
    candidates.push({
      turn,
      ...(fromTurn < turn ? { fromTurn } : {}),
      kind: 'lost',
      loss: state.lossReason,
      delta: 0,
      causes,
      concept:
        state.lossReason === 'fragmentation' ? 'fragmentation' : (leadingConcept(causes) ?? 'co-governance'),
      weight: 1000,
    });
  }
  return pickSpread(candidates, max);
}

/** What a turning point is about: the loss by fragmentation and a fragmentation swing are one story. */
function subjectOf(c: TurningPoint): string {
  // The loss is the ending, not one of the metric's swings: it must not crowd out the month the metric
  // collapsed (a term lost to satisfaction in month 12 was often decided by a fall in month 7). Only a
  // swing in the loss's own month repeats it (see `repeatsLoss`).
  if (c.kind === 'lost') return `lost|${c.loss ?? ''}`;
  if (c.kind === 'forceDrifted' || c.kind === 'forceRegained') return `force|${c.force}`;
  return `${c.kind}|${c.metric ?? c.concern ?? ''}`;
}

/**
 * Heaviest first, at most two per month, each subject once (a force, a metric, a concern); only if that
 * leaves fewer than three are repeats of a subject in other months allowed. Then in the order they happened.
 */
export function pickSpread(candidates: TurningPoint[], max: number): TurningPoint[] {
  const sorted = candidates.slice().sort((a, b) => b.weight - a.weight || a.turn - b.turn);
  const perMonth = new Map<number, number>();
  const seen = new Set<string>();
  const chosen: TurningPoint[] = [];
  const take = (c: TurningPoint) => {
    chosen.push(c);
    perMonth.set(c.turn, (perMonth.get(c.turn) ?? 0) + 1);
    seen.add(subjectOf(c));
    seen.add(`${subjectOf(c)}|${c.turn}`);
  };
  // The metric's swing in the very month the term was lost to that metric says the loss again.
  const repeatsLoss = (c: TurningPoint) =>
    chosen.some((x) => x.kind === 'lost' && x.turn === c.turn && subjectOf(c) === `metric|${x.loss}`);
  for (const c of sorted) {
    if (chosen.length >= max) break;
    if ((perMonth.get(c.turn) ?? 0) >= 2 || seen.has(subjectOf(c)) || repeatsLoss(c)) continue;
    take(c);
  }
  for (const c of sorted) {
    if (chosen.length >= Math.min(3, max)) break;
    if (
      chosen.includes(c) ||
      (perMonth.get(c.turn) ?? 0) >= 2 ||
      seen.has(`${subjectOf(c)}|${c.turn}`) ||
      repeatsLoss(c)
    )
      continue;
    take(c);
  }
  return chosen.sort((a, b) => a.turn - b.turn || b.weight - a.weight);
}
