// Node entry (tsx CLI, Vitest): the lecture read with fs, and scenario files read from disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../core/types';
import { stripPageMarkers } from './lectureText';
import { type ParseResult, parseScenario, type ScenarioError } from './load';
import { FILE_LIMITS } from './schema';

/** The project's root folder (this file lives in src/scenarios/). */
export const PROJECT_ROOT: string = fileURLToPath(new URL('../../', import.meta.url));

/** The shipped scenarios' folder. */
export const SCENARIO_DIR: string = join(PROJECT_ROOT, 'scenarios');

let lecture: string | null = null;

/** The lecture text (assets/lecture.zh.txt) with its page markers removed. */
export function readLecture(): string {
  lecture ??= stripPageMarkers(readFileSync(join(PROJECT_ROOT, 'assets', 'lecture.zh.txt'), 'utf8'));
  return lecture;
}

/** A path as the author typed it or, for absolute paths, relative to the working directory. */
export function displayPath(file: string): string {
  const rel = isAbsolute(file) ? relative(process.cwd(), file) : file;
  const shown = rel === '' || rel.startsWith('..') ? file : rel;
  return shown.split(sep).join('/');
}

/** Reads and validates one file. Never throws: an unreadable file is an error like any other. */
export function loadScenarioFile(file: string): ParseResult {
  const shown = displayPath(file);
  let text: string;
  try {
    // A file larger than any scenario may be in UTF-8 is refused before it is read.
    const size = statSync(file).size;
    if (size > FILE_LIMITS.maxLength * 3)
      throw Object.assign(new Error('too large'), { code: `${size.toLocaleString('en')} bytes` });
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const detail =
      code === 'ENOENT'
        ? 'expected a readable file, got no such file'
        : /bytes$/.test(code)
          ? `expected a file of at most ${FILE_LIMITS.maxLength.toLocaleString('en')} characters, got ${code}`
          : `expected a readable file, got ${code}`;
    return {
      ok: false,
      error: {
        file: shown,
        path: '',
        detail,
        issues: [{ path: '', detail }],
        message: `${shown}: ${detail}`,
      },
    };
  }
  return parseScenario(text, shown, readLecture());
}

export interface LoadedScenarios {
  /** Valid scenarios, in file-name order. */
  scenarios: Scenario[];
  errors: ScenarioError[];
  /** Every file with its result, in file-name order. */
  results: { file: string; result: ParseResult }[];
}

/** The `*.json` files of a folder, sorted by name. */
export function scenarioFiles(dir: string = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Validates the given files (default: every `*.json` in scenarios/). */
export function loadScenarioFiles(dirOrFiles: string | readonly string[] = SCENARIO_DIR): LoadedScenarios {
  const files = typeof dirOrFiles === 'string' ? scenarioFiles(dirOrFiles) : dirOrFiles;
  const out: LoadedScenarios = { scenarios: [], errors: [], results: [] };
  for (const file of files) {
    const result = loadScenarioFile(file);
    out.results.push({ file: displayPath(file), result });
    if (result.ok) out.scenarios.push(result.scenario);
    else out.errors.push(result.error);
  }
  return out;
}

/** One shipped scenario by id, or its error (an unknown id reads as a missing file). */
export function loadScenarioById(id: string, dir: string = SCENARIO_DIR): ParseResult {
  return loadScenarioFile(join(dir, `${id}.json`));
}

/** The line `scenarios:check` prints for one file. */
export function checkLine(file: string, result: ParseResult): string {
  if (!result.ok) return `err ${result.error.message}`;
  const s = result.scenario;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `ok  ${file}  ${s.title.zh} · ${s.months} months · ${count(s.deck.length, 'concern')} · ` +
    `${count(s.disputes.length, 'dispute')} · ${count(s.shocks.length, 'shock')}`
  );
}
