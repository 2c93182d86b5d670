// The actions a player could take now — one enumerator shared by bots, tests and the UI.
import { FORCES, type Force, PROGRAMMES, REFORMS } from './ids';
import type { Action, GameState } from './types';
import { checkLegal } from './validate';

/** Every non-empty subset of the given forces, in FORCES order. */
export function forceSubsets(forces: readonly Force[]): Force[][] {
  const out: Force[][] = [];
  for (let mask = 1; mask < 1 << forces.length; mask++) {
    const set: Force[] = [];
    for (let i = 0; i < forces.length; i++) if (mask & (1 << i)) set.push(forces[i]!);
    out.push(set);
  }
  return out;
}

/**
 * The legal actions now. Coordination is offered for every set of forces; a response for each
 * perceived concern with every subset of the forces it needs, with all five, and 行政包办 (top-down).
 * Ends with endMonth, always legal while playing.
 */
export function legalActions(s: GameState): Action[] {
  if (s.status !== 'playing') return [];
  const candidates: Action[] = [];
  for (const forces of forceSubsets(FORCES)) candidates.push({ type: 'coordinate', forces });
  for (const programme of PROGRAMMES) candidates.push({ type: 'develop', programme });
  for (const force of FORCES) candidates.push({ type: 'strengthen', force });
  for (const c of s.concerns) {
    if (c.hiddenFor > 0) continue;
    const sets = forceSubsets(c.needs.forces);
    if (c.needs.forces.length < FORCES.length) sets.push([...FORCES]);
    for (const forces of sets) candidates.push({ type: 'respond', concern: c.id, forces });
    candidates.push({ type: 'respond', concern: c.id, forces: [], topDown: true });
  }
  for (const reform of REFORMS) candidates.push({ type: 'adoptReform', reform });
  candidates.push({ type: 'clearBurden' });
  candidates.push({ type: 'endMonth' });
  return candidates.filter((a) => checkLegal(s, a) === null);
}
