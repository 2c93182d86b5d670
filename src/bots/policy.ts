// A configurable heuristic player. The named bots (balanced, never-coordinate, top-down, only-*)
// are this one policy with different knobs, so they differ only in what the design says they neglect.
import {
  type Action,
  type Concern,
  checkLegal,
  coordinateCost,
  FORCES,
  type Force,
  forceCarry,
  type GameState,
  MODES,
  type Mode,
  PROGRAMME,
  PROGRAMMES,
  type ProgrammeId,
  REFORM,
  type ReformId,
  STRENGTHEN,
  twoCommitteesCap,
} from '../core';

export interface Knobs {
  /** Whether the player ever calls the forces together (统筹协调). */
  coordinate: boolean;
  /** Forces under this alignment are called to the joint meeting. */
  coordThreshold: number;
  /** Which modes to develop: all in balance, or one only. */
  modes: 'balanced' | Mode;
  /** Only top-down programmes, and concerns handled by 行政包办. */
  topDown: boolean;
  /** Clear burden when it reaches this. */
  burdenThreshold: number;
  /** Reforms in order of preference (adopted when affordable). */
  reforms: ReformId[];
  /** Develop the weakest mode when it is this far below the mean (balanced only). */
  developGap: number;
  /** Budget kept back for emergencies. */
  reserve: number;
  /** Strengthen forces when budget allows. */
  strengthen: boolean;
  /** Budget above which growing a force comes before the non-urgent concerns. */
  investAbove: number;
  /** Develop a mode only while at least this much 精力 is left (keeps some for concerns). */
  developEnergy?: number;
  /** Develop the weakest mode while it is under this (default 45), whatever the gap. */
  developBelow?: number;
  /** Commit the needed forces even when they have carried all they can this month. */
  ignoreLoad?: boolean;
  /** 包办 an urgent concern whose forces are all spent this month. */
  urgentTopDown?: boolean;
  /** Answer concerns by 行政包办 while everything else stays participatory. */
  respondTopDown?: boolean;
  /** A mode this player never develops (programmes or reforms): the neglect experiment. */
  neglect?: Mode;
  /** Actions this player never takes (e.g. a scenario's binding lever). */
  avoid?: (a: Action) => boolean;
}

export const BALANCED: Knobs = {
  coordinate: true,
  coordThreshold: 60,
  modes: 'balanced',
  topDown: false,
  burdenThreshold: 45,
  reforms: ['regionalPartyBuilding', 'burdenList', 'oneShoulder', 'volunteerPoints', 'gridManagement'],
  developGap: 6,
  reserve: 8,
  strengthen: true,
  investAbove: 40,
  urgentTopDown: true,
};

/** Reforms that do the work of coordination by other means: a never-coordinating player skips them. */
export const COORDINATING_REFORMS: readonly ReformId[] = [
  'regionalPartyBuilding',
  'oneShoulder',
  'crossPosting',
];

const SEVERITY: Record<Concern['kind'], number> = {
  emergency: 5,
  anguish: 4,
  dispute: 3,
  annoyance: 2,
  worry: 1,
};

/**
 * Legal, and not an action this player avoids (or one that develops the mode it neglects). The
 * player's own exclusions are asked first: they are cheaper than the core's check, and all three
 * are pure, so the order changes nothing but the time.
 */
const ok = (s: GameState, k: Knobs, a: Action) =>
  !(k.neglect && developsMode(a) === k.neglect) && !k.avoid?.(a) && checkLegal(s, a) === null;

/** The mode an action develops, if it develops one (programmes; 网格化管理 for 智治). */
export function developsMode(a: Action): Mode | null {
  if (a.type === 'develop') return PROGRAMME[a.programme].mode;
  if (a.type === 'adoptReform' && a.reform === 'gridManagement') return 'smart';
  return null;
}

/**
 * Sorts a short list in place, stably (equal entries keep their order, as Array.prototype.sort keeps
 * them): an insertion sort, which on the handful of entries a policy sorts is several times faster
 * than the built-in sort, and the bots sort on every action of every game the report and par play.
 */
export function sortShort<T>(xs: T[], cmp: (a: T, b: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && cmp(xs[j]!, x) > 0) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

const byPressure = (a: Concern, b: Concern) =>
  a.deadline - b.deadline || SEVERITY[b.kind] - SEVERITY[a.kind] || a.arrived - b.arrived;

/** Open, perceived concerns, most pressing first. */
export function pressing(s: GameState): Concern[] {
  const seen: Concern[] = [];
  for (const c of s.concerns) if (c.hiddenFor === 0) seen.push(c);
  return sortShort(seen, byPressure);
}

/**
 * How to answer a concern. Always 包办 for the top-down players; otherwise the forces it needs —
 * unless one of them has carried all it can this month (分工协作), when an urgent concern is
 * handled by 包办 (if `urgentTopDown`) and any other waits for next month (null).
 */
function respondTo(s: GameState, c: Concern, k: Knobs): Action | null {
  if (k.topDown || k.respondTopDown) return { type: 'respond', concern: c.id, forces: [], topDown: true };
  const free = c.needs.forces.every((f) => s.committed[f] < forceCarry(s, f));
  if (free || k.ignoreLoad) return { type: 'respond', concern: c.id, forces: [...c.needs.forces] };
  if (c.deadline <= 1 && k.urgentTopDown)
    return { type: 'respond', concern: c.id, forces: [], topDown: true };
  return null;
}

function coordination(s: GameState, k: Knobs): Action | null {
  if (!k.coordinate || s.coordinated.length > 0) return null;
  // A force held at the 两张皮 cap gains nothing from being called.
  const cap = twoCommitteesCap(s);
  const low = FORCES.filter(
    (f) =>
      s.forces[f].alignment < k.coordThreshold &&
      !(f === 'community' && cap !== null && s.forces[f].alignment >= cap),
  );
  sortShort(low, (a, b) => s.forces[a].alignment - s.forces[b].alignment);
  // 预警: in the month a shock is forecast, call the community and the volunteers to prepare.
  const prepare: Force[] = s.forecast.length > 0 ? ['community', 'volunteers'] : [];
  if (low.length === 0 && prepare.length === 0) return null;
  const wanted = [...prepare, ...low.filter((f) => !prepare.includes(f))];
  // Spend 1 精力 for two forces, 2 for four, 3 for all five — whatever the energy allows.
  let forces: Force[] = wanted.length > 4 ? wanted : wanted.slice(0, wanted.length > 2 ? 4 : 2);
  while (forces.length > 1 && coordinateCost(forces.length).energy > s.energy - 1)
    forces = forces.slice(0, -1);
  const a: Action = { type: 'coordinate', forces };
  return ok(s, k, a) ? a : null;
}

function programmesFor(mode: Mode, topDown: boolean): ProgrammeId[] {
  return PROGRAMMES.filter((p) => PROGRAMME[p].mode === mode && (!topDown || PROGRAMME[p].topDown));
}

function development(s: GameState, k: Knobs): Action | null {
  if (s.energy < (k.developEnergy ?? 1)) return null;
  let mode: Mode;
  if (k.modes === 'balanced') {
    const modes = MODES.filter((m) => m !== k.neglect);
    // The weakest mode, the first of equals (what a stable sort's first entry would be).
    mode = modes[0]!;
    for (const m of modes) if (s.modes[m] < s.modes[mode]) mode = m;
    const mean = modes.reduce((n, m) => n + s.modes[m], 0) / modes.length;
    if (s.modes[mode] > mean - k.developGap && s.modes[mode] >= (k.developBelow ?? 45)) return null;
  } else mode = k.modes;
  for (const p of programmesFor(mode, k.topDown)) {
    const a: Action = { type: 'develop', programme: p };
    if (s.budget - PROGRAMME[p].cost.budget >= (k.modes === 'balanced' ? k.reserve : 0) && ok(s, k, a))
      return a;
  }
  return null;
}

function reform(s: GameState, k: Knobs): Action | null {
  for (const r of k.reforms) {
    // An adopted reform is refused by the core anyway; skipping it here saves building the refusal.
    if (s.reforms.includes(r)) continue;
    const a: Action = { type: 'adoptReform', reform: r };
    if (s.budget - REFORM[r].cost.budget >= k.reserve && ok(s, k, a)) return a;
  }
  return null;
}

function strengthening(s: GameState, k: Knobs): Action | null {
  if (!k.strengthen) return null;
  // Grow the force the open concerns need most, if it is weak. Only the weak ones are sorted: the
  // sort is stable, so dropping the strong ones before it leaves the same order as after it.
  const weak = FORCES.filter((f) => s.forces[f].capacity < 60);
  if (weak.length === 0) return null;
  const need: Record<Force, number> = {
    community: 0,
    socialOrgs: 0,
    socialWorkers: 0,
    volunteers: 0,
    charity: 0,
  };
  for (const c of s.concerns) for (const f of c.needs.forces) need[f] += 1;
  sortShort(weak, (a, b) => need[b] - need[a] || s.forces[a].capacity - s.forces[b].capacity);
  for (const f of weak) {
    const a: Action = { type: 'strengthen', force: f };
    if (s.budget - STRENGTHEN[f].cost.budget >= k.reserve * 2 && ok(s, k, a)) return a;
  }
  return null;
}

/** The policy's next action in this state. Always legal; ends the month when nothing is worth doing. */
export function nextAction(s: GameState, k: Knobs): Action {
  // The core first: call the drifting forces together before anything else (统筹协调).
  const co = coordination(s, k);
  if (co) return co;
  if (s.burden >= k.burdenThreshold) {
    const list: Action = { type: 'adoptReform', reform: 'burdenList' };
    if (k.modes === 'balanced' && !k.topDown && ok(s, k, list)) return list;
    const clear: Action = { type: 'clearBurden' };
    if (ok(s, k, clear)) return clear;
  }
  // 两张皮: where the two committees pull apart, 一肩挑 or 交叉任职 comes first.
  if (twoCommitteesCap(s) !== null && k.reforms.length > 0)
    for (const r of ['crossPosting', 'oneShoulder'] as const) {
      const a: Action = { type: 'adoptReform', reform: r };
      if (ok(s, k, a)) return a;
    }
  const concerns = pressing(s);
  // Urgent concerns before investment; the rest after it (now versus later).
  for (const c of concerns) {
    if (c.deadline > 1) break;
    const a = respondTo(s, c, k);
    if (a && ok(s, k, a)) return a;
  }
  const dev = development(s, k);
  if (dev) return dev;
  if (!k.topDown && s.budget >= k.investAbove) {
    const st = strengthening(s, k);
    if (st) return st;
  }
  for (const c of concerns) {
    const a = respondTo(s, c, k);
    if (a && ok(s, k, a)) return a;
  }
  if (!k.topDown) {
    const r = reform(s, k);
    if (r) return r;
    const st = strengthening(s, k);
    if (st) return st;
  }
  return { type: 'endMonth' };
}
