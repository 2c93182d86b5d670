// Helpers for the core's rule tests: build a state, edit it, step it, read what the log says.
// Rules are asserted as principles and directions (before/after, weak/strong), never as tuned numbers.
import {
  type Action,
  type Concern,
  type ConcernTemplate,
  cloneState,
  FORCES,
  type GameEvent,
  type GameState,
  legalActions,
  MODES,
  newGame,
  PROGRAMME,
  PROGRAMMES,
  type Scenario,
  type ScenarioStart,
  type ScenarioTuning,
  step,
} from '../../src/core';
import { fixtureScenario } from './fixture';

/** The fixture with some of its start values or tuning replaced (the rest kept). */
export function scenarioWith(
  over: Partial<Omit<Scenario, 'start' | 'tuning'>> & {
    start?: Partial<ScenarioStart>;
    tuning?: Partial<ScenarioTuning>;
  } = {},
): Scenario {
  const base = fixtureScenario();
  const { start, tuning, ...rest } = over;
  return fixtureScenario({
    ...rest,
    start: { ...base.start, ...start },
    tuning: { ...base.tuning, ...tuning },
  });
}

/** A world where nothing arrives by itself: no deck, no disputes, no shocks. Rules act alone. */
export const QUIET = { deck: [], disputes: [], shocks: [] } satisfies Partial<Scenario>;

/** A new game of the fixture (or a variant). */
export function game(sc: Scenario = fixtureScenario(), seed = 'seed-1'): GameState {
  return newGame(sc, seed);
}

/** A new game in a quiet world, with the state then edited by `fn` (on a private copy). */
export function quietGame(
  fn?: (s: GameState) => void,
  over: Parameters<typeof scenarioWith>[0] = {},
): GameState {
  const s = newGame(scenarioWith({ ...QUIET, ...over }), 'quiet');
  return fn ? edit(s, fn) : s;
}

/** A private copy of the state with `fn` applied: the way a test sets up a situation. */
export function edit(s: GameState, fn: (draft: GameState) => void): GameState {
  const copy = cloneState(s);
  fn(copy);
  return copy;
}

/** Steps an action that must be accepted; fails the test with the rejection otherwise. */
export function act(s: GameState, action: Action): { state: GameState; events: GameEvent[] } {
  const r = step(s, action);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(action)} to be accepted: ${r.rejection.code}`);
  return { state: r.state, events: r.events };
}

/** Ends the month (must be accepted). */
export function endMonth(s: GameState): GameState {
  return act(s, { type: 'endMonth' }).state;
}

/** Ends the month (must be accepted): the state after, and the events of the month end. */
export function endMonthWithEvents(s: GameState): { state: GameState; events: GameEvent[] } {
  return act(s, { type: 'endMonth' });
}

/**
 * The log entries a step added. Entries are shared between states (structural sharing), so the last
 * entry of `before` is found by identity even when the bounded log dropped its oldest entries.
 */
export function logSince(before: GameState, after: GameState) {
  const last = before.log[before.log.length - 1];
  if (last === undefined) return after.log.slice();
  const i = after.log.lastIndexOf(last);
  if (i < 0) throw new Error('the earlier log tail is gone: a single step overflowed the log');
  return after.log.slice(i + 1);
}

/** Sum of the logged deltas on a target (optionally of one reason) between two states. */
export function loggedDelta(before: GameState, after: GameState, target: string, reason?: string): number {
  let sum = 0;
  for (const e of logSince(before, after))
    if (e.target === target && (!reason || e.reason === reason)) sum += e.delta;
  return sum;
}

export { template } from './fixture';

/** Puts an open concern into the state (as if it had arrived this month); returns its id. */
export function addConcern(s: GameState, t: ConcernTemplate, over: Partial<Concern> = {}): string {
  const id = `c${s.nextConcernNo}`;
  s.nextConcernNo += 1;
  s.arrivedCount += 1;
  s.concerns.push({
    id,
    template: t.id,
    kind: t.kind,
    title: t.title,
    needs: { modes: [...t.needs.modes], forces: [...t.needs.forces] },
    progress: 0,
    size: t.size,
    deadline: t.deadline,
    hiddenFor: 0,
    escalations: 0,
    arrived: s.turn,
    isShock: false,
    ...over,
  });
  return id;
}

/** The concern with this id (fails the test if it is not open). */
export function concern(s: GameState, id: string): Concern {
  const c = s.concerns.find((x) => x.id === id);
  if (!c) throw new Error(`concern ${id} is not open`);
  return c;
}

/** Freezes an object graph, so any write to it throws (strict mode) — proof that nobody mutates it. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return value;
}

/** A deep copy for "unchanged" checks (the scenario included). */
export function snapshot(s: GameState): GameState {
  return structuredClone(s);
}

/** A small deterministic integer generator for test players (no Math.random in tests either). */
export function lcg(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
}

/** Plays legal actions chosen by `choose` until the game ends or `maxSteps` actions were taken. */
export function playOut(
  s: GameState,
  choose: (s: GameState, legal: Action[]) => Action,
  maxSteps = 2000,
  onStep?: (before: GameState, after: GameState, events: GameEvent[]) => void,
): GameState {
  let cur = s;
  for (let i = 0; i < maxSteps && cur.status === 'playing'; i++) {
    const legal = legalActions(cur);
    const r = act(cur, choose(cur, legal));
    onStep?.(cur, r.state, r.events);
    cur = r.state;
  }
  return cur;
}

/** A random legal player (endMonth weighted so months pass). */
export function randomPlayer(seed: number) {
  const next = lcg(seed);
  return (_s: GameState, legal: Action[]): Action => {
    if (next() % 4 === 0) return { type: 'endMonth' };
    return legal[next() % legal.length]!;
  };
}

/** Only ends months: the player who does nothing. */
export const idlePlayer = (): Action => ({ type: 'endMonth' });

/**
 * A busy, sensible player: coordinates the least aligned forces, answers visible concerns with the
 * forces they need, develops the weakest mode, then ends the month.
 */
export function busyPlayer(s: GameState, legal: Action[]): Action {
  const has = (a: Action) => legal.some((b) => JSON.stringify(b) === JSON.stringify(a));
  const unaligned = FORCES.filter((f) => s.forces[f].alignment < 60);
  if (unaligned.length && !s.coordinated.length) {
    const a: Action = { type: 'coordinate', forces: unaligned };
    if (has(a)) return a;
  }
  for (const c of s.concerns) {
    if (c.hiddenFor > 0) continue;
    const a: Action = { type: 'respond', concern: c.id, forces: [...c.needs.forces] };
    if (has(a)) return a;
  }
  const weakest = MODES.reduce((m, x) => (s.modes[x] < s.modes[m] ? x : m), MODES[0]);
  const programme = PROGRAMMES.find((p) => PROGRAMME[p].mode === weakest && !PROGRAMME[p].topDown);
  if (programme && has({ type: 'develop', programme })) return { type: 'develop', programme };
  return { type: 'endMonth' };
}
