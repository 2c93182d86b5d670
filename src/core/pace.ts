// A short term is the scenario's story compressed, not cut: a term of M months of an N-month
// scenario runs at pace N/M, so each month of play carries N/M months of the world's own movement —
// forces drift, fragmentation gathers, modes fade, burden is pushed down, neglect bites — while the
// player's 精力 and 经费 stay per month and the forecast shocks come at the same point of the story.
// The pace is read from the state (the scenario's months and the term's), in integer per-mille, so a
// replay or a code of any term is exact; a full term's pace is PACE_UNIT and changes nothing.
import { div } from './math';
import type { GameState } from './types';

/** The pace of a full term (one month of the story per month played). */
export const PACE_UNIT = 1000;

/** Months of the story per month played, per mille: 2000 for 6 months of a 12-month scenario. */
export function termPace(s: Pick<GameState, 'scenario' | 'maxTurns'>): number {
  if (s.maxTurns >= s.scenario.months || s.maxTurns <= 0) return PACE_UNIT;
  return div(s.scenario.months * PACE_UNIT, s.maxTurns);
}

/**
 * The pace of the month being played. Month 1 is the player's first chance: nothing has been left
 * alone before it is played, so it runs by the month in any term; the story's pace starts in month 2.
 */
export function monthPace(s: Pick<GameState, 'scenario' | 'maxTurns' | 'turn'>): number {
  return s.turn <= 1 ? PACE_UNIT : termPace(s);
}

/** A per-month quantity of the world at this month's pace (rounded half away from zero; exact at PACE_UNIT). */
export function paced(s: Pick<GameState, 'scenario' | 'maxTurns' | 'turn'>, x: number): number {
  const pace = monthPace(s);
  if (pace === PACE_UNIT) return x;
  const m = div(Math.abs(x) * pace + PACE_UNIT / 2, PACE_UNIT);
  return x < 0 ? -m : m;
}

/** The month of play in which month `storyMonth` of the scenario falls (1 ≤ result ≤ the term). */
export function termMonth(s: Pick<GameState, 'scenario' | 'maxTurns'>, storyMonth: number): number {
  const n = s.scenario.months;
  if (s.maxTurns >= n) return storyMonth;
  return Math.max(1, div(storyMonth * s.maxTurns + n - 1, n));
}
