// `npm test`: every check — typecheck, lint, unit, browser (e2e) — with the browser tests on the critical
// path and the rest in the CPU time they leave free. The e2e suite is mostly one Chromium waiting on its own
// software rendering (about 1.2-1.5 of the 2 cores when alone), so the type check, lint and unit tests run
// beside it at the lowest CPU priority (nice 19) instead of before it: they take the idle CPU and barely
// slow the browser tests. The game is built for the e2e run first (the e2e run then reuses it).
//
// Output stays readable: the e2e run streams live; each other step's output is kept and printed whole,
// framed, when that step ends. Every step runs to its end (so one run shows every failure), then a table
// of steps, results and times is printed, and the exit code is 1 if any step failed.
//
//   npx tsx scripts/run-tests.ts            what `npm test` runs
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { buildForE2e, E2E_DIST, ROOT } from './preview-server.ts';

/**
 * Niceness of the steps that run beside the browser tests (0 is normal; 19 the lowest priority). The lowest:
 * Chromium's renderers run at 0 or 5, and the browser tests are the critical path; the unit run still
 * ends well before them (at nice 10, on a quiet machine: unit 187 s of the e2e run's 436 s).
 */
const BESIDE_E2E_NICE = 19;

interface Step {
  name: string;
  /** The npm script it runs. */
  script: string;
  /** Extra environment. */
  env?: Record<string, string>;
  /** Runs at a lower CPU priority, beside the browser tests. */
  background?: boolean;
  /** Streams its output as it comes (else it is printed whole when the step ends). */
  live?: boolean;
}

interface Outcome {
  name: string;
  code: number;
  seconds: number;
}

const started = performance.now();
const since = (t: number) => (performance.now() - t) / 1000;
const stamp = () => `[test ${Math.round(since(started)).toString().padStart(3)} s]`;

function run(step: Step): Promise<Outcome> {
  const t = performance.now();
  process.stdout.write(`${stamp()} ${step.name}: started (npm run ${step.script})\n`);
  const child: ChildProcess = spawn('npm', ['run', '--silent', step.script], {
    cwd: ROOT,
    env: { ...process.env, ...step.env },
    stdio: ['ignore', step.live ? 'inherit' : 'pipe', step.live ? 'inherit' : 'pipe'],
  });
  // Set before the step's node starts its own processes: they inherit the priority.
  if (step.background && child.pid) setPriority(child.pid, BESIDE_E2E_NICE);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d;
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d;
  });
  return new Promise((done) => {
    const finish = (code: number) => {
      const seconds = since(t);
      const verdict = code === 0 ? 'passed' : `FAILED (exit ${code})`;
      if (step.live) {
        process.stdout.write(`${stamp()} ${step.name}: ${verdict} in ${seconds.toFixed(0)} s\n`);
      } else {
        const rule = '─'.repeat(8);
        process.stdout.write(
          `${stamp()} ${step.name}: ${verdict} in ${seconds.toFixed(0)} s; its output:\n` +
            `${rule} ${step.name} ${rule}\n${out.trimEnd() || '(no output)'}\n${rule} end of ${step.name} ${rule}\n`,
        );
      }
      done({ name: step.name, code, seconds });
    };
    child.on('error', (error) => {
      out += `\n${error.message}`;
      finish(1);
    });
    child.on('exit', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

/** The build the e2e run serves (what tests/e2e/global-setup.ts builds when run alone); its asset list left out. */
async function e2eBuildStep(): Promise<Outcome> {
  const t = performance.now();
  const name = 'e2e build';
  process.stdout.write(`${stamp()} ${name}: started (vite build --outDir ${E2E_DIST})\n`);
  try {
    const font = await buildForE2e();
    process.stdout.write(
      `${stamp()} ${name}: passed in ${since(t).toFixed(0)} s${font ? `; ${font}` : ''}\n`,
    );
    return { name, code: 0, seconds: since(t) };
  } catch (error) {
    process.stdout.write(
      `${stamp()} ${name}: FAILED in ${since(t).toFixed(0)} s:\n${(error as Error).message}\n`,
    );
    return { name, code: 1, seconds: since(t) };
  }
}

async function main(): Promise<number> {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  for (const f of ['unit.json', 'e2e.json']) rmSync(join(ROOT, 'test-results', f), { force: true });

  const beside = [
    run({ name: 'typecheck', script: 'typecheck', background: true }),
    run({ name: 'lint', script: 'lint', background: true }),
    run({ name: 'unit', script: 'test:unit', background: true }),
  ];
  // The browser tests: the e2e build first (at normal priority: the e2e run waits on it), then the run.
  const e2e = (async (): Promise<Outcome[]> => {
    const build = await e2eBuildStep();
    if (build.code !== 0) return [build, { name: 'e2e', code: 1, seconds: 0 }];
    return [build, await run({ name: 'e2e', script: 'test:e2e', env: { E2E_NO_BUILD: '1' }, live: true })];
  })();
  const outcomes = [...(await Promise.all(beside)), ...(await e2e)];

  process.stdout.write(`\n${stamp()} all steps done:\n`);
  for (const o of outcomes)
    process.stdout.write(
      `  ${o.name.padEnd(10)} ${(o.code === 0 ? 'passed' : 'FAILED').padEnd(7)} ${o.seconds.toFixed(0).padStart(4)} s\n`,
    );
  return outcomes.some((o) => o.code !== 0) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`run-tests: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
