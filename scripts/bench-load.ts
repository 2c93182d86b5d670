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
//       of the hello-world page, runs interleaved. The way to the board is clicked through by a script inside
//       the page (新游戏 → first scenario → 开始) as soon as each button appears, so no automation round trip
//       is counted; the board marks `window.__playableAt` (docs/UI-HOOKS.md). Navigation → title screen
//       ready (its 新游戏 button in the page and a frame drawn) is printed too.
//   (c) key press → the action's result drawn: focus a programme button, press Enter, and take
//       `window.__lastDrawAt` (set in the first post-render after the view applied the result) minus the
//       keydown event's timeStamp (same clock as performance.now()).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import gameConfig from '../vite.config.ts';
import { CHROMIUM_ARGS, ensureChromium } from './find-chromium.ts';
import { type PreviewServer, ROOT, startPreview, viteBuild } from './preview-server.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const KEY_PRESSES = Math.max(1, Number(process.env.BENCH_KEYS ?? 10));
const GAME_OUT = join('test-results', 'bench-game');
const HELLO_OUT = join('test-results', 'bench-hello');
const TIMEOUT = 30_000;

declare global {
  interface Window {
    __titleReadyAt?: number;
    __autoClickLog?: string[];
    __keyAt?: number;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
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

async function withPage<T>(
  chromiumPath: string,
  fn: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)` calls;
  // functions sent into the page (init scripts, evaluate) then need that helper there too.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  try {
    return await fn(context.pages()[0] ?? (await context.newPage()), context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** In-page: mark the title ready, then click 新游戏 → the first scenario → 开始 as soon as each appears. */
function autoClickToBoard(): void {
  const steps: Array<(b: HTMLButtonElement) => boolean> = [
    (b) => b.dataset.key === 'new' || /新游戏|New game/.test(b.textContent ?? ''),
    (b) => b.classList.contains('scenario-button') || (b.dataset.key ?? '').startsWith('scenario-'),
    (b) => /开始|Start/.test(b.textContent ?? '') && document.documentElement.dataset.screen === 'briefing',
  ];
  let next = 0;
  window.__autoClickLog = [];
  const tick = () => {
    const step = steps[next];
    if (!step) return;
    const button = [...document.querySelectorAll('button')].find(
      (b) => step(b) && b.getAttribute('aria-disabled') !== 'true' && b.getClientRects().length > 0,
    );
    if (button) {
      if (next === 0) window.__titleReadyAt = performance.now();
      window.__autoClickLog!.push(
        `${Math.round(performance.now())} ${button.textContent?.trim().slice(0, 12)}`,
      );
      next++;
      button.click();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
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

interface GameRun {
  titleReadyAt: number;
  playableAt: number;
  resources: Array<{ url: string; startTime: number; transferSize: number }>;
}

async function runGame(server: PreviewServer, chromiumPath: string): Promise<GameRun> {
  return withPage(chromiumPath, async (page, context) => {
    await context.addInitScript(autoClickToBoard);
    await page.goto(server.url);
    await waitPlayable(page);
    return page.evaluate(() => ({
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
  });
}

async function runHello(server: PreviewServer, chromiumPath: string): Promise<number> {
  return withPage(chromiumPath, async (page) => {
    await page.goto(server.url);
    await waitPlayable(page);
    return page.evaluate(() => window.__playableAt!);
  });
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
  try {
    // One discarded run of each first: the servers' and the OS's file caches are then warm for both alike.
    await runHello(hello, chromiumPath);
    const first = await runGame(game, chromiumPath);
    const helloTimes: number[] = [];
    const boardTimes: number[] = [];
    const titleTimes: number[] = [];
    let last = first;
    for (let i = 0; i < RUNS; i++) {
      helloTimes.push(await runHello(hello, chromiumPath));
      last = await runGame(game, chromiumPath);
      boardTimes.push(last.playableAt);
      titleTimes.push(last.titleReadyAt);
    }

    const rows = bytesBefore(last, game, GAME_OUT);
    const gz = rows.reduce((s, r) => s + r.gzip, 0);
    const raw = rows.reduce((s, r) => s + r.raw, 0);
    console.log(
      '\n(a) transferred before the first playable frame of the board (gzip -9 computed; woff2 as is):',
    );
    for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
      console.log(`  ${r.path.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
    }
    console.log(`  total: ${rows.length} files, ${kb(raw)} raw, ${kb(gz)} gzip  (target ≤ 500 KB gzip)`);

    const h = median(helloTimes);
    const b = median(boardTimes);
    console.log(`\n(b) navigation → first frame, median of ${RUNS} cold runs each:`);
    console.log(
      `  Phaser 4 hello world:  ${ms(h)}   runs: ${helloTimes.map((x) => x.toFixed(0)).join(', ')}`,
    );
    console.log(
      `  game, title ready:     ${ms(median(titleTimes))}   runs: ${titleTimes.map((x) => x.toFixed(0)).join(', ')}`,
    );
    console.log(
      `  game, playable board:  ${ms(b)}   runs: ${boardTimes.map((x) => x.toFixed(0)).join(', ')}`,
    );
    console.log(`  ratio board / hello:   ${(b / h).toFixed(2)}×  (target ≤ 1.5×)`);

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
  } finally {
    await game.stop();
    await hello.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
