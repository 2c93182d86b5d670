// The board's early warning of 各自为政, in words: the core's trend rule (src/core/warning.ts) read
// as sentences — how fast 碎片化 is rising, and which forces were left out of 统筹 and for how long —
// so it reads as a decision still open, not as fate. Text and a ▲ mark, never colour alone.
import {
  FORCES,
  type Force,
  type FragmentationWarning,
  fragmentationWarning,
  type GameState,
  SAFETY_LOSS,
  satisfactionFloorThreat,
} from '../core';
import { dict, t } from '../i18n';
import { DANGER_MARGIN } from './board';

export interface WarningView {
  /** The headline: months to 100 at this pace, or that forces are slipping. */
  head: string;
  /** The forces left out (one line per length of time), then those about to slip under the line. */
  lines: string[];
  warning: FragmentationWarning;
}

/** The fragmentation warning to show now, or null when the core's rule does not warn. */
export function warningView(state: GameState): WarningView | null {
  if (state.status !== 'playing') return null;
  const w = fragmentationWarning(state);
  if (!w.warn) return null;
  const d = dict();
  const head = headline(w);
  // Grouped, so the box stays a few lines in the graph's corner (it used to cover the 社区 node, which
  // drifts up towards it exactly when the warning shows): forces left out as long as each other on one
  // line, all five as 五社; then the forces about to slip, on one line.
  const lines: string[] = [];
  const named = new Set<string>();
  const byMonths = new Map<number, Force[]>();
  for (const l of w.leftOut) {
    named.add(l.force);
    byMonths.set(l.months, [...(byMonths.get(l.months) ?? []), l.force]);
  }
  for (const [months, forces] of [...byMonths].sort((a, b) => b[0] - a[0]))
    lines.push(
      forces.length === FORCES.length
        ? t('warning.leftOutAll', { months: monthsText(months) })
        : t('warning.leftOut', {
            force: forces.map((f) => d.forceShort[f]).join(t('ui.and')),
            months: monthsText(months),
          }),
    );
  const slipping = w.drifting.filter((x) => !named.has(x.force));
  if (slipping.length)
    lines.push(
      t('warning.drifting', {
        forces: slipping
          .map((x) => t('warning.forceAt', { force: d.forceShort[x.force], alignment: x.alignment }))
          .join(t('ui.and')),
      }),
    );
  return { head, lines, warning: w };
}

const monthsText = (n: number) => (n === 1 ? t('warning.oneMonth') : t('warning.nMonths', { n }));

/**
 * The other two ways to lose, when near: satisfaction under the scenario's floor (a count of month ends
 * to the loss) and safety near its line. A play-tester lost to satisfaction with only the 碎片化 warning
 * on the board, and no floor or count anywhere. Null when neither is near.
 */
export function lossWarningView(state: GameState): { head: string; lines: string[] } | null {
  if (state.status !== 'playing') return null;
  const lines: string[] = [];
  const floor = satisfactionFloorThreat(state);
  if (floor) lines.push(floorLine(state.satisfaction, floor));
  if (state.safety <= SAFETY_LOSS + DANGER_MARGIN.safety)
    lines.push(t('loss.safety', { value: state.safety, line: SAFETY_LOSS }));
  return lines.length ? { head: t('loss.head'), lines } : null;
}

/**
 * The 碎片化 headline, from the sooner of the two counts: this month's pace, or the player's recent 统筹 run
 * forward. A tester's board said 约 84 个月 (a pace of +1) in a 6-month term the projection saw lost in 4,
 * and was lost.
 */
function headline(w: FragmentationWarning): string {
  const soonest = Math.min(w.monthsTo100 ?? Infinity, w.projectedMonthsTo100 ?? Infinity);
  if (soonest <= 1) return t('warning.thisMonth');
  if (w.projectedMonthsTo100 === soonest && soonest !== w.monthsTo100)
    return t('warning.projected', { months: monthsText(soonest) });
  if (w.monthsTo100 !== null)
    return t('warning.monthsTo100', { months: monthsText(w.monthsTo100), pace: w.pace });
  return t('warning.slipping');
}

/** Satisfaction under its floor: the loss at this month's end, or the month ends left before it. */
function floorLine(
  value: number,
  { floor, monthsBelow, monthEndsLeft }: NonNullable<ReturnType<typeof satisfactionFloorThreat>>,
): string {
  if (monthEndsLeft > 1) return t('loss.satisfactionCount', { value, floor, left: monthEndsLeft });
  // A scenario whose floor loses at the first month end under it (floorMonths 1) has no months behind.
  if (monthsBelow === 0) return t('loss.satisfactionFirst', { value, floor });
  return t('loss.satisfactionNow', { value, floor, months: monthsText(monthsBelow) });
}
