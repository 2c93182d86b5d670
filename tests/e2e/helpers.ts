// Helpers for the browser tests: one Chromium per test file (playwright-core, Debian's Chromium), a fresh
// browser context (a fresh profile) per session, the page's console errors and requests recorded, the
// Phaser game inspected read-only through `window.__game` (docs/UI-HOOKS.md), screenshots saved to
// test-results/ and measured.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Download,
  type Locator,
  type Page,
  type Request,
} from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, expect, inject } from 'vitest';
import { ROOT } from '../../scripts/preview-server.ts';
import { GAME_FONT_FAMILY } from '../../scripts/vite-plugin-game-font.ts';
import { DEFAULT_SLOT, saveKey } from '../../src/app/store.ts';
import { CORE_RED, PAPER } from '../../src/view/palette.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
    /** The run's Chromium (global-setup.ts), to connect to. */
    browserEndpoint: string;
  }
}

export const FONT_FAMILY = GAME_FONT_FAMILY;
export const RESULTS_DIR = join(ROOT, 'test-results');

export interface Session {
  baseURL: string;
  context: BrowserContext;
  page: Page;
  /** Console messages of type error, uncaught page errors, failed requests. */
  errors: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** What a session's browser context is made with, beyond the defaults (a touch tablet, say). */
export interface SessionOptions {
  hasTouch?: boolean;
  isMobile?: boolean;
}

/**
 * A fresh browser context (its own storage, cookies, service workers: a fresh profile) with one page,
 * recording errors and requests. Closing the session closes its context only.
 */
async function sessionIn(
  browser: Browser,
  viewport: { width: number; height: number },
  options: SessionOptions = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    acceptDownloads: true,
    ...options,
  });
  const errors: string[] = [];
  const requests: string[] = [];
  // Requests in the order they began, and per page the order number of its latest navigation: a script
  // still on its way when the test reloads the page (a lazy chunk fetched after the board is drawn) is
  // abandoned by that reload, and did not fail.
  let order = 0;
  const began = new WeakMap<Request, number>();
  const navigated = new WeakMap<Page, number>();
  const pageOf = (request: Request): Page | null => {
    try {
      return request.frame().page();
    } catch {
      return null; // a service worker's own request has no frame
    }
  };
  context.on('request', (request) => {
    requests.push(request.url());
    began.set(request, ++order);
    const page = pageOf(request);
    if (page && request.isNavigationRequest() && request.frame() === page.mainFrame())
      navigated.set(page, order);
  });
  context.on('requestfailed', (request) => {
    const why = request.failure()?.errorText ?? '?';
    // A request the browser abandons because the page navigated or reloaded (e.g. the manifest's icon
    // while a test reloads) did not fail; every other failure is an error. A script is forgiven only
    // when its page did navigate after it began.
    if (why === 'net::ERR_ABORTED' && request.resourceType() !== 'document') {
      if (request.resourceType() !== 'script') return;
      const page = pageOf(request);
      if (page && (navigated.get(page) ?? 0) > (began.get(request) ?? 0)) return;
    }
    errors.push(`request failed: ${request.url()} (${why})`);
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      errors.push(`page error: ${error.message}`);
    });
  });
  const page = await context.newPage();
  return {
    baseURL: inject('baseURL'),
    context,
    page,
    errors,
    requests,
    async close() {
      await context.close();
    },
  };
}

/** A connection to the run's Chromium (started once in global-setup.ts with CHROMIUM_ARGS). */
function launchChromium(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * One connection to the run's Chromium per test file, opened by the first launch() and closed after the
 * file's last test (closing it closes the contexts it made): each launch() is a new browser context (a
 * fresh profile: nothing shared with the other sessions), which costs a fraction of a browser start
 * (measured: ~0.6 s for a context, ~1.3 s to start and stop a browser, on the shared 2-core machine).
 */
let fileBrowser: Promise<Browser> | null = null;
afterAll(async () => {
  const browser = fileBrowser;
  fileBrowser = null;
  if (browser) await (await browser).close();
});

/** A fresh profile (a new context of the file's Chromium) with one page, recording errors and requests. */
export async function launch(
  viewport = { width: 1280, height: 720 },
  options: SessionOptions = {},
): Promise<Session> {
  fileBrowser ??= launchChromium();
  return sessionIn(await fileBrowser, viewport, options);
}

/** Opens the game and waits until Phaser runs and the page's fonts have finished loading. */
export async function openGame(session: Session): Promise<void> {
  await session.page.goto(session.baseURL);
  try {
    await waitForGame(session.page);
  } catch (error) {
    const errors = session.errors.length ? session.errors.join('\n') : 'none';
    throw new Error(`${(error as Error).message}\nthe game did not start; page errors: ${errors}`);
  }
}

export async function waitForGame(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const game = (window as unknown as { __game?: { isBooted?: boolean; isRunning?: boolean } }).__game;
      return !!game?.isBooted && !!game.isRunning && document.fonts.status === 'loaded';
    },
    undefined,
    { timeout: 20_000 },
  );
}

/** Requests whose origin is not the page's own (data: and blob: URLs are local and allowed). */
export function foreignRequests(session: Session): string[] {
  const origin = new URL(session.baseURL).origin;
  return session.requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

export interface CanvasPicture {
  /** Phaser's renderer type: 1 canvas (2D), 2 WebGL, 3 headless. */
  type: number;
  /** The canvas's pixels: how many are the core's red (CORE_RED), and how many other than the paper. */
  coreRed: number;
  inked: number;
}

/** What the game's canvas holds, read back from its 2D context: a blank canvas cannot pass for a drawn one. */
export function canvasPicture(page: Page): Promise<CanvasPicture> {
  return page.evaluate(
    ([red, paper]) => {
      const game = (
        window as unknown as { __game: { renderer: { type: number }; canvas: HTMLCanvasElement } }
      ).__game;
      const ctx = game.canvas.getContext('2d');
      const px = ctx?.getImageData(0, 0, game.canvas.width, game.canvas.height).data;
      const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const [r, g, b] = rgb(red!);
      const [pr, pg, pb] = rgb(paper!);
      const near = (i: number, x: number, y: number, z: number) =>
        Math.abs(px![i]! - x!) + Math.abs(px![i + 1]! - y!) + Math.abs(px![i + 2]! - z!) < 12;
      let coreRed = 0;
      let inked = 0;
      for (let i = 0; px && i < px.length; i += 4) {
        if (near(i, r!, g!, b!)) coreRed++;
        if (!near(i, pr!, pg!, pb!)) inked++;
      }
      return { type: game.renderer.type, coreRed, inked };
    },
    [CORE_RED, PAPER],
  );
}

export interface FontReport {
  /** Weights of the game font's faces that have loaded. */
  loadedWeights: string[];
  /** document.fonts.check for the sample at each weight. */
  check: boolean;
  /** Each sample character, in each weight, gives a different bitmap (tofu boxes would be equal, and so
   * would regular drawn where bold is asked for: the single 400 face must be emboldened for 700). */
  distinctGlyphs: boolean;
  /** Each sample character leaves ink. */
  inked: boolean;
}

/** Is the game font loaded, and does it draw real, distinct glyphs for the sample? */
export function fontReport(page: Page, sample = '社区书记'): Promise<FontReport> {
  return page.evaluate(
    ({ family, sample }) => {
      const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family);
      const loadedWeights = [
        ...new Set(faces.filter((f) => f.status === 'loaded').map((f) => f.weight)),
      ].sort();
      const check = ['400', '700'].every((w) => document.fonts.check(`${w} 24px "${family}"`, sample));
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      const bitmaps = ['400', '700'].flatMap((weight) =>
        [...sample].map((ch) => {
          ctx.clearRect(0, 0, 64, 64);
          ctx.font = `${weight} 48px "${family}"`;
          ctx.fillStyle = '#000';
          ctx.textBaseline = 'top';
          ctx.fillText(ch, 4, 4);
          const data = ctx.getImageData(0, 0, 64, 64).data;
          let ink = 0;
          let hash = 0;
          for (let i = 3; i < data.length; i += 4) {
            ink += data[i]! > 0 ? 1 : 0;
            hash = (hash * 31 + data[i]!) | 0;
          }
          return { ink, hash };
        }),
      );
      return {
        loadedWeights,
        check,
        distinctGlyphs: new Set(bitmaps.map((b) => b.hash)).size === bitmaps.length,
        inked: bitmaps.every((b) => b.ink > 20),
      };
    },
    { family: FONT_FAMILY, sample },
  );
}

export interface PictureLabelReport {
  /** Words of the canvas's pictures (the HTML layer's .picture-label, src/dom/pictureLabels.ts) holding a CJK character. */
  chineseLabels: number;
  /** Of those, the ones whose computed font does not name the game font. */
  wrongFamily: string[];
  /** Of those, the ones whose font (family, weight, size) is not loaded for their characters. */
  fontNotLoaded: string[];
  /** Of those, the ones whose font draws different Chinese characters identically: tofu boxes. */
  tofu: string[];
}

/**
 * Checks that the Chinese words over the canvas's pictures are set in the game font: each label holding
 * Chinese names the game font, that font is loaded for its characters, and it draws different characters
 * differently (a face lacking the glyphs would draw them all as the same box).
 */
export function pictureLabelReport(page: Page): Promise<PictureLabelReport> {
  return page.evaluate((family) => {
    const cjk = /[\u3400-\u9fff]/;
    const labels = [...document.querySelectorAll<HTMLElement>('.picture-labels .picture-label')].filter(
      (el) => cjk.test(el.textContent ?? ''),
    );
    const fontOf = (el: HTMLElement) => {
      const cs = getComputedStyle(el);
      return { font: `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`, family: cs.fontFamily };
    };
    const scratch = document.createElement('canvas');
    scratch.width = 64;
    scratch.height = 64;
    const sctx = scratch.getContext('2d', { willReadFrequently: true })!;
    const glyph = (font: string, ch: string) => {
      sctx.clearRect(0, 0, 64, 64);
      sctx.font = font.replace(/\d+(\.\d+)?px/, '40px');
      sctx.textBaseline = 'top';
      sctx.fillText(ch, 2, 2);
      const data = sctx.getImageData(0, 0, 64, 64).data;
      let hash = 0;
      for (let i = 3; i < data.length; i += 4) hash = (hash * 31 + data[i]!) | 0;
      return hash;
    };
    const wrongFamily: string[] = [];
    const fontNotLoaded: string[] = [];
    const tofu: string[] = [];
    for (const el of labels) {
      const text = el.textContent ?? '';
      const { font, family: computed } = fontOf(el);
      if (!computed.includes(family)) wrongFamily.push(`${text.slice(0, 20)} (${computed})`);
      if (!document.fonts.check(font, text)) fontNotLoaded.push(`${text.slice(0, 20)} (${font})`);
      const chars = [...new Set([...text].filter((c) => cjk.test(c)))].slice(0, 6);
      if (chars.length < 2) continue;
      const hashes = chars.map((c) => glyph(font, c));
      if (new Set(hashes).size < hashes.length) tofu.push(`${text.slice(0, 20)} (${font})`);
    }
    return { chineseLabels: labels.length, wrongFamily, fontNotLoaded, tofu };
  }, FONT_FAMILY);
}

export interface ImageStats {
  path: string;
  width: number;
  height: number;
  /** Variance of luminance (0–255²). A blank or single-colour screen is ~0. */
  variance: number;
  /** Distinct colours after quantising each channel to 5 bits. */
  colours: number;
}

/** Saves a screenshot to test-results/NAME.png and measures it (decoded here in Node: PNG is lossless, so
 * these are the screenshot's own pixels; a blank page of the browser took ~0.5 s a screenshot to do it). */
export async function screenshot(session: Session, name: string): Promise<ImageStats> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  const png = await session.page.screenshot({ path });
  return { path, ...imageStats(PNG.sync.read(png)) };
}

/** Luminance variance and distinct colours (each channel quantised to 5 bits) of an RGBA image. */
export function imageStats(img: {
  width: number;
  height: number;
  data: Uint8Array;
}): Omit<ImageStats, 'path'> {
  const { data } = img;
  let sum = 0;
  let sumSq = 0;
  const colours = new Set<number>();
  const n = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const y = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    sum += y;
    sumSq += y * y;
    colours.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
  }
  const mean = sum / n;
  return { width: img.width, height: img.height, variance: sumSq / n - mean * mean, colours: colours.size };
}

/**
 * A download's bytes, kept as test-results/downloads/<its suggested name>. The browser is the run's shared
 * Chromium, reached over a connection, so the file is copied here (Download.path() is for a local browser).
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const dir = join(RESULTS_DIR, 'downloads');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

/** A screenshot that shows something: not one flat colour, more than a handful of colours. */
export function isNonBlank(stats: ImageStats): boolean {
  return stats.variance > 50 && stats.colours > 16;
}

/** The screen the overlay shows (`data-screen` on <html>): title, briefing, board, summary, debrief. */
/**
 * Waits for the service worker to install (it precaches the whole game), then reloads so it controls the
 * page, and checks that it does: from here the game must work offline.
 */
export async function installServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForGame(page);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The page's control with this data-key (the project's stable handle for a control). */
export const key = (page: Page, k: string): Locator => page.locator(`[data-key="${k}"]`).first();

export function screenName(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.screen);
}

export async function waitForScreen(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => document.documentElement.dataset.screen === n, name, { timeout });
}

/**
 * Moves the keyboard focus to `target` with Tab or Shift+Tab only — as a player without a mouse. Every key
 * press is a round trip to a busy page (software WebGL), so the number of presses is worked out from the
 * page's focus order first, pressed in one burst, then checked; if the guess was wrong (a focus trap, a
 * re-render), it falls back to one press at a time. Returns the number of presses.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 120): Promise<number> {
  await target.waitFor({ state: 'visible', timeout: 15_000 });
  const plan = await target.evaluate((el) => {
    const selector =
      'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    const order = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (e) => e.getClientRects().length > 0 && !e.closest('[inert]'),
    );
    const to = order.indexOf(el as HTMLElement);
    const from = document.activeElement ? order.indexOf(document.activeElement as HTMLElement) : -1;
    if (to < 0) return { key: 'Tab', presses: 0 };
    if (from === to) return { key: 'Tab', presses: 0 };
    const n = order.length;
    const forward = from < 0 ? to + 1 : (to - from + n) % n;
    const backward = from < 0 ? n - to : (from - to + n) % n;
    return forward <= backward ? { key: 'Tab', presses: forward } : { key: 'Shift+Tab', presses: backward };
  });
  const isFocused = async () => {
    try {
      return await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 5_000 });
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${await describePage(page)}`);
    }
  };
  for (let i = 0; i < plan.presses; i++) await page.keyboard.press(plan.key);
  if (await isFocused()) return plan.presses;
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press(plan.key);
    if (await isFocused()) return plan.presses + presses;
  }
  throw new Error(`${plan.presses + maxPresses} presses of ${plan.key} never focused ${target}`);
}

/** Where the page is, for a failure message: screen, focused element, open dialogs. */
export async function describePage(page: Page): Promise<string> {
  const where = await page.evaluate(() => ({
    screen: document.documentElement.dataset.screen,
    focused: document.activeElement?.outerHTML.slice(0, 160),
    dialogs: [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].map((d) =>
      d.textContent?.slice(0, 160),
    ),
  }));
  return `page state: ${JSON.stringify(where)}`;
}

/** Tabs to `target` and presses `key` (Enter or Space) on it. */
export async function pressOn(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** The localStorage key of the autosave. */
export const AUTOSAVE_KEY = saveKey(DEFAULT_SLOT);

/**
 * Makes the page's fresh-game seeds reproducible: the UI draws a new game's seed from
 * `crypto.getRandomValues` on 4 bytes (src/ui/seed.ts); here those draws follow a fixed sequence, so a
 * test that starts a game from the scenario list always meets the same months. Other uses of the
 * random source are left alone.
 */
export async function fixSeeds(session: Session, start = 1): Promise<void> {
  await session.context.addInitScript((first: number) => {
    const real = crypto.getRandomValues.bind(crypto);
    let n = first;
    crypto.getRandomValues = (<T extends ArrayBufferView | null>(a: T): T => {
      if (a instanceof Uint8Array && a.length === 4) {
        a.set([n & 255, (n >> 8) & 255, 7, 11]);
        n += 1;
        return a;
      }
      return real(a as never) as T;
    }) as typeof crypto.getRandomValues;
  }, start);
}

/**
 * Separate browser contexts (each its own storage, like a team's own laptop) on a connection of their
 * own to the run's Chromium: lighter than a browser a team on a 2-core machine. Each session's close()
 * closes its context; `close()` closes the connection and what is left of its contexts.
 */
export async function launchBrowser(): Promise<{
  newSession(viewport?: { width: number; height: number }): Promise<Session>;
  close(): Promise<void>;
}> {
  const browser = await launchChromium();
  return {
    newSession: (viewport = { width: 1280, height: 720 }) => sessionIn(browser, viewport),
    async close() {
      await browser.close();
    },
  };
}

/** How a test team plays a month: which affordable programme it starts first, if any. */
export type TeamPolicy = (month: number) => 'first' | 'last' | 'none';

/**
 * Plays one month on the board the way `policy` says (clicks a real programme button, then 结束本月,
 * confirming if the page asks because 精力 is left) and moves past its summary. Returns the screen reached.
 */
export async function playPolicyMonth(
  page: Page,
  policy: TeamPolicy,
  month: number,
): Promise<'board' | 'debrief'> {
  const choice = policy(month);
  if (choice !== 'none') {
    const affordable = page.locator('button[data-key^="prog-"]:not([aria-disabled="true"])');
    const n = await affordable.count();
    if (n > 0) {
      const before = await page.evaluate(() => (window as { __lastDrawAt?: number }).__lastDrawAt ?? 0);
      await affordable.nth(choice === 'first' ? 0 : n - 1).click();
      await page.waitForFunction(
        (t) => ((window as { __lastDrawAt?: number }).__lastDrawAt ?? 0) > t,
        before,
        { timeout: 10_000 },
      );
    }
  }
  await page.locator('[data-key="act-endMonth"]').click();
  const next = page.locator('[data-key="summary-next"]');
  const confirm = page.locator('[role="dialog"] button, [role="alertdialog"] button').filter({
    hasText: /结束本月|End month|确认|Confirm/,
  });
  await Promise.race([next.waitFor({ timeout: 20_000 }), confirm.first().waitFor({ timeout: 20_000 })]);
  if ((await next.count()) === 0) {
    await confirm.first().click();
    await next.waitFor({ timeout: 20_000 });
  }
  await next.click();
  // The summary of the last month leads to the debrief; any other back to the board.
  await page.waitForFunction(
    () => {
      const screen = document.documentElement.dataset.screen;
      if (screen === 'debrief') return true;
      return (
        screen === 'board' &&
        !document.querySelector('[data-key="summary-next"]') &&
        !(window as unknown as { __game: { scene: { isActive(k: string): boolean } } }).__game.scene.isActive(
          'MonthSummary',
        )
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  return (await screenName(page)) === 'debrief' ? 'debrief' : 'board';
}
