// The schema of a scenario file (scenarios/*.json), exactly the `Scenario` type of src/core/types.ts,
// plus what a type cannot say: integers, ranges, the game's vocabulary, unique ids, scoring weights
// summing to 100, shocks inside the term, and learning points that quote the lecture verbatim.
// The lecture text is a parameter so Node (fs) and the browser (Vite `?raw`) can both supply it.
import { z } from 'zod';
import { CONCEPTS, CONCERN_KINDS, FORCES, METRICS, MODES, PROGRAMMES, REFORMS } from '../core/ids';
import type { Scenario } from '../core/types';

/** Every range the schema enforces, in one place (docs/scenarios.md lists the same). */
export const LIMITS = {
  months: { min: 6, max: 36 },
  difficulty: { min: 1, max: 5 },
  level: { min: 0, max: 100 },
  energy: { min: 3, max: 8 },
  budget: { min: 0, max: 500 },
  income: { min: 0, max: 100 },
  driftBase: { min: 0, max: 30 },
  burdenPerMonth: { min: 0, max: 50 },
  /** The core draws at most four new concerns a month. */
  concerns: { min: 0, max: 4 },
  floorMonths: { min: 1, max: 12 },
  /** Per cent of each ladder step's burden and drift this scenario takes (levels 2, 3, …; 100 = as listed). */
  ladderScale: { min: 25, max: 300 },
  /** The same for a term shorter than the scenario (a compressed story, src/core/pace.ts). */
  shortTermLadderScale: { min: 0, max: 600 },
  percent: { min: 0, max: 100 },
  weight: { min: 1, max: 100 },
  deadline: { min: 1, max: 12 },
  size: { min: 20, max: 400 },
  resolvedTarget: { min: 1, max: 200 },
  questions: { min: 2, max: 3 },
  quoteLength: { min: 8, max: 400 },
  // Upper bounds on every list and text: a file cannot make the game slow or the page unreadable
  // (the six shipped scenarios use about a third of each).
  deck: { min: 1, max: 40 },
  disputes: { min: 0, max: 20 },
  shocks: { min: 0, max: 24 },
  objectives: { min: 0, max: 8 },
  learningPoints: { min: 1, max: 10 },
  /** Characters of each text, in each language. */
  idLength: { min: 1, max: 48 },
  titleLength: { min: 1, max: 80 },
  concernTitleLength: { min: 1, max: 120 },
  objectiveTextLength: { min: 1, max: 200 },
  paragraphLength: { min: 1, max: 600 },
  backgroundLength: { min: 1, max: 2000 },
} as const;

/** Bounds on a scenario file's text before it is parsed (size, nesting, any one string). */
export const FILE_LIMITS = {
  maxLength: 262_144,
  maxDepth: 8,
  maxString: 4000,
} as const;

/** Ids of scenarios, templates and objectives: kebab-case, e.g. `lift-consent`. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const int = (range: { min: number; max: number }) => z.int().min(range.min).max(range.max);
const level = () => int(LIMITS.level);
const id = () =>
  z
    .string()
    .max(LIMITS.idLength.max)
    .regex(ID_PATTERN, { error: 'expected a kebab-case id like "lift-consent"' });
const words = (max: number) => z.string().max(max).regex(/\S/, { error: 'expected some text' });

/** A list whose entries are all different (e.g. the forces a concern needs). */
function distinctList<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .array(z.enum(values))
    .min(1)
    .max(values.length)
    .superRefine((list, ctx) => {
      list.forEach((v, i) => {
        if (list.indexOf(v) !== i)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `expected each entry once, got "${v}" again (first at [${list.indexOf(v)}])`,
          });
      });
    });
}

/** A text in both languages, each at most `max` characters. */
const textOf = (max: number) => z.strictObject({ zh: words(max), en: words(max) });
const textSchema = textOf(LIMITS.paragraphLength.max);

const modeLevelsSchema = z.strictObject({
  political: level(),
  autonomy: level(),
  law: level(),
  virtue: level(),
  smart: level(),
});

const forceStateSchema = z.strictObject({ capacity: level(), alignment: level() });

const forcesSchema = z.strictObject({
  community: forceStateSchema,
  socialOrgs: forceStateSchema,
  socialWorkers: forceStateSchema,
  volunteers: forceStateSchema,
  charity: forceStateSchema,
});

const concernTemplateSchema = z.strictObject({
  id: id(),
  kind: z.enum(CONCERN_KINDS),
  title: textOf(LIMITS.concernTitleLength.max),
  needs: z.strictObject({ modes: distinctList(MODES), forces: distinctList(FORCES) }),
  weight: int(LIMITS.weight),
  deadline: int(LIMITS.deadline),
  hidden: z.boolean(),
  size: int(LIMITS.size),
});

const shockSchema = z.strictObject({
  month: int({ min: 1, max: LIMITS.months.max }),
  forecast: z.boolean(),
  concern: concernTemplateSchema,
});

const objectiveSchema = z
  .strictObject({
    id: id(),
    text: textOf(LIMITS.objectiveTextLength.max),
    metric: z.enum([...METRICS, 'resolved']),
    op: z.enum(['atLeast', 'atMost']),
    value: z.int().min(0).max(LIMITS.resolvedTarget.max),
    kind: z.enum(CONCERN_KINDS).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.metric === 'resolved') {
      if (o.value < LIMITS.resolvedTarget.min)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `expected a count of resolved concerns of at least ${LIMITS.resolvedTarget.min}, got ${o.value}`,
        });
    } else {
      if (o.value > LIMITS.level.max)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `expected a level 0–100 for metric "${o.metric}", got ${o.value}`,
        });
      if (o.kind !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['kind'],
          message: `expected no "kind" (it only applies to metric "resolved"), got "${o.kind}"`,
        });
    }
  });

const scoringSchema = z.strictObject({
  satisfaction: int(LIMITS.percent),
  safety: int(LIMITS.percent),
  vitality: int(LIMITS.percent),
  cohesion: int(LIMITS.percent),
  balance: int(LIMITS.percent),
  resolution: int(LIMITS.percent),
  objectives: int(LIMITS.percent),
});

const startSchema = z.strictObject({
  energy: int(LIMITS.energy),
  budget: int(LIMITS.budget),
  income: int(LIMITS.income),
  modes: modeLevelsSchema,
  forces: forcesSchema,
  // Starting at 100 fragmentation or 0 safety would lose the game before the first move.
  fragmentation: int({ min: 0, max: 99 }),
  satisfaction: level(),
  safety: int({ min: 1, max: 100 }),
  vitality: level(),
  burden: level(),
});

const tuningSchema = z
  .strictObject({
    driftBase: int(LIMITS.driftBase),
    burdenPerMonth: int(LIMITS.burdenPerMonth),
    concernsMin: int(LIMITS.concerns),
    concernsMax: int(LIMITS.concerns),
    satisfactionFloor: int(LIMITS.percent),
    floorMonths: int(LIMITS.floorMonths),
    disputeChance: int(LIMITS.percent),
    twoCommitteesCap: level().optional(),
    ladderScale: z.array(int(LIMITS.ladderScale)).min(1).max(4).optional(),
    shortTermLadderScale: z.array(int(LIMITS.shortTermLadderScale)).min(1).max(4).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.concernsMax < t.concernsMin)
      ctx.addIssue({
        code: 'custom',
        path: ['concernsMax'],
        message: `expected at least concernsMin (${t.concernsMin}), got ${t.concernsMax}`,
      });
  });

/** The action a scenario binds on, as a pattern (types.ts LeverPattern). */
const leverSchema = z.strictObject({
  type: z.enum(['coordinate', 'develop', 'strengthen', 'respond', 'adoptReform', 'clearBurden', 'endMonth']),
  reform: z.enum(REFORMS).optional(),
  programme: z.enum(PROGRAMMES).optional(),
  force: z.enum(FORCES).optional(),
  forces: distinctList(FORCES).optional(),
});

const bindingSchema = z.strictObject({ lever: z.array(leverSchema).min(1), text: textSchema });

/** Where a passage stops matching the lecture: the longest prefix of it that the lecture contains. */
export function matchedPrefix(quote: string, lecture: string): string {
  let lo = 0;
  let hi = quote.length;
  // A prefix of a contained string is contained, so the property is monotone: binary search.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (lecture.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return quote.slice(0, lo);
}

function quoteProblem(quote: string, lecture: string): string {
  const shown = quote.length > 24 ? `${quote.slice(0, 24)}…` : quote;
  const prefix = matchedPrefix(quote, lecture);
  const where =
    prefix.length === 0
      ? 'not even its first character matches'
      : `it matches up to "${prefix.length > 16 ? `…${prefix.slice(-16)}` : prefix}" and then differs`;
  return (
    `expected a verbatim passage of the lecture (page markers removed; the lecture writes “ ” quotes ` +
    `and ASCII commas), got "${shown}": ${where}`
  );
}

/** The scenario schema, checking learning points against `lecture` (page markers already removed). */
export function makeScenarioSchema(lecture: string) {
  const learningPointSchema = z.strictObject({
    concept: z.enum(CONCEPTS),
    quote: z
      .string()
      .min(LIMITS.quoteLength.min)
      .max(LIMITS.quoteLength.max)
      .superRefine((quote, ctx) => {
        if (!lecture.includes(quote)) ctx.addIssue({ code: 'custom', message: quoteProblem(quote, lecture) });
      }),
    text: textSchema,
  });

  return z
    .strictObject({
      id: id(),
      title: textOf(LIMITS.titleLength.max),
      background: textOf(LIMITS.backgroundLength.max),
      months: int(LIMITS.months),
      difficulty: int(LIMITS.difficulty),
      start: startSchema,
      tuning: tuningSchema,
      deck: z.array(concernTemplateSchema).min(LIMITS.deck.min).max(LIMITS.deck.max),
      disputes: z.array(concernTemplateSchema).max(LIMITS.disputes.max),
      shocks: z.array(shockSchema).max(LIMITS.shocks.max),
      objectives: z.array(objectiveSchema).max(LIMITS.objectives.max),
      scoring: scoringSchema,
      learningPoints: z
        .array(learningPointSchema)
        .min(LIMITS.learningPoints.min)
        .max(LIMITS.learningPoints.max),
      questions: z.array(textSchema).min(LIMITS.questions.min).max(LIMITS.questions.max),
      binding: bindingSchema.optional(),
    })
    .superRefine((s, ctx) => {
      // Template ids are unique across deck, disputes and shocks: concerns and forecasts refer to them.
      const seen = new Map<string, string>();
      const claim = (templateId: string, path: (string | number)[]) => {
        const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
        const first = seen.get(templateId);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            path,
            message: `expected a template id not used before, got "${templateId}" (already used at ${first})`,
          });
        else seen.set(templateId, where);
      };
      s.deck.forEach((t, i) => {
        claim(t.id, ['deck', i, 'id']);
      });
      s.disputes.forEach((t, i) => {
        claim(t.id, ['disputes', i, 'id']);
        if (t.kind !== 'dispute')
          ctx.addIssue({
            code: 'custom',
            path: ['disputes', i, 'kind'],
            message: `expected "dispute" (every template in disputes is a 矛盾纠纷), got "${t.kind}"`,
          });
      });
      s.shocks.forEach((shock, i) => {
        claim(shock.concern.id, ['shocks', i, 'concern', 'id']);
        if (shock.month > s.months)
          ctx.addIssue({
            code: 'custom',
            path: ['shocks', i, 'month'],
            message: `expected a month within the term 1..${s.months}, got ${shock.month}`,
          });
        if (shock.forecast && shock.month < 2)
          ctx.addIssue({
            code: 'custom',
            path: ['shocks', i, 'forecast'],
            message: `expected false for a shock in month 1 (a forecast comes the month before), got true`,
          });
      });
      if (s.disputes.length === 0 && s.tuning.disputeChance > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['disputes'],
          message: `expected at least 1 dispute template (tuning.disputeChance is ${s.tuning.disputeChance}), got none`,
        });

      const objectiveIds = new Set<string>();
      s.objectives.forEach((o, i) => {
        if (objectiveIds.has(o.id))
          ctx.addIssue({
            code: 'custom',
            path: ['objectives', i, 'id'],
            message: `expected an objective id not used before, got "${o.id}" again`,
          });
        objectiveIds.add(o.id);
      });

      const w = s.scoring;
      const sum =
        w.satisfaction + w.safety + w.vitality + w.cohesion + w.balance + w.resolution + w.objectives;
      if (sum !== 100)
        ctx.addIssue({
          code: 'custom',
          path: ['scoring'],
          message: `expected weights summing to 100, got ${sum}`,
        });
    });
}

export type ScenarioSchema = ReturnType<typeof makeScenarioSchema>;

// Compile-time proof that the schema and the contract type describe the same data, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaMatchesScenario = Assert<Same<z.infer<ScenarioSchema>, Scenario>>;
export type SchemaInputMatchesScenario = Assert<Same<z.input<ScenarioSchema>, Scenario>>;
