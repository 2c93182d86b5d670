// One declared place where a state is writable (src/core/step.ts): `step` runs the rules inside
// immer's produce, the bulk path (`runActions`) runs the very same rules on a private copy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Action, type GameState, newGame, runActions, stateHash, step } from '../../src/core';
import { choiceArb, inputFor, PROPERTY_TIMEOUT, scenarioArb, seedArb } from './arbitraries';
import { fixtureScenario as fixture } from './fixture';

/** Every object reachable from `value` that is not frozen, as paths (the scenario included). */
function unfrozen(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (!Object.isFrozen(v)) out.push(path || '(root)');
    for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], `${path}.${k}`]);
  }
  return out;
}

const plain = (s: GameState) => JSON.stringify({ ...s, scenario: null });

describe('step is immer over the same rules as the bulk path', () => {
  it(
    'step and runActions reach the same state (hash and content) on any game, legal and illegal input mixed',
    () => {
      fc.assert(
        fc.property(
          scenarioArb,
          seedArb,
          fc.array(choiceArb, { minLength: 20, maxLength: 120 }),
          (sc, seed, choices) => {
            const start = newGame(sc, seed);
            const accepted: Action[] = [];
            let s = start;
            for (const c of choices) {
              if (s.status !== 'playing') break;
              const input = inputFor(s, c);
              const r = step(s, input);
              if (r.ok) {
                accepted.push(input as Action);
                s = r.state;
              }
            }
            const bulk = runActions(newGame(sc, seed), accepted, true);
            expect(bulk.rejection).toBeNull();
            expect(stateHash(bulk.state)).toBe(stateHash(s));
            expect(plain(bulk.state)).toBe(plain(s));
          },
        ),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "step's results are frozen throughout (autoFreeze), and its input is never written",
    () => {
      fc.assert(
        fc.property(scenarioArb, seedArb, fc.array(choiceArb, { maxLength: 60 }), (sc, seed, choices) => {
          let s = newGame(sc, seed);
          for (const c of choices) {
            const before = plain(s);
            const r = step(s, inputFor(s, c));
            expect(plain(s)).toBe(before);
            if (!r.ok) {
              expect(r.state).toBe(s);
              continue;
            }
            expect(unfrozen(r.state)).toEqual([]);
            s = r.state;
          }
        }),
        { numRuns: 25 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('a state step returned cannot be written: the copy contract is enforced, not listed by hand', () => {
    const r = step(newGame(fixture(), 'frozen'), { type: 'endMonth' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.state;
    // Each target exists, so a TypeError below can only come from the freeze.
    expect(s.log.length * s.history.length * s.concerns.length).toBeGreaterThan(0);
    expect(() => {
      s.budget = 1;
    }).toThrow(TypeError);
    expect(() => {
      s.log.push(s.log[0]!);
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error — history entries are Readonly in GameState: the compiler refuses this too
      s.history[0]!.budget = 1;
    }).toThrow(TypeError);
    expect(() => {
      s.concerns[0]!.needs.forces.push('charity');
    }).toThrow(TypeError);
  });

  it('runActions works on its own copy: the start state it is given is not written', () => {
    const start = newGame(fixture(), 'bulk');
    const before = plain(start);
    const run = runActions(start, [{ type: 'endMonth' }, { type: 'endMonth' }]);
    expect(run.state.turn).toBe(start.turn + 2);
    expect(plain(start)).toBe(before);
    expect(Object.isFrozen(run.state)).toBe(false);
  });
});
