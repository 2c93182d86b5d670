// Solo practice in the production build (issue 12): two terms finished on the board (each continued
// from a save made one month before its end) appear in the history
// with the best updated; export, clear and import give the same history back; a foreign file is
// refused by name and changes nothing; a damaged record is skipped with a message; the tutorial's
// hints appear and can be skipped; Enter with 精力 left asks before ending the month.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { HINTS_KEY } from '../../src/app/hintPrefs.ts';
import { newGame } from '../../src/core/index.ts';
import { en } from '../../src/i18n/en.ts';
import { zhUi } from '../../src/i18n/zh.ts';
import { loadScenarioFiles } from '../../src/scenarios/node.ts';
import { endMonthsOnly, putSave, saveBeforeLastMonthEnd } from './crafted.ts';
import {
  describePage,
  fixSeeds,
  isNonBlank,
  key,
  launch,
  openGame,
  RESULTS_DIR,
  type Session,
  screenshot,
  waitForScreen,
} from './helpers.ts';

const POLL = { timeout: 15_000 };
const TUTORIAL = loadScenarioFiles().scenarios.find((sc) => sc.id === 'old-neighbourhood')!;

async function startTutorial(page: Page): Promise<void> {
  await key(page, 'new').click();
  await key(page, 'scenario-old-neighbourhood').click();
  await waitForScreen(page, 'briefing');
  await page.getByRole('button', { name: /开始|Start/ }).click();
  await waitForScreen(page, 'board');
}

/** Ends months with the end-month button (no action) until the debrief. */
async function playToDebrief(page: Page): Promise<void> {
  for (let month = 0; month < 40; month++) {
    await key(page, 'act-endMonth').click();
    const next = key(page, 'summary-next');
    await next.waitFor(POLL);
    // The summary's button says where it leads: the next month, or the debrief.
    const last = [zhUi['summary.toDebrief'], en.ui['summary.toDebrief']].includes(
      ((await next.textContent()) ?? '').trim(),
    );
    await next.click();
    if (last) {
      await waitForScreen(page, 'debrief');
      return;
    }
    await page.waitForFunction(() => !document.querySelector('[data-key="summary-next"]'), undefined, POLL);
  }
  throw new Error(`no debrief after 40 months: ${await describePage(page)}`);
}

/** A term of the tutorial's scenario saved before its last month's end, continued and finished on the board. */
async function finishSavedTerm(page: Page, seed: string): Promise<void> {
  const start = newGame(TUTORIAL, seed);
  await putSave(page, saveBeforeLastMonthEnd(start, endMonthsOnly(start)));
  await waitForScreen(page, 'title');
  await key(page, 'continue').click();
  await waitForScreen(page, 'board');
  await playToDebrief(page);
}

/** The history screen's records: id and the score line, newest first. */
function historyRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.history-terms li')].map(
      (li) => `${(li as HTMLElement).dataset.record}|${li.querySelector('.history-score')?.textContent}`,
    ),
  );
}

async function openHistory(page: Page): Promise<void> {
  await key(page, 'history').click();
  await waitForScreen(page, 'history');
  await page.waitForFunction(
    () => !/正在读取|Reading the history/.test(document.body.textContent ?? ''),
    undefined,
    POLL,
  );
}

async function importFile(page: Page, path: string): Promise<string> {
  // The line is re-rendered with the outcome; empty it first so an earlier message is not read.
  await page.evaluate(() => {
    const el = document.querySelector('[data-key="history-message"]');
    if (el) el.textContent = '';
  });
  await page.locator('[data-key="history-file"]').setInputFiles(path);
  const msg = key(page, 'history-message');
  await expect.poll(async () => ((await msg.textContent()) ?? '').length, POLL).toBeGreaterThan(0);
  return (await msg.textContent()) ?? '';
}

describe('solo practice: history, bests, hints', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('two finished terms are kept, the best updates; export, clear, import give the same history; a foreign file and a damaged record change nothing else', async () => {
    session = await launch({ width: 1600, height: 900 });
    const { page } = session;
    await openGame(session);
    // Hints are tested on their own below; here they stay out of the way.
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ off: true, seen: [] })), HINTS_KEY);

    // Two terms of the tutorial's scenario, each a save one month from its end (the months before
    // only ended, as a hurried player does: see crafted.ts), finished here on the board.
    await finishSavedTerm(page, 'lishi-1');
    const best1 = key(page, 'debrief-best');
    await best1.waitFor(POLL);
    const score1 = Number(
      await page
        .locator('.rating-score')
        .first()
        .textContent()
        .then((s) => /\d+/.exec(s ?? '')?.[0]),
    );
    await expect.poll(() => best1.textContent(), POLL).toContain(String(score1));
    await key(page, 'home').click();
    await waitForScreen(page, 'title');

    await finishSavedTerm(page, 'lishi-2');
    const score2 = Number(
      await page
        .locator('.rating-score')
        .first()
        .textContent()
        .then((s) => /\d+/.exec(s ?? '')?.[0]),
    );
    const best = Math.max(score1, score2);
    await expect
      .poll(() => key(page, 'debrief-best').textContent(), POLL)
      .toMatch(new RegExp(`最好成绩：${best}`));
    const debriefShot = await screenshot(session, 'history-debrief-best-zh');
    expect(isNonBlank(debriefShot)).toBe(true);
    await key(page, 'home').click();
    await waitForScreen(page, 'title');
    // The title's History button carries the best of the challenge played last.
    await expect.poll(() => key(page, 'title-best').textContent(), POLL).toMatch(/最好成绩：/);
    // The scenario list says the best to beat under the scenario played, and which scenario to start with.
    await key(page, 'new').click();
    const played = key(page, 'scenario-old-neighbourhood');
    await expect
      .poll(() => played.locator('.scenario-best').textContent(), POLL)
      .toMatch(new RegExp(`^你的最佳 ${best}（(优秀|良好|合格|不合格)）· 已玩 2 局$`));
    expect(await page.locator('.scenario-best').count()).toBe(1);
    expect(await page.locator('.scenario-button').first().locator('.scenario-starter').textContent()).toBe(
      '入门推荐',
    );
    await key(page, 'back').click();
    await waitForScreen(page, 'title');

    await openHistory(page);
    const rows = await historyRows(page);
    expect(rows).toHaveLength(2);
    expect(rows.join(' ')).toContain(String(score1));
    expect(rows.join(' ')).toContain(String(score2));
    await key(page, 'history-chart').waitFor(POLL);
    expect(await page.locator('.history-svg circle').count()).toBe(2);
    // The trend is the scenario's, said in its heading.
    expect(await page.getByRole('heading', { name: /“老旧小区改造”的历次得分/ }).count()).toBe(1);
    expect(await key(page, 'history-bests').textContent()).toMatch(/\d+/);
    const historyShot = await screenshot(session, 'history-zh');
    expect(isNonBlank(historyShot)).toBe(true);

    // A past term re-opens in its debrief, and comes back to the history.
    await page.locator('[data-key^="history-open-"]').first().click();
    await waitForScreen(page, 'debrief');
    await expect.poll(() => key(page, 'home').textContent(), POLL).toMatch(/返回历史记录/);
    await key(page, 'home').click();
    await waitForScreen(page, 'history');

    // Export, clear, import: the same history.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      key(page, 'history-export').click(),
    ]);
    const exported = join(RESULTS_DIR, 'history-export.json');
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8')).records).toHaveLength(2);
    await key(page, 'history-clear').click();
    await page
      .getByRole('alert')
      .filter({ hasText: /再按一次/ })
      .waitFor(POLL);
    await key(page, 'history-clear').click();
    await expect.poll(() => key(page, 'history-message').textContent(), POLL).toMatch(/已清空/);
    await expect.poll(() => historyRows(page), POLL).toHaveLength(0);
    expect(await importFile(page, exported)).toMatch(/已导入 2 条/);
    await expect.poll(() => historyRows(page), POLL).toEqual(rows);
    // Importing it again merges: nothing doubled.
    expect(await importFile(page, exported)).toMatch(/已导入 0 条记录，2 条已存在/);
    expect(await historyRows(page)).toEqual(rows);

    // A foreign file and a broken one are refused by name; the history is unchanged.
    const foreign = join(RESULTS_DIR, 'not-history.json');
    writeFileSync(foreign, JSON.stringify({ format: 'something-else', records: [] }));
    expect(await importFile(page, foreign)).toMatch(
      /导入被拒绝：not-history\.json: 不是本游戏的历史记录文件/,
    );
    const broken = join(RESULTS_DIR, 'broken-history.json');
    writeFileSync(broken, '{"format":"community-secretary.history","version":1,"records":[');
    expect(await importFile(page, broken)).toMatch(/导入被拒绝：broken-history\.json: 文件已损坏/);
    expect(await historyRows(page)).toEqual(rows);

    // A damaged record in the store is skipped with a message; the others stay.
    await page.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const open = indexedDB.open('community-secretary');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('history', 'readwrite');
            tx.objectStore('history').put(
              {
                at: '2026-01-01T00:00:00.000Z',
                abandoned: false,
                replay: '{"format":1,"scenarioId":"old-ne',
              },
              'damaged-record',
            );
            tx.oncomplete = () => {
              db.close();
              ok();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await key(page, 'history-back').click();
    await waitForScreen(page, 'title');
    await openHistory(page);
    await expect
      .poll(() => key(page, 'history-skipped').textContent(), POLL)
      .toMatch(/1 条记录已损坏，已跳过/);
    expect(await historyRows(page)).toEqual(rows);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#history-h').textContent(), POLL).toBe('History');
    const historyEn = await screenshot(session, 'history-en');
    expect(isNonBlank(historyEn)).toBe(true);
    expect(session.errors).toEqual([]);
  }, 300_000);

  test('the tutorial hints appear, point at the real control, and can be skipped; Enter with 精力 left asks first', async () => {
    session = await launch({ width: 1600, height: 900 });
    // A fixed seed: which hints come after month 1 depends on the months met.
    await fixSeeds(session);
    const { page } = session;
    await openGame(session);
    await startTutorial(page);
    const hint = page.locator('.hint-card');
    await hint.waitFor(POLL);
    expect(await hint.getAttribute('data-key')).toBe('hint-energy');
    // It marks the real control (the 精力 figure) and acts for no one: 精力 is untouched.
    expect(await key(page, 'chip-energy').getAttribute('class')).toContain('hint-target');
    const hintShot = await screenshot(session, 'hint-zh');
    expect(isNonBlank(hintShot)).toBe(true);

    // The month starts with the keyboard on its heading, not on 结束本月: Enter there with 精力 left is a
    // confirmation, not the month's end.
    const focusedKey = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? null);
    expect(await focusedKey()).toBe('board-month');
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor(POLL);
    expect(await confirm.textContent()).toMatch(/还有 \d+ 点精力没用/);
    expect(await key(page, 'summary-next').count()).toBe(0);
    const confirmShot = await screenshot(session, 'confirm-end-month-zh');
    expect(isNonBlank(confirmShot)).toBe(true);
    // Esc: back to the board, still month 1.
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count(), POLL).toBe(0);
    // Enter, Enter: the month ends.
    await page.keyboard.press('Enter');
    await confirm.waitFor(POLL);
    await page.keyboard.press('Enter');
    await key(page, 'summary-next').waitFor(POLL);
    // The summary closed by keyboard: the next month starts on its heading too, and one more Enter asks.
    await expect.poll(focusedKey, POLL).toBe('summary-next');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('[data-key="summary-next"]'), undefined, POLL);
    await expect.poll(focusedKey, POLL).toBe('board-month');
    await page.keyboard.press('Enter');
    await confirm.waitFor(POLL);
    expect(await key(page, 'summary-next').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => confirm.count(), POLL).toBe(0);

    // "Got it" moves to the next hint that matters; "don't show again" ends them all.
    await hint.waitFor(POLL);
    const first = await hint.getAttribute('data-key');
    expect(first).not.toBe('hint-energy');
    await key(page, 'hint-ok').click();
    const hintKey = () =>
      page.evaluate(() => document.querySelector<HTMLElement>('.hint-card')?.dataset.key ?? null);
    await expect.poll(hintKey, POLL).not.toBe(first);
    await page.getByRole('button', { name: 'English' }).click();
    if ((await hint.count()) > 0) {
      await expect.poll(() => hint.textContent(), POLL).toMatch(/Hint/);
      // The English card is longer: it shows all of its text and quote, nothing cut off at its foot.
      expect(await hint.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
      const hintEn = await screenshot(session, 'hint-en');
      expect(isNonBlank(hintEn)).toBe(true);
      await key(page, 'hint-off').click();
    }
    await expect.poll(() => hint.count(), POLL).toBe(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), HINTS_KEY)).toContain('"off":true');
    // Off survives a new month.
    await key(page, 'act-endMonth').click();
    await key(page, 'summary-next').click();
    await page.waitForFunction(() => !document.querySelector('[data-key="summary-next"]'), undefined, POLL);
    expect(await hint.count()).toBe(0);
    expect(session.errors).toEqual([]);
  }, 120_000);

  test('named saves: two terms in progress, each continued where it was; rename; delete keeps it in the history as unfinished', async () => {
    session = await launch({ width: 1600, height: 900 });
    const { page } = session;
    await openGame(session);
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ off: true, seen: [] })), HINTS_KEY);
    // Term A: two months in.
    await startTutorial(page);
    for (let i = 0; i < 2; i++) {
      await key(page, 'act-endMonth').click();
      await key(page, 'summary-next').click();
      await page.waitForFunction(() => !document.querySelector('[data-key="summary-next"]'), undefined, POLL);
    }
    await page.reload();
    await waitForScreen(page, 'title');
    // Term B, in a slot of its own: A is not replaced. One month in.
    await startTutorial(page);
    await key(page, 'act-endMonth').click();
    await key(page, 'summary-next').click();
    await page.waitForFunction(() => !document.querySelector('[data-key="summary-next"]'), undefined, POLL);
    expect(
      await page.evaluate(
        () =>
          Object.keys(localStorage).filter(
            (k) => k.startsWith('community-secretary.replay.') && !k.endsWith('.unsaved'),
          ).length,
      ),
    ).toBe(2);
    await page.reload();
    await waitForScreen(page, 'title');
    await key(page, 'saves').click();
    const items = page.locator('.save-item');
    await expect.poll(() => items.count(), POLL).toBe(2);
    // The keyboard is on the list, on a term's 继续, not dropped to the page.
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? null),
    ).toMatch(/^save-continue-/);
    const details = await page.locator('.save-detail').allTextContents();
    expect(details.some((d) => /第 3 月/.test(d))).toBe(true);
    expect(details.some((d) => /第 2 月/.test(d))).toBe(true);
    // Rename term A, then continue it: month 3.
    const a = items.filter({ hasText: /第 3 月/ });
    const slotA = (await a.getAttribute('data-slot')) ?? '';
    await key(page, `save-name-${slotA}`).fill('社区书记 2');
    await key(page, `save-rename-${slotA}`).click();
    await expect.poll(() => key(page, 'saves-message').textContent(), POLL).toMatch(/社区书记 2/);
    const savesShot = await screenshot(session, 'saves-zh');
    expect(isNonBlank(savesShot)).toBe(true);
    await key(page, `save-continue-${slotA}`).click();
    await waitForScreen(page, 'board');
    await expect.poll(() => page.locator('.month').first().textContent(), POLL).toMatch(/第 3 月/);
    // Back on the title, the latest played (A) is the one "continue" offers; delete B.
    await page.reload();
    await waitForScreen(page, 'title');
    await expect.poll(() => key(page, 'continue').textContent(), POLL).toMatch(/第 3 月/);
    await key(page, 'saves').click();
    const b = page.locator('.save-item').filter({ hasText: /第 2 月/ });
    const slotB = (await b.getAttribute('data-slot')) ?? '';
    await key(page, `save-delete-${slotB}`).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /再按一次/ })
      .waitFor(POLL);
    await key(page, `save-delete-${slotB}`).click();
    await waitForScreen(page, 'title');
    expect(
      await page.evaluate((k) => localStorage.getItem(k), `community-secretary.replay.${slotB}`),
    ).toBeNull();
    expect(await page.locator('[data-key="saves"]').count()).toBe(0);
    // Nothing lost by the delete: term B is in the history, marked unfinished.
    await openHistory(page);
    await expect.poll(() => page.locator('.history-terms li.abandoned').count(), POLL).toBe(1);
    expect(await page.locator('.history-terms li.abandoned').textContent()).toMatch(/已放弃（第 2 月）/);
    expect(session.errors).toEqual([]);
  }, 120_000);

  test('the debrief after a past term’s debrief shows the game just played, with its own result code', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ off: true, seen: [] })), HINTS_KEY);
    const scoreOnScreen = async () =>
      Number(/\d+/.exec((await page.locator('.rating-score').first().textContent()) ?? '')?.[0]);
    await finishSavedTerm(page, 'lishi-1');
    const first = await scoreOnScreen();
    const firstCode = await key(page, 'result-code').textContent();
    await key(page, 'home').click();
    await waitForScreen(page, 'title');
    // A past term's debrief, from the history, and back to the title.
    await openHistory(page);
    await page.locator('[data-key^="history-open-"]').first().click();
    await waitForScreen(page, 'debrief');
    await key(page, 'home').click();
    await waitForScreen(page, 'history');
    await key(page, 'history-back').click();
    await waitForScreen(page, 'title');
    // A new term in the same page (no reload, which would forget every scene's data), played to its end
    // on the board: its own debrief, not the one last opened from the history.
    await startTutorial(page);
    await playToDebrief(page);
    expect(await page.locator('.challenge-line').first().textContent()).not.toContain('lishi-1');
    expect(await page.locator('[data-key="home"]').textContent()).not.toMatch(/返回历史记录/);
    expect(await key(page, 'result-code').textContent()).not.toBe(firstCode);
    expect(first).toBeGreaterThan(0);
    // To beat its best: the same term again, same seed (再玩一局 is a new one).
    const seedOf = async () =>
      /种子 (\S+)/.exec((await page.locator('.challenge-line').first().textContent()) ?? '')?.[1];
    const seed = await seedOf();
    expect(isNonBlank(await screenshot(session, 'debrief-solo-actions'))).toBe(true);
    await key(page, 'again-same-seed').click();
    await waitForScreen(page, 'briefing');
    expect(await seedOf()).toBe(seed);
    expect(session.errors).toEqual([]);
  }, 120_000);

  test('菜单 → 放弃本局 asks once more, then the term is in the history as unfinished, its save gone, and the title says so', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await startTutorial(page);
    await key(page, 'act-endMonth').click();
    await key(page, 'summary-next').click();
    await page.waitForFunction(() => !document.querySelector('[data-key="summary-next"]'), undefined, POLL);
    await key(page, 'board-menu').click();
    // The first press only asks, in words; the term is still there.
    await key(page, 'menu-abandon').click();
    expect(await key(page, 'menu-note').textContent()).toMatch(/不能再继续/);
    expect(await key(page, 'menu-abandon').textContent()).toBe('确认放弃');
    // A second Enter does not give it up: the keyboard is back on 继续本局.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('menu-resume');
    expect(isNonBlank(await screenshot(session, 'board-menu-abandon'))).toBe(true);
    const saves = () =>
      page.evaluate(
        () =>
          Object.keys(localStorage).filter(
            (k) => k.startsWith('community-secretary.replay.') && !k.endsWith('.unsaved'),
          ).length,
      );
    expect(await saves()).toBe(1);
    await key(page, 'menu-abandon').click();
    await waitForScreen(page, 'title');
    expect(await key(page, 'title-notice').textContent()).toMatch(/已放弃这一局/);
    expect(await key(page, 'continue').count()).toBe(0);
    expect(await saves()).toBe(0);
    await openHistory(page);
    await expect.poll(() => page.locator('.history-terms li.abandoned').count(), POLL).toBe(1);
    expect(await page.locator('.history-terms li.abandoned').textContent()).toMatch(/已放弃（第 2 月）/);
    // Its debrief says it was given up (no assessment), and that its code is nothing to hand in.
    await page.locator('.history-terms li.abandoned [data-key^="history-open-"]').click();
    await waitForScreen(page, 'debrief');
    expect(await key(page, 'debrief-unfinished').textContent()).toMatch(/第 2 月就放弃了/);
    await expect.poll(() => key(page, 'result-help').textContent(), POLL).toMatch(/没有成绩/);
    expect(session.errors).toEqual([]);
  }, 120_000);
});
