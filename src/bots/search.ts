// Par's search: a beam search over month plans, each judged by rollouts to the end of the term.
// Each month, from every state of the beam, it tries many month plans — the heuristic policy with
// varied knobs (which forces to call and commit, when to 包办, when to invest, in which order), a
// month of one of the closest fixed routines, and the policy perturbed by random legal moves —
// plays every plan's month, then plays the rest of the term with the first rollout policy; the
// month's most promising plans are also played out with the second. A plan is worth its best
// rollout's final 考核; the beam keeps the best plans and goes on. Every rollout is a whole legal
// game, so par is the best game found. Rollouts run the core's own rules (`apply`) in place on a
// private copy: no log, no forks, and only the beam's states are kept.
import seedrandom from 'seedrandom';
import {
  type Action,
  apply,
  checkLegal,
  type GameEvent,
  type GameState,
  type LogEntry,
  legalActions,
  runActions,
} from '../core';
import { copyState } from './copy';
import { BALANCED, type Knobs, nextAction } from './policy';
import { ROUTINES, routineAction } from './routine';

export interface SearchOptions {
  /** States kept from one month to the next. */
  beam: number;
  /** Random-perturbed month plans per beam state, on top of the knob variants. */
  perturbed: number;
  /** Chance that a perturbed plan takes a random legal action instead of the policy's. */
  epsilon: number;
  /**
   * Each month's most promising plans (by the first rollout policy) that are also played out with
   * the second. The others' second rollouts almost never decided which plans the beam kept, and they
   * were a third of par's time.
   */
  secondOpinions: number;
}

export const SEARCH_DEFAULTS: SearchOptions = { beam: 4, perturbed: 6, epsilon: 0.25, secondOpinions: 8 };

/** Month plans: the real choices, as variations of the one heuristic policy. */
export const VARIANTS: Knobs[] = [
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
  { ...BALANCED, respondTopDown: true },
  { ...BALANCED, urgentTopDown: false },
  { ...BALANCED, ignoreLoad: true },
  { ...BALANCED, reforms: ['burdenList', 'gridManagement', 'socialWorkStation', 'volunteerPoints'] },
];

const balancedChoose: Chooser = (s) => nextAction(s, BALANCED);

/** The routines whose months par may borrow (those that come closest to it in some scenario). */
export const PLANNED_ROUTINES: readonly string[] = [
  'routine-needed',
  'routine-light-coordination',
  'routine-top-down',
];

/** Policies that play out the rest of the term from a plan's month: every plan, then the best few. */
export const ROLLOUTS: readonly [Knobs, Knobs] = [
  BALANCED,
  { ...BALANCED, coordThreshold: 70, investAbove: 30 },
];

type Rng = () => number;

/**
 * The log of a search state: it keeps nothing. No rule reads the log (the line found is replayed
 * through the core at the end, log and all), so the thousands of entries a search's games would
 * record are dropped as they come instead of being kept, copied and collected.
 */
class DiscardedLog extends Array<LogEntry> {
  override push(): number {
    return 0;
  }
}

/** A private, log-free copy to play on in place (the scenario is shared). */
function scratch(s: GameState): GameState {
  return copyState(s, new DiscardedLog());
}

const sink: GameEvent[] = [];

/** Plays one action in place; an action the core would refuse ends the month instead. */
function play(s: GameState, a: Action, out: Action[]): void {
  const act: Action = checkLegal(s, a) === null ? a : { type: 'endMonth' };
  apply(s, s.scenario, act, sink);
  sink.length = 0;
  out.push(act);
}

/** A month plan: a way to choose each action (a policy), optionally perturbed by random moves. */
type Chooser = (s: GameState) => Action;

/** The fixed routines' months are plans too: the search may follow one for a month, or not. */
const ROUTINE_PLANS: Chooser[] = ROUTINES.filter((r) => PLANNED_ROUTINES.includes(r.name)).map(
  (r) => (s: GameState) => routineAction(s, r),
);

/** Plays the rest of the current month in place with one plan. */
function playMonth(s: GameState, choose: Chooser, rng: Rng | null, epsilon: number, out: Action[]): void {
  const turn = s.turn;
  for (let guard = 0; guard < 60 && s.status === 'playing' && s.turn === turn; guard++) {
    let a = choose(s);
    if (rng && rng() < epsilon) {
      const options = legalActions(s).filter((x) => x.type !== 'endMonth');
      if (options.length) a = options[Math.floor(rng() * options.length)]!;
    }
    play(s, a, out);
  }
  if (s.status === 'playing' && s.turn === turn) play(s, { type: 'endMonth' }, out);
}

/** Plays the rest of the term in place with one policy (`nextAction` is always legal: no check). */
function rollout(s: GameState, knobs: Knobs, out: Action[]): number {
  for (let guard = 0; guard < 2000 && s.status === 'playing'; guard++) {
    const a = nextAction(s, knobs);
    apply(s, s.scenario, a, sink);
    sink.length = 0;
    out.push(a);
  }
  return s.assessment?.score ?? 0;
}

interface Node {
  parent: Node | null;
  /** This month's actions (on top of the parent's). */
  actions: Action[];
  /** The state after this month: kept for the beam's nodes only (the others are played out in place). */
  state: GameState | null;
  /** The best rollout's final 考核 from here. */
  value: number;
  /** The first rollout policy's final 考核 from here. */
  first: number;
}

/** A node's state, rebuilt from its parent's by its month's actions (all of them legal there). */
function rebuild(node: Node): GameState {
  const s = scratch(node.parent!.state!);
  for (const a of node.actions) {
    apply(s, s.scenario, a, sink);
    sink.length = 0;
  }
  return s;
}

function lineOf(node: Node | null, tail: Action[] = []): Action[] {
  const parts: Action[][] = [tail];
  for (let n = node; n; n = n.parent) parts.push(n.actions);
  return parts.reverse().flat();
}

export interface ParLine {
  /** The final 考核 score of the best game found. */
  score: number;
  /** The actions from the start state, a complete legal game. */
  actions: Action[];
  /** The final state, replayed through the core (with its log). */
  state: GameState;
}

/** Searches the rest of the game from `start`; deterministic given the state and `key`. */
export function searchGame(start: GameState, key: string, opts: SearchOptions = SEARCH_DEFAULTS): ParLine {
  const rng = seedrandom.alea(`search|${key}`);
  let bestScore = -1;
  let bestActions: Action[] = [];
  const consider = (score: number, node: Node | null, tail: Action[]) => {
    if (score > bestScore) {
      bestScore = score;
      bestActions = lineOf(node, tail);
    }
  };
  let beam: Node[] = [{ parent: null, actions: [], state: scratch(start), value: 0, first: -1 }];
  const [firstPolicy, secondPolicy] = ROLLOUTS;
  while (beam.length) {
    const next: Node[] = [];
    for (const node of beam) {
      const seen = new Set<string>();
      const plans: { choose: Chooser; rng: Rng | null }[] = VARIANTS.map((k) => ({
        choose: (x: GameState) => nextAction(x, k),
        rng: null,
      }));
      for (const choose of ROUTINE_PLANS) plans.push({ choose, rng: null });
      for (let i = 0; i < opts.perturbed; i++) plans.push({ choose: balancedChoose, rng });
      for (let p = 0; p < plans.length; p++) {
        const plan = plans[p]!;
        const s = scratch(node.state!);
        const month: Action[] = [];
        playMonth(s, plan.choose, plan.rng, opts.epsilon, month);
        const sig = JSON.stringify(month);
        if (seen.has(sig)) continue;
        seen.add(sig);
        const child: Node = { parent: node, actions: month, state: null, value: 0, first: -1 };
        if (s.status !== 'playing') {
          consider(s.assessment?.score ?? 0, child, []);
          continue;
        }
        if (p === 0 && VARIANTS[0] === firstPolicy && node.first >= 0) {
          // The first policy's month, then its rollout, is the node's own first rollout played on:
          // the same game, already considered, so its score is known without playing it again.
          child.first = node.first;
        } else {
          const tail: Action[] = [];
          child.first = rollout(s, firstPolicy, tail);
          consider(child.first, child, tail);
        }
        child.value = child.first;
        next.push(child);
      }
    }
    // Stable sorts: among equal values the earlier plan stays first, as it always has.
    next.sort((a, b) => b.value - a.value);
    for (const child of next.slice(0, opts.secondOpinions)) {
      const tail: Action[] = [];
      const score = rollout(rebuild(child), secondPolicy, tail);
      consider(score, child, tail);
      child.value = Math.max(child.value, score);
    }
    next.sort((a, b) => b.value - a.value);
    beam = next.slice(0, opts.beam);
    for (const node of beam) node.state = rebuild(node);
  }
  const replayed = runActions(start, bestActions);
  return { score: replayed.state.assessment?.score ?? 0, actions: bestActions, state: replayed.state };
}
