// A small scenario for the core's rule tests: independent of the shipped files, so tuning those
// never changes what these tests mean.
import type { ConcernTemplate, Scenario } from '../../src/core';

/** A concern template for tests. */
export const template = (
  id: string,
  kind: ConcernTemplate['kind'],
  modes: ConcernTemplate['needs']['modes'],
  forces: ConcernTemplate['needs']['forces'],
  extra: Partial<ConcernTemplate> = {},
): ConcernTemplate => ({
  id,
  kind,
  title: { zh: id, en: id },
  needs: { modes, forces },
  weight: 1,
  deadline: 3,
  hidden: false,
  size: 100,
  ...extra,
});

export function fixtureScenario(over: Partial<Scenario> = {}): Scenario {
  return {
    id: 'fixture',
    title: { zh: '测试社区', en: 'Test community' },
    background: { zh: '用于规则测试。', en: 'For rule tests.' },
    months: 12,
    difficulty: 1,
    start: {
      energy: 5,
      budget: 60,
      income: 12,
      modes: { political: 50, autonomy: 45, law: 45, virtue: 45, smart: 40 },
      forces: {
        community: { capacity: 50, alignment: 60 },
        socialOrgs: { capacity: 40, alignment: 55 },
        socialWorkers: { capacity: 40, alignment: 60 },
        volunteers: { capacity: 45, alignment: 60 },
        charity: { capacity: 30, alignment: 55 },
      },
      fragmentation: 20,
      satisfaction: 60,
      safety: 70,
      vitality: 50,
      burden: 20,
    },
    tuning: {
      driftBase: 6,
      burdenPerMonth: 6,
      concernsMin: 1,
      concernsMax: 2,
      satisfactionFloor: 30,
      floorMonths: 3,
      disputeChance: 30,
    },
    deck: [
      template('elevator', 'worry', ['autonomy'], ['community', 'socialOrgs']),
      template('parking', 'annoyance', ['law', 'smart'], ['community', 'volunteers']),
      template('elders', 'worry', ['virtue'], ['socialWorkers', 'volunteers'], { hidden: true }),
      template('noise', 'annoyance', ['law'], ['community']),
      template('care', 'anguish', ['virtue', 'political'], ['socialWorkers', 'charity'], {
        size: 140,
        deadline: 2,
      }),
    ],
    disputes: [
      template('neighbours', 'dispute', ['law', 'virtue'], ['community', 'socialWorkers'], { deadline: 2 }),
    ],
    shocks: [
      {
        month: 6,
        forecast: true,
        concern: template('storm', 'emergency', ['smart', 'political'], ['community', 'volunteers'], {
          deadline: 1,
        }),
      },
    ],
    objectives: [
      {
        id: 'sat',
        text: { zh: '满意度', en: 'Satisfaction' },
        metric: 'satisfaction',
        op: 'atLeast',
        value: 60,
      },
      { id: 'res', text: { zh: '解决', en: 'Resolved' }, metric: 'resolved', op: 'atLeast', value: 8 },
    ],
    scoring: {
      satisfaction: 20,
      safety: 15,
      vitality: 10,
      cohesion: 20,
      balance: 10,
      resolution: 15,
      objectives: 10,
    },
    learningPoints: [],
    questions: [
      { zh: '问题一', en: 'Question one' },
      { zh: '问题二', en: 'Question two' },
    ],
    ...over,
  };
}
