// npm run balance -- [--seeds N] [--scenario ID] [--json] [--bots a,b] [--workers N]
// Plays every bot on every scenario over N seeds (worker threads, one per core) and prints the
// table of docs/design.md §7's design properties; writes the Markdown table to docs/balance.md.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type BotStats, checkProperties, type GameRecord, summarise } from '../bots/balance';
import { BOT_NAMES, getBot } from '../bots/index';
import { playGame } from '../bots/play';
import { loadScenarioFiles, PROJECT_ROOT } from '../scenarios/node';

interface Job {
  scenarioId: string;
  bot: string;
  seeds: string[];
}

function runJob(job: Job): GameRecord[] {
  const { scenarios } = loadScenarioFiles();
  const scenario = scenarios.find((s) => s.id === job.scenarioId)!;
  const bot = getBot(job.bot)!;
  return job.seeds.map((seed) => {
    const { state } = playGame(scenario, seed, bot);
    return {
      scenarioId: job.scenarioId,
      bot: job.bot,
      seed,
      status: state.status,
      reason: state.lossReason,
      score: state.assessment?.score ?? 0,
      rating: state.assessment?.rating ?? 'fail',
      fragmentation: state.fragmentation,
    };
  });
}

if (!isMainThread) {
  const jobs = workerData as Job[];
  const out: GameRecord[] = [];
  for (const job of jobs) out.push(...runJob(job));
  parentPort!.postMessage(out);
}

function runInWorkers(jobs: Job[], workers: number): Promise<GameRecord[]> {
  if (workers <= 1) return Promise.resolve(jobs.flatMap(runJob));
  // Deal jobs round-robin by weight so both cores finish together (search games are the heavy ones).
  const buckets: Job[][] = Array.from({ length: workers }, () => []);
  const load = new Array<number>(workers).fill(0);
  const weight = (j: Job) => j.seeds.length * (j.bot === 'search' ? 40 : 1);
  for (const job of [...jobs].sort((a, b) => weight(b) - weight(a))) {
    const i = load.indexOf(Math.min(...load));
    buckets[i]!.push(job);
    load[i]! += weight(job);
  }
  // Workers load this same file through tsx's loader (execArgv --import is not honoured in workers).
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return Promise.all(
    buckets.map(
      (bucket) =>
        new Promise<GameRecord[]>((resolve, reject) => {
          const w = new Worker(boot, { eval: true, workerData: bucket });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  ).then((parts) => parts.flat());
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function markdown(stats: Record<string, Record<string, BotStats>>, seeds: number): string {
  const lines = [
    '# Balance report',
    '',
    `Every bot on every scenario, ${seeds} seeds each (\`npm run balance -- --seeds ${seeds}\`).`,
    'pass = 合格 or better; good = 良好 or better; fragmented = lost to 各自为政 (fragmentation 100).',
    '',
  ];
  for (const [scenarioId, bots] of Object.entries(stats)) {
    lines.push(`## ${scenarioId}`, '');
    lines.push('| bot | games | pass | good | fragmented | mean score | median score | mean fragmentation |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [bot, s] of Object.entries(bots))
      lines.push(
        `| ${bot} | ${s.games} | ${pct(s.passRate)} | ${pct(s.goodRate)} | ${pct(s.fragmentedRate)} | ${s.meanScore.toFixed(0)} | ${s.medianScore} | ${s.meanFragmentation.toFixed(0)} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
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
    },
  });
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
  const bots = values.bots ? values.bots.split(',') : [...BOT_NAMES];
  for (const b of bots)
    if (!getBot(b)) {
      console.error(`unknown bot "${b}" (known: ${BOT_NAMES.join(', ')})`);
      return 2;
    }
  const seeds = Array.from({ length: n }, (_, i) => String(i + 1));
  const jobs: Job[] = [];
  // Small jobs so the two workers share the load evenly.
  for (const scenarioId of ids)
    for (const bot of bots)
      for (let i = 0; i < seeds.length; i += 25)
        jobs.push({ scenarioId, bot, seeds: seeds.slice(i, i + 25) });
  const workers = values.workers ? Number(values.workers) : Math.min(2, availableParallelism());
  const t0 = performance.now();
  const records = await runInWorkers(jobs, workers);
  const seconds = (performance.now() - t0) / 1000;
  const stats = summarise(records, ids, bots);
  const problems = checkProperties(stats);
  if (values.json) {
    const json: Record<string, Record<string, unknown>> = {};
    for (const [id, bs] of Object.entries(stats)) {
      json[id] = {};
      for (const [b, s] of Object.entries(bs))
        json[id][b] = {
          games: s.games,
          passRate: s.passRate,
          goodRate: s.goodRate,
          fragmentedRate: s.fragmentedRate,
          meanScore: s.meanScore,
          medianScore: s.medianScore,
        };
    }
    console.log(JSON.stringify({ scenarios: json }));
  } else {
    const md = markdown(stats, n);
    console.log(md);
    console.log(`${records.length} games in ${seconds.toFixed(1)} s on ${workers} worker(s)`);
    console.log(
      problems.length
        ? `design properties FAILING:\n  ${problems.join('\n  ')}`
        : 'design properties: all hold',
    );
  }
  if (!values['no-write'] && !values.json && !values.scenario && !values.bots)
    writeFileSync(
      join(PROJECT_ROOT, 'docs', 'balance.md'),
      `${markdown(stats, n)}\n${problems.length ? `Failing: ${problems.join('; ')}` : 'Every design property holds.'}\n`,
    );
  return 0;
}

if (isMainThread && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
