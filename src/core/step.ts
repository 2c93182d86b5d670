// The one entry point: step(state, action) → next state and events, or a named rejection with the
// state untouched. It never throws: guards run first, then the rules run on a fork of the state.
import { adoptReform, clearBurden, coordinate, develop, pay, respond, strengthen } from './actions';
import { shareLogUntilWritten } from './log';
import { monthEnd } from './monthEnd';
import type { Action, GameEvent, GameState, Rejection, Scenario, StepResult } from './types';
import { checkLegal, isRejection, parseAction } from './validate';

// Why not immer's produce: measured with the balanced bot (`npm run bench`), produce spent most of
// each step in its proxy traps (≈13 k steps/s with autoFreeze off) because rules touch many small
// objects and append to the log. `fork` copies exactly what the rules may write (≈10× faster); the
// property tests deep-freeze the input to prove a step never writes to anything it shares.

/** Applies a validated action to a mutable state. Shared by `step` (on a draft) and `runActions`. */
export function apply(s: GameState, sc: Scenario, action: Action, events: GameEvent[]): void {
  pay(s, action);
  events.push({ type: 'acted', action });
  switch (action.type) {
    case 'coordinate':
      coordinate(s, action.forces);
      return;
    case 'develop':
      develop(s, action);
      return;
    case 'strengthen':
      strengthen(s, action.force);
      return;
    case 'respond':
      respond(s, action, events);
      return;
    case 'adoptReform':
      adoptReform(s, action);
      return;
    case 'clearBurden':
      clearBurden(s);
      return;
    case 'endMonth':
      monthEnd(s, sc, events);
      return;
    default:
      assertNever(action);
  }
}

function assertNever(x: never): never {
  throw new Error(`unhandled action ${JSON.stringify(x)}`);
}

/** Parses and checks an action against a state: the typed action, or why it is refused. */
export function admit(state: GameState, raw: unknown): Action | Rejection {
  const parsed = parseAction(raw);
  if (isRejection(parsed)) return parsed;
  return checkLegal(state, parsed) ?? parsed;
}

export function step(state: GameState, raw: unknown): StepResult {
  try {
    const action = admit(state, raw);
    if (isRejection(action)) return { ok: false, rejection: action, state };
    const events: GameEvent[] = [];
    const sc = state.scenario;
    const next = fork(state);
    shareLogUntilWritten(next.log);
    try {
      apply(next, sc, action, events);
    } finally {
      shareLogUntilWritten(null);
    }
    return { ok: true, state: next, events };
  } catch (e) {
    // A bug, not a player's error — still never thrown at the caller, and the state is untouched.
    return {
      ok: false,
      rejection: { code: 'malformedAction', message: `internal error: ${String(e)}` },
      state,
    };
  }
}

/**
 * Fast replay: the same rules on one private mutable copy (no immer), for verifying many games.
 * Stops at the first rejected action.
 */
export function runActions(
  start: GameState,
  actions: readonly unknown[],
  /** True when the caller hands over `start` (e.g. a fresh newGame): it is then used in place. */
  owned = false,
): { state: GameState; rejectedAt: number | null; rejection: Rejection | null } {
  const s = owned ? start : cloneState(start);
  const sc = start.scenario;
  const sink: GameEvent[] = [];
  for (let i = 0; i < actions.length; i++) {
    let action: Action | Rejection;
    try {
      action = admit(s, actions[i]);
      if (!isRejection(action)) apply(s, sc, action, sink);
    } catch (e) {
      action = { code: 'malformedAction', message: `internal error: ${String(e)}` };
    }
    if (isRejection(action)) return { state: s, rejectedAt: i, rejection: action };
    sink.length = 0;
  }
  return { state: s, rejectedAt: null, rejection: null };
}

/**
 * A copy-on-step of the state: every object and array a rule may write is new; what rules never
 * write (the scenario, log entries, month snapshots, concern titles and needs) is shared.
 */
export function fork(s: GameState): GameState {
  const forces = { ...s.forces };
  for (const k of Object.keys(forces) as (keyof typeof forces)[]) forces[k] = { ...forces[k] };
  return {
    ...s,
    modes: { ...s.modes },
    forces,
    concerns: s.concerns.map((c) => ({ ...c })),
    resolvedByKind: { ...s.resolvedByKind },
    reforms: s.reforms.slice(),
    coordinated: s.coordinated.slice(),
    forecast: s.forecast.slice(),
    rng: [s.rng[0], s.rng[1], s.rng[2], s.rng[3]],
    log: s.log, // copied on first write (log.ts)
    history: s.history.slice(),
    assessment: s.assessment,
  };
}

/** A deep copy of everything but the (never edited) scenario. */
export function cloneState(s: GameState): GameState {
  // Keep key order (the hash reads JSON): replace the scenario in place, clone, put it back.
  const copy = structuredClone({ ...s, scenario: null }) as unknown as GameState;
  copy.scenario = s.scenario;
  return copy;
}
