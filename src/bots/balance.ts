// The design properties of docs/design.md §7 / issue 3, as data over played games: shared by the
// balance report and the CI-sized property tests, so both judge by the same rules.
import {
  assess,
  fragmentationWarning,
  type LossReason,
  MODES,
  type Mode,
  type NewGameOptions,
  newGame,
  type Rating,
  type Scenario,
  type Status,
} from '../core';
import { getBot } from './index';
import { type PlayedGame, playFast } from './play';

export interface GameRecord {
  scenarioId: string;
  bot: string;
  seed: string;
  status: Status;
  reason: LossReason | null;
  score: number;
  rating: Rating;
  fragmentation: number;
  /** The 考核's parts (null when the game ended without one). */
  parts: Record<Component, number> | null;
  /** Each mode's own channel (CHANNELS). */
  channels: Record<Mode, number>;
  /** The score as it stood after month EARLY_MONTH. */
  earlyScore: number;
  topDownResponses: number;
  /** Whether the board's fragmentation warning showed at the start of any month of this game. */
  warned: boolean;
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

// ───────────────────────────── issue 9's measures ─────────────────────────────

/** The parts of the 考核, as the assessment names them. */
export const COMPONENTS = [
  'satisfaction',
  'safety',
  'vitality',
  'cohesion',
  'balance',
  'resolution',
  'objectives',
] as const;
export type Component = (typeof COMPONENTS)[number];

/** What each mode's neglect shows in, as a per-game figure (higher = that channel's damage is worse?). */
export const CHANNELS: Record<Mode, { name: string; worseWhen: 'higher' | 'lower' }> = {
  political: { name: 'mean fragmentation over the months (统领)', worseWhen: 'higher' },
  autonomy: { name: 'mean vitality over the months (活力)', worseWhen: 'lower' },
  law: { name: 'disputes escalated to incidents per game (硬约束)', worseWhen: 'higher' },
  virtue: { name: 'disputes arisen per game (软约束)', worseWhen: 'higher' },
  smart: { name: 'concern-months unseen per game (神经末梢)', worseWhen: 'higher' },
};

/** One game's figure in each mode's channel. */
export function channelFigures(game: PlayedGame): Record<Mode, number> {
  const h = game.state.history;
  const n = h.length || 1;
  let fragmentation = 0;
  let vitality = 0;
  for (const m of h) {
    fragmentation += m.fragmentation;
    vitality += m.vitality;
  }
  const t = game.tally;
  return {
    political: fragmentation / n,
    autonomy: vitality / n,
    law: t.disputesEscalated,
    virtue: t.disputesArisen,
    smart: t.unseenMonths,
  };
}

/** Whether the fragmentation warning showed at the start of any month the game played. */
export function everWarned(game: PlayedGame): boolean {
  const starts = [game.start, ...game.monthEnds];
  return starts.some((s) => s.status === 'playing' && fragmentationWarning(s).warn);
}

/** The full record of one played game for the report. */
export function recordOf(scenarioId: string, bot: string, seed: string, game: PlayedGame): GameRecord {
  const { state } = game;
  const early = game.monthEnds[EARLY_MONTH - 1] ?? state;
  return {
    scenarioId,
    bot,
    seed,
    status: state.status,
    reason: state.lossReason,
    score: state.assessment?.score ?? 0,
    rating: state.assessment?.rating ?? 'fail',
    fragmentation: state.fragmentation,
    parts: state.assessment?.parts ?? null,
    channels: channelFigures(game),
    earlyScore: early.assessment?.score ?? assess(early, early.scenario).score,
    topDownResponses: game.tally.topDownResponses,
    warned: everWarned(game),
  };
}

/** The month at which "leads early" is judged (行政包办 is quick now). */
export const EARLY_MONTH = 3;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Share of seeds where `bot` scored strictly above `par`'s game on the same seed. */
export function beatsParRate(records: GameRecord[], bot: string, par = 'search'): number {
  const parBySeed = new Map(records.filter((r) => r.bot === par).map((r) => [r.seed, r.score]));
  const mine = records.filter((r) => r.bot === bot && parBySeed.has(r.seed));
  if (!mine.length) return 0;
  return mine.filter((r) => r.score > parBySeed.get(r.seed)!).length / mine.length;
}

/** Share of seeds where par scored at least as well as the best of `bots` on that seed. */
export function parAtLeastBestRate(records: GameRecord[], bots: string[], par = 'search'): number {
  const seeds = [...new Set(records.filter((r) => r.bot === par).map((r) => r.seed))];
  if (!seeds.length) return 0;
  let ok = 0;
  for (const seed of seeds) {
    const p = records.find((r) => r.bot === par && r.seed === seed)!.score;
    const best = Math.max(
      ...records.filter((r) => r.seed === seed && bots.includes(r.bot)).map((r) => r.score),
    );
    if (p >= best) ok += 1;
  }
  return ok / seeds.length;
}

export interface ComponentStats {
  mean: number;
  /** Share of games where the component ended at its maximum (100). */
  atMaxRate: number;
}

export function componentStats(records: GameRecord[]): Record<Component, ComponentStats> {
  const out = {} as Record<Component, ComponentStats>;
  const withParts = records.filter((r) => r.parts);
  for (const c of COMPONENTS) {
    const xs = withParts.map((r) => r.parts![c]);
    out[c] = { mean: mean(xs), atMaxRate: xs.length ? xs.filter((x) => x >= 100).length / xs.length : 0 };
  }
  return out;
}

export interface NeglectStats {
  /** Balanced's mean score minus neglect-<mode>'s. */
  scoreLoss: number;
  channel: string;
  /** The channel's mean figure for neglect-<mode>, and for balanced beside it. */
  channelFigure: number;
  balancedFigure: number;
}

export function neglectStats(records: GameRecord[]): Partial<Record<Mode, NeglectStats>> {
  const out: Partial<Record<Mode, NeglectStats>> = {};
  const bal = records.filter((r) => r.bot === 'balanced');
  if (!bal.length) return out;
  for (const m of MODES) {
    const neg = records.filter((r) => r.bot === `neglect-${m}`);
    if (!neg.length) continue;
    out[m] = {
      scoreLoss: mean(bal.map((r) => r.score)) - mean(neg.map((r) => r.score)),
      channel: CHANNELS[m].name,
      channelFigure: mean(neg.map((r) => r.channels[m])),
      balancedFigure: mean(bal.map((r) => r.channels[m])),
    };
  }
  return out;
}

export interface WarningRecord {
  scenarioId: string;
  seed: string;
  /** The last month from whose start the balanced bot, taking over from never-coordinate, still passes (0: none). */
  lastSafeMonth: number;
  /** The first month whose board shows the fragmentation warning in never-coordinate's game (0: never). */
  firstWarningMonth: number;
  /** The same for the old red chip (碎片化 ≥ 70). */
  firstRedChipMonth: number;
}

/** Never-coordinate's game, and from each of its months the balanced bot taking over. */
export function warningRecord(scenario: Scenario, seed: string, options: NewGameOptions = {}): WarningRecord {
  const nc = playFast(newGame(scenario, seed, options), getBot('never-coordinate')!);
  const bal = getBot('balanced')!;
  const starts = [nc.start, ...nc.monthEnds.filter((s) => s.status === 'playing')];
  let lastSafeMonth = 0;
  let firstWarningMonth = 0;
  let firstRedChipMonth = 0;
  starts.forEach((s, i) => {
    const month = i + 1;
    if (!firstWarningMonth && fragmentationWarning(s).warn) firstWarningMonth = month;
    if (!firstRedChipMonth && s.fragmentation >= 70) firstRedChipMonth = month;
    const g = playFast(s, bal);
    if (g.state.assessment && g.state.assessment.rating !== 'fail') lastSafeMonth = month;
  });
  return { scenarioId: scenario.id, seed, lastSafeMonth, firstWarningMonth, firstRedChipMonth };
}

export interface WarningStats {
  /** Medians over the seeds. */
  lastSafeMonth: number;
  firstWarningMonth: number;
  firstRedChipMonth: number;
  /** Share of seeds whose warning came at or before the last safe month (seeds with a safe month). */
  inTimeRate: number;
  /** Share of the balanced bot's and par's games in which the warning ever showed (noise for them). */
  balancedWarnedRate: number | null;
  parWarnedRate: number | null;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

export function warningStats(records: WarningRecord[], games: GameRecord[] = []): WarningStats {
  const withSafe = records.filter((r) => r.lastSafeMonth > 0);
  const warnedRate = (bot: string) => {
    const mine = games.filter((g) => g.bot === bot);
    return mine.length ? mine.filter((g) => g.warned).length / mine.length : null;
  };
  return {
    balancedWarnedRate: warnedRate('balanced'),
    parWarnedRate: warnedRate('search'),
    lastSafeMonth: median(records.map((r) => r.lastSafeMonth)),
    firstWarningMonth: median(records.map((r) => r.firstWarningMonth)),
    firstRedChipMonth: median(records.map((r) => r.firstRedChipMonth)),
    inTimeRate: withSafe.length
      ? withSafe.filter((r) => r.firstWarningMonth > 0 && r.firstWarningMonth <= r.lastSafeMonth).length /
        withSafe.length
      : 1,
  };
}

/** issue 9's thresholds, in one place. */
export const DEPTH = {
  /** par ≥ the best routine on at least this share of seeds … */
  parAtLeastBestRoutine: 0.95,
  /** … and par's mean this far above the best routine's mean. */
  parLeadOverRoutines: 40,
  /** No routine reaches 优秀 on more than this share of seeds. */
  routineMaxExcellent: 0.1,
  /** Committing all five forces to every response scores at least this far below choosing them. */
  allFiveBelowNeeded: 30,
  /** Never developing one mode costs balanced at least this much. */
  neglectMinLoss: 30,
  /** No component at its maximum in more than this share of balanced or par games. */
  componentMaxAtMax: 0.25,
  /** A bot ignoring the scenario's binding lever loses at least this much. */
  leverMinLoss: 50,
} as const;

export interface ScenarioReport {
  bots: Record<string, BotStats & { beatsParRate?: number; excellentRate: number; meanEarlyScore: number }>;
  par: { meanScore: number } | null;
  /** Share of seeds where par ≥ the best routine-* bot on that seed. */
  parAtLeastBestRoutineRate: number | null;
  components: Record<string, Record<Component, ComponentStats>>;
  neglect: Partial<Record<Mode, NeglectStats>>;
  warning: WarningStats | null;
}

export function buildReport(
  records: GameRecord[],
  warnings: WarningRecord[],
  scenarioIds: string[],
  bots: string[],
): Record<string, ScenarioReport> {
  const out: Record<string, ScenarioReport> = {};
  for (const id of scenarioIds) {
    const rs = records.filter((r) => r.scenarioId === id);
    const hasPar = bots.includes('search');
    const routines = bots.filter((b) => b.startsWith('routine-'));
    const rep: ScenarioReport = {
      bots: {},
      par: null,
      parAtLeastBestRoutineRate: hasPar && routines.length ? parAtLeastBestRate(rs, routines) : null,
      components: {},
      neglect: neglectStats(rs),
      warning: null,
    };
    for (const bot of bots) {
      const mine = rs.filter((r) => r.bot === bot);
      rep.bots[bot] = {
        ...stats(mine),
        excellentRate: mine.filter((r) => r.rating === 'excellent').length / (mine.length || 1),
        meanEarlyScore: mean(mine.map((r) => r.earlyScore)),
        ...(hasPar && bot.startsWith('routine-') ? { beatsParRate: beatsParRate(rs, bot) } : {}),
      };
      rep.components[bot] = componentStats(mine);
    }
    if (hasPar) rep.par = { meanScore: rep.bots.search!.meanScore };
    const ws = warnings.filter((w) => w.scenarioId === id);
    if (ws.length) rep.warning = warningStats(ws, rs);
    out[id] = rep;
  }
  return out;
}

/** issue 9's properties that fail, in words. Parts whose bots were not run are skipped. */
export function checkDepth(report: Record<string, ScenarioReport>): string[] {
  const d = DEPTH;
  const problems: string[] = [];
  const p = (x: number) => `${(x * 100).toFixed(0)}%`;
  for (const [id, r] of Object.entries(report)) {
    const routines = Object.entries(r.bots).filter(([b]) => b.startsWith('routine-'));
    if (r.par && routines.length) {
      const best = Math.max(...routines.map(([, s]) => s.meanScore));
      if (r.parAtLeastBestRoutineRate! < d.parAtLeastBestRoutine)
        problems.push(`${id}: par ≥ best routine on only ${p(r.parAtLeastBestRoutineRate!)} of seeds`);
      if (r.par.meanScore < best + d.parLeadOverRoutines)
        problems.push(
          `${id}: par mean ${r.par.meanScore.toFixed(0)} not ${d.parLeadOverRoutines} above best routine ${best.toFixed(0)}`,
        );
    }
    for (const [b, s] of routines)
      if (s.excellentRate > d.routineMaxExcellent)
        problems.push(`${id}: ${b} reaches 优秀 on ${p(s.excellentRate)}`);
    const all5 = r.bots['routine-all-five'];
    const needed = r.bots['routine-needed'];
    if (all5 && needed && all5.meanScore > needed.meanScore - d.allFiveBelowNeeded)
      problems.push(
        `${id}: all five forces ${all5.meanScore.toFixed(0)} not clearly below needed ${needed.meanScore.toFixed(0)}`,
      );
    const td = r.bots['top-down-responses'];
    const bal = r.bots.balanced;
    if (td && bal) {
      if (td.meanEarlyScore <= bal.meanEarlyScore)
        problems.push(
          `${id}: 包办 does not lead at month ${EARLY_MONTH} (${td.meanEarlyScore.toFixed(0)} vs ${bal.meanEarlyScore.toFixed(0)})`,
        );
      if (td.meanScore >= bal.meanScore)
        problems.push(
          `${id}: 包办 does not trail at the end (${td.meanScore.toFixed(0)} vs ${bal.meanScore.toFixed(0)})`,
        );
    }
    for (const [m, n] of Object.entries(r.neglect))
      if (n && n.scoreLoss < d.neglectMinLoss)
        problems.push(`${id}: neglecting ${m} costs only ${n.scoreLoss.toFixed(0)}`);
    for (const bot of ['balanced', 'search'])
      for (const [c, cs] of Object.entries(r.components[bot] ?? {}))
        if (cs.atMaxRate > d.componentMaxAtMax)
          problems.push(`${id}: ${bot}'s ${c} at its maximum in ${p(cs.atMaxRate)}`);
    const ignore = r.bots['ignore-lever'];
    if (ignore && bal && bal.meanScore - ignore.meanScore < d.leverMinLoss)
      problems.push(
        `${id}: ignoring the binding lever costs only ${(bal.meanScore - ignore.meanScore).toFixed(0)}`,
      );
    if (r.warning && r.warning.inTimeRate < 0.9)
      problems.push(
        `${id}: the fragmentation warning is in time on only ${p(r.warning.inTimeRate)} of seeds`,
      );
  }
  return problems;
}

// ───────────────────────────── issue 12: the difficulty ladder ─────────────────────────────

/** The bots the ladder is proven with: the heuristic at every step, par at the top one. */
export const LADDER_BOTS = ['balanced', 'search'] as const;

/** issue 12's thresholds, in one place. */
export const LADDER = {
  /** The balanced bot's pass rate falls by at least this much from each step to the next. */
  minStepFall: 0.15,
  /** At the top step par passes more than this share of seeds, and the balanced bot at most this. */
  topParMinPass: 0.5,
  topBalancedMaxPass: 0.5,
} as const;

export interface LevelFigure {
  passRate: number;
  meanScore: number;
}

/** {level: {bot: figures}}: one scenario's ladder, or the mean over scenarios. */
export type LadderFigures = Record<number, Record<string, LevelFigure>>;

/** One scenario's ladder from its games at each level (level 1: the report's own games). */
export function ladderFigures(byLevel: Record<number, GameRecord[]>): LadderFigures {
  const out: LadderFigures = {};
  for (const [level, records] of Object.entries(byLevel)) {
    const row: Record<string, LevelFigure> = {};
    for (const bot of LADDER_BOTS) {
      const mine = records.filter((r) => r.bot === bot);
      if (!mine.length) continue;
      const s = stats(mine);
      row[bot] = { passRate: s.passRate, meanScore: s.meanScore };
    }
    out[Number(level)] = row;
  }
  return out;
}

/**
 * The ladder over all scenarios: each figure the mean of the scenarios' figures. The properties are
 * judged here — one table applies to every scenario, and the scenarios differ in slack (the tutorial
 * old-neighbourhood stays passable two steps up), so a step is judged by what it does on average.
 */
export function meanLadder(perScenario: LadderFigures[]): LadderFigures {
  const out: LadderFigures = {};
  for (const ladder of perScenario)
    for (const [level, row] of Object.entries(ladder))
      for (const [bot, f] of Object.entries(row)) {
        const k = Number(level);
        const row = out[k] ?? {};
        out[k] = row;
        const cell = row[bot] ?? { passRate: 0, meanScore: 0 };
        row[bot] = cell;
        const n = perScenario.filter((l) => l[k]?.[bot]).length;
        cell.passRate += f.passRate / n;
        cell.meanScore += f.meanScore / n;
      }
  return out;
}

/** The ladder's properties that fail, in words. Steps or bots not run are skipped. */
export function checkLadder(ladder: LadderFigures, where = 'the ladder'): string[] {
  const problems: string[] = [];
  const p = (x: number) => `${(x * 100).toFixed(0)}%`;
  const levels = Object.keys(ladder)
    .map(Number)
    .sort((a, b) => a - b);
  for (let i = 1; i < levels.length; i++) {
    const lo = ladder[levels[i - 1]!]!.balanced;
    const hi = ladder[levels[i]!]!.balanced;
    if (lo && hi && lo.passRate - hi.passRate < LADDER.minStepFall - 1e-9)
      problems.push(
        `${where}: balanced passes ${p(lo.passRate)} at level ${levels[i - 1]} and ${p(hi.passRate)} at level ${levels[i]} (a step must take ${p(LADDER.minStepFall)})`,
      );
  }
  const top = ladder[levels[levels.length - 1]!];
  if (top?.search && top.search.passRate <= LADDER.topParMinPass)
    problems.push(`${where}: par passes the top level on only ${p(top.search.passRate)} of seeds`);
  if (top?.balanced && top.balanced.passRate > LADDER.topBalancedMaxPass)
    problems.push(`${where}: balanced still passes the top level on ${p(top.balanced.passRate)} of seeds`);
  return problems;
}
