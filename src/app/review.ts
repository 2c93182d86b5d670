// A past term re-opened from the history: its replay loaded into a store of its own, in memory, so
// the debrief (and the board, step by step) read it exactly as they read the game in progress, and
// nothing of the saves in localStorage is touched. A fork plays on in such a store too (./fork.ts).
import { type Action, type GameState, newGame, runActions } from '../core';
import { type MonthStart, makeReplay, replayToJson, statesByMonth } from '../replay';
import { scenarioSource } from './scenarios';
import { GameStore, saveKey } from './store';

const SLOT = 'review';

/** A Storage that lives in memory only. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => {
      m.delete(k);
    },
    setItem: (k, v) => {
      m.set(k, String(v));
    },
  };
}

/** The term of a replay as a read-only store, or null if the replay fails its checks. */
export function reviewStore(replayText: string): GameStore | null {
  const storage = memoryStorage();
  storage.setItem(saveKey(SLOT), replayText);
  const store = new GameStore(storage, scenarioSource);
  return store.load(SLOT).ok ? store : null;
}

export type { MonthStart };

/** A verified replay opened for review: its store (names, score), start state and months. */
export interface Reviewed {
  store: GameStore;
  start: GameState;
  months: MonthStart[];
}

/** Opens a replay's text for review on the board, or null if it fails the checks `npm run verify` makes. */
export function reviewOf(replayText: string): Reviewed | null {
  const store = reviewStore(replayText);
  const replay = store?.replay();
  if (!store || !replay) return null;
  const scenario = scenarioSource.get(replay.scenarioId);
  if (!scenario) return null;
  const start = newGame(scenario, replay.seed, {
    ...(replay.months !== undefined ? { months: replay.months } : {}),
    ...(replay.level !== undefined ? { level: replay.level } : {}),
  });
  return { store, start, months: statesByMonth(start, replay.actions) };
}

/** A replay's text from a challenge and a line of actions (a team's game in the facilitator's view). */
export function replayTextOf(
  challenge: { scenarioId: string; seed: string; months: number; level?: number },
  actions: readonly Action[],
  team = '',
): string | null {
  const scenario = scenarioSource.get(challenge.scenarioId);
  if (!scenario) return null;
  const start = newGame(scenario, challenge.seed, {
    months: challenge.months,
    ...(challenge.level !== undefined ? { level: challenge.level } : {}),
  });
  const run = runActions(start, actions);
  if (run.rejectedAt !== null) return null;
  const replay = makeReplay(start, actions, run.state);
  return replayToJson(team ? { ...replay, team } : replay);
}
