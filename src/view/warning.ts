// The board's early warning of 各自为政, in words: the core's trend rule (src/core/warning.ts) read
// as sentences — how fast 碎片化 is rising, and which forces were left out of 统筹 and for how long —
// so it reads as a decision still open, not as fate. Text and a ▲ mark, never colour alone.
import { type FragmentationWarning, fragmentationWarning, type GameState } from '../core';
import { dict, t } from '../i18n';

export interface WarningView {
  /** The headline: months to 100 at this pace, or that forces are slipping. */
  head: string;
  /** One line per force: left out for n months, or about to slip under the line. */
  lines: string[];
  warning: FragmentationWarning;
}

/** The fragmentation warning to show now, or null when the core's rule does not warn. */
export function warningView(state: GameState): WarningView | null {
  if (state.status !== 'playing') return null;
  const w = fragmentationWarning(state);
  if (!w.warn) return null;
  const d = dict();
  const head =
    w.monthsTo100 !== null
      ? t('warning.monthsTo100', { months: w.monthsTo100, pace: w.pace })
      : t('warning.slipping');
  const lines: string[] = [];
  const named = new Set<string>();
  for (const l of w.leftOut) {
    named.add(l.force);
    lines.push(t('warning.leftOut', { force: d.force[l.force], months: l.months }));
  }
  for (const x of w.drifting)
    if (!named.has(x.force))
      lines.push(t('warning.drifting', { force: d.force[x.force], alignment: x.alignment }));
  return { head, lines, warning: w };
}
