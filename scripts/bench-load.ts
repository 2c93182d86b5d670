// `npm run bench:load` — load and input-latency figures for issue 4's targets. A benchmark, not a test:
// it prints figures and fails only if it cannot measure.
//
// Builds the game (test-results/bench-game/) and a bare Phaser 4 hello-world page (bench/hello → test-results/bench-hello/)
// with the same build settings, serves both with `vite preview` on 127.0.0.1, and in Debian's Chromium
// (a fresh profile, so a cold cache, for every run) measures:
//   (a) bytes transferred before the first playable frame of the board. `vite preview` does not compress,
//       so the figure is computed: every resource the page fetched before that frame is read from the build
//       and gzipped (level 9, as Vite's build report does); woff2 files are counted as they are (already
//       Brotli-compressed inside; gzip would only add bytes). Raw bytes are printed beside them.
//   (b) navigation → playable board, median of BENCH_RUNS (default 5) runs, against navigation → first frame
//       of the hello-world page, runs interleaved, each page drawn both ways: in software (CHROMIUM_ARGS, what
//       Chromium does on a computer whose graphics it will not use, and what the browser tests run) and on
//       SwiftShader's emulated GL (SWIFTSHADER_ARGS, the way the first twelve sessions measured). Each fresh
//       browser is left to settle before its navigation (BENCH_SETTLE=0: not). The way to the board is
//       clicked through by a script inside the page (新游戏 → first scenario → 开始) as soon as each button
//       appears, so no automation round trip is counted; the board marks `window.__playableAt` (docs/UI-HOOKS.md). Navigation → title screen
//       ready (its 新游戏 button in the page and a frame drawn) is printed too.
//       BENCH_BASE=DIR measures a second build of the game (e.g. the one before a change) in the same runs;
//       BENCH_ONLY=load stops after (b).
//   (c)–(e) are measured in software.
//   (c) key press → the action's result drawn: focus a programme button, press Enter, and take
//       `window.__lastDrawAt` (set in the first post-render after the view applied the result) minus the
//       keydown event's timeStamp (same clock as performance.now()).
//   (d) frames drawn while idle: on the board, from 2 s after the last input or, if later, once the loop has
//       gone to sleep (a loaded machine's slow frames can carry the keep-awake window past 2 s; those frames
//       are reported, not counted), Phaser's renders (POST_RENDER events) and game steps counted over IDLE_MS
//       (default 5 s), with what woke the loop in that time. The target is none.
//   (e) heap growth over BENCH_GAMES (default 50) complete games in one tab: a script inside the page plays
//       on as soon as each screen appears (end the month, the summary's next, the debrief's 再来一局 → 开始),
//       every month ended at once, so each game runs its whole term through every scene. The JS heap is
//       read through the DevTools protocol after a forced full collection, at the first board and after
//       games 1, 10, 25 and the last; DOM nodes and event listeners beside it. Target: < 5 MB growth.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { median, spread } from '../src/cli/stats.ts';
import gameConfig from '../vite.config.ts';
import { autoClickToBoard } from './auto-click.ts';
import { browserCpu } from './browser-cpu.ts';
import { CHROMIUM_ARGS, ensureChromium, SWIFTSHADER_ARGS } from './find-chromium.ts';
import { type PreviewServer, ROOT, startPreview, viteBuild } from './preview-server.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const KEY_PRESSES = Math.max(1, Number(process.env.BENCH_KEYS ?? 10));
const GAME_OUT = join('test-results', 'bench-game');
const HELLO_OUT = join('test-results', 'bench-hello');
const TIMEOUT = 30_000;
const GAMES = Math.max(1, Number(process.env.BENCH_GAMES ?? 50));
const IDLE_MS = Math.max(1000, Number(process.env.BENCH_IDLE_MS ?? 5000));
/** Optional: a folder holding another build of the game (e.g. before a change), measured in the same runs. */
const BASE_OUT = process.env.BENCH_BASE ?? null;
/** BENCH_ONLY=load: stop after (a) and (b), for comparing builds' load figures without the longer (c)–(e). */
const LOAD_ONLY = process.env.BENCH_ONLY === 'load';
/**
 * (b) navigates once the new browser has settled (BENCH_SETTLE=0: at once, as until the thirteenth session).
 * A player's browser is open before the game's address is typed; a browser launched a moment ago is still
 * doing its own start-up work (the GPU process drawing the omnibox's WebUI, docs/load.md) on the same two
 * cores, and whichever page's load that work fell on decided the ratio.
 */
const SETTLE = process.env.BENCH_SETTLE !== '0';
/** Settled: every Chromium process together used under SETTLE_CPU_MS of CPU in the last SETTLE_WINDOW_MS. */
const SETTLE_WINDOW_MS = 500;
const SETTLE_CPU_MS = 30;
const SETTLE_MAX_MS = 10_000;

declare global {
  interface Window {
    __keyAt?: number;
    __gamesDone?: number;
    __autoPlay?: boolean;
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

async function buildHello(): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'hello'),
    base: './',
    logLevel: 'warn',
    build: { ...gameConfig.build, outDir: join(ROOT, HELLO_OUT), emptyOutDir: true },
  });
}

/** How the browser draws: in software (CHROMIUM_ARGS), or on a graphics card emulated on the CPU (SwiftShader). */
interface Rendering {
  name: string;
  args: string[];
}
const SOFTWARE: Rendering = { name: 'software (--disable-gpu)', args: CHROMIUM_ARGS };
const SWIFTSHADER: Rendering = { name: 'SwiftShader GL', args: SWIFTSHADER_ARGS };

async function withPage<T>(
  chromiumPath: string,
  fn: (page: Page, context: BrowserContext) => Promise<T>,
  rendering: Rendering = SOFTWARE,
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: rendering.args,
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)` calls;
  // functions sent into the page (init scripts, evaluate) then need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  try {
    if (SETTLE) settleTimes.push(await settle());
    return await fn(context.pages()[0] ?? (await context.newPage()), context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** How long each fresh browser took to settle before its navigation (BENCH_SETTLE), in ms. */
const settleTimes: number[] = [];

/** Waits until the browser's processes are nearly idle (or SETTLE_MAX_MS); returns how long that took. */
async function settle(): Promise<number> {
  const t0 = performance.now();
  const total = () => [...browserCpu().values()].reduce((a, b) => a + b, 0);
  const samples: Array<{ at: number; cpu: number }> = [{ at: t0, cpu: total() }];
  while (performance.now() - t0 < SETTLE_MAX_MS) {
    await new Promise((r) => setTimeout(r, 100));
    const now = { at: performance.now(), cpu: total() };
    samples.push(now);
    const from = samples.find(
      (x) => now.at - x.at <= SETTLE_WINDOW_MS + 50 && now.at - x.at >= SETTLE_WINDOW_MS - 50,
    );
    if (from && now.cpu - from.cpu < SETTLE_CPU_MS) break;
  }
  return performance.now() - t0;
}

async function waitPlayable(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => typeof window.__playableAt === 'number', undefined, {
      timeout: TIMEOUT,
    });
  } catch (error) {
    const log = await page.evaluate(() => ({
      screen: document.documentElement.dataset.screen,
      clicks: window.__autoClickLog,
    }));
    throw new Error(`${(error as Error).message}: no window.__playableAt (${JSON.stringify(log)})`);
  }
}

/** CPU time since navigation, in ms, of the renderer's main thread and of its whole process (Chrome's
 * ThreadTime and ProcessTime metrics), and of the whole browser (every Chromium process, /proc): what the
 * page cost, which a loaded machine inflates far less than the wall-clock time (a thread waiting for a
 * core is not counted). */
async function mainThreadBusy(context: BrowserContext, page: Page): Promise<() => Promise<Busy>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = browserCpu();
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: Array<{ name: string; value: number }>;
    };
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    let browser = 0;
    for (const [pid, cpu] of browserCpu()) browser += cpu - (before.get(pid) ?? 0);
    return { thread: get('ThreadTime'), process: get('ProcessTime'), browser };
  };
}

interface Busy {
  thread: number;
  process: number;
  /** Every Chromium process (renderer, GPU, browser, network), since just before navigation; 0 off Linux. */
  browser: number;
}

interface GameRun {
  busy: Busy;
  titleReadyAt: number;
  playableAt: number;
  resources: Array<{ url: string; startTime: number; transferSize: number }>;
}

async function runGame(
  server: PreviewServer,
  chromiumPath: string,
  rendering: Rendering = SOFTWARE,
): Promise<GameRun> {
  return withPage(
    chromiumPath,
    async (page, context) => {
      await context.addInitScript(autoClickToBoard);
      const busy = await mainThreadBusy(context, page);
      await page.goto(server.url);
      await waitPlayable(page);
      const atPlayable = await busy();
      const run = await page.evaluate(() => ({
        titleReadyAt: window.__titleReadyAt ?? Number.NaN,
        playableAt: window.__playableAt!,
        resources: [
          ...performance.getEntriesByType('navigation'),
          ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
        ].map((e) => ({
          url: e.name,
          startTime: e.startTime,
          transferSize: (e as PerformanceResourceTiming).transferSize,
        })),
      }));
      return { ...run, busy: atPlayable };
    },
    rendering,
  );
}

async function runHello(
  server: PreviewServer,
  chromiumPath: string,
  rendering: Rendering = SOFTWARE,
): Promise<{ at: number; busy: Busy }> {
  return withPage(
    chromiumPath,
    async (page, context) => {
      const busy = await mainThreadBusy(context, page);
      await page.goto(server.url);
      await waitPlayable(page);
      const atPlayable = await busy();
      return { at: await page.evaluate(() => window.__playableAt!), busy: atPlayable };
    },
    rendering,
  );
}

function bytesBefore(run: GameRun, server: PreviewServer, outDir: string) {
  const origin = new URL(server.url).origin;
  const rows: Array<{ path: string; raw: number; gzip: number }> = [];
  for (const r of run.resources) {
    if (r.startTime > run.playableAt || !r.url.startsWith(origin)) continue;
    let path = new URL(r.url).pathname;
    if (path.endsWith('/')) path += 'index.html';
    const file = readFileSync(join(ROOT, outDir, decodeURIComponent(path)));
    const compressed =
      path.endsWith('.woff2') || path.endsWith('.png') ? file.length : gzipSync(file, { level: 9 }).length;
    rows.push({ path, raw: file.length, gzip: compressed });
  }
  return rows;
}

/** Median interval between animation frames over about a second: what "one frame" is on this machine. */
function frameInterval(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const stamps: number[] = [];
        const tick = (t: number) => {
          stamps.push(t);
          if (stamps.length < 2 || t - stamps[0]! < 1000) requestAnimationFrame(tick);
          else {
            const gaps = stamps
              .slice(1)
              .map((x, i) => x - stamps[i]!)
              .sort((a, b) => a - b);
            resolve(gaps[Math.floor(gaps.length / 2)]!);
          }
        };
        requestAnimationFrame(tick);
      }),
  );
}

async function keyLatency(
  server: PreviewServer,
  chromiumPath: string,
): Promise<{ latencies: number[]; frame: number }> {
  return withPage(chromiumPath, async (page, context) => {
    await context.addInitScript(autoClickToBoard);
    await page.goto(server.url);
    await waitPlayable(page);
    await page.evaluate(() =>
      window.addEventListener(
        'keydown',
        (e) => {
          window.__keyAt = e.timeStamp;
        },
        { capture: true },
      ),
    );
    const frame = await frameInterval(page);
    const out: number[] = [];
    for (let i = 0; i < KEY_PRESSES; i++) {
      const key = await page.evaluate(() => {
        const b = [...document.querySelectorAll<HTMLButtonElement>('button[data-key^="prog-"]')].find(
          (x) => x.getAttribute('aria-disabled') !== 'true',
        );
        b?.focus();
        return b?.dataset.key ?? null;
      });
      if (!key) break; // out of energy or budget for this month
      await page.waitForTimeout(50); // let any focus-driven redraw settle
      await page.keyboard.press('Enter');
      const drawn = await page
        .waitForFunction(
          () => (window.__lastDrawAt ?? 0) > (window.__keyAt ?? Number.POSITIVE_INFINITY),
          undefined,
          {
            timeout: 2000,
          },
        )
        .then(() => true)
        .catch(() => false);
      if (!drawn) throw new Error(`pressing Enter on ${key} set no window.__lastDrawAt after the key press`);
      out.push(await page.evaluate(() => window.__lastDrawAt! - window.__keyAt!));
    }
    return { latencies: out, frame };
  });
}

/**
 * In-page: count Phaser renders and game steps over `ms`, starting `settle` ms from now, and say what
 * woke the loop in that time (each `loop.wake` call's stack and the DOM events just before it), and
 * whether the loop was still running when the count began: a figure above 0 then names its cause.
 */
function idleFrames(page: Page, ms: number, settle = 2000) {
  return page.evaluate(
    ({ ms, settle }) =>
      new Promise<{
        renders: number;
        steps: number;
        runningAtStart: boolean;
        wakes: string[];
        sleptAfter: number;
        tail: number;
      }>((resolve) => {
        const game = window.__game as unknown as {
          events: { on(e: string, f: () => void): void; off(e: string, f: () => void): void };
          loop: { frame: number; running: boolean; wake(seamless?: boolean): void };
        };
        const events: string[] = [];
        const types = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'click', 'focusin', 'resize'];
        const onEvent = (e: Event) => {
          events.push(`${e.type} on ${(e.target as Element | null)?.nodeName ?? '?'}`);
        };
        for (const type of types) window.addEventListener(type, onEvent, { capture: true });
        const onFonts = () => events.push('document.fonts loadingdone');
        document.fonts?.addEventListener?.('loadingdone', onFonts);
        // The count starts once the loop has gone to sleep after the last input (at least `settle` ms after
        // it, at most 10 s): on a loaded machine a frame can take over a second, and the last frames of the
        // keep-awake window after the last input (ui/idle.ts, 700 ms) then fall more than 2 s after it.
        // Those belong to that input, not to an idle board; how long the loop took to sleep, and how many
        // frames it drew after `settle`, are reported beside the count, so nothing is hidden. (Before this
        // change the count began at `settle` whatever the loop was doing.)
        const settled = performance.now();
        let tail = 0;
        const onTail = () => {
          tail++;
        };
        const begin = () => {
          if (game.loop.running && performance.now() - settled < settle + 10_000) {
            setTimeout(begin, 50);
            return;
          }
          game.events.off('postrender', onTail);
          count(performance.now() - settled);
        };
        setTimeout(() => {
          game.events.on('postrender', onTail);
          begin();
        }, settle);
        const count = (sleptAfter: number) => {
          let renders = 0;
          const wakes: string[] = [];
          const t0 = performance.now();
          const onRender = () => {
            renders++;
          };
          const wake = game.loop.wake;
          game.loop.wake = function (this: unknown, seamless?: boolean) {
            const stack = (new Error().stack ?? '')
              .split('\n')
              .slice(2, 7)
              .map((l) => l.trim());
            wakes.push(
              `+${Math.round(performance.now() - t0)} ms after [${events.slice(-3).join(', ')}]: ${stack.join(' < ')}`,
            );
            return wake.call(game.loop, seamless);
          };
          events.length = 0;
          game.events.on('postrender', onRender);
          const startFrame = game.loop.frame;
          const runningAtStart = game.loop.running;
          setTimeout(() => {
            game.events.off('postrender', onRender);
            game.loop.wake = wake;
            for (const type of types) window.removeEventListener(type, onEvent, { capture: true });
            document.fonts?.removeEventListener?.('loadingdone', onFonts);
            resolve({
              renders,
              steps: game.loop.frame - startFrame,
              runningAtStart,
              wakes,
              sleptAfter,
              tail,
            });
          }, ms);
        };
      }),
    { ms, settle },
  );
}

/** In-page: plays game after game, clicking each screen's way on as soon as it is there. */
function autoPlay(): void {
  window.__gamesDone = 0;
  window.__autoPlay = true;
  const target = (): HTMLElement | null => {
    const screen = document.documentElement.dataset.screen;
    const pick = (sel: string) => document.querySelector<HTMLElement>(sel);
    if (screen === 'board') return pick('[data-key="act-endMonth"]');
    if (screen === 'summary') return pick('[data-key="summary-next"]');
    if (screen === 'debrief') return pick('[data-key="again"]');
    if (screen === 'briefing')
      return (
        [...document.querySelectorAll('button')].find((b) => /开始|Start/.test(b.textContent ?? '')) ?? null
      );
    return null;
  };
  let lastScreen = '';
  let lastClick = 0;
  let clicked: Element | null = null;
  const tick = () => {
    if (!window.__autoPlay) return;
    const screen = document.documentElement.dataset.screen ?? '';
    if (screen !== lastScreen) {
      if (screen === 'debrief') window.__gamesDone!++;
      lastScreen = screen;
      clicked = null;
    }
    const el = target();
    const now = performance.now();
    // Once per screen, or again if the same screen is still up 3 s later (a click lost to a re-render).
    if (
      el &&
      el.getAttribute('aria-disabled') !== 'true' &&
      el.getClientRects().length > 0 &&
      (clicked === null || (clicked !== el && now - lastClick > 3000))
    ) {
      clicked = el;
      lastClick = now;
      el.click();
    }
    setTimeout(tick, 20);
  };
  tick();
}

interface HeapPoint {
  after: string;
  heapMB: number;
  nodes: number;
  listeners: number;
}

async function heapOverGames(
  server: PreviewServer,
  chromiumPath: string,
): Promise<{ idle: Awaited<ReturnType<typeof idleFrames>>; points: HeapPoint[]; seconds: number }> {
  return withPage(chromiumPath, async (page, context) => {
    await context.addInitScript(autoClickToBoard);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url);
    await waitPlayable(page);
    const idle = await idleFrames(page, IDLE_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const points: HeapPoint[] = [];
    const measure = async (after: string) => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
      points.push({
        after,
        heapMB: heap.usedSize / 2 ** 20,
        nodes: dom.nodes,
        listeners: dom.jsEventListeners,
      });
    };
    await measure('first board');
    const started = performance.now();
    await page.evaluate(autoPlay);
    const marks = [1, 10, 25, GAMES].filter((n, i, a) => n <= GAMES && a.indexOf(n) === i);
    for (const n of marks) {
      await page.waitForFunction((n) => (window.__gamesDone ?? 0) >= n, n, {
        timeout: 600_000,
        polling: 500,
      });
      if (n === GAMES)
        await page.evaluate(() => {
          window.__autoPlay = false;
        });
      // Measured on the debrief (the same screen every time), once its par has been computed.
      await page.waitForTimeout(1500);
      await measure(`game ${n}`);
    }
    if (errors.length) throw new Error(`the page reported errors while playing:\n${errors.join('\n')}`);
    return { idle, points, seconds: (performance.now() - started) / 1000 };
  });
}

interface LoadRuns {
  helloTimes: number[];
  helloBusy: Busy[];
  games: GameRun[];
  baseRuns: GameRun[];
}

const newLoadRuns = (): LoadRuns => ({ helloTimes: [], helloBusy: [], games: [], baseRuns: [] });

/** (b) for one rendering: the medians, each pair's ratio, and the CPU time each page cost until then. */
function printLoad(rendering: Rendering, runs: LoadRuns): void {
  const { helloTimes, helloBusy, games, baseRuns } = runs;
  const boardTimes = games.map((g) => g.playableAt);
  const titleTimes = games.map((g) => g.titleReadyAt);
  const boardBusy = games.map((g) => g.busy);
  const h = median(helloTimes);
  const b = median(boardTimes);
  console.log(`  drawn ${rendering.name}:`);
  console.log(
    `    Phaser 4 bare page:    ${ms(h)}   runs: ${helloTimes.map((x) => x.toFixed(0)).join(', ')}`,
  );
  console.log(
    `    game, title ready:     ${ms(median(titleTimes))}   runs: ${titleTimes.map((x) => x.toFixed(0)).join(', ')}`,
  );
  console.log(
    `    game, playable board:  ${ms(b)}   runs: ${boardTimes.map((x) => x.toFixed(0)).join(', ')}`,
  );
  console.log(`    ratio board / bare:    ${(b / h).toFixed(2)}×  (target ≤ 1.5×)`);
  // Each game run follows its own bare-page run: the pairs' ratios show how far one sample can be trusted.
  const pairs = spread(boardTimes.map((x, i) => x / helloTimes[i]!));
  console.log(
    `    each run's own ratio:  ${pairs.min.toFixed(2)}× to ${pairs.max.toFixed(2)}×, median ${pairs.median.toFixed(2)}× of ${pairs.n} pairs`,
  );
  const pick = (busy: Busy[], k: keyof Busy) => median(busy.map((x) => x[k]));
  const line = (label: string, k: keyof Busy) => {
    const hb = pick(helloBusy, k);
    const bb = pick(boardBusy, k);
    return `      ${label}: bare ${ms(hb)}, board ${ms(bb)}, ratio ${(bb / hb).toFixed(2)}×`;
  };
  console.log(
    '    CPU time until then (not inflated by waiting for a core, as the times above are on a loaded machine):',
  );
  console.log(line('main thread', 'thread'));
  console.log(line('renderer process', 'process'));
  if (pick(helloBusy, 'browser') > 0) console.log(line('whole browser (every Chromium process)', 'browser'));
  if (baseRuns.length) {
    const bt = baseRuns.map((r) => r.playableAt);
    const pickBase = (k: keyof Busy) => median(baseRuns.map((r) => r.busy[k]));
    console.log(
      `    BENCH_BASE ${BASE_OUT}, same runs: playable board ${ms(median(bt))} (ratio ${(median(bt) / h).toFixed(2)}×)   runs: ${bt.map((x) => x.toFixed(0)).join(', ')}\n` +
        `      CPU: main thread ${ms(pickBase('thread'))}, renderer ${ms(pickBase('process'))}, whole browser ${ms(pickBase('browser'))}`,
    );
  }
}

async function main(): Promise<void> {
  const chromiumPath = ensureChromium();
  let t = performance.now();
  const out = await viteBuild(['--outDir', GAME_OUT, '--emptyOutDir'], true);
  const fontLine = out.split('\n').find((l) => l.startsWith('game-font:'));
  console.log(`built the game in ${ms(performance.now() - t)}${fontLine ? `\n  ${fontLine}` : ''}`);
  t = performance.now();
  await buildHello();
  console.log(`built the hello-world baseline in ${ms(performance.now() - t)}`);

  const game = await startPreview(GAME_OUT);
  const hello = await startPreview(HELLO_OUT);
  const base = BASE_OUT ? await startPreview(BASE_OUT) : null;
  try {
    // One discarded run of each first: the servers' and the OS's file caches are then warm for both alike.
    await runHello(hello, chromiumPath);
    await runGame(game, chromiumPath);
    if (base) await runGame(base, chromiumPath);
    // Both renderings in the same runs, interleaved: software first, then SwiftShader, RUNS times.
    const renderings = [SOFTWARE, SWIFTSHADER];
    const load = new Map(renderings.map((r) => [r, newLoadRuns()]));
    for (let i = 0; i < RUNS; i++) {
      for (const rendering of renderings) {
        const runs = load.get(rendering)!;
        const h = await runHello(hello, chromiumPath, rendering);
        runs.helloTimes.push(h.at);
        runs.helloBusy.push(h.busy);
        const g = await runGame(game, chromiumPath, rendering);
        runs.games.push(g);
        if (base) runs.baseRuns.push(await runGame(base, chromiumPath, rendering));
      }
    }

    const last = load.get(SOFTWARE)!.games.at(-1)!;
    const rows = bytesBefore(last, game, GAME_OUT);
    const gz = rows.reduce((s, r) => s + r.gzip, 0);
    const raw = rows.reduce((s, r) => s + r.raw, 0);
    console.log(
      '\n(a) transferred before the first playable frame of the board (gzip -9 computed; woff2 as is):',
    );
    for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
      console.log(`  ${r.path.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
    }
    console.log(`  total: ${rows.length} files, ${kb(raw)} raw, ${kb(gz)} gzip  (target ≤ 450 KB gzip)`);

    console.log(
      `\n(b) navigation → first frame, median of ${RUNS} cold runs each (a fresh profile each time; ${
        SETTLE
          ? `navigated once the new browser had settled: ${ms(median(settleTimes))} median wait, ${ms(Math.max(...settleTimes))} the longest`
          : 'navigated as soon as the browser had started (BENCH_SETTLE=0)'
      }). The bare page is Phaser's default (type AUTO): WebGL where the browser gives it, else a 2D canvas.`,
    );
    for (const rendering of renderings) printLoad(rendering, load.get(rendering)!);
    console.log(
      `  load average when the runs ended: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')} (${availableParallelism()} cores)`,
    );

    if (LOAD_ONLY) return;
    const { latencies: lat, frame } = await keyLatency(game, chromiumPath);
    console.log(`\n(c) key press (Enter on a programme button) → result drawn, ${lat.length} presses:`);
    if (lat.length === 0) console.log('  no programme button was available to press');
    else {
      console.log(
        `  median ${ms(median(lat))} (${(median(lat) / frame).toFixed(1)} frames), max ${ms(Math.max(...lat))}` +
          `  (target ≤ 16 ms, one frame at 60 Hz)\n  each: ${lat.map((x) => x.toFixed(1)).join(', ')}` +
          `\n  frame interval on this machine (median rAF gap on the board): ${ms(frame)}`,
      );
    }

    const { idle, points, seconds } = await heapOverGames(game, chromiumPath);
    console.log(
      `\n(d) frames drawn while idle on the board (${(IDLE_MS / 1000).toFixed(0)} s, from 2 s after the last input or once the loop slept):`,
    );
    console.log(`  Phaser renders: ${idle.renders}, game steps: ${idle.steps}  (target 0)`);
    console.log(
      `  counted from ${(idle.sleptAfter / 1000).toFixed(1)} s after the last input, when the loop had gone to sleep` +
        ` (${idle.tail} frame${idle.tail === 1 ? '' : 's'} of the keep-awake window drawn after 2 s, not counted)`,
    );
    if (idle.runningAtStart)
      console.log('  the loop was still running when the count began (it never slept)');
    for (const w of idle.wakes) console.log(`  woken ${w}`);
    console.log(`\n(e) heap over ${GAMES} complete games in one tab (${seconds.toFixed(0)} s of play):`);
    for (const p of points) {
      console.log(
        `  ${p.after.padEnd(12)} ${p.heapMB.toFixed(2).padStart(7)} MB JS heap   ${String(p.nodes).padStart(6)} DOM nodes ${String(p.listeners).padStart(6)} listeners`,
      );
    }
    const atBoard = points[0]!;
    const atEnd = points[points.length - 1]!;
    const afterOne = points[1]!;
    console.log(
      `  growth: ${(atEnd.heapMB - atBoard.heapMB).toFixed(2)} MB from the first board, ` +
        `${(atEnd.heapMB - afterOne.heapMB).toFixed(2)} MB from game 1 to game ${GAMES}  (target < 5 MB)`,
    );
  } finally {
    await game.stop();
    await hello.stop();
    await base?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
