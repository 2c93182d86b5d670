// Asks the par worker for a challenge's par line; one worker, answers cached by challenge.
import { bundledScenario } from '../scenarios/bundled';
import type { SessionChallenge } from '../view/ranking';
import type { ParAnswer } from './par.worker';

export type { ParAnswer };

const cache = new Map<string, Promise<ParAnswer>>();
let worker: Worker | null = null;
const waiting = new Map<string, (a: ParAnswer) => void>();

const keyOf = (c: SessionChallenge) => `${c.scenarioId}|${c.seed}|${c.months}`;

export function parOf(c: SessionChallenge): Promise<ParAnswer> {
  const key = keyOf(c);
  let p = cache.get(key);
  if (p) return p;
  p = new Promise<ParAnswer>((resolve) => {
    waiting.set(key, resolve);
    if (!worker) {
      worker = new Worker(new URL('./par.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<ParAnswer>) => {
        waiting.get(e.data.key)?.(e.data);
        waiting.delete(e.data.key);
      };
    }
    const scenario = bundledScenario(c.scenarioId);
    if (!scenario) return;
    worker.postMessage({ scenarioId: c.scenarioId, seed: c.seed, months: c.months, key, scenario });
  });
  cache.set(key, p);
  return p;
}
