// Asks the par worker for a challenge's par and the player's divergence from it, once per finished
// game this session. The worker is created by Vite's `new Worker(new URL(…))` pattern, so it ships
// as its own same-origin file (the page's CSP allows scripts and workers from 'self' only).
import type { Action, Scenario } from '../core';
import type { ParReply, ParRequest } from './parWorker';

export type ParResult = Extract<ParReply, { ok: true }> | Extract<ParReply, { ok: false }>;

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
    // A worker that cannot start answers every request with the reason, never hangs the debrief.
    for (const [id, done] of waiting) done({ id, ok: false, message: e.message || 'worker failed' });
    waiting.clear();
    worker = null;
  };
  return worker;
}

/** Par and the divergence for a finished game; the same game asked twice is answered once. */
export function requestPar(
  scenario: Scenario,
  seed: string,
  months: number,
  actions: readonly Action[],
): Promise<ParResult> {
  const key = `${scenario.id}|${seed}|${months}|${JSON.stringify(actions)}`;
  const known = answers.get(key);
  if (known) return known;
  const req: ParRequest = { id: nextId++, scenario, seed, months, actions: [...actions] };
  const w = theWorker();
  const p = w
    ? new Promise<ParResult>((resolve) => {
        waiting.set(req.id, resolve);
        w.postMessage(req);
      })
    : // No worker (an old browser): the same work, on this thread, after the debrief has painted.
      new Promise<ParResult>((resolve) => {
        setTimeout(() => void import('./parWorker').then((m) => resolve(m.answer(req))), 120);
      });
  answers.set(key, p);
  return p;
}
