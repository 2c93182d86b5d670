// Selectors: the game state turned into what the screens show. Pure functions of the state (and the
// store's concern records) — no Phaser, no DOM, no language: names are looked up when drawn.
import {
  type Action,
  BURDEN_HEAVY,
  balanceIndex,
  type ConceptId,
  type Concern,
  type ConcernKind,
  checkLegal,
  FORCES,
  type Force,
  type GameEvent,
  type GameState,
  type LogEntry,
  type LossReason,
  METRICS,
  type Metric,
  MODES,
  type Mode,
  type MonthSnapshot,
  monthlyEnergy,
  NEGLECTED,
  OVERREACH_TOP_DOWN,
  PROGRAMMES,
  type ProgrammeId,
  REFORMS,
  type ReasonCode,
  type ReformId,
  type RejectionCode,
  type Text,
  UNALIGNED,
} from '../core';

// ───────────────────────────── causes (the log, grouped) ─────────────────────────────

/** One line of "why did this move?": a reason, what it refers to, and the amount. */
export interface Cause {
  turn: number;
  target: string;
  reason: ReasonCode;
  concept: ConceptId;
  ref?: string;
  delta: number;
}

/** Does a log entry's target belong to what is asked? `forces.volunteers` matches both its fields. */
export function targetMatches(entryTarget: string, target: string): boolean {
  return entryTarget === target || entryTarget.startsWith(`${target}.`);
}

/**
 * The log entries of the given months for a target, summed per (month, reason, ref, concept) and
 * ordered by month (latest first), then size of effect.
 */
export function causesOf(log: readonly LogEntry[], target: string, turns: readonly number[]): Cause[] {
  const groups = new Map<string, Cause>();
  for (const e of log) {
    if (!turns.includes(e.turn) || !targetMatches(e.target, target)) continue;
    const key = `${e.turn}|${e.target}|${e.reason}|${e.ref ?? ''}|${e.concept}`;
    const g = groups.get(key);
    if (g) g.delta += e.delta;
    else {
      const c: Cause = {
        turn: e.turn,
        target: e.target,
        reason: e.reason,
        concept: e.concept,
        delta: e.delta,
      };
      if (e.ref !== undefined) c.ref = e.ref;
      groups.set(key, c);
    }
  }
  return [...groups.values()]
    .filter((c) => c.delta !== 0)
    .sort((a, b) => b.turn - a.turn || Math.abs(b.delta) - Math.abs(a.delta));
}

/** The months a tooltip explains: this month so far and the whole previous month (its month end). */
export function recentTurns(state: GameState): number[] {
  return state.turn > 1 ? [state.turn, state.turn - 1] : [state.turn];
}

export function sumDelta(causes: readonly Cause[]): number {
  let s = 0;
  for (const c of causes) s += c.delta;
  return s;
}

/** The concept behind the largest cause: the lecture passage a tooltip quotes. */
export function leadingConcept(causes: readonly Cause[]): ConceptId | null {
  let best: Cause | null = null;
  for (const c of causes) if (!best || Math.abs(c.delta) > Math.abs(best.delta)) best = c;
  return best ? best.concept : null;
}

// ───────────────────────────── top bar ─────────────────────────────

export type ChipId = 'energy' | 'budget' | Metric;
export const CHIPS: readonly ChipId[] = [
  'energy',
  'budget',
  'satisfaction',
  'safety',
  'vitality',
  'burden',
  'fragmentation',
];

/** Metrics where a rise is bad news. */
const RISING_IS_BAD: ReadonlySet<ChipId> = new Set<ChipId>(['burden', 'fragmentation']);

export interface Chip {
  id: ChipId;
  value: number;
  /** Only for energy: the month's allowance. */
  max?: number;
  /** Net change over the months the tooltip explains. */
  delta: number;
  /** The change is bad news (▼ satisfaction, ▲ fragmentation). */
  worsening: boolean;
  /** The value itself is in the danger zone. */
  danger: boolean;
}

export function chips(state: GameState): Chip[] {
  const turns = recentTurns(state);
  return CHIPS.map((id) => {
    if (id === 'energy') {
      return {
        id,
        value: state.energy,
        max: monthlyEnergy(state),
        delta: 0,
        worsening: false,
        danger: state.energy === 0,
      };
    }
    const value = id === 'budget' ? state.budget : state[id];
    const delta = sumDelta(causesOf(state.log, id, turns));
    const worsening = RISING_IS_BAD.has(id) ? delta > 0 : delta < 0;
    return { id, value, delta, worsening, danger: isDanger(state, id, value) };
  });
}

function isDanger(state: GameState, id: ChipId, value: number): boolean {
  switch (id) {
    case 'satisfaction':
      return value < state.scenario.tuning.satisfactionFloor + 8;
    case 'safety':
      return value <= 30;
    case 'fragmentation':
      return value >= 70;
    case 'burden':
      return value >= BURDEN_HEAVY; // where it starts draining 自治
    case 'budget':
      return value < 5;
    default:
      return false;
  }
}

/** How this month's 精力 came about (it is not a logged quantity). */
export function energyBreakdown(state: GameState): {
  left: number;
  monthly: number;
  base: number;
  lostToBurden: number;
  spent: number;
} {
  const monthly = monthlyEnergy(state);
  return {
    left: state.energy,
    monthly,
    base: state.maxEnergy,
    lostToBurden: state.maxEnergy - monthly,
    spent: Math.max(0, monthly - state.energy),
  };
}

// ───────────────────────────── 五治 ─────────────────────────────

export interface ModesView {
  levels: { mode: Mode; value: number; neglected: boolean }[];
  balance: number;
  /** Modes low enough to bite (GAME.md §4.4), weakest first. */
  neglected: Mode[];
  /** 政治 far above 自治: top-down overreach drains 自治 at month end. */
  overreachRisk: boolean;
}

export function modesView(state: GameState): ModesView {
  const levels = MODES.map((mode) => ({
    mode,
    value: state.modes[mode],
    neglected: state.modes[mode] < NEGLECTED,
  }));
  const neglected = levels
    .filter((l) => l.neglected)
    .sort((a, b) => a.value - b.value)
    .map((l) => l.mode);
  return {
    levels,
    balance: balanceIndex(state.modes),
    neglected,
    // Overreach is judged on behaviour (rules v2): one more 包办 this month would bring it.
    overreachRisk: state.topDownThisMonth >= OVERREACH_TOP_DOWN - 1,
  };
}

// ───────────────────────────── 五社 ─────────────────────────────

export interface ForceView {
  force: Force;
  capacity: number;
  alignment: number;
  /** Below the alignment at which a force pursues its own agenda (各自为政). */
  drifting: boolean;
  coordinated: boolean;
  /** Distance from the core, 0 (tight) … 1 (far out): grows as alignment falls. */
  drift: number;
}

export function forcesView(state: GameState): ForceView[] {
  return FORCES.map((force) => {
    const f = state.forces[force];
    return {
      force,
      capacity: f.capacity,
      alignment: f.alignment,
      drifting: f.alignment < UNALIGNED,
      coordinated: state.coordinated.includes(force),
      drift: Math.min(1, Math.max(0, (70 - f.alignment) / 70)),
    };
  });
}

// ───────────────────────────── concerns ─────────────────────────────

export interface ConcernsView {
  visible: Concern[];
  hidden: number;
  /** Titles of the shocks announced for next month. */
  forecast: Text[];
}

export function concernsView(state: GameState): ConcernsView {
  const visible = state.concerns
    .filter((c) => c.hiddenFor === 0)
    .sort((a, b) => a.deadline - b.deadline || a.arrived - b.arrived);
  const forecast: Text[] = [];
  for (const id of state.forecast) {
    const shock = state.scenario.shocks.find((s) => s.concern.id === id);
    if (shock) forecast.push(shock.concern.title);
  }
  return { visible, hidden: state.concerns.length - visible.length, forecast };
}

// ───────────────────────────── actions: legal or why not ─────────────────────────────

export interface Availability {
  ok: boolean;
  reason: RejectionCode | null;
}

function avail(state: GameState, action: Action): Availability {
  const r = checkLegal(state, action);
  return r ? { ok: false, reason: r.code } : { ok: true, reason: null };
}

/** The first reason among candidates, or ok if any candidate is legal. */
function anyOf(state: GameState, actions: Action[], none: RejectionCode): Availability {
  let first: Availability | null = null;
  for (const a of actions) {
    const r = avail(state, a);
    if (r.ok) return r;
    first ??= r;
  }
  return first ?? { ok: false, reason: none };
}

export interface ActionsView {
  coordinate: Availability;
  respond: Availability;
  strengthen: Availability;
  reform: Availability;
  clearBurden: Availability;
  endMonth: Availability;
  programmes: Record<ProgrammeId, Availability>;
  strengthenEach: Record<Force, Availability>;
  reforms: Record<ReformId, Availability>;
  /** Per visible concern: can it be answered with its needed forces now? */
  concerns: Record<string, Availability>;
}

export function actionsView(state: GameState): ActionsView {
  const programmes = {} as Record<ProgrammeId, Availability>;
  for (const p of PROGRAMMES) programmes[p] = avail(state, { type: 'develop', programme: p });
  const strengthenEach = {} as Record<Force, Availability>;
  for (const f of FORCES) strengthenEach[f] = avail(state, { type: 'strengthen', force: f });
  const reforms = {} as Record<ReformId, Availability>;
  for (const r of REFORMS) reforms[r] = avail(state, { type: 'adoptReform', reform: r });
  const concerns: Record<string, Availability> = {};
  const visible = state.concerns.filter((c) => c.hiddenFor === 0);
  for (const c of visible)
    concerns[c.id] = avail(state, { type: 'respond', concern: c.id, forces: [...c.needs.forces] });
  return {
    coordinate: avail(state, { type: 'coordinate', forces: ['community'] }),
    respond: anyOf(
      state,
      visible.map((c) => ({ type: 'respond', concern: c.id, forces: [...c.needs.forces] })),
      'unknownConcern',
    ),
    strengthen: anyOf(
      state,
      FORCES.map((force) => ({ type: 'strengthen', force })),
      'notEnoughEnergy',
    ),
    reform: anyOf(
      state,
      REFORMS.map((reform) => ({ type: 'adoptReform', reform })),
      'reformAdopted',
    ),
    clearBurden: avail(state, { type: 'clearBurden' }),
    endMonth: avail(state, { type: 'endMonth' }),
    programmes,
    strengthenEach,
    reforms,
    concerns,
  };
}

// ───────────────────────────── month summary ─────────────────────────────

export type SummaryFigure = 'budget' | Metric;

export interface MonthSummary {
  turn: number;
  changes: { id: SummaryFigure; before: number; after: number; delta: number; worsening: boolean }[];
  alignment: { force: Force; before: number; after: number; delta: number; nowDrifting: boolean }[];
  events: GameEvent[];
  gameOver: boolean;
}

/** What one endMonth did: the figures before and after, and the events. */
export function monthSummary(
  before: GameState,
  after: GameState,
  events: readonly GameEvent[],
): MonthSummary {
  const ids: SummaryFigure[] = ['satisfaction', 'safety', 'vitality', 'burden', 'fragmentation', 'budget'];
  const changes = ids
    .map((id) => {
      const b = before[id];
      const a = after[id];
      const delta = a - b;
      return { id, before: b, after: a, delta, worsening: RISING_IS_BAD.has(id) ? delta > 0 : delta < 0 };
    })
    .filter((c) => c.delta !== 0);
  const alignment = FORCES.map((force) => {
    const b = before.forces[force].alignment;
    const a = after.forces[force].alignment;
    return { force, before: b, after: a, delta: a - b, nowDrifting: a < UNALIGNED && b >= UNALIGNED };
  }).filter((x) => x.delta !== 0);
  return {
    turn: before.turn,
    changes,
    alignment,
    events: events.filter((e) => e.type !== 'acted' && e.type !== 'monthEnded'),
    gameOver: after.status !== 'playing',
  };
}

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
      const fell = b >= UNALIGNED && a < UNALIGNED;
      const rose = b < UNALIGNED && a >= UNALIGNED;
      if (!fell && !rose) continue;
      const causes = topCauses(causesOf(log, `forces.${f}.alignment`, [turn]), fell ? -1 : 1);
      candidates.push({
        turn,
        kind: fell ? 'forceDrifted' : 'forceRegained',
        force: f,
        delta: a - b,
        causes,
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
      const bad = m === 'fragmentation' || m === 'burden' ? delta > 0 : delta < 0;
      const causes = topCauses(causesOf(log, m, [turn]), Math.sign(delta));
      candidates.push({
        turn,
        kind: 'metric',
        metric: m,
        delta,
        causes,
        concept: leadingConcept(causes) ?? 'co-governance',
        weight: Math.abs(delta) * METRIC_WEIGHT[m] + (bad ? 5 : 0),
      });
    }
    for (const e of log) {
      if ((e.reason !== 'escalated' && e.reason !== 'failed') || e.target !== 'satisfaction' || !e.ref)
        continue;
      const related = causesOf(log, `concern.${e.ref}`, [turn]);
      const hits = state.log.filter(
        (x) => x.turn === turn && x.ref === e.ref && (x.reason === 'escalated' || x.reason === 'failed'),
      );
      const causes = topCauses(
        [...hits.map((x) => toCause(x)), ...related].filter((c, i, all) => all.indexOf(c) === i),
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
    const causes = topCauses(
      causesOf(state.log, target, [turn, turn - 1]),
      target === 'fragmentation' ? 1 : -1,
    );
    candidates.push({
      turn,
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

function toCause(e: LogEntry): Cause {
  const c: Cause = { turn: e.turn, target: e.target, reason: e.reason, concept: e.concept, delta: e.delta };
  if (e.ref !== undefined) c.ref = e.ref;
  return c;
}

/** The causes pushing in the given direction first, largest first, at most four. */
function topCauses(causes: Cause[], direction: number): Cause[] {
  return causes
    .slice()
    .sort((a, b) => {
      const da = Math.sign(a.delta) === direction ? 1 : 0;
      const db = Math.sign(b.delta) === direction ? 1 : 0;
      return db - da || Math.abs(b.delta) - Math.abs(a.delta);
    })
    .slice(0, 4);
}

/** What a turning point is about: the loss by fragmentation and a fragmentation swing are one story. */
function subjectOf(c: TurningPoint): string {
  if (c.kind === 'lost' && c.loss && c.loss !== 'assessment') return `metric|${c.loss}`;
  if (c.kind === 'forceDrifted' || c.kind === 'forceRegained') return `force|${c.force}`;
  return `${c.kind}|${c.metric ?? c.concern ?? ''}`;
}

/**
 * Heaviest first, at most two per month, each subject once (a force, a metric, a concern); only if that
 * leaves fewer than three are repeats of a subject in other months allowed. Then in the order they happened.
 */
function pickSpread(candidates: TurningPoint[], max: number): TurningPoint[] {
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
  for (const c of sorted) {
    if (chosen.length >= max) break;
    if ((perMonth.get(c.turn) ?? 0) >= 2 || seen.has(subjectOf(c))) continue;
    take(c);
  }
  for (const c of sorted) {
    if (chosen.length >= Math.min(3, max)) break;
    if (chosen.includes(c) || (perMonth.get(c.turn) ?? 0) >= 2 || seen.has(`${subjectOf(c)}|${c.turn}`))
      continue;
    take(c);
  }
  return chosen.sort((a, b) => a.turn - b.turn || b.weight - a.weight);
}
