// A past term re-opened from the history: its replay loaded into a store of its own, in memory, so
// the debrief (and the board, step by step) read it exactly as they read the game in progress, and
// nothing of the saves in localStorage is touched.
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
