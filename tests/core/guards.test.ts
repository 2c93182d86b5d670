// Every guard pinned at its exact boundary (a cost equal to what is left is accepted, one less is
// refused), and an overdraw property that checks the guard itself, not the clamp behind it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  CLEAR_BURDEN_COST,
  type Cost,
  coordinateCost,
  FORCES,
  type GameState,
  newGame,
  PROGRAMME,
  PROGRAMMES,
  REFORM,
  REFORMS,
  RESPOND_COST,
  STRENGTHEN,
  step,
} from '../../src/core';
import { choiceArb, inputFor, PROPERTY_TIMEOUT, scenarioArb, seedArb } from './arbitraries';
import { addConcern, quietGame, snapshot, template } from './helpers';

/** A state where only the guard under test can refuse: 政治 high, burden present, a visible concern. */
const open = (fn: (d: GameState) => void) =>
  quietGame((d) => {
    d.modes.political = 100;
    d.burden = 40;
    d.energy = 10;
    d.maxEnergy = 10;
    d.budget = 500;
    addConcern(d, template('lamp', 'worry', ['law'], ['community'], { size: 500 }));
    fn(d);
  });

/** Every well-formed costly action, with the cost the content tables give it (read here, not via actionCost). */
const COSTLY: { action: Action; cost: Cost }[] = [
  ...[1, 2, 3, 4, 5].map((n) => ({
    action: { type: 'coordinate', forces: FORCES.slice(0, n) } as Action,
    cost: coordinateCost(n),
  })),
  ...PROGRAMMES.map((programme) => ({
    action: { type: 'develop', programme } as Action,
    cost: PROGRAMME[programme].cost,
  })),
  ...FORCES.map((force) => ({
    action: { type: 'strengthen', force } as Action,
    cost: STRENGTHEN[force].cost,
  })),
  ...REFORMS.map((reform) => ({
    action: { type: 'adoptReform', reform } as Action,
    cost: REFORM[reform].cost,
  })),
  { action: { type: 'respond', concern: 'c1', forces: ['community'] }, cost: RESPOND_COST },
  { action: { type: 'respond', concern: 'c1', forces: [], topDown: true }, cost: RESPOND_COST },
  { action: { type: 'clearBurden' }, cost: CLEAR_BURDEN_COST },
];

const label = (a: Action) => JSON.stringify(a);

function refused(s: GameState, a: Action, code: string) {
  const before = snapshot(s);
  const r = step(s, a);
  expect(r.ok ? 'accepted' : r.rejection.code, label(a)).toBe(code);
  expect(r.state).toBe(s);
  expect(s).toEqual(before);
}

describe('guards at their exact boundary', () => {
  it('the joint-meeting price list is what the design says: 1–2 forces 1 精力, 3–4 forces 2, all five 3', () => {
    expect([1, 2, 3, 4, 5].map((n) => coordinateCost(n).energy)).toEqual([1, 1, 2, 2, 3]);
  });

  it.each(COSTLY.filter((c) => c.cost.energy > 0))(
    '精力: $action.type costs $cost.energy — exactly that much left is enough, one less is refused',
    ({ action, cost }) => {
      const exact = open((d) => {
        d.energy = cost.energy;
      });
      const r = step(exact, action);
      expect(r.ok ? 'accepted' : r.rejection.code, label(action)).toBe('accepted');
      if (r.ok) expect(r.state.energy).toBe(0);
      refused(
        open((d) => {
          d.energy = cost.energy - 1;
        }),
        action,
        'notEnoughEnergy',
      );
    },
  );

  it.each(COSTLY.filter((c) => c.cost.budget > 0))(
    '经费: $action.type costs $cost.budget — exactly that much left is enough, one less is refused',
    ({ action, cost }) => {
      const exact = open((d) => {
        d.budget = cost.budget;
      });
      const r = step(exact, action);
      expect(r.ok ? 'accepted' : r.rejection.code, label(action)).toBe('accepted');
      if (r.ok) expect(r.state.budget).toBe(0);
      refused(
        open((d) => {
          d.budget = cost.budget - 1;
        }),
        action,
        'notEnoughBudget',
      );
    },
  );

  it('a concern can be answered the month it is perceived (hiddenFor 0), not one month before (hiddenFor 1)', () => {
    const at = (hiddenFor: number) =>
      open((d) => {
        d.concerns[0]!.hiddenFor = hiddenFor;
      });
    const a: Action = { type: 'respond', concern: 'c1', forces: ['community'] };
    expect(step(at(0), a).ok).toBe(true);
    refused(at(1), a, 'concernHidden');
  });

  it('减负: one unit of burden can still be cleared; none cannot', () => {
    const at = (burden: number) =>
      open((d) => {
        d.burden = burden;
      });
    expect(step(at(1), { type: 'clearBurden' }).ok).toBe(true);
    refused(at(0), { type: 'clearBurden' }, 'nothingToClear');
  });

  it.each(REFORMS)(
    'reform %s: 政治 exactly at its requirement pushes it through, one less does not',
    (reform) => {
      const need = REFORM[reform].requiresPolitical;
      const at = (political: number) =>
        open((d) => {
          d.modes.political = political;
        });
      expect(step(at(need), { type: 'adoptReform', reform }).ok).toBe(true);
      if (need > 0) refused(at(need - 1), { type: 'adoptReform', reform }, 'reformLocked');
    },
  );

  it('a reform once adopted is refused a second time; a concern id must be open; a finished game takes nothing', () => {
    refused(
      open((d) => {
        d.reforms.push('burdenList');
      }),
      { type: 'adoptReform', reform: 'burdenList' },
      'reformAdopted',
    );
    refused(
      open(() => {}),
      { type: 'respond', concern: 'c2', forces: ['community'] },
      'unknownConcern',
    );
    for (const status of ['won', 'lost'] as const)
      refused(
        open((d) => {
          d.status = status;
        }),
        { type: 'endMonth' },
        'gameOver',
      );
  });
});

/** Any well-formed costly action, affordable or not: the guard, not legalActions, must stop overdraws. */
const attemptArb = fc.oneof(
  { weight: 3, arbitrary: choiceArb.map((c) => ({ kind: 'choice' as const, c })) },
  { weight: 2, arbitrary: fc.constantFrom(...COSTLY).map((x) => ({ kind: 'costly' as const, x })) },
);

describe('no overdraw, seen at the guard', () => {
  it(
    'no accepted action costs more 精力 or 经费 than was left before it (cost from the content tables); paying takes exactly the cost',
    () => {
      fc.assert(
        fc.property(
          scenarioArb,
          seedArb,
          fc.array(attemptArb, { minLength: 20, maxLength: 150 }),
          (sc, seed, attempts) => {
            let s = newGame(sc, seed);
            for (const at of attempts) {
              if (s.status !== 'playing') break;
              const input = at.kind === 'costly' ? { ...at.x.action } : inputFor(s, at.c);
              const r = step(s, input);
              if (!r.ok) continue;
              const a = input as Action;
              if (a.type !== 'endMonth') {
                const cost = costOf(s, a);
                expect(s.energy - cost.energy, `精力 ${label(a)}`).toBeGreaterThanOrEqual(0);
                expect(s.budget - cost.budget, `经费 ${label(a)}`).toBeGreaterThanOrEqual(0);
                expect(r.state.energy, label(a)).toBe(s.energy - cost.energy);
                expect(r.state.budget, label(a)).toBe(s.budget - cost.budget);
              }
              s = r.state;
            }
          },
        ),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

/** 智治 bends budget costs (restated here, independent of the core): a quarter off at ≥ 60; under 35 dearer, up to double at 0. */
function smart(s: GameState, c: Cost): Cost {
  if (c.budget === 0) return c;
  if (s.modes.smart >= 60) return { energy: c.energy, budget: c.budget - Math.trunc(c.budget / 4) };
  if (s.modes.smart < 35)
    return { energy: c.energy, budget: c.budget + Math.trunc((c.budget * (70 - s.modes.smart)) / 70) };
  return c;
}

/** An action's cost from the content tables (independent of the core's actionCost). */
function costOf(s: GameState, a: Action): Cost {
  switch (a.type) {
    case 'coordinate':
      return coordinateCost(a.forces.length);
    case 'develop':
      return smart(s, PROGRAMME[a.programme].cost);
    case 'strengthen':
      return smart(s, STRENGTHEN[a.force].cost);
    case 'adoptReform':
      return smart(s, REFORM[a.reform].cost);
    case 'respond':
      return RESPOND_COST;
    case 'clearBurden':
      return CLEAR_BURDEN_COST;
    case 'endMonth':
      return { energy: 0, budget: 0 };
  }
}
