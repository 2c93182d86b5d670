// 各自为政 on its way: the board's fragmentation warning, from the trend rather than the level, so
// it comes while a player can still turn the term around (issue 9, item 7). Pure: views and the
// balance report read the same rule.

import { twoCommittees } from './actions';
import { FORCES, type Force } from './ids';
import { div } from './math';
import { drift, FRAGMENTATION_LOSS, forceDrift, fragment, ownAgendas, UNALIGNED } from './monthEnd';
import type { GameState } from './types';

export interface FragmentationWarning {
  /** 碎片化 gained over the last month (negative when it fell). */
  pace: number;
  /** Months until 碎片化 reaches 100 at this pace; null when it is not rising. */
  monthsTo100: number | null;
  /**
   * Months until 碎片化 reaches 100 if the player keeps to their recent 统筹 — forces in the
   * player's rotation are kept aligned, forces left out keep drifting — as the month-end rules of
   * drift and fragmentation project it; null when not within the term.
   */
  projectedMonthsTo100: number | null;
  /** Forces that this month's drift, uncalled, would take under UNALIGNED + 10; least aligned first. */
  drifting: { force: Force; alignment: number }[];
  /** Forces not called to a joint meeting for a month or more while under LEFT_OUT_BELOW, longest first. */
  leftOut: { force: Force; months: number }[];
  /** Months of the term still to play, this one included. */
  monthsLeft: number;
  /**
   * Whether the board should warn now: only when this pace would reach 各自为政 (100) within the
   * term. Forces drifting or left out are named in the warning but do not raise it by themselves —
   * a warning a good player sees every month is noise.
   */
  warn: boolean;
}

/**
 * Kept for the view's wording: a pace that reaches 100 within this many months is always urgent.
 * The warning itself is raised by the term's remaining months (`monthsLeft`).
 */
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
  const monthsLeft = Math.max(0, s.maxTurns - s.turn + 1);
  const projectedMonthsTo100 = projectFragmentation(s, monthsLeft);
  const warn = (monthsTo100 !== null && monthsTo100 <= monthsLeft) || projectedMonthsTo100 !== null;
  return { pace, monthsTo100, projectedMonthsTo100, drifting, leftOut, monthsLeft, warn };
}

/**
 * The month-end rules of 各自为政 run forward on a scratch copy (forces, modes and the metrics they
 * move; the log, concerns and history are not touched): the forces this player has called lately
 * stay where they are, the others drift; the modes are taken to hold (this is a warning about 统筹). Returns the months until 碎片化 reaches
 * FRAGMENTATION_LOSS, or null if it does not within `months`.
 */
function projectFragmentation(s: GameState, months: number): number | null {
  // In month 1 nobody has been left out of anything yet: there is no behaviour to project.
  if (s.turn <= 1 || months === 0) return null;
  // A force missed at one meeting is taken to be in the player's rotation; one left out for two months
  // or more, or any force when no meeting was held at all last month, is taken to stay left out.
  const noMeeting = s.coordinated.length === 0 && FORCES.every((f) => s.uncoordinated[f] >= 1);
  const keptUp = FORCES.filter((f) => s.coordinated.includes(f) || (!noMeeting && s.uncoordinated[f] <= 1));
  if (keptUp.length === FORCES.length) return null;
  const forces = {} as GameState['forces'];
  for (const f of FORCES) forces[f] = { ...s.forces[f] };
  const p: GameState = {
    ...s,
    forces,
    modes: { ...s.modes },
    coordinated: [],
    concerns: [],
    log: [],
    history: [],
  };
  for (let m = 1; m <= months; m++) {
    const held = keptUp.map((f) => p.forces[f].alignment);
    drift(p, p.scenario);
    keptUp.forEach((f, i) => {
      p.forces[f].alignment = held[i]!;
    });
    twoCommittees(p);
    ownAgendas(p);
    fragment(p);
    if (p.fragmentation >= FRAGMENTATION_LOSS) return m;
  }
  return null;
}
