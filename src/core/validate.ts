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
import type { Action, GameState, Rejection, RejectionCode } from './types';

const reject = (code: RejectionCode, message: string): Rejection => ({ code, message });

function isForceList(v: unknown): v is Force[] {
  return (
    Array.isArray(v) &&
    v.length >= 1 &&
    v.length <= FORCES.length &&
    v.every((f) => typeof f === 'string' && (FORCES as readonly string[]).includes(f))
  );
}

function hasDuplicates(list: readonly string[]): boolean {
  return new Set(list).size !== list.length;
}

/** Checks the action's shape; returns the typed action or a rejection naming what is wrong. */
export function parseAction(raw: unknown): Action | Rejection {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return reject('malformedAction', 'an action must be an object with a "type"');
  const a = raw as Record<string, unknown>;
  switch (a.type) {
    case 'coordinate':
      if (Array.isArray(a.forces) && a.forces.length === 0)
        return reject('noForces', 'coordinate needs at least one force at the meeting');
      if (!isForceList(a.forces))
        return reject('malformedAction', 'coordinate needs "forces": 1–5 force ids');
      if (hasDuplicates(a.forces)) return reject('duplicateForce', 'a force is named twice');
      return { type: 'coordinate', forces: a.forces };
    case 'develop':
      if (typeof a.programme !== 'string' || !(PROGRAMMES as readonly string[]).includes(a.programme))
        return reject('malformedAction', `develop needs "programme": one of ${PROGRAMMES.join('|')}`);
      return { type: 'develop', programme: a.programme as ProgrammeId };
    case 'strengthen':
      if (typeof a.force !== 'string' || !(FORCES as readonly string[]).includes(a.force))
        return reject('malformedAction', `strengthen needs "force": one of ${FORCES.join('|')}`);
      return { type: 'strengthen', force: a.force as Force };
    case 'respond': {
      if (typeof a.concern !== 'string')
        return reject('malformedAction', 'respond needs "concern": a concern id');
      if (a.topDown !== undefined && typeof a.topDown !== 'boolean')
        return reject('malformedAction', '"topDown" must be true or false');
      const topDown = a.topDown === true;
      if (!topDown && !isForceList(a.forces))
        return reject('noForces', 'respond needs "forces": 1–5 force ids to commit');
      if (
        topDown &&
        a.forces !== undefined &&
        !(Array.isArray(a.forces) && (a.forces.length === 0 || isForceList(a.forces)))
      )
        return reject('malformedAction', '"forces" must be force ids');
      const forces = (a.forces ?? []) as Force[];
      if (hasDuplicates(forces)) return reject('duplicateForce', 'a force is named twice');
      return topDown
        ? { type: 'respond', concern: a.concern, forces, topDown: true }
        : { type: 'respond', concern: a.concern, forces };
    }
    case 'adoptReform':
      if (typeof a.reform !== 'string' || !(REFORMS as readonly string[]).includes(a.reform))
        return reject('malformedAction', `adoptReform needs "reform": one of ${REFORMS.join('|')}`);
      return { type: 'adoptReform', reform: a.reform as ReformId };
    case 'clearBurden':
      return { type: 'clearBurden' };
    case 'endMonth':
      return { type: 'endMonth' };
    default:
      return reject(
        'malformedAction',
        `unknown action type ${typeof a.type === 'string' ? JSON.stringify(a.type) : `of type ${typeof a.type}`}`,
      );
  }
}

/** What an action costs now (精力, 经费). */
export function actionCost(_s: GameState, action: Action): Cost {
  switch (action.type) {
    case 'coordinate':
      return coordinateCost(action.forces.length);
    case 'develop':
      return PROGRAMME[action.programme].cost;
    case 'strengthen':
      return STRENGTHEN[action.force].cost;
    case 'respond':
      return RESPOND_COST;
    case 'adoptReform':
      return REFORM[action.reform].cost;
    case 'clearBurden':
      return CLEAR_BURDEN_COST;
    case 'endMonth':
      return { energy: 0, budget: 0 };
  }
}

/** Whether a well-formed action may be taken in this state. */
export function checkLegal(s: GameState, action: Action): Rejection | null {
  if (s.status !== 'playing') return reject('gameOver', `the game is over (${s.status})`);
  if (action.type === 'endMonth') return null;
  if (action.type === 'respond') {
    const c = s.concerns.find((x) => x.id === action.concern);
    if (!c) return reject('unknownConcern', `no open concern "${action.concern}"`);
    if (c.hiddenFor > 0)
      return reject('concernHidden', `concern "${action.concern}" has not been perceived yet`);
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

export function isRejection(v: Action | Rejection): v is Rejection {
  return 'code' in v;
}
