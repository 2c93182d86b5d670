// How long each concern on the board has, as the month-end rules will treat it (docs/design.md §4):
// the rules themselves are run on a copy, so what the board says "due this month" is exactly what the
// month end then escalates or fails — weak 法治 bringing disputes and emergencies a month closer
// included — and no view re-states a deadline rule.
import { monthEnd } from './monthEnd';
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

/** Every concern's outlook (hidden ones too), by id, if the month ended now with nothing more done. */
export function concernOutlook(s: GameState): ReadonlyMap<string, ConcernOutlook> {
  const out = new Map<string, ConcernOutlook>();
  if (s.status !== 'playing') {
    for (const c of s.concerns) out.set(c.id, { monthsLeft: c.deadline, due: false, hastened: false });
    return out;
  }
  const next = cloneState(s);
  const events: GameEvent[] = [];
  monthEnd(next, s.scenario, events);
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
