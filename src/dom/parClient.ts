// Asks the page's one par worker for par's line from a state (the debrief's par and divergence, the
// facilitator's par line, a fork finished by par). The queue and the worker (./parQueue.ts,
// ./parWorker.ts) load only when first asked, so the first board carries none of their bytes.
import type { Action, GameState, Scenario } from '../core';
import { t } from '../i18n';
import type { ParAsk, ParResult } from './parQueue';

export type { ParAsk, ParResult };

/** The queue's chunk could not be had (offline and not cached, or a LAN room down just then): an answer, not a throw. */
const unavailable = (): ParResult => ({ id: -1, ok: false, message: t('load.failed') });

/** Par's line from `start` (and what `ask` adds); the same question asked twice is answered once. */
export function parFromState(start: GameState, ask: ParAsk = {}): Promise<ParResult> {
  return import('./parQueue').then((q) => q.parFromState(start, ask), unavailable);
}

/** Par and the divergence for a finished game, from the challenge's start. */
export function requestPar(
  scenario: Scenario,
  seed: string,
  months: number,
  actions: readonly Action[],
): Promise<ParResult> {
  return import('./parQueue').then((q) => q.requestPar(scenario, seed, months, actions), unavailable);
}
