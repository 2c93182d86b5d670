// Parsing one scenario file into a `Scenario`, or into one readable line naming the file, the field
// path and what was expected versus found. Pure: the caller supplies the text and the lecture.
import type { z } from 'zod';
import type { Scenario } from '../core/types';
import { lineColumn, oneLine, parseJson } from '../replay/untrusted';
import { FILE_LIMITS, makeScenarioSchema, type ScenarioSchema } from './schema';

/** One problem in a file: where (`deck[3].needs.forces[0]`, '' for the file as a whole) and what. */
export interface ScenarioIssue {
  path: string;
  /** `expected …, got …` */
  detail: string;
}

export interface ScenarioError {
  /** The file as the author knows it, e.g. `scenarios/new-estate.json`. */
  file: string;
  /** The first problem's field path ('' when the file as a whole is wrong, e.g. not JSON). */
  path: string;
  detail: string;
  /** Every problem found, the first one included. */
  issues: ScenarioIssue[];
  /** One line: `file: path: expected …, got …` (plus how many more problems there are). */
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: ScenarioError };

/** The id a file must carry: its name without folders and without `.json`. */
export function idFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.json$/i, '');
}

/** `['deck', 3, 'needs', 'forces', 0]` → `deck[3].needs.forces[0]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** A value as an author would recognise it in their file, kept short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list []' : `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object {…}';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const TYPE_NAMES: Record<string, string> = {
  int: 'an integer',
  // Every number in a scenario is an integer (zod reports a non-number against an int as 'number').
  number: 'an integer',
  string: 'text (a string)',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

function bound(issue: { origin?: string; inclusive?: boolean }, limit: number, atLeast: boolean): string {
  const side = atLeast
    ? issue.inclusive
      ? 'at least'
      : 'more than'
    : issue.inclusive
      ? 'at most'
      : 'less than';
  if (issue.origin === 'array') return `${side} ${plural(limit, 'entry', 'entries')}`;
  if (issue.origin === 'string') return `${side} ${plural(limit, 'character')}`;
  return `${side} ${limit}`;
}

/** Turns one zod issue into problems an author can act on (unknown keys become one per key). */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): ScenarioIssue[] {
  const got = (path: readonly PropertyKey[]) => describeValue(valueAt(data, path));
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [
        { path, detail: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${got(issue.path)}` },
      ];
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const expected =
        values.length === 1
          ? `expected ${JSON.stringify(issue.values[0])}`
          : `expected one of ${values.join('|')}`;
      return [{ path, detail: `${expected}, got ${got(issue.path)}` }];
    }
    case 'too_small':
      return [
        { path, detail: `expected ${bound(issue, Number(issue.minimum), true)}, got ${size(issue, data)}` },
      ];
    case 'too_big':
      return [
        { path, detail: `expected ${bound(issue, Number(issue.maximum), false)}, got ${size(issue, data)}` },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        detail: `expected no such field (check its spelling in docs/scenarios.md), got ${got([...issue.path, key])}`,
      }));
    case 'invalid_format':
      return [{ path, detail: `${issue.message}, got ${got(issue.path)}` }];
    case 'custom':
      return [{ path, detail: issue.message }];
    default:
      return [{ path, detail: `${issue.message}, got ${got(issue.path)}` }];
  }
}

function size(issue: { origin?: string; path: readonly PropertyKey[] }, data: unknown): string {
  const v = valueAt(data, issue.path);
  if (issue.origin === 'array' && Array.isArray(v)) return plural(v.length, 'entry', 'entries');
  return describeValue(v);
}

function failure(file: string, issues: ScenarioIssue[]): { ok: false; error: ScenarioError } {
  const first = issues[0] ?? { path: '', detail: 'is not a valid scenario' };
  const more = issues.length > 1 ? ` (and ${plural(issues.length - 1, 'more problem')})` : '';
  const where = first.path === '' ? '' : `${first.path}: `;
  return {
    ok: false,
    error: {
      file,
      path: first.path,
      detail: first.detail,
      issues,
      message: oneLine(`${file}: ${where}${first.detail}${more}`, 400),
    },
  };
}

/** The text's first problem before any parsing: size, nesting, string length, JSON syntax,
 * duplicate field names, or text that was not valid UTF-8 (decoded as U+FFFD) — with line and column. */
function textProblem(source: string): { data: unknown } | { detail: string } {
  const parsed = parseJson(source, FILE_LIMITS);
  if (!parsed.ok) {
    const p = parsed.problem;
    if (p.code === 'syntax')
      return {
        detail: `expected valid JSON, got a syntax error at line ${p.line}, column ${p.column}: ${p.detail}`,
      };
    if (p.code === 'tooLarge')
      return { detail: p.detail.replace(/^expected at most/, 'expected a file of at most') };
    return { detail: `${p.detail} (line ${p.line}, column ${p.column})` };
  }
  const bad = source.indexOf('\uFFFD');
  if (bad >= 0) {
    const { line, column } = lineColumn(source, bad);
    return {
      detail: `expected UTF-8 text, got an invalid byte sequence (read as U+FFFD) at line ${line}, column ${column}`,
    };
  }
  return { data: parsed.value };
}

let cached: { lecture: string; schema: ScenarioSchema } | null = null;

function schemaFor(lecture: string): ScenarioSchema {
  if (cached?.lecture !== lecture) cached = { lecture, schema: makeScenarioSchema(lecture) };
  return cached.schema;
}

/**
 * Parses and validates one scenario file. `fileName` is how the author knows the file (it is named in
 * every message, and the scenario's id must equal it without `.json`); `lecture` is the lecture text
 * with page markers removed. Never throws.
 */
export function parseScenario(text: string, fileName: string, lecture: string): ParseResult {
  try {
    const source = text.replace(/^\uFEFF/, '');
    const read = textProblem(source);
    if ('detail' in read) return failure(fileName, [{ path: '', detail: read.detail }]);
    const data = read.data;
    const issues: ScenarioIssue[] = [];
    const expectedId = idFromFileName(fileName);
    const id = valueAt(data, ['id']);
    if (typeof id === 'string' && id !== expectedId)
      issues.push({
        path: 'id',
        detail: `expected "${oneLine(expectedId, 60)}" (the file's name without .json), got ${describeValue(id)}`,
      });
    const result = schemaFor(lecture).safeParse(data);
    if (!result.success) for (const issue of result.error.issues) issues.push(...describeIssue(issue, data));
    if (issues.length > 0 || !result.success) return failure(fileName, issues);
    return { ok: true, scenario: result.data };
  } catch (err) {
    return failure(fileName, [{ path: '', detail: `could not be checked: ${oneLine(String(err), 200)}` }]);
  }
}
