// What ending the month now would do, as the month-end rules will do it (docs/design.md §4): how long
// each concern on the board has, and which of the 五治 would fall under the line where it bites. The
// rules themselves are run on a copy, so what the board says "due this month" is exactly what the
// month end then escalates or fails — weak 法治 bringing disputes and emergencies a month closer
// included — and no view re-states a deadline or decay rule.
import { MODES, type Mode } from './ids';
import { monthEnd, NEGLECTED } from './monthEnd';
import { cloneState } from './step';
import type { GameEvent, GameState } from './types';

export interface ConcernOutlook {
  /** Month ends left before it escalates or fails, this month's included (1 = at this month's end). */
  monthsLeft: number;
  /** It escalates or fails at this month's end if nothing more is done for it. */
  due: boolean;
  /** This month's end takes more than the month off its time (weak 法治, 硬约束不足). */
  hastened: boolean;
}

/** A mode at or above the line now that this month's end takes under it (its weakness then bites). */
export interface ModeFall {
  mode: Mode;
  now: number;
  after: number;
}

export interface MonthEndOutlook {
  /** Every concern's outlook (hidden ones too), by id. */
  concerns: ReadonlyMap<string, ConcernOutlook>;
  /** Modes that fall under NEGLECTED at this month's end, in MODES order. */
  falling: readonly ModeFall[];
  /** Satisfaction after this month's end (what a warning quotes when it drops hard). */
  satisfactionAfter: number;
}

/** What this month's end does if the month ended now with nothing more done. */
export function monthEndOutlook(s: GameState): MonthEndOutlook {
  if (s.status !== 'playing') {
    const concerns = new Map<string, ConcernOutlook>();
    for (const c of s.concerns) concerns.set(c.id, { monthsLeft: c.deadline, due: false, hastened: false });
    return { concerns, falling: [], satisfactionAfter: s.satisfaction };
  }
  const next = cloneState(s);
  const events: GameEvent[] = [];
  monthEnd(next, s.scenario, events);
  const falling: ModeFall[] = [];
  for (const mode of MODES)
    if (s.modes[mode] >= NEGLECTED && next.modes[mode] < NEGLECTED)
      falling.push({ mode, now: s.modes[mode], after: next.modes[mode] });
  return { concerns: concernsAfter(s, next, events), falling, satisfactionAfter: next.satisfaction };
}

/** Every concern's outlook (hidden ones too), by id, if the month ended now with nothing more done. */
export function concernOutlook(s: GameState): ReadonlyMap<string, ConcernOutlook> {
  return monthEndOutlook(s).concerns;
}

function concernsAfter(
  s: GameState,
  next: GameState,
  events: readonly GameEvent[],
): Map<string, ConcernOutlook> {
  const out = new Map<string, ConcernOutlook>();
  const ended = new Set<string>();
  for (const e of events)
    if (e.type === 'concernEscalated' || e.type === 'concernFailed') ended.add(e.concern);
  for (const c of s.concerns) {
    const after = next.concerns.find((x) => x.id === c.id);
    const due = ended.has(c.id);
    // A concern that lives on has one month end fewer behind it than its new deadline says.
    const monthsLeft = due || !after ? 1 : after.deadline + 1;
    out.set(c.id, { monthsLeft, due, hastened: monthsLeft < Math.max(1, c.deadline) });
  }
  return out;
}
