// The page's one par worker (./parWorker.ts), asked through a queue: par's line from a state — the debrief's
// par and divergence, the facilitator's par line, a fork finished by par. Each question is answered once
// per page. The worker is created by Vite's `new Worker(new URL(…))` pattern, so it ships as its own
// same-origin file (the page's CSP allows scripts and workers from 'self' only).
import { type Action, type GameState, newGame, type Scenario, stateHash } from '../core';
import type { SessionChallenge } from '../view/ranking';
import type { ParReply, ParRequest } from './parWorker';

export type ParResult = ParReply;

const answers = new Map<string, Promise<ParResult>>();
let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: ParResult) => void>();

function theWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./parWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<ParReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    // A worker that cannot start answers every request with the reason, never hangs a screen.
    for (const [id, done] of waiting) done({ id, ok: false, message: e.message || 'worker failed' });
    waiting.clear();
    worker = null;
  };
  return worker;
}

export interface ParAsk {
  compare?: readonly Action[];
  challenge?: SessionChallenge;
  /** Also every bot's line on `challenge`. */
  lines?: boolean;
}

/** Par's line from `start` (and what `ask` adds); the same question asked twice is answered once. */
export function parFromState(start: GameState, ask: ParAsk = {}): Promise<ParResult> {
  const key = `${stateHash(start)}|${JSON.stringify(ask.compare ?? null)}|${JSON.stringify(ask.challenge ?? null)}|${ask.lines === true}`;
  const known = answers.get(key);
  if (known) return known;
  const req: ParRequest = {
    id: nextId++,
    start,
    ...(ask.compare ? { compare: [...ask.compare] } : {}),
    ...(ask.challenge ? { challenge: ask.challenge } : {}),
    ...(ask.lines ? { lines: true } : {}),
  };
  const w = theWorker();
  const p = w
    ? new Promise<ParResult>((resolve) => {
        waiting.set(req.id, resolve);
        try {
          w.postMessage(req);
        } catch (e) {
          waiting.delete(req.id);
          resolve({ id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) });
        }
      })
    : // No worker (an old browser): the same work, on this thread, after the screen has painted.
      new Promise<ParResult>((resolve) => {
        setTimeout(() => void import('./parWorker').then((m) => resolve(m.answer(req))), 120);
      });
  answers.set(key, p);
  return p;
}

/** Par and the divergence for a finished game, from the challenge's start. */
export function requestPar(
  scenario: Scenario,
  seed: string,
  months: number,
  actions: readonly Action[],
): Promise<ParResult> {
  return parFromState(newGame(scenario, seed, { months }), { compare: actions });
}
