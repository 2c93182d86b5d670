// Par's search takes shortcuts for speed: its games keep no log, its rollouts skip the legality check
// the policy already made, a plan that repeats the first rollout policy's month reuses the node's own
// rollout, and only the beam's states are kept (the others are played out in place and the beam's
// rebuilt from their parent). Each shortcut claims to change nothing. This test holds them to it: a
// plain search, written here without any of them (every state a full copy with its log, every action
// checked, every rollout played), must find the same line with the same score.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { parKey } from '../../src/bots/par';
import { nextAction } from '../../src/bots/policy';
import { ROUTINES, routineAction } from '../../src/bots/routine';
import { PLANNED_ROUTINES, ROLLOUTS, SEARCH_DEFAULTS, searchGame, VARIANTS } from '../../src/bots/search';
import {
  type Action,
  apply,
  checkLegal,
  cloneState,
  type GameEvent,
  type GameState,
  legalActions,
  newGame,
} from '../../src/core';
import { loadScenarioFiles } from '../../src/scenarios/node';

const { scenarios } = loadScenarioFiles();

interface Node {
  parent: Node | null;
  actions: Action[];
  state: GameState;
  value: number;
}

/** One action on a full copy, checked by the core; a refused one ends the month (as the search does). */
function play(s: GameState, a: Action, out: Action[]): void {
  const act: Action = checkLegal(s, a) === null ? a : { type: 'endMonth' };
  const events: GameEvent[] = [];
  apply(s, s.scenario, act, events);
  out.push(act);
}

/** The beam search as specified, with no shortcut. */
function plainSearch(start: GameState): { score: number; actions: Action[] } {
  const o = SEARCH_DEFAULTS;
  const rng = seedrandom.alea(`search|${parKey(start)}`);
  const routines = ROUTINES.filter((r) => PLANNED_ROUTINES.includes(r.name));
  const chooses: ((s: GameState) => Action)[] = [
    ...VARIANTS.map((k) => (s: GameState) => nextAction(s, k)),
    ...routines.map((r) => (s: GameState) => routineAction(s, r)),
  ];
  let best = -1;
  let bestActions: Action[] = [];
  const lineOf = (n: Node | null, tail: Action[]) => {
    const parts = [tail];
    for (let x = n; x; x = x.parent) parts.push(x.actions);
    return parts.reverse().flat();
  };
  const consider = (score: number, n: Node, tail: Action[]) => {
    if (score > best) {
      best = score;
      bestActions = lineOf(n, tail);
    }
  };
  const rollout = (from: GameState, k: (typeof ROLLOUTS)[number], tail: Action[]) => {
    const s = cloneState(from);
    while (s.status === 'playing') play(s, nextAction(s, k), tail);
    return s.assessment?.score ?? 0;
  };
  let beam: Node[] = [{ parent: null, actions: [], state: cloneState(start), value: 0 }];
  while (beam.length) {
    const next: Node[] = [];
    for (const node of beam) {
      const seen = new Set<string>();
      const plans = [
        ...chooses.map((choose) => ({ choose, perturbed: false })),
        ...Array.from({ length: o.perturbed }, () => ({ choose: chooses[0]!, perturbed: true })),
      ];
      for (const plan of plans) {
        const s = cloneState(node.state);
        const month: Action[] = [];
        const turn = s.turn;
        for (let guard = 0; guard < 60 && s.status === 'playing' && s.turn === turn; guard++) {
          let a = plan.choose(s);
          if (plan.perturbed && rng() < o.epsilon) {
            const options = legalActions(s).filter((x) => x.type !== 'endMonth');
            if (options.length) a = options[Math.floor(rng() * options.length)]!;
          }
          play(s, a, month);
        }
        if (s.status === 'playing' && s.turn === turn) play(s, { type: 'endMonth' }, month);
        const sig = JSON.stringify(month);
        if (seen.has(sig)) continue;
        seen.add(sig);
        const child: Node = { parent: node, actions: month, state: s, value: 0 };
        if (s.status !== 'playing') {
          consider(s.assessment?.score ?? 0, child, []);
          continue;
        }
        const tail: Action[] = [];
        child.value = rollout(s, ROLLOUTS[0], tail);
        consider(child.value, child, tail);
        next.push(child);
      }
    }
    next.sort((a, b) => b.value - a.value);
    for (const child of next.slice(0, o.secondOpinions)) {
      const tail: Action[] = [];
      const score = rollout(child.state, ROLLOUTS[1], tail);
      consider(score, child, tail);
      child.value = Math.max(child.value, score);
    }
    next.sort((a, b) => b.value - a.value);
    beam = next.slice(0, o.beam);
  }
  return { score: best, actions: bestActions };
}

describe("par's search — its shortcuts change nothing", () => {
  it('finds exactly the line a plain search finds: same actions, same score (no log, no rechecks, reused rollouts, rebuilt beam)', () => {
    const challenges = [
      newGame(scenarios.find((s) => s.id === 'flood-season')!, 'search-1'),
      newGame(scenarios.find((s) => s.id === 'old-neighbourhood')!, 'search-2', { level: 3 }),
    ];
    for (const start of challenges) {
      const fast = searchGame(start, parKey(start));
      const plain = plainSearch(start);
      expect(fast.actions, `${start.scenarioId} ${start.seed}`).toEqual(plain.actions);
      expect(fast.score).toBe(plain.score);
    }
  }, 120_000);
});
