// The browser side of the daily challenge and the level choice: today's challenge from the local
// clock, the chosen level kept in local storage, and each finished daily game recorded once (the
// first try of its day; later tries are practice).
import { type GameState, levelProblem, MIN_LEVEL } from '../core';
import { type DailyChallenge, dailyChallenge, localDateKey, readDaily, recordDaily } from './daily';
import type { GameStore } from './store';

/** Where the player's chosen level is kept. */
export const LEVEL_KEY = 'community-secretary.level';

export function storedLevel(storage: Storage | null): number {
  try {
    const v = Number(storage?.getItem(LEVEL_KEY));
    return levelProblem(v) ? MIN_LEVEL : v;
  } catch {
    return MIN_LEVEL;
  }
}

export function storeLevel(storage: Storage | null, level: number): void {
  try {
    storage?.setItem(LEVEL_KEY, String(level));
  } catch {
    // Not kept: the title offers level 1 next time.
  }
}

/** Today's challenge, by the page's local clock. */
export function todaysChallenge(shipped: readonly string[], now = new Date()): DailyChallenge {
  return dailyChallenge(localDateKey(now), shipped);
}

/** The daily challenge a game is, by its own seed (a game begun before midnight is that day's). */
export function dailyOf(state: GameState, shipped: readonly string[]): DailyChallenge | null {
  const m = /^daily-(\d{4})(\d{2})(\d{2})$/.exec(state.seed);
  if (!m) return null;
  const ch = dailyChallenge(`${m[1]}-${m[2]}-${m[3]}`, shipped);
  return ch.scenarioId === state.scenarioId && ch.level === (state.level ?? MIN_LEVEL) ? ch : null;
}

/** Records each daily game when it ends (the first finished try of its day only). */
export function watchDaily(store: GameStore, storage: Storage | null, shipped: readonly string[]): void {
  store.subscribe(({ state, prev }) => {
    if (prev?.status !== 'playing' || state.status === 'playing' || !state.assessment) return;
    const ch = dailyOf(state, shipped);
    if (ch) recordDaily(storage, ch.date, { score: state.assessment.score, rating: state.assessment.rating });
  });
}

export { readDaily };
