// `npx tsx scripts/profile-load.ts DIR [hello]` — where the way to the first playable board spends its time:
// a Chromium trace (every process) and a CPU profile of the page's main thread, from navigation to
// `window.__playableAt`, of a build in DIR (default test-results/bench-game). A tool for finding what to
// change, not a benchmark (`npm run bench:load` is that): it prints each thread's busiest trace events and
// the main thread's heaviest functions, the GPU programs the page compiled and what its frames cost
// (scripts/gpu-programs.ts), and writes the raw trace and profile beside the build (DIR/../profile-*.json)
// for DevTools' Performance panel.
// `npx tsx scripts/profile-load.ts DIR stages [RUNS]` instead clicks the way one screen at a time, waiting
// for the game loop to sleep on each, and prints the CPU time each screen cost (main thread, renderer,
// every Chromium process by type), medians of RUNS (default 5) fresh browsers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { median } from '../src/cli/stats.ts';
import { autoClickToBoard } from './auto-click.ts';
import { browserCpu } from './browser-cpu.ts';
import { ensureChromium, SWIFTSHADER_ARGS } from './find-chromium.ts';
import {
  describeGpuPrograms,
  gpuPrograms,
  navigationTs,
  type TraceEvent,
  threadNames,
} from './gpu-programs.ts';
import { startPreview } from './preview-server.ts';

const DIR = process.argv[2] ?? join('test-results', 'bench-game');
const HELLO = process.argv[3] === 'hello';
const STAGES = process.argv[3] === 'stages';
const STAGE_RUNS = Math.max(1, Number(process.argv[4] ?? 5));

declare global {
  interface Window {
    __playableAt?: number;
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** The process type of a Chromium pid (renderer, gpu-process, utility, browser), from its command line. */
function processType(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
  } catch {
    return '?';
  }
}

const STEPS = [
  { name: 'title', click: null, ready: `[data-key="new"]` },
  { name: 'scenarios', click: `[data-key="new"]`, ready: `.scenario-button` },
  { name: 'briefing', click: `.scenario-button`, ready: `[data-screen="briefing"] button` },
  { name: 'board', click: 'start', ready: 'playable' },
] as const;

async function stages(url: string): Promise<void> {
  const rows: Array<Record<string, number>> = [];
  for (let run = 0; run < STAGE_RUNS; run++) {
    const profile = mkdtempSync(join(tmpdir(), 'profile-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: ensureChromium(),
      headless: true,
      args: SWIFTSHADER_ARGS,
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const read = async () => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as {
          metrics: Array<{ name: string; value: number }>;
        };
        const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
        const byType: Record<string, number> = {};
        for (const [pid, cpu] of browserCpu()) {
          const type = processType(pid);
          byType[type] = (byType[type] ?? 0) + cpu;
        }
        const out: Record<string, number> = { main: get('ThreadTime'), page: get('ProcessTime'), ...byType };
        return out;
      };
      let before = await read();
      const row: Record<string, number> = {};
      await page.goto(url);
      for (const step of STEPS) {
        const t0 = await page.evaluate(() => performance.now());
        if (step.click === 'start')
          await page.evaluate(() =>
            [...document.querySelectorAll('button')]
              .find((b) => /开始|Start/.test(b.textContent ?? ''))
              ?.click(),
          );
        else if (step.click)
          await page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.click(), step.click);
        if (step.ready === 'playable')
          await page.waitForFunction(() => typeof window.__playableAt === 'number', undefined, {
            timeout: 60_000,
          });
        else
          await page.waitForFunction(
            (sel) => {
              const el = document.querySelector<HTMLElement>(sel);
              const target = sel.includes('briefing')
                ? [...document.querySelectorAll('button')].find((b) => /开始|Start/.test(b.textContent ?? ''))
                : el;
              return !!target && target.getClientRects().length > 0;
            },
            step.ready.includes('briefing') ? '[data-screen]' : step.ready,
            { timeout: 60_000 },
          );
        row[`${step.name} ready ms`] = (await page.evaluate(() => performance.now())) - t0;
        // Then until the loop sleeps (the keep-awake window's frames belong to this screen).
        await page.waitForFunction(
          () => !(window.__game as unknown as { loop: { running: boolean } }).loop.running,
          undefined,
          { timeout: 60_000, polling: 50 },
        );
        await page.waitForTimeout(300);
        const now = await read();
        for (const k of Object.keys(now)) row[`${step.name} ${k}`] = (now[k] ?? 0) - (before[k] ?? 0);
        before = now;
      }
      rows.push(row);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  console.log(`CPU ms per screen (each until the loop slept), median of ${rows.length} runs:`);
  for (const step of STEPS) {
    const ks = keys.filter((k) => k.startsWith(`${step.name} `));
    console.log(
      `  ${step.name.padEnd(10)} ${ks.map((k) => `${k.slice(step.name.length + 1)} ${median(rows.map((r) => r[k] ?? 0)).toFixed(0)}`).join(', ')}`,
    );
  }
}

async function main(): Promise<void> {
  const server = await startPreview(DIR);
  if (STAGES) {
    try {
      await stages(server.url);
    } finally {
      await server.stop();
    }
    return;
  }
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: SWIFTSHADER_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1,
    });
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    if (!HELLO) await context.addInitScript(autoClickToBoard);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'blink',
        'gpu',
        'cc',
        'viz',
        'loading',
        'toplevel',
        'blink.user_timing',
        'disabled-by-default-devtools.timeline.frame',
        // Skia's program compiles in the GPU process (scripts/gpu-programs.ts).
        'skia',
        'disabled-by-default-skia',
        'disabled-by-default-skia.shaders',
        'disabled-by-default-skia.gpu',
      ],
    });
    await cdp.send('Profiler.start');
    await page.goto(server.url);
    await page.waitForFunction(() => typeof window.__playableAt === 'number', undefined, { timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
    };
    // The trace runs a second past the board: the GPU programs its first frames compiled (gpu-programs.ts).
    await page.waitForTimeout(1000);
    const buf = await browser.stopTracing();
    const playableAt = await page.evaluate(() => window.__playableAt!);
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`),
    );
    const tag = HELLO ? 'hello' : 'game';
    writeFileSync(join(DIR, '..', `profile-${tag}-trace.json`), buf);
    writeFileSync(join(DIR, '..', `profile-${tag}-cpu.cpuprofile`), JSON.stringify(profile));
    console.log(`playable at ${playableAt.toFixed(0)} ms; marks: ${marks.join(' ')}`);

    // Trace: per thread, self-less sum of top-level complete events (the outermost X events per thread).
    const trace = JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    const names = threadNames(events);
    const byThread = new Map<string, { total: number; by: Map<string, number> }>();
    const open = new Map<string, number>(); // thread → end ts of the current top-level event
    const board = navigationTs(events) + playableAt * 1000;
    const sorted = events
      .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts <= board)
      .sort((a, b) => a.ts - b.ts);
    for (const e of sorted) {
      const key = `${e.pid}:${e.tid}`;
      if ((open.get(key) ?? 0) > e.ts) continue; // nested in the current top-level event
      open.set(key, e.ts + e.dur!);
      const thread = `${names.get(key) ?? key} (${e.pid})`;
      const t = byThread.get(thread) ?? { total: 0, by: new Map() };
      const d = (e.tdur ?? e.dur!) / 1000;
      t.total += d;
      t.by.set(e.name, (t.by.get(e.name) ?? 0) + d);
      byThread.set(thread, t);
    }
    console.log('\ntop-level trace events per thread (thread time, ms)');
    for (const [thread, t] of [...byThread].sort((a, b) => b[1].total - a[1].total).slice(0, 12)) {
      const top = [...t.by]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([n, d]) => `${n} ${d.toFixed(0)}`)
        .join(', ');
      console.log(`  ${thread}: ${t.total.toFixed(0)} — ${top}`);
    }
    // Nested: the main thread's named events, inclusive (compile, parse, GC, paint...).
    const mainKey = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
    if (mainKey) {
      const incl = new Map<string, number>();
      for (const e of sorted)
        if (`${e.pid}:${e.tid}` === mainKey)
          incl.set(e.name, (incl.get(e.name) ?? 0) + (e.tdur ?? e.dur!) / 1000);
      console.log('\nmain thread, inclusive by event name (ms):');
      console.log(
        [...incl]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 30)
          .map(([n, d]) => `  ${n.padEnd(40)} ${d.toFixed(1)}`)
          .join('\n'),
      );
    }

    console.log('');
    for (const line of describeGpuPrograms(gpuPrograms(events, playableAt))) console.log(line);

    // CPU profile: self time by function and by script.
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const fn = new Map<string, number>();
    const script = new Map<string, number>();
    for (const [id, t] of self) {
      const n = byNode.get(id)!;
      const file = n.callFrame.url.split('/').pop() || '(native)';
      const k = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`;
      fn.set(k, (fn.get(k) ?? 0) + t);
      script.set(file, (script.get(file) ?? 0) + t);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`\nCPU profile: ${total.toFixed(0)} ms sampled; self time by script:`);
    for (const [s, t] of [...script].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${s.padEnd(40)} ${t.toFixed(1)}`);
    console.log('heaviest functions (self):');
    for (const [s, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  ${s.slice(0, 80).padEnd(80)} ${t.toFixed(1)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
