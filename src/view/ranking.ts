// The facilitator's ranking: every team's games (from pasted result codes or from the live room),
// which one counts, the ranked rows with ties, the podium, the first month a team left par's line,
// each game's months as provisional 考核 scores, and the CSV. Pure: no DOM, no clock — both the
// offline view and the live view (src/facilitator) build their table from this one model.
import {
  type Action,
  assess,
  type GameState,
  newGame,
  type Rating,
  runActions,
  type Scenario,
  STATE_PARTS,
  type StatePart,
  type Status,
  stateParts,
} from '../core';
import { actionMonths, costliestMonth, firstDifferentMonth, monthKey } from './months';
import type { MonthMoves, ParCostliest } from './timeline';

/** The challenge a session plays: every game it ranks must be of it. */
export interface SessionChallenge {
  scenarioId: string;
  seed: string;
  /** The term in months (the scenario's own when the challenge does not shorten it). */
  months: number;
  /** The difficulty ladder's step (src/core/levels.ts) when above 1; absent = level 1. */
  level?: number;
}

/** One game a team played (a result code, a replay file, or one attempt in the room), as far as it got. */
export interface Game {
  /** Stable id: the attempt in the room, the code's state hash and length offline. */
  id: string;
  team: string;
  /** Order of arrival in the session (earlier is smaller): decides which finished game counts. */
  seq: number;
  /**
   * Which of the team's finished games it was, by the word of the browser that played it (result
   * codes of format 3; replay files with an `attempt`); null when not said (the live room, whose own
   * order of arrival is the record, and older codes). A team's game numbered 1 counts whenever it
   * arrives.
   */
  attempt: number | null;
  /** Months completed. */
  months: number;
  status: Status;
  score: number | null;
  rating: Rating | null;
  hash: string;
  /** The provisional 考核 score at the end of each month played: [month 1, month 2, …]. */
  monthScores: readonly number[];
  /** The community's health at the end of each month (`monthHealthFrom`), when the actions are known. */
  monthHealth?: readonly number[];
  /** The actions, when known (offline always; live once the replay is fetched). */
  actions: readonly Action[] | null;
}

export type RowStatus = 'won' | 'lost' | 'playing' | 'joined';

export interface Row {
  /** 1-based; equal scores share a rank (1, 1, 3); null for a team with no finished game yet. */
  rank: number | null;
  /** Another team has the same rank. */
  tied: boolean;
  key: string;
  team: string;
  score: number | null;
  rating: Rating | null;
  /** score − par; null while either is unknown. */
  versusPar: number | null;
  /** Months played: of the counted game, else of the game that got furthest. */
  months: number;
  status: RowStatus;
  /** The team's first finished game: the one that ranks. */
  counted: Game | null;
  /** Finished games after the counted one: listed, never ranked. */
  practice: Game[];
  /** The game shown for a team without a finished one (the furthest), else the counted one. */
  shown: Game | null;
}

/** One team name, however it was typed: NFKC (full-width = half-width), case and spacing folded. */
export function teamKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const finished = (g: Game): boolean => g.status !== 'playing' && g.score !== null;

/**
 * A team's games in the order that decides which counts: by the attempt the team's browser gave each
 * (a game without one is taken as the first), then by arrival. So a team that hands in its second game
 * before its first still has its first ranked.
 */
export function byAttempt(a: Game, b: Game): number {
  return (a.attempt ?? 1) - (b.attempt ?? 1) || a.seq - b.seq;
}

/**
 * Ranks the teams. `teams` lists teams known before any game (joined in the room); every team with a
 * game is listed too. A team's first finished game (by attempt, then arrival: byAttempt) counts; its
 * later finished games are practice. Ranked teams by score (ties share a rank; the earlier finish is listed first), then the
 * teams still playing by months played, then by name.
 */
export function rankTeams(teams: readonly string[], games: readonly Game[], par: number | null): Row[] {
  const byKey = new Map<string, { team: string; games: Game[]; order: number }>();
  const entry = (name: string, order: number) => {
    const key = teamKey(name);
    let e = byKey.get(key);
    if (!e) {
      e = { team: name, games: [], order };
      byKey.set(key, e);
    }
    return e;
  };
  for (const [i, name] of teams.entries()) entry(name, i);
  for (const g of games) entry(g.team, teams.length + g.seq).games.push(g);

  const rows: Row[] = [];
  for (const [key, e] of byKey) {
    const ordered = [...e.games].sort(byAttempt);
    const done = ordered.filter(finished);
    const counted = done[0] ?? null;
    const furthest = ordered.reduce<Game | null>(
      (best, g) => (best === null || g.months > best.months ? g : best),
      null,
    );
    const shown = counted ?? furthest;
    rows.push({
      rank: null,
      tied: false,
      key,
      team: e.team,
      score: counted?.score ?? null,
      rating: counted?.rating ?? null,
      versusPar: counted?.score != null && par !== null ? counted.score - par : null,
      months: shown?.months ?? 0,
      status: counted ? (counted.status === 'lost' ? 'lost' : 'won') : shown ? 'playing' : 'joined',
      counted,
      practice: done.slice(1),
      shown,
    });
  }
  const ranked = rows
    .filter((r) => r.counted)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || (a.counted?.seq ?? 0) - (b.counted?.seq ?? 0));
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && prev.score === r.score ? (prev.rank as number) : i + 1;
  });
  for (const r of ranked) r.tied = ranked.some((o) => o !== r && o.rank === r.rank);
  const order = new Map([...byKey.keys()].map((k) => [k, byKey.get(k)?.order ?? 0]));
  const rest = rows
    .filter((r) => !r.counted)
    .sort((a, b) => b.months - a.months || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  return [...ranked, ...rest];
}

/** The podium: places 1–3 with every team on each (ties share a step; a tie for first leaves no second). */
export function podium(rows: readonly Row[]): { rank: number; teams: Row[] }[] {
  const steps: { rank: number; teams: Row[] }[] = [];
  for (const r of rows) {
    if (r.rank === null || r.rank > 3) continue;
    const step = steps.find((s) => s.rank === r.rank);
    if (step) step.teams.push(r);
    else steps.push({ rank: r.rank, teams: [r] });
  }
  return steps;
}

// ───────────────────────────── months ─────────────────────────────

/** A line of play to compare a team's game with: par's, or a bot's. */
export interface Line {
  name: string;
  actions: readonly Action[];
}

/**
 * The lines a game follows move for move: the same months, each with the same choices (in any order
 * within the month). A result equal to a bot's line is worth a look in the debrief: the team may have
 * played that way, or copied it.
 */
export function sameLines(actions: readonly Action[], lines: readonly Line[]): string[] {
  const months = actionMonths(actions).map(monthKey);
  return lines
    .filter((l) => {
      const theirs = actionMonths(l.actions);
      return theirs.length === months.length && theirs.every((m, i) => monthKey(m) === months[i]);
    })
    .map((l) => l.name);
}

export interface Divergence {
  /** 1-based month where the choices first differ. */
  month: number;
  ours: Action[];
  theirs: Action[];
}

/**
 * The first month whose choices differ between two games (e.g. a team's and par's), or null when
 * one game's months are all the other's (the same line, or a game that stopped on it).
 */
export function firstDivergence(a: readonly Action[], b: readonly Action[]): Divergence | null {
  const ma = actionMonths(a);
  const mb = actionMonths(b);
  const i = firstDifferentMonth(ma, mb, 'shorter');
  return i < 0 ? null : { month: i + 1, ours: ma[i]!, theirs: mb[i]! };
}

/** The options `newGame` takes for a session's challenge: its term and, above 1, its level. */
export function gameOptions(c: SessionChallenge): { months: number; level?: number } {
  return c.level !== undefined && c.level > 1 ? { months: c.months, level: c.level } : { months: c.months };
}

/**
 * The provisional 考核 score at the end of each month of a game, re-run from its actions (what the
 * room reports for a checkpoint; the last is the final score when the term ended). Actions the rules
 * refuse stop the series there: verified games have none.
 */
export function monthScores(
  scenario: Scenario,
  challenge: SessionChallenge,
  actions: readonly Action[],
): number[] {
  return monthScoresFrom(newGame(scenario, challenge.seed, gameOptions(challenge)), actions, true);
}

/**
 * What `read` says of the state after each month ended from `start` (a challenge's start, a fork's
 * month). `start` is copied first unless the caller hands it over (`owned`, a fresh newGame): the months
 * run on one private copy. Actions the rules refuse, or a month not ended, stop the series there.
 */
export function perMonthFrom<T>(
  start: GameState,
  actions: readonly Action[],
  read: (s: GameState) => T,
  owned = false,
): T[] {
  let state = start;
  let mine = owned;
  const out: T[] = [];
  for (const month of actionMonths(actions)) {
    const run = runActions(state, month, mine);
    mine = true;
    state = run.state;
    if (run.rejectedAt !== null) break;
    if (month[month.length - 1]?.type !== 'endMonth') break;
    out.push(read(state));
  }
  return out;
}

/** The provisional 考核 score of a state: the final one once the term has ended. */
const scoreNow = (s: GameState) => s.assessment?.score ?? assess(s, s.scenario).score;

/** The month-end scores from any state (a fork's month): one per month ended from there. */
export function monthScoresFrom(start: GameState, actions: readonly Action[], owned = false): number[] {
  return perMonthFrom(start, actions, scoreNow, owned);
}

/** The community's state at a month's end: its parts, and their sum weighted as the assessment weighs them. */
export interface MonthHealth {
  health: number;
  parts: Record<StatePart, number>;
}

/** The state's health now: what a month's end leaves, on the assessment's 0–100 scale. */
export function healthOf(s: GameState): MonthHealth {
  const parts = stateParts(s);
  const w = s.scenario.scoring;
  let sum = 0;
  let weights = 0;
  for (const k of STATE_PARTS) {
    sum += w[k] * parts[k];
    weights += w[k];
  }
  return { health: weights === 0 ? 0 : Math.round(sum / weights), parts };
}

/**
 * The health after each month ended from `start`. The month-end 考核 score is a poor measure of one
 * month: its parts are means and ratios over the months so far, so month 1 swings it most (a concern
 * resolved in month 1 is half of the resolution part) and a month-7 collapse of satisfaction moves it
 * by a seventh. The state's own figures say what each month did.
 */
export function monthHealthFrom(start: GameState, actions: readonly Action[]): MonthHealth[] {
  return perMonthFrom(start, actions, healthOf);
}

/**
 * The month the player's line fell furthest behind par's (`costliestMonth` of the two health series),
 * what each did that month, and the part of the state where the gap widened most, before and after.
 */
export function parCostliest(
  start: GameState,
  player: { moves: readonly MonthMoves[]; health: readonly MonthHealth[] },
  par: { moves: readonly MonthMoves[]; health: readonly MonthHealth[] },
): ParCostliest | null {
  const c = costliestMonth(
    player.health.map((x) => x.health),
    par.health.map((x) => x.health),
    start.turn,
  );
  if (!c) return null;
  const i = c.month - start.turn;
  const before = healthOf(start).parts;
  const ours = { before: player.health[i - 1]?.parts ?? before, after: player.health[i]!.parts };
  const theirs = { before: par.health[i - 1]?.parts ?? before, after: par.health[i]!.parts };
  const w = start.scenario.scoring;
  let part: StatePart = STATE_PARTS[0];
  let widest = Number.NEGATIVE_INFINITY;
  for (const k of STATE_PARTS) {
    const widened = w[k] * (theirs.after[k] - theirs.before[k] - (ours.after[k] - ours.before[k]));
    if (widened > widest) {
      widest = widened;
      part = k;
    }
  }
  const moves = (list: readonly MonthMoves[]) => list.find((m) => m.turn === c.month)?.moves ?? [];
  return {
    turn: c.month,
    lost: c.lost,
    player: moves(player.moves),
    par: moves(par.moves),
    part: {
      id: part,
      ours: [ours.before[part], ours.after[part]],
      theirs: [theirs.before[part], theirs.after[part]],
    },
  };
}

// ───────────────────────────── export ─────────────────────────────

/** A CSV cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs a team's name. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvLabels {
  header: readonly string[];
  /** `unfinished`: a game left before its end while the team went on with another (a reload, a restart). */
  kind: { counted: string; practice: string; playing: string; unfinished: string };
  status: Record<Status, string>;
  rating: Record<Rating, string>;
}

/**
 * Every team's games, one line each (counted, practice, unfinished), with the provisional score of
 * every month — UTF-8 with a byte-order mark so spreadsheet programs read the Chinese, CRLF lines.
 * Column order: the header's (rank, team, game, attempt, status, score, rating, score − par, months,
 * first month off par, then one column per month).
 */
export function rankingCsv(
  rows: readonly Row[],
  games: readonly Game[],
  par: number | null,
  term: number,
  /** The month a game lost the most against par (`costliestMonth`), or null. */
  costliest: (g: Game) => number | null,
  labels: CsvLabels,
  /** `numberInOrder`: a game with no attempt of its own is numbered by its place among the team's games. */
  opts: { numberInOrder?: boolean } = {},
): string {
  const lines: string[] = [
    [...labels.header, ...Array.from({ length: term }, (_, i) => `M${i + 1}`)].map(csvCell).join(','),
  ];
  for (const r of rows) {
    const own = games.filter((g) => teamKey(g.team) === r.key).sort(byAttempt);
    // The team's game last heard from; an unfinished one before it was left behind, not "playing".
    const latest = own.reduce<Game | null>((a, g) => (a === null || g.seq > a.seq ? g : a), null);
    own.forEach((g, i) => {
      const left = !finished(g) && g !== latest;
      const kind =
        g === r.counted
          ? labels.kind.counted
          : finished(g)
            ? labels.kind.practice
            : left
              ? labels.kind.unfinished
              : labels.kind.playing;
      const cells: (string | number | null)[] = [
        g === r.counted ? r.rank : null,
        r.team,
        kind,
        // The team's browser's count where the code says it; in the live room, the room's order.
        g.attempt ?? (opts.numberInOrder ? i + 1 : null),
        left ? labels.kind.unfinished : labels.status[g.status],
        g.score,
        g.rating ? labels.rating[g.rating] : null,
        g.score !== null && par !== null ? g.score - par : null,
        g.months,
        costliest(g),
        ...Array.from({ length: term }, (_, m) => g.monthScores[m] ?? null),
      ];
      lines.push(cells.map(csvCell).join(','));
    });
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
