// npm run balance -- [--seeds N] [--scenario ID] [--json] [--bots a,b] [--workers N] [--months M]
// Plays every bot on every scenario over N seeds (worker threads, one per core) and prints the
// table of docs/design.md §7's design properties; writes the Markdown table to docs/balance.md.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  buildReport,
  CHANNELS,
  COMPONENTS,
  checkDepth,
  checkLadder,
  checkProperties,
  EARLY_MONTH,
  type GameRecord,
  LADDER_BOTS,
  type LadderFigures,
  ladderFigures,
  meanLadder,
  recordOf,
  type ScenarioReport,
  summarise,
  type WarningRecord,
  warningRecord,
} from '../bots/balance';
import { BOT_NAMES, getBot } from '../bots/index';
import { playFast } from '../bots/play';
import { LEVELS, levelRule, MAX_LEVEL, MIN_LEVEL, newGame, termMonthsProblem } from '../core';
import { loadScenarioFiles, PROJECT_ROOT } from '../scenarios/node';

interface Job {
  scenarioId: string;
  /** A bot's name, or WARNING_JOB for the fragmentation-warning timing games. */
  bot: string;
  seeds: string[];
  /** A step of the difficulty ladder above 1 (the ladder's games); absent = level 1. */
  level?: number;
  /** A shorter term (e.g. the 6-month workshop term); absent = each scenario's own. */
  months?: number;
}

/** The job that times the fragmentation warning against the last safe month. */
const WARNING_JOB = '(warning)';

/** What a worker thread of this file is started with. */
const WORKER = 'balance-worker';

interface JobResult {
  records: GameRecord[];
  warnings: WarningRecord[];
  /** The ladder's games above level 1. */
  leveled: LeveledRecord[];
}

type LeveledRecord = GameRecord & { level: number };

/** The scenarios, read and checked once per worker (not once per job: that was a quarter of the bots' time). */
let loaded: ReturnType<typeof loadScenarioFiles>['scenarios'] | null = null;

function runJob(job: Job): JobResult {
  loaded ??= loadScenarioFiles().scenarios;
  const scenario = loaded.find((s) => s.id === job.scenarioId)!;
  const term = job.months === undefined ? {} : { months: job.months };
  if (job.bot === WARNING_JOB)
    return {
      records: [],
      warnings: job.seeds.map((seed) => warningRecord(scenario, seed, term)),
      leveled: [],
    };
  const bot = getBot(job.bot)!;
  const level = job.level ?? MIN_LEVEL;
  const records = job.seeds.map((seed) =>
    recordOf(job.scenarioId, job.bot, seed, playFast(newGame(scenario, seed, { level, ...term }), bot)),
  );
  return level === MIN_LEVEL
    ? { records, warnings: [], leveled: [] }
    : { records: [], warnings: [], leveled: records.map((r) => ({ ...r, level })) };
}

function runJobs(jobs: Job[]): JobResult {
  const out: JobResult = { records: [], warnings: [], leveled: [] };
  for (const job of jobs) {
    const r = runJob(job);
    out.records.push(...r.records);
    out.warnings.push(...r.warnings);
    out.leveled.push(...r.leveled);
  }
  return out;
}

// A worker runs the jobs it is handed one at a time and answers each with its result.
if (!isMainThread && workerData === WORKER)
  parentPort!.on('message', ({ job, i }: { job: Job; i: number }) =>
    parentPort!.postMessage({ i, result: runJob(job) }),
  );

/** Relative cost of a job, for handing out the heavy ones first. */
function weight(j: Job): number {
  return j.seeds.length * (j.bot === 'search' ? 300 : j.bot === WARNING_JOB ? 13 : 1);
}

function runInWorkers(jobs: Job[], workers: number): Promise<JobResult> {
  if (workers <= 1) return Promise.resolve(runJobs(jobs));
  // Heaviest first, each to whichever worker is free: no worker waits while the other still has a
  // queue of its own (a split fixed in advance left one core idle at the end whenever par's
  // searches on one side ran longer than their weight said).
  const queue = jobs.map((job, i) => ({ job, i })).sort((a, b) => weight(b.job) - weight(a.job));
  // Results are put back in the jobs' own order, so the report never depends on which worker was free.
  const results: JobResult[] = new Array(jobs.length);
  // Workers load this same file through tsx's loader (execArgv --import is not honoured in workers).
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Promise<JobResult>((resolve, reject) => {
    let running = 0;
    const feed = (w: Worker) => {
      const next = queue.shift();
      if (next) {
        running += 1;
        w.postMessage(next);
      } else {
        void w.terminate();
        if (running === 0)
          resolve({
            records: results.flatMap((r) => r.records),
            warnings: results.flatMap((r) => r.warnings),
            leveled: results.flatMap((r) => r.leveled),
          });
      }
    };
    for (let i = 0; i < Math.min(workers, queue.length); i++) {
      const w = new Worker(boot, { eval: true, workerData: WORKER });
      w.on('message', ({ i, result }: { i: number; result: JobResult }) => {
        running -= 1;
        results[i] = result;
        feed(w);
      });
      w.once('error', reject);
      feed(w);
    }
  });
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);

export function markdown(
  report: Record<string, ScenarioReport>,
  seeds: number,
  problems: string[],
  ladders: Record<string, LadderFigures> = {},
  months?: number,
): string {
  const term = months === undefined ? '' : ` --months ${months}`;
  const lines = [
    months === undefined ? '# Balance report' : `# Balance report: the ${months}-month term`,
    '',
    `Every bot on every scenario, ${seeds} seeds each (\`npm run balance -- --seeds ${seeds}${term}\`)` +
      (months === undefined
        ? '.'
        : `, every story compressed into a ${months}-month term (pace = the scenario's months ÷ ${months}; docs/design.md §4a).`),
    'pass = 合格 or better; good = 良好 or better; excellent = 优秀; fragmented = lost to 各自为政',
    `(fragmentation 100); month ${EARLY_MONTH} = the score as it stood after month ${EARLY_MONTH};`,
    '≥ par = share of seeds where a routine scored strictly above par (the `search` bot) on the same seed.',
    '',
  ];
  for (const [scenarioId, r] of Object.entries(report)) {
    lines.push(`## ${scenarioId}`, '');
    lines.push(
      '| bot | games | pass | good | excellent | fragmented | mean score | median | month ' +
        `${EARLY_MONTH} | > par |`,
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const [bot, s] of Object.entries(r.bots))
      lines.push(
        `| ${bot} | ${s.games} | ${pct(s.passRate)} | ${pct(s.goodRate)} | ${pct(s.excellentRate)} | ` +
          `${pct(s.fragmentedRate)} | ${f0(s.meanScore)} | ${s.medianScore} | ${f0(s.meanEarlyScore)} | ` +
          `${s.beatsParRate === undefined ? '' : pct(s.beatsParRate)} |`,
      );
    lines.push('');
    if (r.par) {
      const routines = Object.entries(r.bots).filter(([b]) => b.startsWith('routine-'));
      if (routines.length) {
        const [bestName, best] = routines.sort((a, b) => b[1].meanScore - a[1].meanScore)[0]!;
        lines.push(
          `Par ${f0(r.par.meanScore)}; best routine ${bestName} ${f0(best.meanScore)} ` +
            `(par − best ${f0(r.par.meanScore - best.meanScore)}); par ≥ the best routine on that seed in ` +
            `${pct(r.parAtLeastBestRoutineRate ?? 0)} of seeds.`,
          '',
        );
      }
    }
    const shown = ['balanced', 'search'].filter((b) => r.components[b]);
    if (shown.length) {
      lines.push(
        `| component (mean · at max) | ${shown.join(' | ')} |`,
        `|---|${shown.map(() => '---:').join('|')}|`,
      );
      for (const c of COMPONENTS)
        lines.push(
          `| ${c} | ${shown.map((b) => `${f0(r.components[b]![c].mean)} · ${pct(r.components[b]![c].atMaxRate)}`).join(' | ')} |`,
        );
      lines.push('');
    }
    const neglect = Object.entries(r.neglect);
    if (neglect.length) {
      lines.push(
        '| never develops | score loss | channel | neglect | balanced |',
        '|---|---:|---|---:|---:|',
      );
      for (const [m, n] of neglect)
        if (n)
          lines.push(
            `| ${m} | ${f0(n.scoreLoss)} | ${CHANNELS[m as keyof typeof CHANNELS].name} | ${f1(n.channelFigure)} | ${f1(n.balancedFigure)} |`,
          );
      lines.push('');
    }
    if (r.warning)
      lines.push(
        `Fragmentation warning (never-coordinate, medians): last safe month ${r.warning.lastSafeMonth}, ` +
          `first warning month ${r.warning.firstWarningMonth} (old red chip: ${r.warning.firstRedChipMonth || 'never'}); ` +
          `in time on ${pct(r.warning.inTimeRate)} of seeds. Shown in ` +
          `${r.warning.balancedWarnedRate === null ? '—' : pct(r.warning.balancedWarnedRate)} of balanced games, ` +
          `${r.warning.parWarnedRate === null ? '—' : pct(r.warning.parWarnedRate)} of par's.`,
        '',
      );
  }
  lines.push(...ladderMarkdown(ladders));
  lines.push(
    problems.length
      ? `Failing:\n\n${problems.map((p) => `- ${p}`).join('\n')}`
      : 'Every design property holds.',
  );
  return lines.join('\n');
}

/** The ladder's table: balanced and par at each level, per scenario and on average. */
function ladderMarkdown(ladders: Record<string, LadderFigures>): string[] {
  const ids = Object.keys(ladders);
  if (!ids.length) return [];
  const mean = meanLadder(Object.values(ladders));
  const cell = (l: LadderFigures, level: number, bot: string) => {
    const f = l[level]?.[bot];
    return f ? `${pct(f.passRate)} · ${f0(f.meanScore)}` : '';
  };
  const levels = LEVELS.map((r) => r.level);
  const head = levels.flatMap((k) => [`L${k} balanced`, ...(k === MAX_LEVEL ? [`L${k} par`] : [])]);
  const row = (name: string, l: LadderFigures) =>
    `| ${name} | ${levels.flatMap((k) => [cell(l, k, 'balanced'), ...(k === MAX_LEVEL ? [cell(l, k, 'search')] : [])]).join(' | ')} |`;
  return [
    '## The difficulty ladder',
    '',
    `Levels (\`src/core/levels.ts\`): ${LEVELS.map((r) => `${r.level} ${levelRule(r.level).name.zh}`).join(' · ')}. ` +
      'Pass rate · mean score of the balanced bot at each level and of par at the top one; the ' +
      'properties (each step takes ≥ 15 points off balanced; at the top par passes most seeds and ' +
      'balanced fails most) are judged on the mean over the scenarios.',
    '',
    `| scenario | ${head.join(' | ')} |`,
    `|---|${head.map(() => '---:').join('|')}|`,
    ...ids.map((id) => row(id, ladders[id]!)),
    row('**mean**', mean),
    '',
  ];
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: '50' },
      scenario: { type: 'string' },
      bots: { type: 'string' },
      json: { type: 'boolean', default: false },
      workers: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      months: { type: 'string' },
    },
  });
  const months = values.months === undefined ? undefined : Number(values.months);
  const n = Number(values.seeds);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--seeds must be a whole number ≥ 1, got ${values.seeds}`);
    return 2;
  }
  const { scenarios, errors } = loadScenarioFiles();
  for (const e of errors) console.error(e.message);
  let ids = scenarios.map((s) => s.id);
  if (values.scenario) {
    if (!ids.includes(values.scenario)) {
      console.error(`unknown scenario "${values.scenario}" (known: ${ids.join(', ')})`);
      return 2;
    }
    ids = [values.scenario];
  }
  if (months !== undefined)
    for (const sc of scenarios.filter((x) => ids.includes(x.id))) {
      const problem = termMonthsProblem(sc, months);
      if (problem) {
        console.error(`--months: ${problem}`);
        return 2;
      }
    }
  const bots = values.bots ? values.bots.split(',') : [...BOT_NAMES];
  for (const b of bots)
    if (!getBot(b)) {
      console.error(`unknown bot "${b}" (known: ${BOT_NAMES.join(', ')})`);
      return 2;
    }
  const seeds = Array.from({ length: n }, (_, i) => String(i + 1));
  const jobs: Job[] = [];
  // Small jobs so the two workers share the load evenly.
  const withWarning = bots.includes('never-coordinate') && bots.includes('balanced');
  for (const scenarioId of ids)
    for (const bot of withWarning ? [...bots, WARNING_JOB] : bots)
      for (let i = 0; i < seeds.length; i += bot === 'search' ? 5 : 25)
        jobs.push({ scenarioId, bot, seeds: seeds.slice(i, i + (bot === 'search' ? 5 : 25)), months });
  // The ladder: balanced at every level above 1, par at the top one (what its properties need).
  for (const scenarioId of ids)
    for (const bot of LADDER_BOTS.filter((b) => bots.includes(b)))
      for (let level = MIN_LEVEL + 1; level <= MAX_LEVEL; level++) {
        if (bot === 'search' && level !== MAX_LEVEL) continue;
        const size = bot === 'search' ? 5 : 25;
        for (let i = 0; i < seeds.length; i += size)
          jobs.push({ scenarioId, bot, seeds: seeds.slice(i, i + size), level, months });
      }
  const workers = values.workers ? Number(values.workers) : Math.min(2, availableParallelism());
  const t0 = performance.now();
  const { records, warnings, leveled } = await runInWorkers(jobs, workers);
  const seconds = (performance.now() - t0) / 1000;
  const stats = summarise(records, ids, bots);
  const report = buildReport(records, warnings, ids, bots);
  const ladders: Record<string, LadderFigures> = {};
  for (const id of ids) {
    const byLevel: Record<number, GameRecord[]> = {};
    for (let level = MIN_LEVEL; level <= MAX_LEVEL; level++)
      byLevel[level] =
        level === MIN_LEVEL
          ? records.filter((r) => r.scenarioId === id)
          : leveled.filter((r) => r.scenarioId === id && r.level === level);
    const ladder = ladderFigures(byLevel);
    if (Object.values(ladder).some((row) => Object.keys(row).length)) ladders[id] = ladder;
  }
  const ladder = meanLadder(Object.values(ladders));
  const problems = [
    ...checkProperties(stats),
    ...checkDepth(report),
    ...checkLadder(ladder),
    // The ladder's steps hold per scenario, not only on the mean (issue 12).
    ...Object.entries(ladders).flatMap(([id, l]) => checkLadder(l, `${id}: the ladder`)),
  ];
  if (values.json) {
    const scenariosOut = Object.fromEntries(
      Object.entries(report).map(([id, r]) => [id, { ...r, levels: ladders[id] ?? {} }]),
    );
    console.log(
      JSON.stringify({ seeds: n, months: months ?? null, scenarios: scenariosOut, ladder, problems }),
    );
  } else {
    console.log(markdown(report, n, problems, ladders, months));
    console.log(
      `${records.length} games (+ ${leveled.length} ladder games, ${warnings.length} warning timings) in ${seconds.toFixed(1)} s on ${workers} worker(s)`,
    );
  }
  // The scenarios' own terms write docs/balance.md; a shorter term its own file beside it.
  const file = months === undefined ? 'balance.md' : `balance-${months}-months.md`;
  if (!values['no-write'] && !values.json && !values.scenario && !values.bots)
    writeFileSync(join(PROJECT_ROOT, 'docs', file), `${markdown(report, n, problems, ladders, months)}\n`);
  return 0;
}

if (isMainThread && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
