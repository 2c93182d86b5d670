// The board's view models: the top bar's figures, the five modes, the five forces, the concern
// cards and which actions are available (and why not). Pure functions of the state: no Phaser,
// no DOM, no language (names are looked up when drawn).
import {
  type Action,
  admit,
  BURDEN_HEAVY,
  balanceIndex,
  type Concern,
  type ConcernOutlook,
  FORCES,
  type Force,
  FRAGMENTATION_LOSS,
  forceCarry,
  type GameState,
  type Metric,
  MODES,
  type Mode,
  type ModeFall,
  type MonthEndOutlook,
  monthEndOutlook,
  monthlyEnergy,
  NEGLECTED,
  overreaching,
  PROGRAMMES,
  type ProgrammeId,
  REFORMS,
  type ReformId,
  type RejectionCode,
  SAFETY_LOSS,
  type Text,
  UNALIGNED,
} from '../core';
import { causesOf, recentTurns, sumDelta } from './causes';
import { driftOf } from './layout';

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

/** Whether a change of a figure is bad news (▼ satisfaction, ▲ fragmentation). */
export function isWorsening(id: ChipId, delta: number): boolean {
  return RISING_IS_BAD.has(id) ? delta > 0 : delta < 0;
}

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
    const worsening = isWorsening(id, delta);
    return { id, value, delta, worsening, danger: isDanger(state, id, value) };
  });
}

/**
 * How close to a line a figure must come to be shown as in danger. A view choice (a warning before
 * it is too late); the lines themselves are the core's: the satisfaction floor, the loss lines, the
 * burden at which it starts draining 自治.
 */
export const DANGER_MARGIN = { satisfaction: 8, safety: 30, fragmentation: 30, budget: 5 } as const;

function isDanger(state: GameState, id: ChipId, value: number): boolean {
  switch (id) {
    case 'satisfaction':
      return value < state.scenario.tuning.satisfactionFloor + DANGER_MARGIN.satisfaction;
    case 'safety':
      return value <= SAFETY_LOSS + DANGER_MARGIN.safety;
    case 'fragmentation':
      return value >= FRAGMENTATION_LOSS - DANGER_MARGIN.fragmentation;
    case 'burden':
      return value >= BURDEN_HEAVY;
    case 'budget':
      return value < DANGER_MARGIN.budget;
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
  /** Modes low enough to bite (docs/design.md §4, step 4), weakest first. */
  neglected: Mode[];
  /** 政治 far above 自治: top-down overreach drains 自治 at month end. */
  overreachRisk: boolean;
  /** Modes this month's end takes under the line where they bite (the core's month end, run on a copy). */
  falling: readonly ModeFall[];
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
    // Overreach is judged on behaviour: the risk shows when one more 包办 this month would bring it.
    overreachRisk: overreaching({ ...state, topDownThisMonth: state.topDownThisMonth + 1 }),
    falling: monthEndOutlookOf(state).falling,
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
  /** Responses this force has been committed to this month (分工协作). */
  load: number;
  /** Responses it can carry this month before it is stretched thin (the core's forceCarry, by capacity). */
  carry: number;
  /** It has carried all it can: one more commitment helps at a third. */
  full: boolean;
}

/** Below the core's alignment threshold a force pursues its own agenda (各自为政). */
export function isUnaligned(alignment: number): boolean {
  return alignment < UNALIGNED;
}

export function forcesView(state: GameState): ForceView[] {
  return FORCES.map((force) => {
    const f = state.forces[force];
    return {
      force,
      capacity: f.capacity,
      alignment: f.alignment,
      drifting: isUnaligned(f.alignment),
      coordinated: state.coordinated.includes(force),
      drift: driftOf(f.alignment),
      load: state.committed[force],
      carry: forceCarry(state, force),
      full: state.committed[force] >= forceCarry(state, force),
    };
  });
}

// ───────────────────────────── concerns ─────────────────────────────

export interface ConcernsView {
  /** Perceived concerns, the soonest due first. */
  visible: Concern[];
  /** How long each concern has, as the month end will treat it (the core's outlook). */
  outlook: ReadonlyMap<string, ConcernOutlook>;
  hidden: number;
  /** Titles of the shocks announced for next month. */
  forecast: Text[];
}

/** The concerns the community has perceived (hidden ones are only counted), in the state's order. */
export function perceived(state: GameState): Concern[] {
  return state.concerns.filter((c) => c.hiddenFor === 0);
}

/**
 * The core's outlook for a state, worked out once: it runs the month end on a copy, and one board render
 * asks for it from the concern cards, the hints and the respond dialog. States are never edited once
 * made (the store's are frozen), so the state itself is the key.
 */
const outlooks = new WeakMap<GameState, MonthEndOutlook>();
export function monthEndOutlookOf(state: GameState): MonthEndOutlook {
  let o = outlooks.get(state);
  if (!o) {
    o = monthEndOutlook(state);
    outlooks.set(state, o);
  }
  return o;
}

/** Each concern's outlook (monthEndOutlookOf's concerns). */
export function outlookOf(state: GameState): ReadonlyMap<string, ConcernOutlook> {
  return monthEndOutlookOf(state).concerns;
}

export function concernsView(state: GameState): ConcernsView {
  const outlook = outlookOf(state);
  const left = (c: Concern) => outlook.get(c.id)?.monthsLeft ?? c.deadline;
  const visible = perceived(state).sort((a, b) => left(a) - left(b) || a.arrived - b.arrived);
  const forecast: Text[] = [];
  for (const id of state.forecast) {
    const shock = state.scenario.shocks.find((s) => s.concern.id === id);
    if (shock) forecast.push(shock.concern.title);
  }
  return { visible, outlook, hidden: state.concerns.length - visible.length, forecast };
}

// ───────────────────────────── actions: legal or why not ─────────────────────────────

export interface Availability {
  ok: boolean;
  reason: RejectionCode | null;
}

/**
 * Whether an action (as the screen would send it) would be taken, and if not, why: the core's own
 * gate (`admit`: shape, then legality), so the view never re-states a rule.
 */
export function availability(state: GameState, action: Action): Availability {
  const r = admit(state, action);
  return 'code' in r ? { ok: false, reason: r.code } : { ok: true, reason: null };
}

/**
 * Ok if any candidate is legal; else the reason most candidates share (the first such on a tie): with
 * no 精力 left and one reform adopted, the bar's 推行改革 says 精力不足, not "already adopted".
 */
function anyOf(state: GameState, actions: Action[], none: RejectionCode): Availability {
  const counts = new Map<RejectionCode, number>();
  let best: Availability | null = null;
  for (const a of actions) {
    const r = availability(state, a);
    if (r.ok) return r;
    if (!r.reason) continue;
    const n = (counts.get(r.reason) ?? 0) + 1;
    counts.set(r.reason, n);
    if (!best?.reason || n > (counts.get(best.reason) ?? 0)) best = r;
  }
  return best ?? { ok: false, reason: none };
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
  for (const p of PROGRAMMES) programmes[p] = availability(state, { type: 'develop', programme: p });
  const strengthenEach = {} as Record<Force, Availability>;
  for (const f of FORCES) strengthenEach[f] = availability(state, { type: 'strengthen', force: f });
  const reforms = {} as Record<ReformId, Availability>;
  for (const r of REFORMS) reforms[r] = availability(state, { type: 'adoptReform', reform: r });
  const concerns: Record<string, Availability> = {};
  const visible = perceived(state);
  for (const c of visible)
    concerns[c.id] = availability(state, { type: 'respond', concern: c.id, forces: [...c.needs.forces] });
  return {
    coordinate: availability(state, { type: 'coordinate', forces: ['community'] }),
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
    clearBurden: availability(state, { type: 'clearBurden' }),
    endMonth: availability(state, { type: 'endMonth' }),
    programmes,
    strengthenEach,
    reforms,
    concerns,
  };
}
