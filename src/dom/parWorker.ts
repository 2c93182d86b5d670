// The debrief's par worker: par's search (a second or two of work) runs here, off the page's
// thread, so the debrief never freezes (issue 9, item 6). It answers with par's score and the first
// month where the player's line left par's, both from the same functions the CLI and tests use.
import { parFrom } from '../bots/par';
import { type Action, newGame, type Scenario } from '../core';
import { type Divergence, firstDivergence, movesByMonth } from '../view';

export interface ParRequest {
  id: number;
  scenario: Scenario;
  seed: string;
  /** The term's length (a challenge may be shorter than the scenario). */
  months: number;
  actions: Action[];
}

export type ParReply =
  | { id: number; ok: true; par: number; divergence: Divergence | null }
  | { id: number; ok: false; message: string };

/** The work itself, also run on the page's thread where no worker can be made. */
export function answer(req: ParRequest): ParReply {
  try {
    const start = newGame(req.scenario, req.seed, { months: req.months });
    const par = parFrom(start);
    const divergence = firstDivergence(movesByMonth(start, req.actions), movesByMonth(start, par.actions));
    return { id: req.id, ok: true, par: par.score, divergence };
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
