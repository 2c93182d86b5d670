import { MODES, type Mode } from './ids';
import { div } from './math';
import type { ModeLevels } from './types';

/**
 * 五治融合 — 不能偏轻偏重、顾此失彼: balance is the weakest mode against the mean, 0–100.
 * Neglecting one mode lowers it far more than raising another can lift it.
 */
export function balanceIndex(modes: ModeLevels): number {
  let min = 100;
  let sum = 0;
  for (const m of MODES) {
    const v = modes[m];
    if (v < min) min = v;
    sum += v;
  }
  if (sum === 0) return 0;
  return div(min * 100 * MODES.length, sum);
}

/** The weakest mode (first in MODES order on ties), for naming an imbalance. */
export function weakestMode(modes: ModeLevels): Mode {
  let best: Mode = MODES[0];
  for (const m of MODES) if (modes[m] < modes[best]) best = m;
  return best;
}
