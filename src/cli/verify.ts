// npm run verify -- [--json] CODE_OR_FILE...
// Re-runs each replay file or result code, in any mix, against the shipped scenarios. An argument
// that is an existing file is a file; one that names no file and has no path or .json ending is a
// result code. One line an input:
//   INPUT verified score 612 良好 hash 1a2b3c4d5e6f7a8b [team "第一组"]
//   INPUT rejected: <reason>
// With --json, one JSON object a line:
//   {input, ok, team, scenarioId, seed, score, rating, months, hash, reason, reasonCode, status, term}
// where `months` is the months played, `term` the term length, `reason` the refusal's one line.
// A batch goes on past a bad input. Exit 1 if any input is rejected, 2 when none is given.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { verifyResultCode } from '../codes';
import type { Rating, Scenario, Status } from '../core';
import { DICTS } from '../i18n';
import {
  oneLine,
  REPLAY_LIMITS,
  type Replay,
  type ScenarioLookup,
  type VerifyResult,
  verifyReplayText,
} from '../replay';
import { loadScenarioFiles } from '../scenarios/node';
import { consoleIo, type Io, isMain, run } from './io';

const USAGE = 'usage: npm run verify -- [--json] CODE_OR_FILE...';

type Verified = Extract<VerifyResult, { ok: true }>;

/** The line printed for one verified input. */
export function verifiedLine(
  input: string,
  r: Pick<Verified, 'score' | 'rating' | 'status' | 'hash'>,
  team: string | null = null,
): string {
  const rating = r.rating ? DICTS.zh.rating[r.rating] : '—';
  const unfinished = r.status === 'playing' ? ' (unfinished: status playing)' : '';
  const by = team ? ` team ${JSON.stringify(team)}` : '';
  return `${input} verified score ${r.score ?? '—'} ${rating} hash ${r.hash}${unfinished}${by}`;
}

/** One input's outcome, as --json prints it. */
export interface VerifyLine {
  input: string;
  ok: boolean;
  team: string | null;
  scenarioId: string | null;
  seed: string | null;
  score: number | null;
  rating: Rating | null;
  /** Months played (month ends reached). */
  months: number | null;
  hash: string | null;
  reason: string | null;
  reasonCode: string | null;
  status: Status | null;
  /** The term length in months. */
  term: number | null;
}

/** A code is what is not a file: no path separator and no .json ending (else a missing file is named). */
export function isCodeArgument(arg: string): boolean {
  if (existsSync(arg)) return false;
  return !/[/\\]/.test(arg) && !/\.json$/i.test(arg);
}

/** A code shortened for a text line (the JSON line keeps it whole). */
const shown = (code: string) =>
  code.length > 24 ? `${code.slice(0, 16)}…(${code.length} characters)` : code;

const textField = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function lineOf(
  input: string,
  replay: Partial<Replay> | null,
  r: { ok: true; verified: Verified } | { ok: false; code: string; message: string },
): VerifyLine {
  const state = r.ok ? r.verified.state : null;
  return {
    input,
    ok: r.ok,
    team: textField(replay?.team),
    scenarioId: textField(replay?.scenarioId),
    seed: textField(replay?.seed),
    score: r.ok ? r.verified.score : null,
    rating: r.ok ? r.verified.rating : null,
    months: state ? state.history.length : null,
    hash: r.ok ? r.verified.hash : null,
    reason: r.ok ? null : r.message,
    reasonCode: r.ok ? null : r.code,
    status: r.ok ? r.verified.status : null,
    term: state ? state.maxTurns : null,
  };
}

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const json = argv.includes('--json');
  const inputs = argv.filter((a) => a !== '--' && a !== '--json');
  if (inputs.length === 0) {
    io.err(`verify: no replay file or result code given\n${USAGE}`);
    return 2;
  }
  const loaded = loadScenarioFiles();
  const byId = new Map<string, Scenario>(loaded.scenarios.map((s) => [s.id, s]));
  const lookup: ScenarioLookup = (id) => byId.get(id);
  let rejected = 0;
  for (const input of inputs) {
    let line: VerifyLine;
    try {
      line = isCodeArgument(input) ? checkCode(input, lookup) : checkFile(input, lookup);
    } catch (e) {
      // Never one input's problem for the rest of the batch.
      line = lineOf(input, null, {
        ok: false,
        code: 'internalError',
        message: `internal error: ${oneLine(String(e), 200)}`,
      });
    }
    if (!line.ok) {
      rejected += 1;
      if (line.reasonCode === 'unknownScenario' && line.scenarioId !== null) {
        const broken = loaded.errors.find((e) => e.file.replace(/^.*\//, '') === `${line.scenarioId}.json`);
        line.reason += broken
          ? ` (its file is invalid: ${broken.message})`
          : `; known scenarios: ${[...byId.keys()].join(', ') || '(none)'}`;
      }
    }
    if (json) io.out(JSON.stringify(line));
    else {
      const name = isCodeArgument(input) ? shown(input) : input;
      io.out(
        line.ok
          ? verifiedLine(
              name,
              { score: line.score, rating: line.rating, status: line.status!, hash: line.hash! },
              line.team,
            )
          : `${name} rejected${isCodeArgument(input) ? ' (result code)' : ''}: ${line.reason}`,
      );
    }
  }
  return rejected > 0 ? 1 : 0;
}

function checkCode(code: string, lookup: ScenarioLookup): VerifyLine {
  const v = verifyResultCode(code, lookup);
  return lineOf(code, v.replay, v.ok ? { ok: true, verified: v.verified } : { ok: false, ...v.reason });
}

function checkFile(file: string, lookup: ScenarioLookup): VerifyLine {
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    // Bytes ≥ characters, so a file within the limit in bytes is within it in characters too; a
    // larger one is refused without being read.
    if (stat.size > REPLAY_LIMITS.maxLength * 3)
      return lineOf(file, null, {
        ok: false,
        code: 'tooLarge',
        message: `too large for a replay: ${stat.size.toLocaleString('en')} bytes (at most ${REPLAY_LIMITS.maxLength.toLocaleString('en')} characters)`,
      });
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a folder, not a file'
          : oneLine(String(code ?? e), 80);
    return lineOf(file, null, { ok: false, code: 'unreadable', message: `cannot read the file (${why})` });
  }
  let replay: Partial<Replay> | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) replay = parsed as Partial<Replay>;
  } catch {
    // verifyReplayText names it.
  }
  const r = verifyReplayText(text, lookup);
  return lineOf(file, replay, r.ok ? { ok: true, verified: r } : { ok: false, ...r.reason });
}

if (isMain(import.meta.url)) run(main);
