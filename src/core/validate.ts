// Guards run before any rule: an action is checked whole, so a rejected one never half-applies.
import {
  CLEAR_BURDEN_COST,
  type Cost,
  coordinateCost,
  PROGRAMME,
  REFORM,
  RESPOND_COST,
  STRENGTHEN,
} from './content';
import { FORCES, type Force, PROGRAMMES, type ProgrammeId, REFORMS, type ReformId } from './ids';
import { assertNever } from './never';
import type { Action, GameState, Rejection, RejectionCode } from './types';

const reject = (code: RejectionCode, message: string): Rejection => ({ code, message });

/** A player's text in a message: quoted and cut short, so a huge id never makes a huge message. */
function quote(v: string): string {
  const q = JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v);
  return q;
}

const FORCE_IDS: ReadonlySet<string> = new Set(FORCES);
const PROGRAMME_IDS: ReadonlySet<string> = new Set(PROGRAMMES);
const REFORM_IDS: ReadonlySet<string> = new Set(REFORMS);

/** Thrown inside parsing when a value is not plain data; caught at the top (parseAction never throws). */
class NotPlain {
  constructor(readonly what: string) {}
}

/**
 * How parsing reads an action's fields and the entries of its force list. A player's input is read
 * `CHECKED`; the bulk paths may read values that are plain data by construction `AS_DATA` (./step.ts).
 */
interface Reader {
  /** An own field's value (undefined when absent). */
  field(o: object, key: string): unknown;
  /** Entry i of a list whose length has been checked. */
  entry(list: readonly unknown[], i: number): unknown;
}

/**
 * Actions are plain data (JSON or built by the UI); a getter, a proxy, a hole or an inherited field is
 * input from a script and is refused as such. Each read takes a property descriptor, so no getter runs.
 */
const CHECKED: Reader = {
  field(o, key) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d === undefined) return undefined;
    if (!('value' in d)) throw new NotPlain(`"${key}" is a getter`);
    return d.value;
  },
  entry(list, i) {
    const d = Object.getOwnPropertyDescriptor(list, i);
    if (d === undefined) throw new NotPlain('"forces" has a hole (a sparse list)');
    if (!('value' in d)) throw new NotPlain('"forces" has a getter');
    return d.value;
  },
};

/**
 * Values known to be plain data — JSON.parse's output, as a replay file's actions are
 * (src/replay/verify.ts) — hold no getter, hole or proxy, so reading them directly gives what CHECKED
 * gives, without a descriptor per field and per list entry (a list entry's descriptor costs about
 * 100 ns, most of a replay's parsing).
 */
const AS_DATA: Reader = {
  field: (o, key) => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined),
  entry: (list, i) => list[i],
};

function isPlainObject(v: unknown): v is object {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw new NotPlain('an object that is not plain');
  return true;
}

/**
 * A list of force ids: a real array (no holes, no getters), each entry a known force, none twice.
 * The length is checked before anything is read, so a huge list costs nothing.
 */
function forceList(v: unknown, what: string, min: number, read: Reader): Force[] | Rejection {
  if (!Array.isArray(v)) return reject('malformedAction', `${what} needs "forces": a list of force ids`);
  if (Object.getPrototypeOf(v) !== Array.prototype) throw new NotPlain('"forces" is not a plain list');
  if (v.length < min || v.length > FORCES.length)
    return reject('malformedAction', `${what} needs "forces": ${min}–${FORCES.length} force ids`);
  const out: Force[] = [];
  for (let i = 0; i < v.length; i++) {
    const f = read.entry(v, i);
    if (typeof f !== 'string') return reject('malformedAction', '"forces" must hold force ids (text)');
    if (!FORCE_IDS.has(f))
      return reject('unknownForce', `unknown force ${quote(f)}: one of ${FORCES.join('|')}`);
    out.push(f as Force);
  }
  for (let i = 1; i < out.length; i++)
    if (out.indexOf(out[i]!) < i) return reject('duplicateForce', `force "${out[i]}" is named twice`);
  return out;
}

function parse(input: unknown, read: Reader): Action | Rejection {
  if (!isPlainObject(input)) return reject('malformedAction', 'an action must be an object with a "type"');
  const raw: object = input;
  const field = read.field;
  const type = field(raw, 'type');
  switch (type) {
    case 'coordinate': {
      const listed = field(raw, 'forces');
      if (Array.isArray(listed) && Object.getPrototypeOf(listed) === Array.prototype && listed.length === 0)
        return reject('noForces', 'coordinate needs at least one force at the meeting');
      const forces = forceList(listed, 'coordinate', 1, read);
      // A list or a rejection: Array.isArray, as `'code' in list` walks the array's prototypes.
      return Array.isArray(forces) ? { type: 'coordinate', forces } : forces;
    }
    case 'develop': {
      const programme = field(raw, 'programme');
      if (typeof programme !== 'string' || !PROGRAMME_IDS.has(programme))
        return reject('malformedAction', `develop needs "programme": one of ${PROGRAMMES.join('|')}`);
      return { type: 'develop', programme: programme as ProgrammeId };
    }
    case 'strengthen': {
      const force = field(raw, 'force');
      if (typeof force !== 'string')
        return reject('malformedAction', `strengthen needs "force": one of ${FORCES.join('|')}`);
      if (!FORCE_IDS.has(force))
        return reject('unknownForce', `unknown force ${quote(force)}: one of ${FORCES.join('|')}`);
      return { type: 'strengthen', force: force as Force };
    }
    case 'respond': {
      const concern = field(raw, 'concern');
      if (typeof concern !== 'string')
        return reject('malformedAction', 'respond needs "concern": a concern id');
      const td = field(raw, 'topDown');
      if (td !== undefined && typeof td !== 'boolean')
        return reject('malformedAction', '"topDown" must be true or false');
      const topDown = td === true;
      const rawForces = field(raw, 'forces');
      if (topDown) {
        // 行政包办 commits no forces; an empty or absent list is the usual form.
        const forces = rawForces === undefined ? [] : forceList(rawForces, 'a top-down response', 0, read);
        return Array.isArray(forces) ? { type: 'respond', concern, forces, topDown: true } : forces;
      }
      if (rawForces === undefined || (Array.isArray(rawForces) && rawForces.length === 0))
        return reject('noForces', 'respond needs "forces": 1–5 force ids to commit');
      const forces = forceList(rawForces, 'respond', 1, read);
      return Array.isArray(forces) ? { type: 'respond', concern, forces } : forces;
    }
    case 'adoptReform': {
      const reform = field(raw, 'reform');
      if (typeof reform !== 'string' || !REFORM_IDS.has(reform))
        return reject('malformedAction', `adoptReform needs "reform": one of ${REFORMS.join('|')}`);
      return { type: 'adoptReform', reform: reform as ReformId };
    }
    case 'clearBurden':
      return { type: 'clearBurden' };
    case 'endMonth':
      return { type: 'endMonth' };
    default:
      return reject(
        'malformedAction',
        `unknown action type ${typeof type === 'string' ? quote(type) : `of type ${typeof type}`}`,
      );
  }
}

/**
 * Checks the action's shape; returns a new, plain typed action (nothing of the input is kept) or a
 * rejection naming what is wrong. Never throws, whatever it is given (a proxy whose traps throw
 * included): what cannot be read as plain data is `nonPlainAction`.
 */
export function parseAction(raw: unknown): Action | Rejection {
  return parseWith(raw, CHECKED);
}

/**
 * parseAction for an action that is plain data by construction (see AS_DATA): the same checks of what
 * each value is, and the same answer, without the descriptor reads that guard against a script's
 * getters and proxies. Never throws either. Anything else goes through parseAction.
 */
export function parsePlainAction(raw: unknown): Action | Rejection {
  return parseWith(raw, AS_DATA);
}

function parseWith(raw: unknown, read: Reader): Action | Rejection {
  try {
    return parse(raw, read);
  } catch (e) {
    const what = e instanceof NotPlain ? e.what : 'it could not be read';
    return reject('nonPlainAction', `an action must be plain data: ${what}`);
  }
}

/** What an action costs now (精力, 经费). */
export function actionCost(s: GameState, action: Action): Cost {
  switch (action.type) {
    case 'coordinate':
      return coordinateCost(action.forces.length);
    case 'develop':
      return smartPrice(s, PROGRAMME[action.programme].cost);
    case 'strengthen':
      return smartPrice(s, STRENGTHEN[action.force].cost);
    case 'respond':
      return RESPOND_COST;
    case 'adoptReform':
      return smartPrice(s, REFORM[action.reform].cost);
    case 'clearBurden':
      return CLEAR_BURDEN_COST;
    case 'endMonth':
      return NO_COST;
    default:
      return assertNever(action);
  }
}

const NO_COST: Cost = { energy: 0, budget: 0 };

/** 智治 at or above this makes programmes, growth and reforms a quarter cheaper (便捷、精细、有效). */
export const SMART_CHEAP = 60;
/** 智治 below this makes them dearer (half again, up to double at 0): work done blind costs more. */
export const SMART_DEAR = 35;

/** A budget cost as 智治 bends it. */
export function smartPrice(s: GameState, cost: Cost): Cost {
  if (cost.budget === 0) return cost;
  if (s.modes.smart >= SMART_CHEAP)
    return { energy: cost.energy, budget: cost.budget - Math.trunc(cost.budget / 4) };
  // The further below, the dearer: half again just under SMART_DEAR, double at 0.
  if (s.modes.smart < SMART_DEAR)
    return {
      energy: cost.energy,
      budget: cost.budget + Math.trunc((cost.budget * (SMART_DEAR + 35 - s.modes.smart)) / 70),
    };
  return cost;
}

/** Whether a well-formed action may be taken in this state. */
export function checkLegal(s: GameState, action: Action): Rejection | null {
  if (s.status !== 'playing') return reject('gameOver', `the game is over (${s.status})`);
  if (action.type === 'endMonth') return null;
  if (action.type === 'respond') {
    const c = s.concerns.find((x) => x.id === action.concern);
    if (!c) return reject('unknownConcern', `no open concern ${quote(action.concern)}`);
    if (c.hiddenFor > 0)
      return reject('concernHidden', `concern ${quote(action.concern)} has not been perceived yet`);
  }
  if (action.type === 'adoptReform') {
    if (s.reforms.includes(action.reform))
      return reject('reformAdopted', `reform "${action.reform}" is already adopted`);
    const need = REFORM[action.reform].requiresPolitical;
    if (s.modes.political < need)
      return reject(
        'reformLocked',
        `reform "${action.reform}" needs 政治 ≥ ${need} (now ${s.modes.political})`,
      );
  }
  if (action.type === 'clearBurden' && s.burden === 0)
    return reject('nothingToClear', 'there is no burden to clear');
  const cost = actionCost(s, action);
  if (s.energy < cost.energy)
    return reject('notEnoughEnergy', `needs ${cost.energy} 精力, ${s.energy} left this month`);
  if (s.budget < cost.budget) return reject('notEnoughBudget', `needs ${cost.budget} 经费, ${s.budget} left`);
  return null;
}

export function isRejection<T extends object>(v: T | Rejection): v is Rejection {
  return 'code' in v;
}
