// npm run verify -- FILE...
// Re-runs each replay against the shipped scenarios and prints one line a file:
//   FILE verified score 612 良好 hash 1a2b3c4d5e6f7a8b
//   FILE rejected: <reason>
// Exit 1 if any file is rejected (or unreadable), 2 when no file is given. Every file gets its line,
// whatever another one holds: sizes are checked before reading, and each file is verified on its own.
import { readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../core';
import { DICTS } from '../i18n';
import { oneLine, REPLAY_LIMITS, type ScenarioLookup, type VerifyResult, verifyReplayText } from '../replay';
import { loadScenarioFiles } from '../scenarios/node';
import { consoleIo, type Io, isMain, run } from './io';

const USAGE = 'usage: npm run verify -- FILE...';

/** The line printed for one verified file. */
export function verifiedLine(file: string, r: Extract<VerifyResult, { ok: true }>): string {
  const rating = r.rating ? DICTS.zh.rating[r.rating] : '—';
  const unfinished = r.status === 'playing' ? ' (unfinished: status playing)' : '';
  return `${file} verified score ${r.score ?? '—'} ${rating} hash ${r.hash}${unfinished}`;
}

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0) {
    io.err(`verify: no replay file given\n${USAGE}`);
    return 2;
  }
  const loaded = loadScenarioFiles();
  const byId = new Map<string, Scenario>(loaded.scenarios.map((s) => [s.id, s]));
  const lookup: ScenarioLookup = (id) => byId.get(id);
  let rejected = 0;
  for (const file of files) {
    const name = oneLine(file, 200);
    let line: string;
    try {
      line = verifyFile(file, name, lookup, loaded, byId);
    } catch (e) {
      // Never one file's problem for the rest of the batch.
      line = `${name} rejected: internal error: ${oneLine(String(e), 200)}`;
    }
    if (!line.startsWith(`${name} verified`)) rejected += 1;
    io.out(line);
  }
  return rejected > 0 ? 1 : 0;
}

/** The one line for one file. */
function verifyFile(
  file: string,
  name: string,
  lookup: ScenarioLookup,
  loaded: ReturnType<typeof loadScenarioFiles>,
  byId: Map<string, Scenario>,
): string {
  let text: string;
  try {
    const size = statSync(file).size;
    // Bytes ≥ characters, so a file within the limit in bytes is within it in characters too; a
    // larger one is refused without being read.
    if (size > REPLAY_LIMITS.maxLength * 3)
      return `${name} rejected: too large for a replay: ${size.toLocaleString('en')} bytes (at most ${REPLAY_LIMITS.maxLength.toLocaleString('en')} characters)`;
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `${name} rejected: cannot read the file (${code === 'ENOENT' ? 'no such file' : oneLine(String(code ?? e), 80)})`;
  }
  const r = verifyReplayText(text, lookup);
  if (r.ok) return verifiedLine(name, r);
  let why = r.reason.message;
  if (r.reason.code === 'unknownScenario') {
    const scenarioId = r.reason.scenarioId;
    const broken = loaded.errors.find((e) => e.file.replace(/^.*\//, '') === `${scenarioId}.json`);
    why += broken
      ? ` (its file is invalid: ${oneLine(broken.message, 200)})`
      : `; known scenarios: ${[...byId.keys()].join(', ') || '(none)'}`;
  }
  return `${name} rejected: ${oneLine(why, 400)}`;
}

if (isMain(import.meta.url)) run(main);
