// The daily challenge (issue 12): one challenge a day, the same for everyone who plays on that local
// date — a pure function of the date (scenario from the codes' stable table, seed, level) — and a
// record kept in this browser of each day's first finished try, from which the streak is counted.
// Later tries on the same day are practice: they never replace the day's first result.

import { SCENARIO_TABLE } from '../codes/scenarioTable';
import { hashString, MAX_LEVEL, MIN_LEVEL } from '../core';

export interface DailyChallenge {
  /** The local date, YYYY-MM-DD. */
  date: string;
  scenarioId: string;
  /** `daily-YYYYMMDD`: a seed in the codes' normal form. */
  seed: string;
  level: number;
}

/** The local calendar date of `now` as YYYY-MM-DD (the player's day, not UTC's). */
export function localDateKey(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The challenge of a date: a scenario from the codes' append-only table (so a scenario added later
 * never reshuffles past days) among those this build ships, and a level from the same hash. The
 * same date gives the same challenge in every browser.
 */
export function dailyChallenge(date: string, shipped: readonly string[] = SCENARIO_TABLE): DailyChallenge {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`a date is YYYY-MM-DD, got ${JSON.stringify(date).slice(0, 40)}`);
  const ids = SCENARIO_TABLE.filter((id) => shipped.includes(id));
  if (!ids.length) throw new RangeError('no shipped scenario for a daily challenge');
  const h = hashString(`daily|${date}`);
  const a = Number.parseInt(h.slice(0, 8), 16);
  const b = Number.parseInt(h.slice(8, 16), 16);
  return {
    date,
    scenarioId: ids[a % ids.length]!,
    seed: `daily-${m[1]}${m[2]}${m[3]}`,
    level: MIN_LEVEL + (b % (MAX_LEVEL - MIN_LEVEL + 1)),
  };
}

/** The first finished try of a day. */
export interface DailyResult {
  score: number;
  rating: string;
}

/** Every day's first finished try, by date. */
export type DailyRecord = Record<string, DailyResult>;

/** The day before a YYYY-MM-DD date (calendar arithmetic in UTC, so no clock or zone is read). */
export function previousDate(date: string): string {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`a date is YYYY-MM-DD, got ${JSON.stringify(date).slice(0, 40)}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - 86_400_000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Days in a row with a finished daily challenge, ending today — or yesterday while today's is still
 * to play (a streak is not lost until the day is over).
 */
export function streakOf(record: DailyRecord, today: string): number {
  let day = record[today] ? today : previousDate(today);
  let n = 0;
  while (record[day]) {
    n += 1;
    day = previousDate(day);
  }
  return n;
}

/** Where the record lives in the browser's local storage. */
export const DAILY_KEY = 'community-secretary.daily';
/** Days kept: enough for any streak a person sees; older days are dropped (bounded growth). */
const KEEP_DAYS = 400;

/** The stored record; anything damaged or foreign reads as empty, day by day (one bad day loses only itself). */
export function readDaily(storage: Storage | null): DailyRecord {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(DAILY_KEY) ?? null;
  } catch {
    return {};
  }
  if (raw === null || raw.length > 100_000) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  const out: DailyRecord = {};
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return out;
  for (const [date, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (!DATE_RE.test(date) || typeof v !== 'object' || v === null) continue;
    const { score, rating } = v as Record<string, unknown>;
    if (
      typeof score === 'number' &&
      Number.isInteger(score) &&
      typeof rating === 'string' &&
      rating.length < 20
    )
      out[date] = { score, rating };
  }
  return out;
}

/**
 * Records a finished try of `date`'s challenge. Only the first try counts: returns false (and
 * writes nothing) when the day already has its result — that try was practice.
 */
export function recordDaily(storage: Storage | null, date: string, result: DailyResult): boolean {
  const record = readDaily(storage);
  if (record[date]) return false;
  record[date] = result;
  const kept = Object.keys(record).sort().slice(-KEEP_DAYS);
  const trimmed: DailyRecord = {};
  for (const d of kept) trimmed[d] = record[d]!;
  try {
    storage?.setItem(DAILY_KEY, JSON.stringify(trimmed));
  } catch {
    // A full store: the game goes on; the day is not recorded (the title then still offers it as new).
    return false;
  }
  return true;
}
