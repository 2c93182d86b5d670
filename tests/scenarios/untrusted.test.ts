// Scenario files are untrusted too: bounded before they are parsed (size, nesting, each string), every
// list and text bounded by the schema, duplicate keys and invalid UTF-8 refused, syntax errors placed
// by line and column — each refusal one bounded line — and the "never throws" property gets past the
// top level of the file into the concern templates, shocks and learning points.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenarios/load';
import { loadScenarioFile, readLecture } from '../../src/scenarios/node';
import { FILE_LIMITS, LIMITS } from '../../src/scenarios/schema';
import { errorOf, parseAs, shippedData } from './helpers';

const FILE = 'scenarios/old-neighbourhood.json';
// biome-ignore lint/suspicious/noExplicitAny: the point is to put wrong values where the type forbids them
const base = (): any => shippedData('old-neighbourhood');
const parse = (text: string) => parseScenario(text, FILE, readLecture());

function oneBoundedLine(message: string): void {
  expect(message).not.toMatch(/[\n\r\u2028]/);
  expect(message.length).toBeLessThanOrEqual(400);
}

describe('a scenario file is bounded before and while it is checked', () => {
  const shocks = (n: number) => {
    const data = base();
    data.shocks = Array.from({ length: n }, (_, i) => ({
      ...data.shocks[0],
      concern: { ...data.shocks[0].concern, id: `shock-${i}` },
    }));
    return parseAs(data);
  };

  it('20,000 shocks (every step would take seconds) are refused by the file size, in one line', () => {
    const error = errorOf(shocks(20_000));
    expect(error.message).toMatch(/expected a file of at most 262,144 characters, got 11,\d{3},\d{3}$/);
    oneBoundedLine(error.message);
  });

  it(`${LIMITS.shocks.max} shocks pass the bound and ${LIMITS.shocks.max + 1} do not`, () => {
    expect(shocks(LIMITS.shocks.max).ok).toBe(true);
    expect(errorOf(shocks(LIMITS.shocks.max + 1)).message).toBe(
      `${FILE}: shocks: expected at most ${LIMITS.shocks.max} entries, got ${LIMITS.shocks.max + 1} entries`,
    );
  });

  it.each([
    ['deck', LIMITS.deck.max],
    ['disputes', LIMITS.disputes.max],
    ['objectives', LIMITS.objectives.max],
    ['learningPoints', LIMITS.learningPoints.max],
  ] as const)('%s holds at most its bound, and one more is refused', (field, max) => {
    const data = base();
    const one = data[field][0];
    data[field] = Array.from({ length: max + 1 }, (_, i) => ({ ...one, id: `${field.toLowerCase()}-${i}` }));
    const error = errorOf(parseAs(data));
    expect(error.issues.some((i) => i.path === field && i.detail.includes(`at most ${max} entries`))).toBe(
      true,
    );
  });

  it('a title of 10 MB is refused before parsing, and the message stays one line', () => {
    const data = base();
    data.title.zh = '长'.repeat(10_000_000);
    const error = errorOf(parse(JSON.stringify(data)));
    expect(error.message).toMatch(/expected a file of at most 262,144 characters, got 10,0\d\d,\d\d\d/);
    oneBoundedLine(error.message);
  });

  it('a file larger than any scenario can be is refused before it is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-size-'));
    const file = join(dir, 'old-neighbourhood.json');
    writeFileSync(file, ' '.repeat(FILE_LIMITS.maxLength * 3 + 1));
    const r = loadScenarioFile(file);
    rmSync(dir, { recursive: true, force: true });
    expect(errorOf(r).message).toMatch(/expected a file of at most 262,144 characters, got 786,433 bytes$/);
  });

  it('a failure inside the checks is still a named, one-line refusal, never an exception', () => {
    const lecture = {
      includes: () => {
        throw new Error('boom\nsecond line');
      },
    } as unknown as string;
    const r = parseScenario(JSON.stringify(base()), FILE, lecture);
    expect(errorOf(r).message).toBe(`${FILE}: could not be checked: Error: boom second line`);
  });

  it('a title longer than its bound (but inside the file size) is refused by the schema', () => {
    const data = base();
    data.title.en = 'T'.repeat(LIMITS.titleLength.max + 1);
    expect(errorOf(parseAs(data)).message).toContain(
      `title.en: expected at most ${LIMITS.titleLength.max} characters`,
    );
  });

  it('a 6 MB id is refused by size, not by a regular-expression stack overflow', () => {
    const data = base();
    data.id = 'a'.repeat(6_000_000);
    const error = errorOf(parse(JSON.stringify(data)));
    expect(error.message).not.toContain('could not be checked');
    oneBoundedLine(error.message);
  });

  it('a long string inside the file size is refused at its line and column', () => {
    const data = base();
    data.background.en = 'b'.repeat(FILE_LIMITS.maxString + 1);
    const error = errorOf(parse(JSON.stringify(data, null, 2)));
    expect(error.message).toMatch(
      /expected a string of at most 4000 characters, got a longer one \(line \d+, column \d+\)$/,
    );
  });

  it('a mismatched id is echoed shortened, not whole', () => {
    const data = base();
    data.id = `x${'-y'.repeat(20)}`;
    const error = errorOf(parseAs(data));
    oneBoundedLine(error.message);
    expect(error.message.length).toBeLessThan(300);
  });

  it('a duplicate key is refused with its line and column (JSON.parse would let the last win)', () => {
    const text = JSON.stringify(base(), null, 2).replace('"months": ', '"months": 40,\n  "months": ');
    const error = errorOf(parse(text));
    const line =
      text
        .split('\n')
        .findIndex(
          (l, i, all) => l.includes('"months"') && all.slice(0, i).some((p) => p.includes('"months"')),
        ) + 1;
    expect(error.message).toBe(
      `${FILE}: expected each field once, got "months" again (line ${line}, column 3)`,
    );
  });

  it('text that was not valid UTF-8 (decoded as U+FFFD) is refused at its line and column', () => {
    const data = base();
    data.title.zh = '老旧\uFFFD区';
    const error = errorOf(parse(JSON.stringify(data)));
    expect(error.message).toMatch(
      /expected UTF-8 text, got an invalid byte sequence \(read as U\+FFFD\) at line 1, column \d+$/,
    );
  });

  it('a syntax error names line and column in one line, not V8’s snippet', () => {
    const text = JSON.stringify(base(), null, 2);
    const broken = text.replace('"difficulty"', '"difficulty" 3,');
    const error = errorOf(parse(broken));
    const line = broken.split('\n').findIndex((l) => l.includes('"difficulty" 3')) + 1;
    expect(error.message).toMatch(
      new RegExp(
        `^${FILE}: expected valid JSON, got a syntax error at line ${line}, column \\d+: expected ":" after the field name, got "3"$`,
      ),
    );
  });

  it('nesting 5,000 deep anywhere is refused in one line', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const error = errorOf(parse(JSON.stringify(base()).replace('"months":12', `"months":${deep}`)));
    expect(error.message).toMatch(/nested at most 8 deep/);
    oneBoundedLine(error.message);
  });
});

/** Every path in a valid file, down to the leaves. */
function pathsOf(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (path.length > 0) out.push(path);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) pathsOf(x, [...path, i], out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...path, k], out);
  return out;
}

describe('scenario checks never throw on near-valid files, and the property reaches deep', () => {
  const PATHS = pathsOf(base());
  const hostile = fc.oneof(
    fc.constant('@@deep@@'),
    fc.constant('x'.repeat(5000)),
    fc.constant('老\uFFFD'),
    fc.constantFrom(null, true, 0, -1, 1.5, 1e9, '', 'community', 'law', []),
    fc.jsonValue({ maxDepth: 3 }),
  );

  it('one hostile value anywhere in a valid file: refused in one bounded line naming a path, never "could not be checked"', () => {
    let deepPaths = 0;
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), hostile, (path, value) => {
        const data = base();
        let parent = data;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1] as string] = value;
        const text = JSON.stringify(data).replace('"@@deep@@"', `${'['.repeat(5000)}${']'.repeat(5000)}`);
        const r = parse(text);
        if (r.ok) return;
        expect(r.error.message.startsWith(`${FILE}: `)).toBe(true);
        expect(r.error.message).not.toContain('could not be checked');
        oneBoundedLine(r.error.message);
        // A refusal inside a template, shock, objective or learning point, not at the top level.
        if (/[[.]/.test(r.error.path)) deepPaths += 1;
      }),
      { numRuns: 400, seed: 8 },
    );
    expect(deepPaths).toBeGreaterThan(100);
  });
});
