// Properties over arbitrary play (fast-check): whatever a player — or a broken client — sends,
// the core never throws, never leaves the integers or the ranges, and never mutates a state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GameState, legalActions, newGame, stateHash, step } from '../../src/core';
import { choiceArb, inputFor, PROPERTY_TIMEOUT, scenarioArb, seedArb } from './arbitraries';
import { deepFreeze, logSince } from './helpers';
import { entryViolations, violations } from './invariants';

const RUNS = 150;
const MAX_ACTIONS = 150;
/** Long sequences (fast-check would otherwise favour short ones). */
const actions = (maxLength: number) =>
  fc.array(choiceArb, { minLength: Math.min(20, maxLength), maxLength, size: 'max' });

function expectSound(s: GameState, context: string) {
  const v = violations(s);
  if (v.length) throw new Error(`${context}:\n  ${v.join('\n  ')}`);
}

describe('any sequence of actions, legal or not (docs/design.md §7)', () => {
  it(
    'never throws, stays integer and in range, and refuses without touching the state (overdraws: guards.test.ts)',
    () => {
      fc.assert(
        fc.property(scenarioArb, seedArb, actions(MAX_ACTIONS), (sc, seed, choices) => {
          let s = deepFreeze(newGame(sc, seed));
          let games = 1;
          expectSound(s, 'new game');
          choices.forEach((choice, i) => {
            // A finished game refuses one more input (gameOver), then the same scenario starts again.
            if (s.status !== 'playing' && i % 2 === 0) {
              s = deepFreeze(newGame(sc, `${seed}#${games++}`));
              expectSound(s, 'new game');
            }
            const input = inputFor(s, choice);
            const r = step(s, input);
            const label = `action ${i} ${JSON.stringify(input)}`;
            if (!r.ok) {
              expect(r.rejection.code, label).not.toBe('internalError');
              expect(r.state, label).toBe(s);
              if (choice.kind === 'legal' && s.status === 'playing')
                throw new Error(`legal ${label} refused`);
              return;
            }
            for (const [j, e] of logSince(s, r.state).entries()) {
              const v = entryViolations(e, `${label}, log entry ${j}`);
              if (v.length) throw new Error(v.join('\n'));
            }
            expectSound(r.state, label);
            s = deepFreeze(r.state);
          });
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'step never mutates its input: the hash of a state is the same after stepping it',
    () => {
      fc.assert(
        fc.property(scenarioArb, seedArb, actions(60), (sc, seed, choices) => {
          let s = newGame(sc, seed);
          for (const choice of choices) {
            const before = stateHash(s);
            const copy = structuredClone({ ...s, scenario: null });
            const r = step(s, inputFor(s, choice));
            expect(stateHash(s)).toBe(before);
            expect(JSON.stringify({ ...s, scenario: null })).toBe(JSON.stringify(copy));
            if (r.ok) s = r.state;
          }
        }),
        { numRuns: 30 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'every action legalActions offers is accepted, and endMonth is always among them while playing',
    () => {
      fc.assert(
        fc.property(scenarioArb, seedArb, actions(80), (sc, seed, choices) => {
          let s = newGame(sc, seed);
          for (const choice of choices) {
            const legal = legalActions(s);
            if (s.status === 'playing') expect(legal).toContainEqual({ type: 'endMonth' });
            else expect(legal).toEqual([]);
            for (const a of legal) expect(step(s, a).ok).toBe(true);
            const r = step(s, inputFor(s, choice));
            if (r.ok) s = r.state;
          }
        }),
        { numRuns: 25 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
