// A game's actions as months, and the one way two months are compared: the same choices in another
// order are the same month. The debrief (player vs par) and the facilitator (team vs par, team vs
// team) both find "the first month the lines parted" through here, so they never disagree.
import type { Action } from '../core';

/** The actions split into months, each ending with its endMonth (a last, unfinished month may not). */
export function actionMonths(actions: readonly Action[]): Action[][] {
  const months: Action[][] = [[]];
  for (const a of actions) {
    months[months.length - 1]!.push(a);
    if (a.type === 'endMonth') months.push([]);
  }
  if (months[months.length - 1]!.length === 0) months.pop();
  return months;
}

/**
 * One action as a key that ignores how it was written: field order, the order of its forces, and a
 * `false` flag left out or spelled out (a decoded code and a bot's line must compare equal).
 */
export function actionKey(a: Action): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? [...v].sort().join(',') : String(v)}`)
    .sort()
    .join(';');
}

/** A month's choices without their order. */
export function monthKey(month: readonly Action[]): string {
  return month.map(actionKey).sort().join('|');
}

/**
 * The 0-based index of the first month whose choices differ, or -1. When one line is shorter:
 * `'shorter'` compares only the months both have (a game stopped on the other's line is the same),
 * `'longer'` counts the other line's next month as a difference.
 */
export function firstDifferentMonth(
  a: readonly (readonly Action[])[],
  b: readonly (readonly Action[])[],
  through: 'shorter' | 'longer',
): number {
  const n = through === 'shorter' ? Math.min(a.length, b.length) : Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (monthKey(a[i] ?? []) !== monthKey(b[i] ?? [])) return i;
  return -1;
}

/** The month a game lost the most ground to another line (par's), and how many points. */
export interface CostliestMonth {
  month: number;
  /** How much the gap between the two scores grew that month (> 0). */
  lost: number;
}

/**
 * The month whose choices cost the most against another line: where the gap between the two games'
 * month-end scores grew the most (the first month against their shared start). Where a game first left
 * par's moves says little (par's first month is six actions: nearly every team leaves it in month 1);
 * where it fell behind is what a debrief asks about. Null when it never lost ground. `firstMonth` is
 * the month the scores start at (a fork's).
 */
export function costliestMonth(
  ours: readonly number[],
  theirs: readonly number[],
  firstMonth = 1,
): CostliestMonth | null {
  let best: CostliestMonth | null = null;
  let gapBefore = 0;
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    const gap = theirs[i]! - ours[i]!;
    const lost = gap - gapBefore;
    if (lost > 0 && (best === null || lost > best.lost)) best = { month: firstMonth + i, lost };
    gapBefore = gap;
  }
  return best;
}
