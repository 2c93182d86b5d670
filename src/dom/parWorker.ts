// The one par worker of the page: par's search (a second or two of work) runs here, off the page's
// thread, so no screen freezes (issue 9, item 6). The debrief asks for par and the player's first
// divergence from it, the facilitator for par's line and its month scores, a fork for par's rest of
// the term from the month it was forked at — all the same question: par's line from a state.
import { parFrom } from '../bots/par';
import type { Action, GameState } from '../core';
import { movesByMonth, type ParCostliest, type ParDivergence, parDivergence } from '../view';
import {
  type Line,
  monthHealthFrom,
  monthScores,
  parCostliest,
  type SessionChallenge,
} from '../view/ranking';
import { botLines } from './botLines';

export interface ParRequest {
  id: number;
  /** Par plays the rest of the term from here (the challenge's start, or a fork's month). */
  start: GameState;
  /** A line from the same start to compare: the reply names the first month it left par's, and the
   * month it lost the most ground to par. */
  compare?: Action[];
  /** The challenge of `start` (from its first month): the reply adds par's score after each month. */
  challenge?: SessionChallenge;
  /** Also every bot's whole line on `challenge` (the ranked table's "same moves as a bot" flag). */
  lines?: boolean;
}

export type ParReply =
  | {
      id: number;
      ok: true;
      /** Par's final 考核 score. */
      par: number;
      /** Par's actions from `start` to the end of the term. */
      actions: Action[];
      divergence: ParDivergence | null;
      /** The month the compared line lost the most ground to par's (null: never, or nothing compared). */
      costliest: ParCostliest | null;
      monthScores: number[];
      /** Par's community health after each month (`monthHealthFrom`), with `challenge`. */
      monthHealth: number[];
      /** Every bot's line on the challenge, when asked (`lines`); else empty. */
      lines: Line[];
    }
  | { id: number; ok: false; message: string };

/** The work itself, also run on the page's thread where no worker can be made. */
export function answer(req: ParRequest): ParReply {
  try {
    const line = parFrom(req.start);
    const ours = req.compare ? movesByMonth(req.start, req.compare) : [];
    const theirs = req.compare ? movesByMonth(req.start, line.actions) : [];
    const divergence = req.compare ? parDivergence(ours, theirs) : null;
    // Par's months replayed once more only when a comparison or the facilitator's chart needs them (a
    // fork finished by par needs neither).
    const parHealth = req.compare || req.challenge ? monthHealthFrom(req.start, line.actions) : [];
    const costliest = req.compare
      ? parCostliest(
          req.start,
          { moves: ours, health: monthHealthFrom(req.start, req.compare) },
          { moves: theirs, health: parHealth },
        )
      : null;
    const scores = req.challenge ? monthScores(req.start.scenario, req.challenge, line.actions) : [];
    // ~0.2–0.7 s more for the bots' lines (measured in Node at load ~14): here, never on the page's thread.
    const lines = req.lines && req.challenge ? botLines(req.start.scenario, req.challenge) : [];
    return {
      id: req.id,
      ok: true,
      par: line.score,
      actions: line.actions,
      divergence,
      costliest,
      monthScores: scores,
      monthHealth: req.challenge ? parHealth.map((x) => x.health) : [],
      lines,
    };
  } catch (e) {
    return { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

// In a worker (no document), answer each request as it comes.
const scope = globalThis as unknown as {
  document?: unknown;
  onmessage: ((e: MessageEvent<ParRequest>) => void) | null;
  postMessage(m: ParReply): void;
};
if (typeof scope.document === 'undefined' && typeof scope.postMessage === 'function')
  scope.onmessage = (e) => scope.postMessage(answer(e.data));
