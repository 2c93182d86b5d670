// The action table, bit-packed. Every action is its type (a prefix code, shortest for the commonest
// — measured over the bots' games: respond 43 %, develop 19 %, endMonth 18 %, coordinate 13 %), then
// its ids as indexes into the core's id tables (src/core/ids.ts). The switch is exhaustive: a new
// action type does not compile until it is packed here (and the result-code format is bumped).
//
//   respond 0 · develop 100 · endMonth 101 · coordinate 110 · clearBurden 1110 · strengthen 11110
//   · adoptReform 111110 · end of the list 111111
//   coordinate: forces as a 5-bit set (FORCES order)
//   respond: 1 bit "same concern as the previous response" (46 % are), else the concern number
//            (header width) · topDown 1 bit · forces as a set (topDown: 1 bit "has forces" first,
//            as the core accepts forces beside 行政包办)
//   develop: programme 3 bits · strengthen: force 3 bits · adoptReform: reform 3 bits
// Force lists: when the header's `ordered` bit is set, each set is followed by the order the list
// named them in (its rank among the set's orderings), so every list round-trips exactly.
import { type Action, FORCES, type Force, PROGRAMMES, REFORMS } from '../core';
import type { BitReader, BitWriter } from './bits';

const ID_BITS = 3;
const SET_BITS = FORCES.length;

/** Each type's prefix code as [bits, length]. */
const TYPE_CODE = {
  respond: [0b0, 1],
  develop: [0b100, 3],
  endMonth: [0b101, 3],
  coordinate: [0b110, 3],
  clearBurden: [0b1110, 4],
  strengthen: [0b11110, 5],
  adoptReform: [0b111110, 6],
} as const satisfies Record<Action['type'], readonly [number, number]>;
const END: readonly [number, number] = [0b111111, 6];

type Kind = Action['type'] | 'end';
const KINDS: readonly [Kind, readonly [number, number]][] = [
  ...(Object.entries(TYPE_CODE) as [Kind, readonly [number, number]][]),
  ['end', END],
];

function readKind(r: BitReader): Kind {
  let bits = 0;
  for (let length = 1; length <= 6; length++) {
    bits = bits * 2 + r.read(1);
    for (const [kind, [b, l]] of KINDS) if (l === length && b === bits) return kind;
  }
  return 'end'; // unreachable: the code is complete (every 6-bit string starts with a codeword)
}

const CONCERN_ID = /^c([1-9][0-9]{0,4})$/;
/** Concern numbers take at most this many bits (a game meets a few dozen concerns). */
export const MAX_CONCERN_BITS = 16;

/** What an action list needs from the header: the widest concern number, and whether any force list is out of FORCES order. */
export interface PackPlan {
  concernBits: number;
  ordered: boolean;
}

export type PlanResult = { ok: true; plan: PackPlan } | { ok: false; index: number; message: string };

const inOrder = (forces: readonly Force[]) =>
  forces.every((f, i) => i === 0 || FORCES.indexOf(forces[i - 1]!) < FORCES.indexOf(f));

/** Checks every action can be packed, and works out the header's fields. */
export function planActions(actions: readonly Action[]): PlanResult {
  let maxConcern = 1;
  let ordered = false;
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i]!;
    if (a.type === 'respond') {
      const m = CONCERN_ID.exec(a.concern);
      if (!m)
        return {
          ok: false,
          index: i,
          message: `concern id ${JSON.stringify(a.concern)} is not one the core makes`,
        };
      if (Number(m[1]) >= 2 ** MAX_CONCERN_BITS)
        return { ok: false, index: i, message: `concern id ${a.concern} is past what a code holds` };
      maxConcern = Math.max(maxConcern, Number(m[1]));
    }
    if ((a.type === 'respond' || a.type === 'coordinate') && !inOrder(a.forces)) ordered = true;
    if ((a.type === 'respond' || a.type === 'coordinate') && new Set(a.forces).size !== a.forces.length)
      return { ok: false, index: i, message: 'a force is named twice' };
  }
  return { ok: true, plan: { concernBits: Math.max(1, Math.ceil(Math.log2(maxConcern + 1))), ordered } };
}

// ── force lists: a set, then (only in `ordered` codes) the rank of the list's order ────────────

const FACTORIAL = [1, 1, 2, 6, 24, 120];
const rankBits = (k: number) => Math.ceil(Math.log2(FACTORIAL[k]!));

function writeForces(w: BitWriter, forces: readonly Force[], plan: PackPlan): void {
  let set = 0;
  for (const f of forces) set |= 1 << (SET_BITS - 1 - FORCES.indexOf(f));
  w.write(set, SET_BITS);
  if (!plan.ordered || forces.length < 2) return;
  // Lehmer code: for each place, how many of the still-unused forces (in FORCES order) come before it.
  const pool = FORCES.filter((f) => forces.includes(f));
  let rank = 0;
  for (const f of forces) {
    const i = pool.indexOf(f);
    rank = rank * pool.length + i;
    pool.splice(i, 1);
  }
  w.write(rank, rankBits(forces.length));
}

function readForces(r: BitReader, plan: PackPlan): Force[] | null {
  const set = r.read(SET_BITS);
  const pool = FORCES.filter((_, i) => set & (1 << (SET_BITS - 1 - i)));
  if (!plan.ordered || pool.length < 2) return pool;
  let rank = r.read(rankBits(pool.length));
  if (rank >= FACTORIAL[pool.length]!) return null;
  // Undo the mixed-radix number: digits with radix k, k−1, …, 1.
  const digits: number[] = [];
  for (let k = 1; k <= pool.length; k++) {
    digits.unshift(rank % k);
    rank = Math.floor(rank / k);
  }
  return digits.map((d) => pool.splice(d, 1)[0]!);
}

// ── actions ────────────────────────────────────────────────────────────────────────────────────

export function writeActions(w: BitWriter, actions: readonly Action[], plan: PackPlan): void {
  let previous = 0;
  for (const a of actions) {
    const [bits, length] = TYPE_CODE[a.type];
    w.write(bits, length);
    switch (a.type) {
      case 'coordinate':
        writeForces(w, a.forces, plan);
        break;
      case 'respond': {
        const concern = Number(CONCERN_ID.exec(a.concern)![1]);
        w.write(concern === previous ? 1 : 0, 1);
        if (concern !== previous) w.write(concern, plan.concernBits);
        previous = concern;
        w.write(a.topDown ? 1 : 0, 1);
        if (a.topDown) w.write(a.forces.length > 0 ? 1 : 0, 1);
        if (!a.topDown || a.forces.length > 0) writeForces(w, a.forces, plan);
        break;
      }
      case 'develop':
        w.write(PROGRAMMES.indexOf(a.programme), ID_BITS);
        break;
      case 'strengthen':
        w.write(FORCES.indexOf(a.force), ID_BITS);
        break;
      case 'adoptReform':
        w.write(REFORMS.indexOf(a.reform), ID_BITS);
        break;
      case 'clearBurden':
      case 'endMonth':
        break;
      default:
        assertNever(a);
    }
  }
  w.write(END[0], END[1]);
}

function assertNever(x: never): never {
  throw new Error(`an action type the result code does not pack: ${JSON.stringify(x)}`);
}

/** The actions, or why the bits hold no action list (an id past its table, a bad force order). */
export function readActions(
  r: BitReader,
  plan: PackPlan,
  maxActions: number,
): { ok: true; actions: Action[] } | { ok: false; message: string } {
  const actions: Action[] = [];
  const bad = (what: string) => ({ ok: false as const, message: `action ${actions.length + 1}: ${what}` });
  let previous = 0;
  for (;;) {
    const kind = readKind(r);
    if (kind === 'end') return { ok: true, actions };
    if (actions.length >= maxActions) return { ok: false, message: `more than ${maxActions} actions` };
    switch (kind) {
      case 'endMonth':
        actions.push({ type: 'endMonth' });
        break;
      case 'clearBurden':
        actions.push({ type: 'clearBurden' });
        break;
      case 'coordinate': {
        const forces = readForces(r, plan);
        if (!forces) return bad('no such order of forces');
        actions.push({ type: 'coordinate', forces });
        break;
      }
      case 'respond': {
        if (r.read(1) === 0) previous = r.read(plan.concernBits);
        if (previous === 0) return bad('no concern named');
        const concern = `c${previous}`;
        const topDown = r.read(1) === 1;
        const forces = !topDown || r.read(1) === 1 ? readForces(r, plan) : [];
        if (!forces) return bad('no such order of forces');
        actions.push(
          topDown ? { type: 'respond', concern, forces, topDown } : { type: 'respond', concern, forces },
        );
        break;
      }
      case 'develop': {
        const programme = PROGRAMMES[r.read(ID_BITS)];
        if (!programme) return bad('no such programme');
        actions.push({ type: 'develop', programme });
        break;
      }
      case 'strengthen': {
        const force = FORCES[r.read(ID_BITS)];
        if (!force) return bad('no such force');
        actions.push({ type: 'strengthen', force });
        break;
      }
      case 'adoptReform': {
        const reform = REFORMS[r.read(ID_BITS)];
        if (!reform) return bad('no such reform');
        actions.push({ type: 'adoptReform', reform });
        break;
      }
    }
  }
}
