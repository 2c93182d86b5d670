// Run history records and the history file: pure. A record is a replay file's text (the only thing
// ever kept) with when it was kept and whether the term was abandoned; every record is verified with
// `verifyReplayText` before it is believed, so a record is trusted no further than its replay.
import { crc32 } from '../codes/crc32';
import {
  describe,
  oneLine,
  parseJson,
  REPLAY_LIMITS,
  type ScenarioLookup,
  verifyReplayText,
} from '../replay';

/** The history file's `format` field: anything else is a foreign file. */
export const HISTORY_FORMAT = 'community-secretary.history';
export const HISTORY_VERSION = 1;
/** Bounds checked before the file is parsed or walked: records, and characters in all. */
export const HISTORY_LIMITS = {
  maxRecords: 2_000,
  maxLength: 8 * 1024 * 1024,
  maxDepth: 4,
  maxString: REPLAY_LIMITS.maxLength,
} as const;

export interface HistoryRecord {
  /** Identity of the game: same challenge and actions → same id (import merges on it). */
  id: string;
  /** When the term was kept (ISO 8601, the browser's clock). */
  at: string;
  /** Left before its end (replaced or deleted), not finished. */
  abandoned: boolean;
  /** The replay file's text, as `npm run verify` reads it. */
  replay: string;
  /** The challenge's par, once worked out (lazily; never needed to trust the record). */
  par?: number;
}

/** The id of a replay: crc32 of its text (the text is deterministic: same game → same text). */
export function recordId(replayText: string): string {
  const c = crc32(new TextEncoder().encode(replayText));
  return `r${c.toString(16).padStart(8, '0')}${replayText.length.toString(36)}`;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Why a stored value or a file's entry is not a record, or null if its shape is one (not yet verified). */
export function recordShapeProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return `expected a record object, got ${describe(v)}`;
  const r = v as Record<string, unknown>;
  if (typeof r.replay !== 'string') return `"replay" must be a replay file's text, got ${describe(r.replay)}`;
  if (typeof r.at !== 'string' || !ISO.test(r.at)) return `"at" must be an ISO date, got ${describe(r.at)}`;
  if (typeof r.abandoned !== 'boolean')
    return `"abandoned" must be true or false, got ${describe(r.abandoned)}`;
  if (r.par !== undefined && !Number.isSafeInteger(r.par))
    return `"par" must be a whole number, got ${describe(r.par)}`;
  return null;
}

/** A stored value as a record, verified; or the one-line reason it is skipped. */
export function checkRecord(
  v: unknown,
  scenarios: ScenarioLookup,
):
  | { ok: true; record: HistoryRecord; verified: Extract<ReturnType<typeof verifyReplayText>, { ok: true }> }
  | { ok: false; message: string } {
  const shape = recordShapeProblem(v);
  if (shape) return { ok: false, message: oneLine(shape) };
  const r = v as HistoryRecord;
  const verified = verifyReplayText(r.replay, scenarios);
  if (!verified.ok) return { ok: false, message: oneLine(verified.reason.message) };
  const record: HistoryRecord = {
    id: recordId(r.replay),
    at: r.at,
    abandoned: r.abandoned,
    replay: r.replay,
    ...(r.par !== undefined ? { par: r.par } : {}),
  };
  return { ok: true, record, verified };
}

/** The history as one file's text. */
export function historyFileText(records: readonly HistoryRecord[]): string {
  const out = records.map((r) => ({
    at: r.at,
    abandoned: r.abandoned,
    replay: r.replay,
    ...(r.par !== undefined ? { par: r.par } : {}),
  }));
  return JSON.stringify({ format: HISTORY_FORMAT, version: HISTORY_VERSION, records: out });
}

export type HistoryFileRefusal =
  | { code: 'tooLarge'; message: string }
  | { code: 'notJson'; message: string }
  | { code: 'foreign'; message: string }
  | { code: 'badRecord'; index: number; message: string };

/**
 * Reads a history file: size first, then JSON within bounds, then the format, then every record
 * verified. Any problem refuses the whole file (an import changes nothing unless all of it is sound).
 */
export function parseHistoryFile(
  text: string,
  scenarios: ScenarioLookup,
): { ok: true; records: HistoryRecord[] } | { ok: false; refusal: HistoryFileRefusal } {
  if (text.length > HISTORY_LIMITS.maxLength)
    return {
      ok: false,
      refusal: {
        code: 'tooLarge',
        message: `too large for a history file: ${text.length} characters, at most ${HISTORY_LIMITS.maxLength}`,
      },
    };
  const parsed = parseJson(text, HISTORY_LIMITS);
  if (!parsed.ok) {
    const code = parsed.problem.code === 'tooLarge' ? 'tooLarge' : 'notJson';
    return {
      ok: false,
      refusal: { code, message: oneLine(`not a history file: ${parsed.problem.message}`) },
    };
  }
  const v = parsed.value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v.format !== HISTORY_FORMAT)
    return {
      ok: false,
      refusal: {
        code: 'foreign',
        message: oneLine(
          `not a history file: "format" is ${describe(v?.format)}, expected "${HISTORY_FORMAT}"`,
        ),
      },
    };
  if (v.version !== HISTORY_VERSION || !Array.isArray(v.records))
    return {
      ok: false,
      refusal: {
        code: 'foreign',
        message: oneLine(
          `history file of another version (${describe(v.version)}), expected ${HISTORY_VERSION}`,
        ),
      },
    };
  if (v.records.length > HISTORY_LIMITS.maxRecords)
    return {
      ok: false,
      refusal: {
        code: 'tooLarge',
        message: `too many records: ${v.records.length}, at most ${HISTORY_LIMITS.maxRecords}`,
      },
    };
  const records: HistoryRecord[] = [];
  for (let i = 0; i < v.records.length; i++) {
    const c = checkRecord(v.records[i], scenarios);
    if (!c.ok)
      return {
        ok: false,
        refusal: { code: 'badRecord', index: i, message: oneLine(`record ${i + 1}: ${c.message}`) },
      };
    records.push(c.record);
  }
  return { ok: true, records };
}
