// Illegal input is a value, not an exception (ARCHITECTURE rule 2): every refusal is named, and the
// state comes back as the very same object, unchanged.
import { describe, expect, it } from 'vitest';
import {
  FORCES,
  type GameState,
  PROGRAMME,
  PROGRAMMES,
  REFORM,
  REFORMS,
  type RejectionCode,
  runActions,
  step,
} from '../../src/core';
import { act, addConcern, quietGame, snapshot, template } from './helpers';

function expectRejected(s: GameState, raw: unknown, code: RejectionCode) {
  const before = snapshot(s);
  const r = step(s, raw);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.rejection.code).toBe(code);
  expect(r.rejection.message).toMatch(/\S/);
  if (code !== 'internalError') expect(r.rejection.message).not.toMatch(/^internal error/);
  expect(r.state).toBe(s);
  expect(s).toEqual(before);
}

const budgetProgramme = PROGRAMMES.find((p) => PROGRAMME[p].cost.budget > 0)!;
const lockedReform = REFORMS.find((r) => REFORM[r].requiresPolitical > 0)!;

/** The one refusal no player input may cause (tested below, on a corrupt state). */
type PlayerRejectionCode = Exclude<RejectionCode, 'internalError'>;

/** A sparse list (a hole at index 1), as a script can build it and JSON cannot. */
const sparse = (...items: string[]): string[] => {
  const list: string[] = [];
  list[0] = items[0]!;
  list[2] = items[1]!;
  return list;
};

/** A situation per refusal. A Record, so a new RejectionCode without a test fails the type check. */
const CASES: Record<PlayerRejectionCode, { why: string; state: () => GameState; action: unknown }[]> = {
  notEnoughEnergy: [
    {
      why: '精力 spent: no coordination this month',
      state: () =>
        quietGame((d) => {
          d.energy = 0;
        }),
      action: { type: 'coordinate', forces: ['community'] },
    },
    {
      why: 'a joint meeting of all five costs more than is left',
      state: () =>
        quietGame((d) => {
          d.energy = 1;
        }),
      action: { type: 'coordinate', forces: [...FORCES] },
    },
  ],
  notEnoughBudget: [
    {
      why: '经费 spent: no programme that costs money',
      state: () =>
        quietGame((d) => {
          d.budget = PROGRAMME[budgetProgramme].cost.budget - 1;
        }),
      action: { type: 'develop', programme: budgetProgramme },
    },
  ],
  unknownConcern: [
    {
      why: 'no such concern',
      state: () => quietGame(),
      action: { type: 'respond', concern: 'c999', forces: ['community'] },
    },
    {
      why: 'a resolved concern is gone',
      state: () => {
        let id = '';
        const s = quietGame((d) => {
          id = addConcern(d, template('lamp', 'worry', ['autonomy'], ['community'], { size: 5 }));
        });
        return act(s, { type: 'respond', concern: id, forces: ['community'] }).state;
      },
      action: { type: 'respond', concern: 'c1', forces: ['community'] },
    },
  ],
  concernHidden: [
    {
      why: 'not yet perceived (神经末梢)',
      state: () =>
        quietGame((d) => {
          addConcern(d, template('elders', 'worry', ['virtue'], ['socialWorkers']), { hiddenFor: 2 });
        }),
      action: { type: 'respond', concern: 'c1', forces: ['socialWorkers'] },
    },
    {
      why: 'not yet perceived, even top-down',
      state: () =>
        quietGame((d) => {
          addConcern(d, template('elders', 'worry', ['virtue'], ['socialWorkers']), { hiddenFor: 1 });
        }),
      action: { type: 'respond', concern: 'c1', forces: [], topDown: true },
    },
  ],
  gameOver: [
    {
      why: 'a lost game takes no more actions',
      state: () =>
        quietGame((d) => {
          d.status = 'lost';
          d.lossReason = 'safety';
        }),
      action: { type: 'endMonth' },
    },
    {
      why: 'a won game takes no more actions',
      state: () =>
        quietGame((d) => {
          d.status = 'won';
        }),
      action: { type: 'coordinate', forces: ['community'] },
    },
  ],
  malformedAction: [
    ...(
      [
        ['null', null],
        ['undefined', undefined],
        ['a number', 42],
        ['a string', 'endMonth'],
        ['a boolean', true],
        ['an array', [{ type: 'endMonth' }]],
        ['an empty object', {}],
        ['an unknown type', { type: 'fly' }],
        ['a type that is not a string', { type: 7 }],
        ['coordinate without forces', { type: 'coordinate' }],
        ['coordinate with a wrongly named field', { type: 'coordinate', force: 'community' }],
        ['coordinate with forces as a string', { type: 'coordinate', forces: 'community' }],
        ['coordinate with no forces', { type: 'coordinate', forces: [] }],
        ['coordinate with a non-string force', { type: 'coordinate', forces: [1] }],
        ['coordinate with six forces', { type: 'coordinate', forces: [...FORCES, 'community'] }],
        ['develop without programme', { type: 'develop' }],
        ['develop with an unknown programme', { type: 'develop', programme: 'fireworks' }],
        ['develop with a mode instead of a programme', { type: 'develop', mode: 'law' }],
        ['strengthen with a number', { type: 'strengthen', force: 3 }],
        ['adoptReform with an unknown reform', { type: 'adoptReform', reform: 'abolishTaxes' }],
        ['adoptReform without reform', { type: 'adoptReform' }],
        ['respond with a numeric concern', { type: 'respond', concern: 1, forces: ['community'] }],
        ['respond without concern', { type: 'respond', forces: ['community'] }],
        [
          'respond with topDown not a boolean',
          { type: 'respond', concern: 'c1', forces: [], topDown: 'yes' },
        ],
        [
          'top-down respond with forces as a string',
          { type: 'respond', concern: 'c1', forces: 'x', topDown: true },
        ],
      ] as const
    ).map(([why, action]) => ({ why, state: () => quietGame(), action })),
  ],
  unknownForce: [
    ...(
      [
        ['coordinate with an unknown force', { type: 'coordinate', forces: ['mayor'] }],
        ['coordinate with a misspelt force', { type: 'coordinate', forces: ['community', 'Volunteers'] }],
        ['strengthen with an unknown force', { type: 'strengthen', force: 'police' }],
        ['respond with an unknown force', { type: 'respond', concern: 'c1', forces: ['mayor'] }],
        [
          'top-down respond with unknown forces',
          { type: 'respond', concern: 'c1', forces: ['mayor'], topDown: true },
        ],
      ] as const
    ).map(([why, action]) => ({
      why,
      state: () =>
        quietGame((d) => {
          addConcern(d, template('lamp', 'worry', ['law'], ['community']));
        }),
      action,
    })),
  ],
  nonPlainAction: [
    ...(
      [
        ['coordinate with a sparse list', { type: 'coordinate', forces: sparse('community', 'volunteers') }],
        [
          'respond with a sparse list',
          { type: 'respond', concern: 'c1', forces: sparse('community', 'volunteers') },
        ],
        [
          'a top-down respond with a sparse list',
          { type: 'respond', concern: 'c1', forces: sparse('community', 'volunteers'), topDown: true },
        ],
        [
          'a getter for the type',
          Object.defineProperty({}, 'type', { get: () => 'endMonth', enumerable: true }),
        ],
        [
          'a getter inside the forces',
          {
            type: 'coordinate',
            forces: Object.defineProperty(['x'], 0, { get: () => 'community', enumerable: true }),
          },
        ],
        [
          'a class instance',
          new (class Act {
            type = 'endMonth';
          })(),
        ],
        ['a Map', new Map([['type', 'endMonth']])],
        [
          'a forces list that is an Array subclass',
          { type: 'coordinate', forces: new (class L extends Array {})() },
        ],
        [
          'a proxy whose traps throw',
          new Proxy(
            { type: 'endMonth' },
            {
              getOwnPropertyDescriptor() {
                throw new Error('trap');
              },
              getPrototypeOf() {
                throw new Error('trap');
              },
            },
          ),
        ],
      ] as const
    ).map(([why, action]) => ({
      why,
      state: () =>
        quietGame((d) => {
          addConcern(d, template('lamp', 'worry', ['law'], ['community']));
        }),
      action: action as unknown,
    })),
  ],
  noForces: [
    {
      why: 'a participatory response commits no forces',
      state: () =>
        quietGame((d) => {
          addConcern(d, template('lamp', 'worry', ['law'], ['community']));
        }),
      action: { type: 'respond', concern: 'c1', forces: [] },
    },
    {
      why: 'a response without a forces field',
      state: () =>
        quietGame((d) => {
          addConcern(d, template('lamp', 'worry', ['law'], ['community']));
        }),
      action: { type: 'respond', concern: 'c1' },
    },
  ],
  duplicateForce: [
    {
      why: 'a force named twice in a meeting',
      state: () => quietGame(),
      action: { type: 'coordinate', forces: ['community', 'community'] },
    },
    {
      why: 'a force committed twice to a concern',
      state: () =>
        quietGame((d) => {
          addConcern(d, template('lamp', 'worry', ['law'], ['community']));
        }),
      action: { type: 'respond', concern: 'c1', forces: ['volunteers', 'volunteers'] },
    },
  ],
  reformAdopted: [
    {
      why: 'a reform is adopted once',
      state: () => act(quietGame(), { type: 'adoptReform', reform: 'burdenList' }).state,
      action: { type: 'adoptReform', reform: 'burdenList' },
    },
  ],
  reformLocked: [
    {
      why: '政治 too weak to push it through',
      state: () =>
        quietGame((d) => {
          d.modes.political = REFORM[lockedReform].requiresPolitical - 1;
        }),
      action: { type: 'adoptReform', reform: lockedReform },
    },
  ],
  nothingToClear: [
    {
      why: 'no burden left to clear',
      state: () =>
        quietGame((d) => {
          d.burden = 0;
        }),
      action: { type: 'clearBurden' },
    },
  ],
};

describe('rejections', () => {
  for (const [code, cases] of Object.entries(CASES) as [
    PlayerRejectionCode,
    (typeof CASES)[PlayerRejectionCode],
  ][]) {
    it.each(cases)(
      `${code}: $why — refused by name, the state the very same and unchanged`,
      ({ state, action }) => {
        expectRejected(state(), action, code);
      },
    );
  }

  it('malformedAction: a type that cannot be printed (bigint, cyclic) is refused by name, not by an internal error', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const type of [10n, cyclic]) expectRejected(quietGame(), { type }, 'malformedAction');
  });

  it('runActions never throws either: a bigint type stops the replay with a named refusal', () => {
    const s = quietGame();
    let result: ReturnType<typeof runActions> | undefined;
    expect(() => {
      result = runActions(s, [{ type: 'endMonth' }, { type: 10n }]);
    }).not.toThrow();
    expect(result?.rejectedAt).toBe(1);
    expect(result?.rejection?.code).toBe('malformedAction');
  });

  it('internalError: a corrupt state (not the player) is reported as a bug, never as malformedAction, and left as it was', () => {
    // A state no rule can produce: the forces are gone. The action itself is well-formed and legal.
    const corrupt = quietGame((d) => {
      (d as { forces: unknown }).forces = {};
    });
    expectRejected(corrupt, { type: 'coordinate', forces: ['community'] }, 'internalError');
    const run = runActions(corrupt, [{ type: 'coordinate', forces: ['community'] }]);
    expect(run.rejection?.code).toBe('internalError');
  });

  it('a refusal names a huge id in one short line: player text is cut, never echoed whole', () => {
    const huge = 'x'.repeat(1_000_000);
    const cases: [unknown, RejectionCode][] = [
      [{ type: huge }, 'malformedAction'],
      [{ type: 'respond', concern: huge, forces: ['community'] }, 'unknownConcern'],
      [{ type: 'coordinate', forces: [huge] }, 'unknownForce'],
      [{ type: 'strengthen', force: huge }, 'unknownForce'],
    ];
    for (const [action, code] of cases) {
      const r = step(quietGame(), action);
      expect(r.ok ? 'accepted' : r.rejection.code).toBe(code);
      if (!r.ok) {
        expect(r.rejection.message.length).toBeLessThan(200);
        expect(r.rejection.message).not.toMatch(/\n/);
      }
    }
  });

  it('a refusal is never thrown, and runActions stops at the first one', () => {
    const s = quietGame((d) => {
      d.energy = 0;
    });
    const r = runActions(s, [{ type: 'endMonth' }, { type: 'fly' }, { type: 'endMonth' }]);
    expect(r.rejectedAt).toBe(1);
    expect(r.rejection?.code).toBe('malformedAction');
    expect(r.state.turn).toBe(s.turn + 1);
  });

  it('an accepted action is rebuilt clean: unknown extra fields never reach the state', () => {
    const s = quietGame();
    const r = step(s, { type: 'coordinate', forces: ['community'], bribe: 1000, topDown: 'yes' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toContainEqual({ type: 'acted', action: { type: 'coordinate', forces: ['community'] } });
    expect(JSON.stringify(r.state)).not.toMatch(/bribe/);
  });
});
