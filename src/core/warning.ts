// 各自为政 on its way: the board's fragmentation warning, from the trend rather than the level, so
// it comes while a player can still turn the term around (issue 9, item 7). Pure: views and the
// balance report read the same rule.

import { FORCES, type Force } from './ids';
import { div } from './math';
import { forceDrift, UNALIGNED } from './monthEnd';
import type { GameState } from './types';

export interface FragmentationWarning {
  /** 碎片化 gained over the last month (negative when it fell). */
  pace: number;
  /** Months until 碎片化 reaches 100 at this pace; null when it is not rising. */
  monthsTo100: number | null;
  /** Forces that this month's drift, uncalled, would take under UNALIGNED + 10; least aligned first. */
  drifting: { force: Force; alignment: number }[];
  /** Forces not called to a joint meeting for a month or more while under LEFT_OUT_BELOW, longest first. */
  leftOut: { force: Force; months: number }[];
  /** Whether the board should warn now. */
  warn: boolean;
}

/** Months to 100 at which the warning shows: enough time left to call the forces back. */
export const WARN_MONTHS_TO_100 = 8;
/** A force left out of 统筹 for a month is named once its alignment is under this. */
export const LEFT_OUT_BELOW = 50;

export function fragmentationWarning(s: GameState): FragmentationWarning {
  const h = s.history;
  const before = h.length >= 2 ? h[h.length - 2]!.fragmentation : s.scenario.start.fragmentation;
  const now = s.fragmentation;
  const pace = h.length >= 1 ? now - before : 0;
  const monthsTo100 = pace > 0 ? div(100 - now + pace - 1, pace) : null;
  // From the trend, not the level: where each force will be after this month's drift if not called.
  const drifting = FORCES.filter((f) => s.forces[f].alignment - forceDrift(s, s.scenario, f) < UNALIGNED + 10)
    .map((force) => ({ force, alignment: s.forces[force].alignment }))
    .sort((a, b) => a.alignment - b.alignment);
  const leftOut = FORCES.filter((f) => s.uncoordinated[f] >= 1 && s.forces[f].alignment < LEFT_OUT_BELOW)
    .map((force) => ({ force, months: s.uncoordinated[force] }))
    .sort((a, b) => b.months - a.months);
  const warn =
    (monthsTo100 !== null && monthsTo100 <= WARN_MONTHS_TO_100) || drifting.length > 0 || leftOut.length > 0;
  return { pace, monthsTo100, drifting, leftOut, warn };
}
