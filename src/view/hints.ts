// The guided first game: which mechanic matters now, as a pure function of the state. The tutorial
// scenario (the easiest one) shows each hint the first time its mechanic matters; the DOM layer
// (src/dom/hints.ts) says it and points at the real control, and never acts for the player.
import { type ConceptId, FORCES, type Force, type GameState } from '../core';
import { BURDEN_HEAVY } from '../core/monthEnd';
import { actionsView, concernsView, energyBreakdown } from './board';

/** The mechanics a first game meets, in the order they usually come up. */
export const HINT_IDS = ['energy', 'dispute', 'drift', 'burden', 'hidden'] as const;
export type HintId = (typeof HINT_IDS)[number];

export interface Hint {
  id: HintId;
  /** The `data-key` of the control that helps (the hint points at it; the player presses it). */
  target: string;
  /** The lecture passage behind it (docs/concepts.md). */
  concept: ConceptId;
  /** Figures the text quotes. */
  params: Record<string, string | number>;
  /** A second wording of the hint for the state it meets (its text key is `hint.<id>.<variant>`). */
  variant?: 'noConcern';
}

/** Is this the scenario that teaches by doing? The easiest one (difficulty 1). */
export function isTutorial(state: GameState): boolean {
  return state.scenario.difficulty === 1;
}

function hintIf(id: HintId, state: GameState): Hint | null {
  switch (id) {
    case 'energy':
      // Month 1, nothing spent yet: what 精力 is, before the first Enter wastes it.
      if (state.turn !== 1 || state.energy <= 0 || energyBreakdown(state).spent > 0) return null;
      // With no concern in sight yet, it does not suggest answering one (回应诉求 is unavailable then).
      return {
        id,
        target: 'chip-energy',
        concept: 'nerve-endings',
        params: { energy: state.energy },
        ...(concernsView(state).visible.length === 0 ? { variant: 'noConcern' as const } : {}),
      };
    case 'dispute': {
      // A dispute the coming month end would escalate (枫桥经验: answer it early).
      const cv = concernsView(state);
      const c = cv.visible.find((x) => x.kind === 'dispute' && cv.outlook.get(x.id)?.due);
      return c ? { id, target: `concern-${c.id}`, concept: 'fengqiao', params: { id: c.id } } : null;
    }
    case 'drift': {
      // After the first month end, alignment has drifted for every force not called to a meeting.
      const drifted = state.log.some((e) => e.reason === 'drift');
      const f = weakestForce(state);
      return drifted && f
        ? {
            id,
            target: 'act-coordinate',
            concept: 'fragmentation',
            params: { force: f, alignment: state.forces[f].alignment },
          }
        : null;
    }
    case 'burden': {
      const lost = energyBreakdown(state).lostToBurden;
      return lost > 0 || state.burden >= BURDEN_HEAVY
        ? { id, target: 'act-clearBurden', concept: 'burden-relief', params: { lost, burden: state.burden } }
        : null;
    }
    case 'hidden': {
      const n = concernsView(state).hidden;
      return n > 0 ? { id, target: 'prog-smartPlatform', concept: 'smart', params: { n } } : null;
    }
  }
}

function weakestForce(state: GameState): Force | null {
  let best: Force | null = null;
  for (const f of FORCES) if (!best || state.forces[f].alignment < state.forces[best].alignment) best = f;
  return best;
}

/**
 * The hint to show now: the first mechanic (in HINT_IDS order) that matters in this state and has not
 * been seen. Null outside the tutorial, once the game is over, or when every hint that matters is seen.
 */
export function hintFor(state: GameState, seen: ReadonlySet<HintId>): Hint | null {
  if (!isTutorial(state) || state.status !== 'playing') return null;
  for (const id of HINT_IDS) {
    if (seen.has(id)) continue;
    const h = hintIf(id, state);
    if (h) return h;
  }
  return null;
}

/**
 * 精力 that the player could still spend this month: the energy left when at least one action is
 * affordable, else 0. Enter asks before ending a month that leaves this unspent.
 */
export function unspentEnergy(state: GameState): number {
  if (state.status !== 'playing' || state.energy <= 0) return 0;
  const v = actionsView(state);
  const any =
    v.coordinate.ok ||
    v.respond.ok ||
    v.strengthen.ok ||
    v.clearBurden.ok ||
    Object.values(v.programmes).some((a) => a.ok);
  return any ? state.energy : 0;
}
