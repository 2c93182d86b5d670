// The run history as the screens show it: each challenge's best, the scores over time, a personal
// best with today's gain. Pure: the entries come verified from src/app/history.ts, the day of a
// record from the caller (the local date is the browser's business, not the view's).
import type { Rating } from '../core';

/** What the view needs of one kept term. */
export interface TermRow {
  id: string;
  at: string;
  abandoned: boolean;
  scenarioId: string;
  seed: string;
  months: number;
  /** The difficulty ladder's step (1 when absent). */
  level?: number;
  score: number | null;
  rating: Rating | null;
  par?: number;
}

/** A challenge is a scenario, a seed, a term length and a level: the same months for whoever plays it. */
export function challengeKey(t: {
  scenarioId: string;
  seed: string;
  months: number;
  level?: number;
}): string {
  // Level 1 keeps the key it had before the ladder, so earlier history still groups with it.
  return `${t.scenarioId}|${t.seed}|${t.months}${t.level !== undefined && t.level > 1 ? `|L${t.level}` : ''}`;
}

export interface ChallengeBest {
  key: string;
  scenarioId: string;
  seed: string;
  months: number;
  /** The best scored term of the challenge. */
  best: TermRow;
  /** Terms kept for it (abandoned ones included). */
  plays: number;
}

function scored(t: TermRow): t is TermRow & { score: number } {
  return !t.abandoned && t.score !== null;
}

/** Each challenge's best scored term, most recently played first. */
export function challengeBests(rows: readonly TermRow[]): ChallengeBest[] {
  const by = new Map<string, { rows: TermRow[]; last: string }>();
  for (const r of rows) {
    const k = challengeKey(r);
    const g = by.get(k) ?? { rows: [], last: '' };
    g.rows.push(r);
    if (r.at > g.last) g.last = r.at;
    by.set(k, g);
  }
  const out: (ChallengeBest & { last: string })[] = [];
  for (const [key, g] of by) {
    let best: TermRow | null = null;
    for (const r of g.rows) if (scored(r) && (!best || (r.score ?? 0) > (best.score ?? 0))) best = r;
    if (!best) continue;
    out.push({
      key,
      scenarioId: best.scenarioId,
      seed: best.seed,
      months: best.months,
      best,
      plays: g.rows.length,
      last: g.last,
    });
  }
  out.sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
  return out.map(({ last: _last, ...rest }) => rest);
}

export interface ScorePoint {
  id: string;
  at: string;
  score: number;
  scenarioId: string;
}

/** Scored terms in the order they were kept: the trend. */
export function scoreSeries(rows: readonly TermRow[]): ScorePoint[] {
  return rows
    .filter(scored)
    .slice()
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((r) => ({ id: r.id, at: r.at, score: r.score, scenarioId: r.scenarioId }));
}

/**
 * The trend of the scenario played last: its scored terms, oldest first. Scores of different scenarios
 * are not one line (a play-tester read 722 → 612 → 602 → 758 across three scenarios as a trend).
 */
export function practiceSeries(
  rows: readonly TermRow[],
): { scenarioId: string; points: ScorePoint[] } | null {
  const all = scoreSeries(rows);
  const last = all.at(-1);
  if (!last) return null;
  return { scenarioId: last.scenarioId, points: all.filter((p) => p.scenarioId === last.scenarioId) };
}

/** A scenario's best scored term at one level of the ladder, for the scenario list. */
export interface ScenarioBest {
  scenarioId: string;
  score: number;
  rating: Rating | null;
  /** Scored terms of the scenario at that level. */
  plays: number;
}

/**
 * Each scenario's best at `level` (any seed, any term length: what the list's next game will try to
 * beat), for scenarios with at least one scored term. Abandoned terms have no score and do not count.
 */
export function scenarioBests(rows: readonly TermRow[], level: number): Map<string, ScenarioBest> {
  const out = new Map<string, ScenarioBest>();
  for (const r of rows) {
    if (!scored(r) || (r.level ?? 1) !== level) continue;
    const b = out.get(r.scenarioId);
    if (!b) out.set(r.scenarioId, { scenarioId: r.scenarioId, score: r.score, rating: r.rating, plays: 1 });
    else {
      b.plays++;
      if (r.score > b.score) {
        b.score = r.score;
        b.rating = r.rating;
      }
    }
  }
  return out;
}

export interface PersonalBest {
  /** 'challenge': the same scenario, seed and months; 'scenario': any seed of the scenario. */
  scope: 'challenge' | 'scenario';
  best: number;
  rating: Rating | null;
  /** Best now minus the best before today; null when nothing was kept before today. */
  gainToday: number | null;
  /** The best term's score − par, when its par is known. */
  overPar: number | null;
  plays: number;
}

/**
 * The player's best where `term` was played: on the same challenge when it was played before, else
 * on the scenario. `day` gives a record's local date (YYYY-MM-DD); `today` is today's.
 */
export function personalBest(
  rows: readonly TermRow[],
  term: { scenarioId: string; seed: string; months: number; level?: number },
  day: (at: string) => string,
  today: string,
): PersonalBest | null {
  const key = challengeKey(term);
  const sameChallenge = rows.filter((r) => challengeKey(r) === key);
  const scope: PersonalBest['scope'] = sameChallenge.filter(scored).length >= 2 ? 'challenge' : 'scenario';
  const pool = (
    scope === 'challenge' ? sameChallenge : rows.filter((r) => r.scenarioId === term.scenarioId)
  ).filter(scored);
  if (pool.length === 0) return null;
  const bestOf = (xs: TermRow[]) =>
    xs.reduce<TermRow | null>((b, r) => (!b || (r.score ?? 0) > (b.score ?? 0) ? r : b), null);
  const best = bestOf(pool);
  if (!best || best.score === null) return null;
  const before = bestOf(pool.filter((r) => day(r.at) < today));
  return {
    scope,
    best: best.score,
    rating: best.rating,
    gainToday: before?.score != null ? best.score - before.score : null,
    overPar: best.par !== undefined ? best.score - best.par : null,
    plays: pool.length,
  };
}
