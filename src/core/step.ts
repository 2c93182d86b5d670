// The one entry point: step(state, action) → next state and events, or a named rejection with the
// state untouched. It never throws: guards run first (validate.ts), then the rules (`apply`) run on
// an immer draft, so the one place where a state is writable is declared here and nowhere else.
import { Immer } from 'immer';
import { adoptReform, clearBurden, coordinate, develop, pay, respond, strengthen } from './actions';
import { monthEnd } from './monthEnd';
import { assertNever } from './never';
import type { Action, GameEvent, GameState, LogEntry, Rejection, Scenario, StepResult } from './types';
import { checkLegal, isRejection, parseAction } from './validate';

/** Reads a raw action into a typed one: parseAction, or parsePlainAction for plain data (./validate.ts). */
export type ActionParser = (raw: unknown) => Action | Rejection;

/** Applies a validated action to a writable state: an immer draft in `step`, a private copy in `runActions`. */
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

/** Parses and checks an action against a state: the typed action, or why it is refused. */
export function admit(state: GameState, raw: unknown, parse: ActionParser = parseAction): Action | Rejection {
  const parsed = parse(raw);
  if (isRejection(parsed)) return parsed;
  return checkLegal(state, parsed) ?? parsed;
}

/** A bug in the rules or a corrupt state — never the player's input, which is always refused by name. */
function internalError(e: unknown): Rejection {
  const text = e instanceof Error ? e.message : typeof e === 'string' ? e : 'unknown';
  return { code: 'internalError', message: `internal error: ${text.slice(0, 200)}` };
}

// autoFreeze: a state `step` returned can never be written by anyone (the UI, a bot, a test), which
// is what lets the next step share everything it does not change. Freezing reaches what the result
// shares with the input, so a state passed to `step` must be treated as immutable from then on; the
// bulk paths (`runActions`) work on a private copy instead.
const immer = new Immer({ autoFreeze: true });

/**
 * Freezes the entries appended since the last frozen one, then the array. The log (~80 % of a
 * state) is kept out of immer's proxies: immer would otherwise copy and walk all of it (up to
 * LOG_LIMIT entries) on every step; this way a step touches only the entries it added.
 */
function freezeLog(log: LogEntry[]): void {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    if (Object.isFrozen(e)) break;
    Object.freeze(e);
  }
  Object.freeze(log);
}

export function step(state: GameState, raw: unknown): StepResult {
  let action: Action | Rejection;
  try {
    action = admit(state, raw);
  } catch (e) {
    return { ok: false, rejection: internalError(e), state };
  }
  if (isRejection(action)) return { ok: false, rejection: action, state };
  const events: GameEvent[] = [];
  const sc = state.scenario;
  try {
    const next = immer.produce(state, (draft) => {
      const d = draft as GameState;
      // A plain array assigned to the draft is not proxied: rules append to it directly.
      d.log = state.log.slice();
      apply(d, sc, action, events);
      freezeLog(d.log);
    });
    return { ok: true, state: next, events };
  } catch (e) {
    // Still a value, never thrown at the caller; immer discards the draft, so the state is untouched.
    return { ok: false, rejection: internalError(e), state };
  }
}

/**
 * The bulk path: the same rules (`admit`, `apply`) on one private mutable copy for a whole game, no
 * immer — verification, bots and the balance report run here. Stops at the first rejected action.
 */
export function runActions(
  start: GameState,
  actions: readonly unknown[],
  /** True when the caller hands over `start` (e.g. a fresh newGame): it is then used in place. */
  owned = false,
  /** parsePlainAction when the actions are plain data by construction (a replay file's, from JSON). */
  parse: ActionParser = parseAction,
): { state: GameState; rejectedAt: number | null; rejection: Rejection | null } {
  const s = owned ? start : cloneState(start);
  const sc = start.scenario;
  for (let i = 0; i < actions.length; i++) {
    let refused: Rejection | null = null;
    try {
      const action = admit(s, actions[i], parse);
      // The events are not read here: a fresh list for each action is cheaper than emptying one.
      if (isRejection(action)) refused = action;
      else apply(s, sc, action, []);
    } catch (e) {
      refused = internalError(e);
    }
    if (refused) return { state: s, rejectedAt: i, rejection: refused };
  }
  return { state: s, rejectedAt: null, rejection: null };
}

/**
 * A writable copy for the bulk paths: everything deep-copied but the scenario (never edited) and the
 * entries of the log and the history, which are append-only records (Readonly in GameState, so a rule
 * that edited one would not compile): the lists are new, their entries shared.
 */
export function cloneState(s: GameState): GameState {
  // structuredClone keeps key order; the three shared fields are put back in their own places.
  const copy = structuredClone({ ...s, scenario: null, log: null, history: null }) as unknown as GameState;
  copy.scenario = s.scenario;
  copy.log = s.log.slice();
  copy.history = s.history.slice();
  return copy;
}
