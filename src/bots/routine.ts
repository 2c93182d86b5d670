// Fixed monthly routines: what a player who has "found the trick" does every month, whatever the
// month brings. Par must beat every one of them (issue 9): if a routine reaches par, the game
// rewards finding a routine, not judgment. Each routine is the same few steps in a fixed order.
import {
  type Action,
  type Concern,
  checkLegal,
  FORCES,
  type Force,
  type GameState,
  MODES,
  type Mode,
  PROGRAMME,
  PROGRAMMES,
  type ProgrammeId,
  type ReformId,
} from '../core';
import type { Bot } from './index';
import { pressing } from './policy';

/** One step of a routine, done as often as it is legal and wanted, before the next step. */
export type RoutineStep =
  /** Adopt 减负清单 as soon as it is affordable, then clear burden at ≥ `burdenAt`. */
  | 'burden'
  /** Call forces to the joint meeting once a month (which ones: `coordinate`). */
  | 'coordinate'
  /** Answer visible concerns, most urgent first (with which forces: `commit`). */
  | 'respond'
  /** Answer only the concerns due this month. */
  | 'respondUrgent'
  /** Develop the weakest mode while it is below 45. */
  | 'weakestMode'
  /** 居民议事会 whenever affordable. */
  | 'council'
  /** 招募志愿者 whenever affordable. */
  | 'volunteers'
  /** Grow the weakest force (any, by capacity). */
  | 'strengthen'
  /** Adopt the routine's reforms in order when affordable. */
  | 'reforms';

export interface Routine {
  name: string;
  description: string;
  steps: RoutineStep[];
  coordinate: 'least4' | 'all5' | 'least2';
  commit: 'all5' | 'needed' | 'topDown';
  burdenAt: number;
  reforms: ReformId[];
}

const legal = (s: GameState, a: Action) => checkLegal(s, a) === null;

function respondAction(c: Concern, commit: Routine['commit']): Action {
  if (commit === 'topDown') return { type: 'respond', concern: c.id, forces: [], topDown: true };
  return { type: 'respond', concern: c.id, forces: commit === 'all5' ? [...FORCES] : [...c.needs.forces] };
}

function developWeakest(s: GameState): Action | null {
  const mode: Mode = [...MODES].sort((a, b) => s.modes[a] - s.modes[b])[0]!;
  if (s.modes[mode] >= 45) return null;
  const options: ProgrammeId[] = PROGRAMMES.filter((p) => PROGRAMME[p].mode === mode);
  for (const p of options) {
    const a: Action = { type: 'develop', programme: p };
    if (legal(s, a)) return a;
  }
  return null;
}

/** The routine's next action, or null when this step has nothing (more) to do. */
function stepAction(s: GameState, r: Routine, st: RoutineStep): Action | null {
  switch (st) {
    case 'burden': {
      const list: Action = { type: 'adoptReform', reform: 'burdenList' };
      if (legal(s, list)) return list;
      const clear: Action = { type: 'clearBurden' };
      return s.burden >= r.burdenAt && legal(s, clear) ? clear : null;
    }
    case 'coordinate': {
      if (s.coordinated.length > 0) return null;
      const byAlignment = [...FORCES].sort((a, b) => s.forces[a].alignment - s.forces[b].alignment);
      const n = r.coordinate === 'all5' ? 5 : r.coordinate === 'least4' ? 4 : 2;
      const a: Action = { type: 'coordinate', forces: byAlignment.slice(0, n) as Force[] };
      return legal(s, a) ? a : null;
    }
    case 'respond':
    case 'respondUrgent':
      for (const c of pressing(s)) {
        if (st === 'respondUrgent' && c.deadline > 1) break;
        const a = respondAction(c, r.commit);
        if (legal(s, a)) return a;
      }
      return null;
    case 'weakestMode':
      return developWeakest(s);
    case 'council': {
      const a: Action = { type: 'develop', programme: 'residentsCouncil' };
      return legal(s, a) ? a : null;
    }
    case 'volunteers': {
      const a: Action = { type: 'strengthen', force: 'volunteers' };
      return legal(s, a) ? a : null;
    }
    case 'strengthen': {
      const f = [...FORCES].sort((a, b) => s.forces[a].capacity - s.forces[b].capacity)[0]!;
      const a: Action = { type: 'strengthen', force: f };
      return s.forces[f].capacity < 80 && legal(s, a) ? a : null;
    }
    case 'reforms':
      for (const reform of r.reforms) {
        const a: Action = { type: 'adoptReform', reform };
        if (legal(s, a)) return a;
      }
      return null;
  }
}

export function routineAction(s: GameState, r: Routine): Action {
  for (const st of r.steps) {
    const a = stepAction(s, r, st);
    if (a) return a;
  }
  return { type: 'endMonth' };
}

const THE_ROUTINE: Omit<Routine, 'name' | 'description'> = {
  steps: ['burden', 'coordinate', 'respond', 'weakestMode', 'council', 'volunteers'],
  coordinate: 'least4',
  commit: 'all5',
  burdenAt: 30,
  reforms: [],
};

/** The family of fixed routines par must beat. The first is the routine issue 9 found winning. */
export const ROUTINES: readonly Routine[] = [
  {
    ...THE_ROUTINE,
    name: 'routine-all-five',
    description:
      '减负清单 early, clear burden at ≥ 30; coordinate the four least aligned; answer every visible concern committing all five forces; then the weakest mode below 45, else 居民议事会, else 招募志愿者',
  },
  {
    ...THE_ROUTINE,
    name: 'routine-needed',
    description: 'the same routine, committing exactly the forces each concern names',
    commit: 'needed',
  },
  {
    ...THE_ROUTINE,
    name: 'routine-top-down',
    description: 'the same routine, answering every concern by 行政包办',
    commit: 'topDown',
  },
  {
    ...THE_ROUTINE,
    name: 'routine-coordinate-all',
    description: 'calls all five forces together every month, then the routine (all five committed)',
    coordinate: 'all5',
  },
  {
    ...THE_ROUTINE,
    name: 'routine-modes-first',
    description: 'coordinates, then raises the weakest mode and holds 居民议事会 before answering concerns',
    steps: ['burden', 'coordinate', 'weakestMode', 'council', 'respond', 'volunteers'],
  },
  {
    ...THE_ROUTINE,
    name: 'routine-invest',
    description: 'coordinates, grows the weakest force, answers concerns only when due',
    steps: ['burden', 'coordinate', 'respondUrgent', 'strengthen', 'respond', 'weakestMode', 'council'],
  },
  {
    ...THE_ROUTINE,
    name: 'routine-reforms',
    description: 'adopts every reform it can as early as it can, then the routine (all five committed)',
    steps: [
      'burden',
      'coordinate',
      'respondUrgent',
      'reforms',
      'respond',
      'weakestMode',
      'council',
      'volunteers',
    ],
    reforms: [
      'regionalPartyBuilding',
      'oneShoulder',
      'crossPosting',
      'gridManagement',
      'volunteerPoints',
      'socialWorkStation',
      'communityFoundation',
    ],
  },
  {
    ...THE_ROUTINE,
    name: 'routine-light-coordination',
    description: 'coordinates only the two least aligned forces (1 精力), answers with the needed forces',
    coordinate: 'least2',
    commit: 'needed',
  },
  {
    ...THE_ROUTINE,
    name: 'routine-no-burden',
    description: 'never clears burden or lists tasks; coordinates four, answers with all five forces',
    steps: ['coordinate', 'respond', 'weakestMode', 'council', 'volunteers'],
  },
];

export const routineBots: Bot[] = ROUTINES.map((r) => ({
  name: r.name,
  description: r.description,
  choose: (state) => routineAction(state, r),
}));
