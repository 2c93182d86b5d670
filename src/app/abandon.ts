// Giving up a term in progress (the board's 菜单, or deleting its save on the title): the term is kept
// in the history marked unfinished, then its save and its slot are forgotten. Nothing else is touched.
import { abandonReplay } from './history';
import { forgetSlot } from './slots';
import type { GameStore } from './store';

/** `replayText`: the term as far as it went (the store's own, or the saved text when not loaded). */
export function abandonTerm(
  storage: Storage | null,
  store: GameStore,
  slot: string,
  replayText: string | null,
): void {
  abandonReplay(replayText);
  store.close();
  store.discard(slot);
  forgetSlot(storage, slot);
}
