// What one month end did: the figures before and after, and the events.
import { FORCES, type Force, type GameEvent, type GameState, type Metric } from '../core';
import { isUnaligned, isWorsening } from './board';

// ───────────────────────────── month summary ─────────────────────────────

export type SummaryFigure = 'budget' | Metric;

export interface MonthSummary {
  turn: number;
  changes: { id: SummaryFigure; before: number; after: number; delta: number; worsening: boolean }[];
  alignment: { force: Force; before: number; after: number; delta: number; nowDrifting: boolean }[];
  events: GameEvent[];
  gameOver: boolean;
}

/** What one endMonth did: the figures before and after, and the events. */
export function monthSummary(
  before: GameState,
  after: GameState,
  events: readonly GameEvent[],
): MonthSummary {
  const ids: SummaryFigure[] = ['satisfaction', 'safety', 'vitality', 'burden', 'fragmentation', 'budget'];
  const changes = ids
    .map((id) => {
      const b = before[id];
      const a = after[id];
      const delta = a - b;
      return { id, before: b, after: a, delta, worsening: isWorsening(id, delta) };
    })
    .filter((c) => c.delta !== 0);
  const alignment = FORCES.map((force) => {
    const b = before.forces[force].alignment;
    const a = after.forces[force].alignment;
    return { force, before: b, after: a, delta: a - b, nowDrifting: isUnaligned(a) && !isUnaligned(b) };
  }).filter((x) => x.delta !== 0);
  return {
    turn: before.turn,
    changes,
    alignment,
    events: events.filter((e) => e.type !== 'acted' && e.type !== 'monthEnded'),
    gameOver: after.status !== 'playing',
  };
}
