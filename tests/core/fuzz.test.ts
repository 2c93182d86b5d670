// Untrusted input reaches the core from scripts, saves and replay files: valid actions mutated into
// near-valid ones (sparse lists, deep nesting, wrong types, getters, foreign prototypes) are refused
// by name — never an internal error — and the state stays the very same, unchanged object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type GameState,
  legalActions,
  newGame,
  type RejectionCode,
  runActions,
  stateHash,
  step,
} from '../../src/core';
import { PROPERTY_TIMEOUT, scenarioArb, seedArb } from './arbitraries';
import { deepFreeze } from './helpers';

type Mutation =
  | { kind: 'hole' }
  | { kind: 'deep'; depth: number }
  | { kind: 'wrongType'; value: unknown }
  | { kind: 'getter' }
  | { kind: 'prototype'; which: 'class' | 'custom' | 'map' }
  | { kind: 'deepExtra'; depth: number };

/** Nested lists `depth` deep around a value, built without recursion. */
function nest(value: unknown, depth: number): unknown {
  let v = value;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'hole' }),
  fc.integer({ min: 1, max: 20_000 }).map((depth): Mutation => ({ kind: 'deep', depth })),
  fc
    .oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.bigInt(),
      fc.constant(Symbol('x')),
      fc.object(),
      fc.string({ maxLength: 3 }).map((s) => [s, 7]),
    )
    .map((value): Mutation => ({ kind: 'wrongType', value })),
  fc.constant<Mutation>({ kind: 'getter' }),
  fc.constantFrom('class', 'custom', 'map').map((which): Mutation => ({ kind: 'prototype', which })),
  fc.integer({ min: 1, max: 20_000 }).map((depth): Mutation => ({ kind: 'deepExtra', depth })),
);

/** The field of an action a mutation targets: its list of forces when it has one, else its id field. */
function targetField(a: Record<string, unknown>): string {
  if (Array.isArray(a.forces) && a.forces.length > 0) return 'forces';
  for (const k of ['concern', 'programme', 'force', 'reform']) if (k in a) return k;
  return 'type';
}

/** The mutated input, and the refusals it may meet (null: it may also be accepted). */
function mutate(valid: object, m: Mutation): { input: unknown; codes: RejectionCode[] | null } {
  const a = structuredClone(valid) as Record<string, unknown>;
  const f = targetField(a);
  switch (m.kind) {
    case 'hole': {
      if (f === 'forces') {
        const list = (a.forces as unknown[]).slice();
        if (list.length >= 2) delete list[1];
        else {
          list.unshift(undefined);
          delete list[0];
        }
        a.forces = list;
      } else a.forces = new Array(2);
      const topDownEmpty = a.type === 'respond' && a.topDown === true;
      // A hole where forces are read is non-plain; where they are not read (no forces field used), shape rules decide.
      return {
        input: a,
        codes:
          a.type === 'coordinate' || a.type === 'respond' || topDownEmpty
            ? ['nonPlainAction', 'malformedAction']
            : null,
      };
    }
    case 'deep':
      a[f] = nest(a[f], m.depth);
      return { input: a, codes: ['malformedAction', 'noForces'] };
    case 'wrongType':
      a[f] = m.value;
      return {
        input: a,
        codes: ['malformedAction', 'noForces', 'unknownForce', 'unknownConcern', 'concernHidden', 'gameOver'],
      };
    case 'getter': {
      const v = a[f];
      Object.defineProperty(a, f, { get: () => v, enumerable: true });
      return { input: a, codes: ['nonPlainAction'] };
    }
    case 'prototype': {
      if (m.which === 'map') return { input: new Map(Object.entries(a)), codes: ['nonPlainAction'] };
      const proto = m.which === 'class' ? new (class Move {})() : { inherited: true };
      return {
        input: Object.setPrototypeOf(
          a,
          Object.getPrototypeOf(proto) === Object.prototype ? proto : Object.getPrototypeOf(proto),
        ),
        codes: ['nonPlainAction'],
      };
    }
    case 'deepExtra':
      // A deep value in a field the core does not read: ignored, never walked.
      a.note = nest('x', m.depth);
      return { input: a, codes: null };
  }
}

describe('fuzz: mutated valid actions', () => {
  it(
    'are refused by name (never internalError) with the state untouched, or accepted as the clean action',
    () => {
      fc.assert(
        fc.property(
          scenarioArb,
          seedArb,
          fc.array(fc.tuple(fc.nat(), mutationArb, fc.boolean()), { minLength: 5, maxLength: 40 }),
          (sc, seed, plan) => {
            let s: GameState = deepFreeze(newGame(sc, seed));
            for (const [pick, m, advance] of plan) {
              if (s.status !== 'playing') break;
              const legal = legalActions(s);
              const valid = legal[pick % legal.length]!;
              const { input, codes } = mutate(valid, m);
              const hash = stateHash(s);
              const r = step(s, input);
              const what = `${m.kind} of ${JSON.stringify(valid)}`;
              if (!r.ok) {
                expect(r.rejection.code, what).not.toBe('internalError');
                if (codes) expect(codes, `${what}: ${r.rejection.code}`).toContain(r.rejection.code);
                expect(r.rejection.message.length, what).toBeLessThan(200);
                expect(r.rejection.message, what).not.toMatch(/\n/);
                expect(r.state, what).toBe(s);
                expect(stateHash(s), what).toBe(hash);
              } else {
                expect(codes, `${what} was accepted`).toBeNull();
                // What was accepted is the core's own plain copy: no stray field, no hole.
                const acted = r.events[0]!;
                expect(acted.type).toBe('acted');
                if (acted.type === 'acted') expect(JSON.stringify(acted.action)).not.toMatch(/note|null/);
              }
              // The bulk path answers the same.
              const bulk = runActions(s, [input]);
              expect(bulk.rejection?.code ?? 'accepted', what).toBe(r.ok ? 'accepted' : r.rejection.code);
              if (advance) s = step(s, valid).state;
            }
          },
        ),
        { numRuns: 80 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
