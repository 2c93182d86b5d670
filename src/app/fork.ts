// A fork: a past game (a team's, or one of the player's own) played on from the start of one of its
// months, in a store of its own in memory (src/app/review.ts) — never the player's saves, never the
// facilitator's session. While a fork runs, the scenes read it as `app().store`; ending it puts the
// player's own store back as it was.
import { type AppContext, app, setApp } from './context';
import type { GameStore } from './store';

export interface ForkOrigin {
  /** The month the fork starts at (the original's state at its start). */
  turn: number;
  /** The original game's final score, or null when it was not finished. */
  originalScore: number | null;
  /** Who plays on: the player on the board, or par's search. */
  by: 'you' | 'par';
  /** Back to the review the fork was made from. */
  back(): void;
  /** A fresh fork from the same month. */
  again(): void;
}

let active: { origin: ForkOrigin; own: AppContext['store'] } | null = null;

/** Makes `store` (in memory) the game the scenes play, until `endFork`. */
export function startFork(store: GameStore, origin: ForkOrigin): void {
  const own = active ? active.own : app().store;
  active = { origin, own };
  setApp({ ...app(), store });
}

/** The fork being played, or null for the player's own game. */
export function currentFork(): ForkOrigin | null {
  return active?.origin ?? null;
}

/** Puts the player's own store back; the fork's game is dropped. */
export function endFork(): void {
  if (!active) return;
  const own = active.own;
  active = null;
  setApp({ ...app(), store: own });
}
