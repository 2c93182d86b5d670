// Runs ./parWorker.ts in a worker thread (through tsx's loader, as `npm run balance` does), and falls
// back to computing par in place if a worker cannot start.
import { Worker } from 'node:worker_threads';
import { parScore } from '../bots/par';
import type { Scenario } from '../core';

/** Par of the challenge: the scenario and seed over `months` (the session's term), at level 1. */
export function parInWorker(scenario: Scenario, seed: string, months: number): Promise<number> {
  const inPlace = () => parScore(scenario, seed, { months });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(new URL('./parWorker.ts', import.meta.url).href)}); });`;
      worker = new Worker(boot, { eval: true, workerData: { scenarioId: scenario.id, seed, months } });
      worker.unref(); // a room closing does not wait for it
    } catch {
      resolve(inPlace());
      return;
    }
    worker.once('message', (m: unknown) => {
      resolve(typeof m === 'number' ? m : inPlace());
      void worker.terminate();
    });
    worker.once('error', () => resolve(inPlace()));
  });
}
