// The search bot: a beam search over whole months through the real `step`. Each month it tries
// many month plans (the heuristic policy with varied knobs, and perturbed by random legal moves),
// keeps the best few states by an evaluation, and goes on. Its final score is the challenge's par.
import seedrandom from 'seedrandom';
import {
  type Action,
  admit,
  apply,
  assess,
  cloneState,
  FORCES,
  type GameEvent,
  type GameState,
  legalActions,
  MODES,
  RATING_THRESHOLDS,
  step,
} from '../core';
import { BALANCED, type Knobs, nextAction } from './policy';

export interface SearchOptions {
  beam: number;
  /** Random-perturbed plans tried per beam state, on top of the knob variants. */
  perturbed: number;
  /** Chance that a perturbed plan takes a random legal action instead of the policy's. */
  epsilon: number;
}

export const SEARCH_DEFAULTS: SearchOptions = { beam: 8, perturbed: 8, epsilon: 0.2 };

const VARIANTS: Knobs[] = [
  BALANCED,
  { ...BALANCED, coordThreshold: 50 },
  { ...BALANCED, coordThreshold: 70 },
  { ...BALANCED, developGap: 2 },
  { ...BALANCED, developGap: 15 },
  { ...BALANCED, burdenThreshold: 30 },
  { ...BALANCED, burdenThreshold: 70 },
  { ...BALANCED, strengthen: false },
  { ...BALANCED, investAbove: 20 },
  { ...BALANCED, investAbove: 30, reserve: 4 },
  { ...BALANCED, reserve: 0 },
  { ...BALANCED, reforms: ['burdenList', 'gridManagement', 'socialWorkStation', 'volunteerPoints'] },
];

/** How promising a state is: its 考核 if it ended, else the assessment so far plus what is building up. */
export function evaluate(s: GameState): number {
  if (s.status !== 'playing') return (s.assessment?.score ?? 0) * 10 + (s.status === 'won' ? 100000 : 0);
  const a = assess(s, s.scenario);
  let alignment = 0;
  for (const f of FORCES) alignment += s.forces[f].alignment;
  let minMode = 100;
  for (const m of MODES) minMode = Math.min(minMode, s.modes[m]);
  let pressure = 0;
  for (const c of s.concerns) pressure += ((c.size - c.progress) * (c.deadline <= 1 ? 3 : 1)) / c.size;
  return (
    a.score * 10 +
    alignment * 4 +
    minMode * 10 -
    s.fragmentation * 20 -
    pressure * 150 -
    Math.max(0, RATING_THRESHOLDS.pass / 10 - s.satisfaction) * 50 +
    s.budget
  );
}

type Rng = () => number;

/** Plays the rest of the current month with one plan; returns the state after its end (or game over). */
interface Line {
  state: GameState;
  actions: Action[];
  /** The state after each action. */
  states: GameState[];
}

// Month plans run on a private mutable copy (the core's bulk path: admit + apply, no immer), so the
// search's speed does not depend on step's copy-on-write; the chosen line's states are rebuilt
// through the real `step` once, in `unwind`.
function playMonth(start: GameState, knobs: Knobs, rng: Rng | null, epsilon: number): Line {
  const s = cloneState(start);
  const sink: GameEvent[] = [];
  const actions: Action[] = [];
  const turn = s.turn;
  const play = (a: Action): boolean => {
    const admitted = admit(s, a);
    if ('code' in admitted) return false;
    apply(s, s.scenario, admitted, sink);
    sink.length = 0;
    actions.push(a);
    return true;
  };
  for (let guard = 0; guard < 40 && s.status === 'playing' && s.turn === turn; guard++) {
    let a = nextAction(s, knobs);
    if (rng && rng() < epsilon) {
      const legal = legalActions(s).filter((x) => x.type !== 'endMonth');
      if (legal.length) a = legal[Math.floor(rng() * legal.length)]!;
    }
    if (!play(a)) break;
  }
  if (s.status === 'playing' && s.turn === turn) play({ type: 'endMonth' });
  return { state: s, actions, states: [] };
}

/** A beam node: one month's line on top of its parent's (no copying of whole lines). */
interface Node extends Line {
  parent: Node | null;
  value: number;
}

function unwind(node: Node): Line {
  const months: Node[] = [];
  for (let n: Node | null = node; n; n = n.parent) months.push(n);
  months.reverse();
  const actions = months.flatMap((n) => n.actions);
  // The line's states through the real step (frozen, shareable), from the search's start.
  const states: GameState[] = [];
  let st = months[0]!.state;
  for (const a of actions) {
    const r = step(st, a);
    if (!r.ok) break;
    st = r.state;
    states.push(st);
  }
  return { state: st, actions, states };
}

/** Searches a whole game from `start`; returns the best line found. Deterministic given `seed`. */
export function searchGame(start: GameState, seed: string, opts: SearchOptions = SEARCH_DEFAULTS): Line {
  const rng = seedrandom.alea(`search|${seed}`);
  let beam: Node[] = [{ state: start, actions: [], states: [], parent: null, value: 0 }];
  let best: Node | null = null;
  for (let month = 0; month < start.maxTurns + 1 && beam.length; month++) {
    const next: Node[] = [];
    const seen = new Set<string>();
    for (const node of beam) {
      const plans: { knobs: Knobs; rng: Rng | null }[] = VARIANTS.map((knobs) => ({ knobs, rng: null }));
      for (let i = 0; i < opts.perturbed; i++) plans.push({ knobs: BALANCED, rng });
      for (const plan of plans) {
        const r = playMonth(node.state, plan.knobs, plan.rng, opts.epsilon);
        const key = `${beam.indexOf(node)}|${JSON.stringify(r.actions)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const child: Node = { ...r, parent: node, value: evaluate(r.state) };
        if (child.state.status !== 'playing') {
          if (!best || child.value > best.value) best = child;
        } else next.push(child);
      }
    }
    next.sort((a, b) => b.value - a.value);
    beam = next.slice(0, opts.beam);
  }
  return unwind(best ?? beam[0]!);
}
