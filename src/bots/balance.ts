// The design properties of docs/design.md §7 / issue 3, as data over played games: shared by the
// balance report and the CI-sized property tests, so both judge by the same rules.
import type { LossReason, Rating, Status } from '../core';

export interface GameRecord {
  scenarioId: string;
  bot: string;
  seed: string;
  status: Status;
  reason: LossReason | null;
  score: number;
  rating: Rating;
  fragmentation: number;
}

export interface BotStats {
  games: number;
  passRate: number;
  goodRate: number;
  fragmentedRate: number;
  /** Share of the failures that were fragmentation. */
  failuresFragmented: number;
  meanScore: number;
  medianScore: number;
  meanFragmentation: number;
}

export function stats(records: GameRecord[]): BotStats {
  const n = records.length || 1;
  const passed = records.filter((r) => r.rating !== 'fail').length;
  const good = records.filter((r) => r.rating === 'good' || r.rating === 'excellent').length;
  const fragmented = records.filter((r) => r.reason === 'fragmentation').length;
  const failures = records.length - passed;
  const scores = records.map((r) => r.score).sort((a, b) => a - b);
  const mid = scores.length >> 1;
  const median =
    scores.length === 0
      ? 0
      : scores.length % 2
        ? scores[mid]!
        : Math.round((scores[mid - 1]! + scores[mid]!) / 2);
  return {
    games: records.length,
    passRate: passed / n,
    goodRate: good / n,
    fragmentedRate: fragmented / n,
    failuresFragmented: failures === 0 ? 1 : fragmented / failures,
    meanScore: scores.reduce((a, b) => a + b, 0) / n,
    medianScore: median,
    meanFragmentation: records.reduce((a, r) => a + r.fragmentation, 0) / n,
  };
}

export function summarise(
  records: GameRecord[],
  scenarioIds: string[],
  bots: string[],
): Record<string, Record<string, BotStats>> {
  const out: Record<string, Record<string, BotStats>> = {};
  for (const id of scenarioIds) {
    out[id] = {};
    for (const bot of bots) out[id][bot] = stats(records.filter((r) => r.scenarioId === id && r.bot === bot));
  }
  return out;
}

/** The thresholds of issue 3, in one place. */
export const PROPERTIES = {
  neverCoordinateMaxPass: 0.1,
  neverCoordinateMinFragmentedShare: 0.5,
  topDownMaxGood: 0.02,
  balancedMinPass: 0.7,
  randomMaxPass: 0.2,
  /** "Clearly higher": search's mean beats balanced's by at least this many points (of 1000). */
  searchMinLead: 30,
} as const;

/** Every property that fails, in words; empty when the design holds. Bots missing from the stats are skipped. */
export function checkProperties(all: Record<string, Record<string, BotStats>>): string[] {
  const p = PROPERTIES;
  const problems: string[] = [];
  for (const [id, b] of Object.entries(all)) {
    const nc = b['never-coordinate'];
    if (nc && nc.passRate > p.neverCoordinateMaxPass)
      problems.push(
        `${id}: never-coordinate passes ${(nc.passRate * 100).toFixed(0)}% (max ${p.neverCoordinateMaxPass * 100}%)`,
      );
    if (nc && nc.failuresFragmented < p.neverCoordinateMinFragmentedShare)
      problems.push(
        `${id}: only ${(nc.failuresFragmented * 100).toFixed(0)}% of never-coordinate's failures are 各自为政`,
      );
    const td = b['top-down'];
    if (td && td.goodRate > p.topDownMaxGood)
      problems.push(
        `${id}: top-down reaches 良好 in ${(td.goodRate * 100).toFixed(0)}% (max ${p.topDownMaxGood * 100}%)`,
      );
    const bal = b.balanced;
    if (bal && bal.passRate < p.balancedMinPass)
      problems.push(
        `${id}: balanced passes ${(bal.passRate * 100).toFixed(0)}% (min ${p.balancedMinPass * 100}%)`,
      );
    for (const [name, s] of Object.entries(b))
      if (bal && name.startsWith('only-') && s.meanScore >= bal.meanScore)
        problems.push(`${id}: ${name} mean ${s.meanScore.toFixed(0)} ≥ balanced ${bal.meanScore.toFixed(0)}`);
    const rnd = b.random;
    if (rnd && rnd.passRate > p.randomMaxPass)
      problems.push(
        `${id}: random passes ${(rnd.passRate * 100).toFixed(0)}% (max ${p.randomMaxPass * 100}%)`,
      );
    const se = b.search;
    if (se && bal && se.meanScore < bal.meanScore + p.searchMinLead)
      problems.push(
        `${id}: search mean ${se.meanScore.toFixed(0)} not clearly above balanced ${bal.meanScore.toFixed(0)}`,
      );
  }
  return problems;
}
