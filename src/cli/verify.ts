// npm run verify -- FILE...
// Re-runs each replay against the shipped scenarios and prints one line a file:
//   FILE verified score 612 良好 hash 1a2b3c4d5e6f7a8b
//   FILE rejected: <reason>
// Exit 1 if any file is rejected (or unreadable), 2 when no file is given.
import { readFileSync } from 'node:fs';
import type { Scenario } from '../core';
import { DICTS } from '../i18n';
import { type ScenarioLookup, type VerifyResult, verifyReplayText } from '../replay';
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
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.out(
        `${file} rejected: cannot read the file (${code === 'ENOENT' ? 'no such file' : String(code ?? e)})`,
      );
      rejected += 1;
      continue;
    }
    const r = verifyReplayText(text, lookup);
    if (r.ok) {
      io.out(verifiedLine(file, r));
      continue;
    }
    rejected += 1;
    let why = r.reason.message;
    if (r.reason.code === 'unknownScenario') {
      const scenarioId = r.reason.scenarioId;
      const broken = loaded.errors.find((e) => e.file.replace(/^.*\//, '') === `${scenarioId}.json`);
      why += broken
        ? ` (its file is invalid: ${broken.message})`
        : `; known scenarios: ${[...byId.keys()].join(', ') || '(none)'}`;
    }
    io.out(`${file} rejected: ${why}`);
  }
  return rejected > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) run(main);
