// Saves in the production build, as a clumsy user and an attacker meet them: storage full (filled in the
// page), two tabs of one game (two pages in one browser profile), and each crafted save of issue 8 —
// none may lose progress silently or keep the page from booting.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { LEGACY_SAVE_PREFIX } from '../../src/app/store.ts';
import { newGame, runActions } from '../../src/core/index.ts';
import { makeReplay, replayToJson } from '../../src/replay/index.ts';
import { loadScenarioFiles } from '../../src/scenarios/node.ts';
import {
  AUTOSAVE_KEY,
  describePage,
  downloadedBytes,
  isNonBlank,
  launch,
  openGame,
  type Session,
  screenshot,
  waitForGame,
  waitForScreen,
} from './helpers.ts';

const POLL = { timeout: 10_000 };
const click = (page: Page, key: string) => page.locator(`[data-key="${key}"]`).first().click();

async function boardMonth(page: Page): Promise<number> {
  const text = (await page.locator('body').textContent()) ?? '';
  const m = /第\s*(\d+)\s*月\s*\/\s*\d+/.exec(text);
  if (!m) throw new Error(`no month on the page: ${await describePage(page)}`);
  return Number(m[1]);
}

async function startScenario(page: Page): Promise<void> {
  await click(page, 'new');
  await click(page, 'scenario-old-neighbourhood');
  await waitForScreen(page, 'briefing');
  await page.getByRole('button', { name: /开始/ }).click();
  await waitForScreen(page, 'board');
}

async function endMonth(page: Page): Promise<void> {
  await page.getByRole('button', { name: /结束本月/ }).click();
  await page.locator('[data-key="summary-next"]').waitFor({ timeout: 15_000 });
  await click(page, 'summary-next');
  await page.waitForFunction(() => !document.querySelector('[data-key="summary-next"]'), undefined, POLL);
}

/** What the save notice covers: the board's controls (and its top bar) whose box meets the notice's box,
 * and whether the canvas reaches under it. The notice must cover nothing. */
function coveredBySaveNotice(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('[data-key="save-status"]')!.getBoundingClientRect();
    const meets = (r: DOMRect) =>
      r.width > 0 && r.left < bar.right && r.right > bar.left && r.top < bar.bottom && r.bottom > bar.top;
    const controls = [...document.querySelectorAll<HTMLElement>('#ui .topbar, #ui button, #ui [tabindex]')]
      .filter((e) => meets(e.getBoundingClientRect()))
      .map((e) => e.dataset.key ?? e.className);
    const canvas = document.querySelector('canvas')!.getBoundingClientRect();
    return { barHeight: bar.height, controls, canvasUnder: canvas.bottom > bar.top + 0.5 };
  });
}

/** Fills localStorage to the last character, as another app on the origin (or the user) might. */
function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`fill-${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
    return n;
  });
}

describe('saves in the browser', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('storage full: the failed save is shown until resolved, the game downloads as a replay, a reload says the save is behind', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await startScenario(page);
    expect(await fillStorage(page)).toBeGreaterThan(0);
    await endMonth(page);
    expect(await boardMonth(page)).toBe(2);

    const failed = page.locator('[data-key="save-failed"][role="alert"]');
    await failed.waitFor(POLL);
    expect(await failed.textContent()).toMatch(/进度没有保存.*本地存储已满/);
    // Still shown after the live line has moved on (it used to be overwritten in the same task).
    await page.locator('button[data-key^="prog-"]:not([aria-disabled="true"])').first().click();
    await page.waitForTimeout(300);
    expect(await failed.isVisible()).toBe(true);
    // Docked below the game, it hides neither the top bar nor any control.
    const cover = await coveredBySaveNotice(page);
    expect(cover.barHeight).toBeGreaterThan(0);
    expect(cover).toMatchObject({ controls: [], canvasUnder: false });
    expect(isNonBlank(await screenshot(session, 'save-failed'))).toBe(true);

    // The download is the replay file of the game so far.
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'save-download')]);
    expect(download.suggestedFilename()).toMatch(
      /^community-secretary-old-neighbourhood-[A-Za-z0-9-]+-m2\.json$/,
    );
    const text = (await downloadedBytes(download)).toString('utf8');
    const replay = JSON.parse(text);
    expect(replay).toMatchObject({
      format: 1,
      scenarioId: 'old-neighbourhood',
      result: { status: 'playing' },
    });
    expect(replay.actions.filter((a: { type: string }) => a.type === 'endMonth')).toHaveLength(1);

    // A reload resumes the older save, and says so.
    await page.reload();
    await waitForGame(page);
    const behind = page.locator('[data-key="save-behind"]');
    await behind.waitFor(POLL);
    expect(await behind.textContent()).toMatch(/存档停在第 1 月，而游戏曾进行到第 2 月/);

    // Freeing space and retrying clears the warning.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('fill-')) localStorage.removeItem(k);
    });
    await click(page, 'save-behind-ok');
    await page.getByRole('button', { name: /继续/ }).click();
    await waitForScreen(page, 'board');
    expect(await boardMonth(page)).toBe(1);
    await endMonth(page);
    expect(await page.locator('[data-key="save-failed"]').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  test('菜单 leaves a term mid-month for the title, and 继续 picks it up where it was; with storage full it warns first', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await startScenario(page);
    await endMonth(page);
    // A move in month 2, then the menu: nothing is lost by leaving.
    await page.locator('button[data-key^="prog-"]:not([aria-disabled="true"])').first().click();
    const energy = await page.locator('[data-key="chip-energy"] .chip-value').textContent();
    // The keyboard reaches it (Shift+Tab from the month's heading), Enter opens it, Escape gives the keyboard back.
    await page.locator('[data-key="board-menu"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-key="menu-resume"]').waitFor(POLL);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('menu-resume');
    expect(await page.textContent('[data-key="menu-note"]')).toContain('点「继续」接着下');
    expect(isNonBlank(await screenshot(session, 'board-menu'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('board-menu');
    expect(await boardMonth(page)).toBe(2);

    await click(page, 'board-menu');
    await click(page, 'menu-to-title');
    await waitForScreen(page, 'title');
    expect(await page.textContent('[data-key="continue"]')).toMatch(/第\s*2\s*月/);
    await click(page, 'continue');
    await waitForScreen(page, 'board');
    expect(await boardMonth(page)).toBe(2);
    expect(await page.locator('[data-key="chip-energy"] .chip-value').textContent()).toBe(energy);

    // Storage full: the menu says the last moves would be lost and offers the replay file.
    expect(await fillStorage(page)).toBeGreaterThan(0);
    await page.locator('button[data-key^="prog-"]:not([aria-disabled="true"])').first().click();
    await page.locator('[data-key="save-failed"]').waitFor(POLL);
    await click(page, 'board-menu');
    expect(await page.textContent('[data-key="menu-note"]')).toContain('回到标题会丢掉它们');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'menu-download')]);
    const replay = JSON.parse((await downloadedBytes(download)).toString('utf8'));
    expect(replay.actions.filter((a: { type: string }) => a.type !== 'endMonth')).toHaveLength(2);
    expect(session.errors).toEqual([]);
  });

  test('two tabs on one save: the first is told and turns read-only, and can take the game over', async () => {
    session = await launch();
    const a = session.page;
    await openGame(session);
    await startScenario(a);
    const b = await session.context.newPage();
    await b.goto(session.baseURL);
    await waitForGame(b);
    await b.getByRole('button', { name: /继续/ }).click();
    await waitForScreen(b, 'board');
    await endMonth(b);
    expect(await boardMonth(b)).toBe(2);
    const bSave = await b.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY);

    const elsewhere = a.locator('[data-key="save-elsewhere"]');
    await elsewhere.waitFor(POLL);
    expect(await elsewhere.textContent()).toMatch(/另一个标签页继续/);
    expect(await coveredBySaveNotice(a)).toMatchObject({ controls: [], canvasUnder: false });
    expect(isNonBlank(await screenshot({ ...session, page: a }, 'save-elsewhere'))).toBe(true);
    // Tab A cannot overwrite B's month 2 with its month 1: the board is inert, and Enter is refused.
    expect(await a.evaluate(() => document.querySelector<HTMLElement>('.screen')?.inert)).toBe(true);
    await a.keyboard.press('Enter');
    await a.waitForTimeout(500);
    expect(await a.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY)).toBe(bSave);

    // A takes over: it shows month 2 and B is told.
    await click(a, 'save-take-over');
    await expect.poll(() => boardMonth(a), POLL).toBe(2);
    await b.locator('[data-key="save-elsewhere"]').waitFor(POLL);
    await endMonth(a);
    expect(await boardMonth(a)).toBe(3);
    expect(session.errors).toEqual([]);
  });

  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const ONE_MONTH_SAVE = (() => {
    const start = newGame(
      loadScenarioFiles().scenarios.find((sc) => sc.id === 'old-neighbourhood')!,
      'cundang',
    );
    const month = [{ type: 'endMonth' as const }];
    return replayToJson(makeReplay(start, month, runActions(start, month).state));
  })();
  const crafted: [string, string, (good: string) => string, RegExp][] = [
    [
      'a 5,000-deep format in the old save key',
      `${LEGACY_SAVE_PREFIX}auto`,
      () => `{"format":${deep}}`,
      /早期版本/,
    ],
    ['a 5,000-deep format', AUTOSAVE_KEY, () => `{"format":${deep}}`, /存档已损坏/],
    [
      'a 5,000-deep action',
      AUTOSAVE_KEY,
      (g) => g.replace('"actions":[', `"actions":[${deep},`),
      /存档已损坏/,
    ],
    [
      'a 5 MB seed',
      AUTOSAVE_KEY,
      (g) => g.replace(/"seed":"[^"]*"/, `"seed":"${'s'.repeat(5_000_000)}"`),
      /存档已损坏/,
    ],
    [
      'an edited final hash',
      AUTOSAVE_KEY,
      (g) => g.replace(/"hash":"[0-9a-f]{16}"/, '"hash":"0123456789abcdef"'),
      /存档被改动过/,
    ],
  ];
  test.each(crafted)(
    'a crafted save (%s) does not brick the page: it boots, names the problem, and a fresh start works',
    async (_, key, make, says) => {
      session = await launch();
      const { page } = session;
      await openGame(session);
      // The good save each is crafted from: a month played, as the page writes it (a save is the
      // replay file, made by the same functions; the storage-full test above has the page write one).
      const bad = make(ONE_MONTH_SAVE);
      await page.evaluate(
        ([k, v, auto]) => {
          if (k !== auto) localStorage.removeItem(auto!);
          localStorage.setItem(k!, v!);
        },
        [key, bad, AUTOSAVE_KEY],
      );
      // Twice: a crafted save used to stop every later boot too.
      for (let i = 0; i < 2; i++) {
        await page.reload();
        await waitForGame(page);
        const alert = page.getByRole('alert').filter({ hasText: says });
        await alert
          .first()
          .waitFor(POLL)
          .catch(async (e: Error) => {
            throw new Error(`${e.message}\n${await describePage(page)}`);
          });
        expect((await alert.first().textContent())?.length ?? 0).toBeLessThan(500);
        expect(await page.getByRole('button', { name: /继续/ }).count()).toBe(0);
      }
      await startScenario(page);
      expect(await boardMonth(page)).toBe(1);
      expect(session.errors).toEqual([]);
    },
  );
});
