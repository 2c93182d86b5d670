// What one month end did: the figures before and after, why they moved, and the events.
import {
  FORCES,
  type Force,
  type GameEvent,
  type GameState,
  type LogEntry,
  type Metric,
  MODES,
  type Mode,
} from '../core';
import { isUnaligned, isWorsening } from './board';
import { type Cause, groupCauses, sumDelta, targetMatches } from './causes';

const isForce = (x: string): x is Force => (FORCES as readonly string[]).includes(x);

// ───────────────────────────── month summary ─────────────────────────────

export type SummaryFigure = 'budget' | Metric;

/**
 * Why a line of the summary moved: the month end's two largest causes (the line is one row), those
 * pushing its way first, and what the others add up to, so the causes and `rest` make the line's change.
 */
export interface Why {
  causes: Cause[];
  rest: number;
}

export interface MonthSummary {
  turn: number;
  changes: {
    id: SummaryFigure;
    before: number;
    after: number;
    delta: number;
    worsening: boolean;
    why: Why;
  }[];
  alignment: {
    force: Force;
    before: number;
    after: number;
    delta: number;
    nowDrifting: boolean;
    why: Why;
  }[];
  /** The five modes (五治) that moved, in one line: their changes, and why, summed over the modes. */
  modes: { changes: { mode: Mode; before: number; after: number; delta: number }[]; why: Why } | null;
  events: GameEvent[];
  /**
   * Concerns perceived at the same month end they escalated or failed: their 感知到 is left out of
   * `events`, and the escalation or failure says it came unseen.
   */
  lateSeen: string[];
  gameOver: boolean;
}

const WHY_CAUSES = 2;

/**
 * The log entries a month end added: those after `before`'s last entry (the log drops its oldest
 * entries at its limit, so a count would not do; the entries themselves are shared between states).
 */
export function monthEndEntries(before: GameState, after: GameState): readonly LogEntry[] {
  const last = before.log.at(-1);
  if (last === undefined) return after.log;
  const at = after.log.lastIndexOf(last);
  return at < 0 ? after.log.filter((e) => e.turn === before.turn) : after.log.slice(at + 1);
}

/** What one endMonth did: the figures before and after, why, and the events. */
export function monthSummary(
  before: GameState,
  after: GameState,
  events: readonly GameEvent[],
): MonthSummary {
  const added = new Set(monthEndEntries(before, after));
  // Grouped over the whole log, so a drift can be told as held (the force attended the month's meeting).
  const causes = groupCauses(after.log, (e) => added.has(e));
  const why = (target: string, delta: number): Why => {
    const top = largestCauses(byReason(causes, target), Math.sign(delta));
    return { causes: top, rest: delta - sumDelta(top) };
  };
  const ids: SummaryFigure[] = ['satisfaction', 'safety', 'vitality', 'burden', 'fragmentation', 'budget'];
  const changes = ids
    .map((id) => {
      const b = before[id];
      const a = after[id];
      const delta = a - b;
      return { id, before: b, after: a, delta, worsening: isWorsening(id, delta), why: why(id, delta) };
    })
    .filter((c) => c.delta !== 0);
  const alignment = FORCES.map((force) => {
    const b = before.forces[force].alignment;
    const a = after.forces[force].alignment;
    return {
      force,
      before: b,
      after: a,
      delta: a - b,
      nowDrifting: isUnaligned(a) && !isUnaligned(b),
      why: why(`forces.${force}.alignment`, a - b),
    };
  }).filter((x) => x.delta !== 0);
  return {
    turn: before.turn,
    changes,
    alignment,
    modes: modesLine(before, after, why),
    ...summaryEvents(events),
    gameOver: after.status !== 'playing',
  };
}

/** The modes' line: each mode's change, and the causes summed per reason over the five modes. */
function modesLine(
  before: GameState,
  after: GameState,
  why: (target: string, delta: number) => Why,
): MonthSummary['modes'] {
  const changes = MODES.map((mode) => ({
    mode,
    before: before.modes[mode],
    after: after.modes[mode],
    delta: after.modes[mode] - before.modes[mode],
  })).filter((m) => m.delta !== 0);
  if (changes.length === 0) return null;
  return {
    changes,
    why: why(
      'modes',
      changes.reduce((sum, m) => sum + m.delta, 0),
    ),
  };
}

/**
 * The two largest causes whichever way they push, those pushing the line's way first. Unlike a turning
 * point's causes, a cause working against the line is shown when it is among the largest: the budget
 * rising by 3 is "月度拨款 +8 · 自行其是 −6", not "月度拨款 +8 · 其余 −5", which hid what 各自为政 cost.
 */
function largestCauses(causes: readonly Cause[], direction: number): Cause[] {
  const top = causes
    .slice()
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, WHY_CAUSES);
  return [
    ...top.filter((c) => Math.sign(c.delta) === direction),
    ...top.filter((c) => Math.sign(c.delta) !== direction),
  ];
}

/**
 * A target's causes summed per reason (a row says "诉求升级 −10" once, not once per concern; the events
 * beside it name the concerns), without the ones that cancel out.
 */
function byReason(causes: readonly Cause[], target: string): Cause[] {
  const groups = new Map<string, Cause>();
  for (const c of causes) {
    if (!targetMatches(c.target, target)) continue;
    const key = `${c.reason}|${c.held ? 'held' : ''}`;
    const g = groups.get(key);
    // A force's own row names it already; elsewhere (the budget's 自行其是) say which forces.
    const force = c.ref && !target.startsWith('forces.') && isForce(c.ref) ? c.ref : null;
    if (g) {
      g.delta += c.delta;
      if (force && !g.forces?.includes(force)) g.forces = [...(g.forces ?? []), force];
    } else
      groups.set(key, {
        turn: c.turn,
        target,
        reason: c.reason,
        concept: c.concept,
        delta: c.delta,
        ...(c.held ? { held: true } : {}),
        ...(force ? { forces: [force] } : {}),
      });
  }
  return [...groups.values()].filter((c) => c.delta !== 0);
}

/** The month end's events for the summary, a concern seen only as it escalated or failed told once. */
function summaryEvents(events: readonly GameEvent[]): Pick<MonthSummary, 'events' | 'lateSeen'> {
  const hit = new Set<string>();
  for (const e of events) if (e.type === 'concernEscalated' || e.type === 'concernFailed') hit.add(e.concern);
  const lateSeen = events
    .filter((e) => e.type === 'concernPerceived' && hit.has(e.concern))
    .map((e) => (e as { concern: string }).concern);
  return {
    events: events.filter(
      (e) =>
        e.type !== 'acted' &&
        e.type !== 'monthEnded' &&
        !(e.type === 'concernPerceived' && lateSeen.includes(e.concern)),
    ),
    lateSeen,
  };
}
