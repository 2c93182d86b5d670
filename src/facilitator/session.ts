// The offline session: its challenge and every input handed in (codes and replay-file texts, refused
// ones too, in order of arrival) — never a computed score: reopening re-verifies everything. Kept in
// IndexedDB (idb-keyval) after every change so a reload or crash of the laptop loses nothing, and as
// a file the facilitator can export and import on another machine.
import { del, get, set } from 'idb-keyval';
import { levelProblem } from '../core';
import { oneLine, parseJson } from '../replay';
import type { SessionChallenge } from '../view/ranking';

export const SESSION_FORMAT = 'community-secretary-facilitator-session';
export const SESSION_VERSION = 1;
/** Far above any real session (a code is ~200 characters, a replay file ~6 KB): refused unread. */
export const SESSION_MAX_CHARS = 8_000_000;
export const SESSION_MAX_INPUTS = 2000;

export interface SessionInput {
  /** A result code, or the text of a replay file. */
  text: string;
  source: 'code' | 'file';
  /** The file's name, for a file. */
  name?: string;
}

export interface OfflineSession {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** The challenge code the session was opened with. */
  code: string;
  challenge: SessionChallenge;
  inputs: SessionInput[];
  revealed: boolean;
}

const KEY = 'cs-facilitator-session';
const LIVE_KEY = 'cs-facilitator-live';

export type Loaded = { ok: true; session: OfflineSession } | { ok: false; message: string };

/** Reads a session (from a file or storage); every failure is one named line. */
export function readSession(text: string): Loaded {
  if (text.length > SESSION_MAX_CHARS) return { ok: false, message: `too large (${text.length} characters)` };
  const parsed = parseJson(text, {
    maxLength: SESSION_MAX_CHARS,
    maxDepth: 6,
    maxString: 300_000,
  });
  if (!parsed.ok) return { ok: false, message: oneLine(`not JSON: ${parsed.problem.message}`) };
  const v = parsed.value as Partial<OfflineSession> | null;
  if (typeof v !== 'object' || v === null || v.format !== SESSION_FORMAT)
    return { ok: false, message: 'not a facilitator session file' };
  if (v.version !== SESSION_VERSION)
    return {
      ok: false,
      message: `session file version ${String(v.version)}, this build reads ${SESSION_VERSION}`,
    };
  const c = v.challenge;
  if (
    typeof v.code !== 'string' ||
    typeof c !== 'object' ||
    c === null ||
    typeof c.scenarioId !== 'string' ||
    typeof c.seed !== 'string' ||
    !Number.isSafeInteger(c.months)
  )
    return { ok: false, message: 'the challenge is missing or malformed' };
  if (c.level !== undefined && levelProblem(c.level) !== null)
    return { ok: false, message: `the challenge's level: ${levelProblem(c.level)}` };
  if (!Array.isArray(v.inputs) || v.inputs.length > SESSION_MAX_INPUTS)
    return { ok: false, message: `expected a list of at most ${SESSION_MAX_INPUTS} inputs` };
  const inputs: SessionInput[] = [];
  for (const i of v.inputs) {
    if (
      typeof i !== 'object' ||
      i === null ||
      typeof i.text !== 'string' ||
      (i.source !== 'code' && i.source !== 'file')
    )
      return { ok: false, message: `input ${inputs.length + 1} is malformed` };
    inputs.push({
      text: i.text,
      source: i.source,
      ...(typeof i.name === 'string' ? { name: i.name.slice(0, 200) } : {}),
    });
  }
  return {
    ok: true,
    session: {
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      code: v.code,
      challenge: {
        scenarioId: c.scenarioId,
        seed: c.seed,
        months: c.months,
        ...(c.level !== undefined && c.level > 1 ? { level: c.level } : {}),
      },
      inputs,
      revealed: v.revealed === true,
    },
  };
}

export function sessionText(s: OfflineSession): string {
  return JSON.stringify(s);
}

/** The kept session, or null (none, or storage unavailable). */
export async function loadSession(): Promise<OfflineSession | null> {
  try {
    const text = await get<string>(KEY);
    if (typeof text !== 'string') return null;
    const r = readSession(text);
    return r.ok ? r.session : null;
  } catch {
    return null;
  }
}

/** Keeps the session; false when the browser refused. */
export async function saveSession(s: OfflineSession | null): Promise<boolean> {
  try {
    if (s) await set(KEY, sessionText(s));
    else await del(KEY);
    return true;
  } catch {
    return false;
  }
}

/** The live session last opened (its id), so a reload reopens it. */
export async function loadLiveSession(): Promise<string | null> {
  try {
    const id = await get<string>(LIVE_KEY);
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

export async function saveLiveSession(id: string | null): Promise<void> {
  try {
    if (id) await set(LIVE_KEY, id);
    else await del(LIVE_KEY);
  } catch {
    // Only a convenience: the list of sessions is one click away.
  }
}
