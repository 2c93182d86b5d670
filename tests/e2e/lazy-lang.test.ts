// The language tables are loaded lazily (issue 7, the first board's bytes): the page fetches only the
// player's language before the first screen, the other on the first switch. The switch must still
// re-render everything (an open dialog, the board's spoken aria-live line), be kept across a reload
// (then only that language is fetched), and work offline after the game was installed once.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { HINTS_KEY } from '../../src/app/hintPrefs.ts';
import { en } from '../../src/i18n/en.ts';
import { zhUi } from '../../src/i18n/zh.ts';
import {
  fixSeeds,
  installServiceWorker,
  isNonBlank,
  key,
  launch,
  openGame,
  type Session,
  screenshot,
  waitForGame,
  waitForScreen,
} from './helpers.ts';

const POLL = { timeout: 15_000 };
/** The language chunks, by file name (Vite names a chunk after its module: zh.ts, en.ts). */
const ZH_CHUNK = /\/assets\/zh-[\w-]+\.js$/;
const EN_CHUNK = /\/assets\/en-[\w-]+\.js$/;
const HAN = /\p{Script=Han}/u;

let session: Session | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/**
 * How many times the page itself fetched a chunk (its resource timing: not the service worker's precache,
 * which fetches every chunk once, nor the par worker, which loads the Chinese table for itself).
 */
const fetched = (page: Page, chunk: RegExp) =>
  page.evaluate(
    (source) =>
      performance.getEntriesByType('resource').filter((e) => new RegExp(source).test(e.name)).length,
    chunk.source,
  );
/**
 * Errors offline, but for the file:// notice's script, deliberately not precached (vite.config.ts). Its
 * console line names no URL; the request line beside it does, and any other failed request stays.
 */
const errorsBut = (s: Session) =>
  s.errors.filter(
    (e) =>
      !e.includes('/file-notice.js') &&
      e !== 'console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
  );
const live = (page: Page) => page.locator('.live').textContent();

async function toBoard(page: Page): Promise<void> {
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ off: true, seen: [] })), HINTS_KEY);
  await key(page, 'new').click();
  await key(page, 'scenario-old-neighbourhood').click();
  await waitForScreen(page, 'briefing');
  await key(page, 'start').click();
  await waitForScreen(page, 'board');
}

describe('language tables loaded on demand', () => {
  test('only the Chinese table before the first board; English arrives on the switch and re-renders an open dialog and the spoken line', async () => {
    session = await launch();
    const { page } = session;
    // A seed with a concern in sight, so 回应诉求 (respond) is available.
    await fixSeeds(session);
    await openGame(session);
    // The offline install says its line once ready; wait for it, so it does not replace the board's.
    await expect.poll(() => live(page), POLL).toBe(zhUi['offline.ready']);
    await toBoard(page);
    expect(await fetched(page, ZH_CHUNK)).toBe(1);
    expect(await fetched(page, EN_CHUNK)).toBe(0);
    // The table's fetch starts before Phaser's chunk is evaluated (about 150 ms of the main thread): the
    // module that starts it (src/i18n/early.ts) is a chunk of its own, run by a script ahead of Phaser's.
    const order = await page.evaluate(async () => {
      const srcs = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map(
        (s) => s.src,
      );
      const early = srcs.findIndex((s) => /\/assets\/early-[\w-]+\.js$/.test(s));
      const phaser = srcs.findIndex((s) => /\/assets\/phaser-[\w-]+\.js$/.test(s));
      const text = early < 0 ? '' : await (await fetch(srcs[early]!)).text();
      return {
        early,
        phaser,
        startsTables: /\.\/zh-[\w-]+\.js/.test(text) && /\.\/en-[\w-]+\.js/.test(text),
      };
    });
    expect(order.early).toBeGreaterThanOrEqual(0);
    expect(order.early).toBeLessThan(order.phaser);
    expect(order.startsTables).toBe(true);
    expect(await live(page)).toMatch(/^第 1 月开始/);

    await key(page, 'act-respond').click();
    const dialog = page.locator('.dialog');
    await dialog.waitFor(POLL);
    const legend = () => dialog.locator('legend').allTextContents();
    expect(await legend()).toContain(zhUi['dialog.respondForces']);
    await page.locator('.lang-switch').click();
    await expect.poll(legend, POLL).toContain(en.ui['dialog.respondForces']);
    expect(await fetched(page, EN_CHUNK)).toBe(1);
    // The board's spoken line is said again in English (it stayed Chinese before this change).
    await expect.poll(() => live(page), POLL).toMatch(/^Month 1 begins\./);
    expect(HAN.test((await live(page)) ?? '')).toBe(false);
    await expect.poll(() => page.locator('.lang-switch').textContent(), POLL).toBe('中文');
    expect(isNonBlank(await screenshot(session, 'lazy-lang-dialog-en'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), POLL).toBe(0);

    // Back to Chinese: no second fetch of anything, everything Chinese again.
    await page.locator('.lang-switch').click();
    await expect.poll(() => live(page), POLL).toMatch(/^第 1 月开始/);
    await expect.poll(() => key(page, 'act-endMonth').textContent(), POLL).toContain(zhUi['action.endMonth']);
    expect(await fetched(page, ZH_CHUNK)).toBe(1);
    expect(session.errors).toEqual([]);
  });

  test('the chosen language is kept: after a reload in English only the English table is fetched', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await page.locator('.lang-switch').click();
    await expect.poll(() => key(page, 'new').textContent(), POLL).toContain(en.ui['title.newGame']);
    await page.reload();
    await waitForGame(page);
    await waitForScreen(page, 'title');
    expect(await key(page, 'new').textContent()).toContain(en.ui['title.newGame']);
    expect(await fetched(page, EN_CHUNK)).toBe(1);
    expect(await fetched(page, ZH_CHUNK)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(session.errors).toEqual([]);
  });

  test('when the other table cannot be fetched, the language stays as it was and the page says why', async () => {
    session = await launch();
    const { page, context } = session;
    await openGame(session);
    // Not yet installed (the page is not controlled by the service worker): the fetch goes to the network.
    await context.route(EN_CHUNK, (route) => route.abort('internetdisconnected'));
    await page.locator('.lang-switch').click();
    await expect.poll(() => live(page), POLL).toBe(zhUi['lang.failed']);
    expect(await page.locator('.lang-switch').textContent()).toBe('English');
    expect(await page.locator('.lang-switch').getAttribute('aria-busy')).toBeNull();
    expect(await key(page, 'new').textContent()).toContain(zhUi['title.newGame']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // Back online, the same button works.
    await context.unroute(EN_CHUNK);
    await page.locator('.lang-switch').click();
    await expect.poll(() => key(page, 'new').textContent(), POLL).toContain(en.ui['title.newGame']);
    // The only errors: the refused request and its console line.
    const others = session.errors.filter(
      (e) =>
        !(e.startsWith('request failed:') && /\/assets\/en-/.test(e)) &&
        !e.includes('Failed to load resource'),
    );
    expect(others).toEqual([]);
  });

  test('switching language offline after a reload works', async () => {
    session = await launch();
    const { page, context } = session;
    await openGame(session);
    // Installed once: the service worker precaches the game, both language chunks with it.
    await installServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await waitForGame(page);
    await waitForScreen(page, 'title');
    expect(await key(page, 'new').textContent()).toContain(zhUi['title.newGame']);
    // The English table was never fetched by this page: it comes from the precache.
    await page.locator('.lang-switch').click();
    await expect.poll(() => key(page, 'new').textContent(), POLL).toContain(en.ui['title.newGame']);
    await expect.poll(() => page.locator('.lang-switch').textContent(), POLL).toBe('中文');
    expect(isNonBlank(await screenshot(session, 'lazy-lang-offline-en'))).toBe(true);
    // And a game starts in English with no network.
    await toBoard(page);
    await expect.poll(() => live(page), POLL).toMatch(/^Month 1 begins\./);
    expect(errorsBut(session)).toEqual([]);
  });
});
