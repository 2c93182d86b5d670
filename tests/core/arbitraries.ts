// fast-check generators for the property tests: scenarios anywhere inside the schema's limits, and
// players that mix legal actions, near misses and arbitrary junk.
import fc from 'fast-check';
import {
  type Action,
  CONCERN_KINDS,
  type ConcernTemplate,
  FORCES,
  type GameState,
  legalActions,
  MODES,
  PROGRAMMES,
  REFORMS,
  type Scenario,
  type ScoringWeights,
} from '../../src/core';
import { LIMITS } from '../../src/scenarios/schema';
import { fixtureScenario } from './fixture';

const level = () => fc.integer({ min: LIMITS.level.min, max: LIMITS.level.max });
const within = (r: { min: number; max: number }) => fc.integer({ min: r.min, max: r.max });

const templateArb = (id: string, kind?: ConcernTemplate['kind']): fc.Arbitrary<ConcernTemplate> =>
  fc.record({
    id: fc.constant(id),
    kind: kind ? fc.constant(kind) : fc.constantFrom(...CONCERN_KINDS),
    title: fc.constant({ zh: id, en: id }),
    needs: fc.record({
      modes: fc.shuffledSubarray([...MODES], { minLength: 1 }),
      forces: fc.shuffledSubarray([...FORCES], { minLength: 1 }),
    }),
    weight: within(LIMITS.weight),
    deadline: within(LIMITS.deadline),
    hidden: fc.boolean(),
    size: within(LIMITS.size),
  });

const templatesArb = (prefix: string, min: number, max: number, kind?: ConcernTemplate['kind']) =>
  fc
    .integer({ min, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => templateArb(`${prefix}-${i}`, kind))));

/** Seven integer weights summing to 100. */
const scoringArb: fc.Arbitrary<ScoringWeights> = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 })
  .map((cuts) => {
    const c = [0, ...cuts.sort((a, b) => a - b), 100];
    const w = c.slice(1).map((v, i) => v - c[i]!);
    return {
      satisfaction: w[0]!,
      safety: w[1]!,
      vitality: w[2]!,
      cohesion: w[3]!,
      balance: w[4]!,
      resolution: w[5]!,
      objectives: w[6]!,
    };
  });

const modesArb = fc.record({
  political: level(),
  autonomy: level(),
  law: level(),
  virtue: level(),
  smart: level(),
});
const forceArb = fc.record({ capacity: level(), alignment: level() });

/** Any scenario the schema would accept (content-wise; texts and learning points are not the core's business). */
export const anyScenario: fc.Arbitrary<Scenario> = fc
  .record({
    months: within(LIMITS.months),
    difficulty: within(LIMITS.difficulty),
    start: fc.record({
      energy: within(LIMITS.energy),
      budget: within(LIMITS.budget),
      income: within(LIMITS.income),
      modes: modesArb,
      forces: fc.record({
        community: forceArb,
        socialOrgs: forceArb,
        socialWorkers: forceArb,
        volunteers: forceArb,
        charity: forceArb,
      }),
      fragmentation: fc.integer({ min: 0, max: 99 }),
      satisfaction: level(),
      safety: fc.integer({ min: 1, max: 100 }),
      vitality: level(),
      burden: level(),
    }),
    tuning: fc
      .record({
        driftBase: within(LIMITS.driftBase),
        burdenPerMonth: within(LIMITS.burdenPerMonth),
        a: within(LIMITS.concerns),
        b: within(LIMITS.concerns),
        satisfactionFloor: within(LIMITS.percent),
        floorMonths: within(LIMITS.floorMonths),
        disputeChance: within(LIMITS.percent),
      })
      .map(({ a, b, ...t }) => ({ ...t, concernsMin: Math.min(a, b), concernsMax: Math.max(a, b) })),
    deck: templatesArb('deck', 1, 5),
    disputes: templatesArb('dispute', 1, 3, 'dispute'),
    shockTemplates: templatesArb('shock', 0, 3),
    shockMonths: fc.array(fc.integer({ min: 1, max: LIMITS.months.max }), { minLength: 3, maxLength: 3 }),
    shockForecast: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    scoring: scoringArb,
  })
  .map(({ shockTemplates, shockMonths, shockForecast, ...r }) => {
    const base = fixtureScenario();
    const shocks = shockTemplates.map((concern, i) => {
      const month = 1 + ((shockMonths[i]! - 1) % r.months);
      return { month, forecast: month >= 2 && shockForecast[i]!, concern };
    });
    return {
      ...base,
      id: 'generated',
      months: r.months,
      difficulty: r.difficulty,
      start: r.start,
      tuning: r.tuning,
      deck: [...r.deck],
      disputes: [...r.disputes],
      shocks,
      scoring: r.scoring,
    };
  });

/** The fixture most of the time (its texture is tuned), generated scenarios for the edges. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(fixtureScenario()) },
  { weight: 1, arbitrary: anyScenario },
);

/** Vitest's 5 s default is too tight for a property run on a loaded two-core machine. */
export const PROPERTY_TIMEOUT = 30_000;

export const seedArb = fc.string({ maxLength: 12 });

/** Actions that look right but are off: wrong ids, missing or mistyped fields, hidden or gone concerns. */
export const nearMiss: fc.Arbitrary<unknown> = fc.record(
  {
    type: fc.constantFrom(
      'coordinate',
      'develop',
      'strengthen',
      'respond',
      'adoptReform',
      'clearBurden',
      'endMonth',
      'Coordinate',
      'end_month',
      '',
    ),
    forces: fc.oneof(
      fc.array(fc.constantFrom(...FORCES, 'mayor', 'Community'), { maxLength: 6 }),
      fc.constant('community'),
      fc.constant(null),
    ),
    concern: fc.oneof(
      fc.nat(40).map((n) => `c${n}`),
      fc.constant('C1'),
      fc.integer(),
      fc.constant(''),
    ),
    programme: fc.constantFrom(...PROGRAMMES, 'fireworks', 'law'),
    force: fc.constantFrom(...FORCES, 'police', 0),
    reform: fc.constantFrom(...REFORMS, 'abolishTaxes'),
    topDown: fc.oneof(fc.boolean(), fc.constant('yes'), fc.constant(1)),
  },
  { requiredKeys: ['type'] },
);

/** Arbitrary values (no bigint: a bigint `type` is a known core bug with its own test). */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.anything() }),
  fc.array(fc.anything(), { maxLength: 3 }),
);

export type Choice = { kind: 'legal'; pick: number } | { kind: 'end' } | { kind: 'raw'; value: unknown };

/** What a player does next: mostly a legal action, sometimes the month's end, sometimes nonsense. */
export const choiceArb: fc.Arbitrary<Choice> = fc.oneof(
  { weight: 6, arbitrary: fc.nat().map((pick): Choice => ({ kind: 'legal', pick })) },
  { weight: 1, arbitrary: fc.constant<Choice>({ kind: 'end' }) },
  { weight: 2, arbitrary: nearMiss.map((value): Choice => ({ kind: 'raw', value })) },
  { weight: 1, arbitrary: junk.map((value): Choice => ({ kind: 'raw', value })) },
);

/** The raw input a choice makes in a state (a legal action for 'legal' while the game is on). */
export function inputFor(s: GameState, c: Choice): unknown {
  if (c.kind === 'end') return { type: 'endMonth' } satisfies Action;
  if (c.kind === 'raw') return c.value;
  const legal = legalActions(s);
  return legal.length ? legal[c.pick % legal.length] : { type: 'endMonth' };
}

/** A sequence of legal choices only (for determinism tests). */
export const legalChoices = (maxLength: number) =>
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.nat().map((pick): Choice => ({ kind: 'legal', pick })) },
      { weight: 1, arbitrary: fc.constant<Choice>({ kind: 'end' }) },
    ),
    { maxLength, size: 'max' },
  );
