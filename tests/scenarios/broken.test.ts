import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenarios/load';
import { readLecture, SCENARIO_DIR } from '../../src/scenarios/node';
import { errorOf, parseAs, shippedData } from './helpers';

const FILE = 'scenarios/old-neighbourhood.json';

/** A deep copy of the tutorial scenario to break. */
// biome-ignore lint/suspicious/noExplicitAny: the point is to put wrong values where the type forbids them
const base = (): any => shippedData('old-neighbourhood');

/** Asserts the one-line message names the file and the field path, and returns it. */
function refused(data: unknown, path: string, id = 'old-neighbourhood'): string {
  const error = errorOf(parseAs(data, id));
  expect(error.file).toBe(`scenarios/${id}.json`);
  expect(error.path).toBe(path);
  expect(error.message.startsWith(`scenarios/${id}.json: ${path}: `)).toBe(true);
  expect(error.message).not.toContain('\n');
  return error.message;
}

describe('a broken scenario file is refused with a message naming the file, the field and what was expected', () => {
  it('not JSON: the message gives line and column', () => {
    const text = readFileSync(join(SCENARIO_DIR, 'old-neighbourhood.json'), 'utf8');
    const broken = text.replace('"months": 12,', '"months": 12');
    const line = broken.slice(0, broken.indexOf('"difficulty"')).split('\n').length;
    const error = errorOf(parseScenario(broken, FILE, readLecture()));
    expect(error.path).toBe('');
    expect(error.message).toMatch(
      new RegExp(`^${FILE}: expected valid JSON, got a syntax error at line ${line}, column \\d+`),
    );
  });

  it('an empty file is not JSON either', () => {
    expect(errorOf(parseScenario('', FILE, readLecture())).message).toMatch(
      /^scenarios\/old-neighbourhood\.json: expected valid JSON/,
    );
  });

  it('a missing field', () => {
    const data = base();
    delete data.deck[2].weight;
    expect(refused(data, 'deck[2].weight')).toContain(
      'expected an integer, got nothing (the field is missing)',
    );
  });

  it('a field of the wrong type', () => {
    const data = base();
    data.months = '12';
    expect(refused(data, 'months')).toBe(`${FILE}: months: expected an integer, got "12"`);
  });

  it('a fraction where an integer is needed', () => {
    const data = base();
    data.start.energy = 4.5;
    expect(refused(data, 'start.energy')).toBe(`${FILE}: start.energy: expected an integer, got 4.5`);
  });

  it('a value out of range', () => {
    const data = base();
    data.start.modes.law = 120;
    expect(refused(data, 'start.modes.law')).toBe(`${FILE}: start.modes.law: expected at most 100, got 120`);
  });

  it('a term outside 6–36 months', () => {
    const data = base();
    data.months = 40;
    expect(refused(data, 'months')).toBe(`${FILE}: months: expected at most 36, got 40`);
  });

  it('an unknown enum value (a force that does not exist)', () => {
    const data = shippedData('new-estate') as { deck: { needs: { forces: string[] } }[] };
    const template = data.deck[3];
    if (!template) throw new Error('new-estate has fewer than 4 templates');
    template.needs.forces[0] = 'residents';
    expect(refused(data, 'deck[3].needs.forces[0]', 'new-estate')).toBe(
      'scenarios/new-estate.json: deck[3].needs.forces[0]: expected one of ' +
        'community|socialOrgs|socialWorkers|volunteers|charity, got "residents"',
    );
  });

  it('an unknown concept id in a learning point', () => {
    const data = base();
    data.learningPoints[1].concept = 'harmony';
    expect(refused(data, 'learningPoints[1].concept')).toContain('expected one of one-core|coordination|');
  });

  it('a misspelt field name', () => {
    const data = base();
    data.dificulty = data.difficulty;
    expect(refused(data, 'dificulty')).toContain('expected no such field');
  });

  it('a concern that needs no force at all', () => {
    const data = base();
    data.deck[0].needs.forces = [];
    expect(refused(data, 'deck[0].needs.forces')).toBe(
      `${FILE}: deck[0].needs.forces: expected at least 1 entry, got 0 entries`,
    );
  });

  it('the same mode listed twice in a concern’s needs', () => {
    const data = base();
    data.deck[0].needs.modes = ['law', 'law'];
    expect(refused(data, 'deck[0].needs.modes[1]')).toContain('got "law" again');
  });

  it('a duplicate template id across deck, disputes and shocks', () => {
    const data = base();
    data.shocks[0].concern.id = data.deck[4].id;
    expect(refused(data, 'shocks[0].concern.id')).toBe(
      `${FILE}: shocks[0].concern.id: expected a template id not used before, got "${data.deck[4].id}" (already used at deck[4].id)`,
    );
  });

  it('a template in disputes that is not a dispute', () => {
    const data = base();
    data.disputes[0].kind = 'worry';
    expect(refused(data, 'disputes[0].kind')).toContain('expected "dispute"');
  });

  it('scoring weights that do not sum to 100', () => {
    const data = base();
    data.scoring.safety += 5;
    expect(refused(data, 'scoring')).toBe(`${FILE}: scoring: expected weights summing to 100, got 105`);
  });

  it('a learning point whose quote is not in the lecture', () => {
    const data = base();
    // The lecture writes ASCII commas; a full-width one is the commonest slip.
    data.learningPoints[0].quote = data.learningPoints[0].quote.replace(',', '\uFF0C');
    expect(refused(data, 'learningPoints[0].quote')).toMatch(
      /expected a verbatim passage of the lecture .*: it matches up to ".*神经末梢" and then differs$/,
    );
  });

  it('an id that differs from the file name', () => {
    const error = errorOf(parseAs(base(), 'old-estate'));
    expect(error.path).toBe('id');
    expect(error.message).toBe(
      'scenarios/old-estate.json: id: expected "old-estate" (the file\'s name without .json), got "old-neighbourhood"',
    );
  });

  it('a shock after the last month', () => {
    const data = base();
    data.shocks[0].month = 13;
    expect(refused(data, 'shocks[0].month')).toBe(
      `${FILE}: shocks[0].month: expected a month within the term 1..12, got 13`,
    );
  });

  it('a forecast shock in month 1, which has no month before it', () => {
    const data = base();
    data.shocks[0].month = 1;
    data.shocks[0].forecast = true;
    expect(refused(data, 'shocks[0].forecast')).toContain('expected false');
  });

  it('more new concerns at least than at most', () => {
    const data = base();
    data.tuning.concernsMin = 3;
    data.tuning.concernsMax = 2;
    expect(refused(data, 'tuning.concernsMax')).toBe(
      `${FILE}: tuning.concernsMax: expected at least concernsMin (3), got 2`,
    );
  });

  it('four discussion questions where two or three are wanted', () => {
    const data = base();
    data.questions.push(data.questions[0]);
    data.questions.push(data.questions[0]);
    expect(refused(data, 'questions')).toContain('expected at most 3 entries, got');
  });

  it('a concern kind on an objective that does not count concerns', () => {
    const data = base();
    data.objectives[1].kind = 'dispute';
    expect(refused(data, 'objectives[1].kind')).toContain('only applies to metric "resolved"');
  });

  it('several problems: the first is named and the rest are counted', () => {
    const data = base();
    data.months = 'twelve';
    data.difficulty = 0;
    const error = errorOf(parseAs(data));
    expect(error.issues.map((i) => i.path)).toEqual(['months', 'difficulty']);
    expect(error.message).toBe(`${FILE}: months: expected an integer, got "twelve" (and 1 more problem)`);
  });

  it('never throws, whatever the text', () => {
    const lecture = readLecture();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseScenario(text, FILE, lecture);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws when any one value of a valid file is replaced by anything', () => {
    const lecture = readLecture();
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue(), (pick, value) => {
        const data = base();
        const paths: (string | number)[][] = [];
        const walk = (v: unknown, path: (string | number)[]) => {
          paths.push(path);
          if (Array.isArray(v)) {
            v.forEach((x, i) => {
              walk(x, [...path, i]);
            });
          } else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
        };
        walk(data, []);
        const path = paths[pick % paths.length] ?? [];
        if (path.length === 0) return;
        let parent = data;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1] as string] = value;
        const result = parseScenario(JSON.stringify(data), FILE, lecture);
        if (!result.ok) {
          expect(result.error.message.startsWith(`${FILE}: `)).toBe(true);
          expect(result.error.message).not.toContain('could not be checked');
        }
      }),
      { numRuns: 300 },
    );
  });
});
