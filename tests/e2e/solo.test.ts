// Solo practice in Chromium (issue 12): the daily challenge is the same for two fresh profiles on one
// date; a level-3 challenge link opens level 3; installed once, the game opens and plays a month with
// no network at all.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { dailyChallenge } from '../../src/app/daily.ts';
import { challengeCode, challengeLink, makeChallenge } from '../../src/codes/index.ts';
import { loadScenarioFiles } from '../../src/scenarios/node.ts';
import {
  AUTOSAVE_KEY,
  installServiceWorker,
  isNonBlank,
  launch,
  openGame,
  pressOn,
  type Session,
  screenshot,
  waitForGame,
  waitForScreen,
} from './helpers.ts';

const button = (page: Page, name: RegExp): Locator => page.getByRole('button', { name });
const { scenarios } = loadScenarioFiles();
/** One fixed local date for both profiles (a Thursday, mid-morning). */
const DAY = new Date(2026, 2, 5, 10, 0, 0);
const DAY_KEY = '2026-03-05';

let sessions: Session[] = [];
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  sessions = [];
});

async function fresh(): Promise<Session> {
  const s = await launch();
  sessions.push(s);
  return s;
}

/** The level badge under the briefing's challenge line (absent at level 1). */
async function savedLevel(page: Page): Promise<number | undefined> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { level?: number }).level : undefined;
  }, AUTOSAVE_KEY);
}

describe('solo practice', () => {
  test('the daily challenge is the same in two fresh profiles on one date, and opens at its level', async () => {
    const expected = dailyChallenge(
      DAY_KEY,
      scenarios.map((s) => s.id),
    );
    const seen: string[] = [];
    for (const name of ['daily-a', 'daily-b']) {
      const s = await fresh();
      await s.page.clock.setFixedTime(DAY);
      await openGame(s);
      const detail = s.page.locator('[data-key="daily-detail"]');
      await detail.waitFor();
      seen.push(((await detail.textContent()) ?? '').trim());
      expect(isNonBlank(await screenshot(s, `${name}-title`))).toBe(true);
      await pressOn(s.page, button(s.page, /每日挑战|Daily challenge/));
      await waitForScreen(s.page, 'briefing');
      expect(await s.page.locator('.challenge-line').textContent()).toContain(`daily-20260305`);
      if (expected.level > 1) await s.page.locator('[data-key="level-badge"]').waitFor();
      await pressOn(s.page, button(s.page, /开始|Start/));
      await waitForScreen(s.page, 'board');
      expect(await savedLevel(s.page)).toBe(expected.level > 1 ? expected.level : undefined);
      const seed = await s.page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).seed, AUTOSAVE_KEY);
      expect(seed).toBe(expected.seed);
    }
    expect(seen[0]).toContain(DAY_KEY);
    expect(seen[1]).toBe(seen[0]);
  }, 180_000);

  test('a level-3 challenge link opens its entry, then its briefing at level 3, and the game is played at level 3', async () => {
    const scenario = scenarios.find((s) => s.id === 'new-estate')!;
    const made = makeChallenge(scenario, 'ladder3', undefined, 3);
    if (!made.ok) throw new Error(made.refusal.message);
    const s = await fresh();
    await s.page.goto(challengeLink(challengeCode(made.challenge), s.baseURL));
    await waitForGame(s.page);
    // The link opens the challenge entry with the code checked; a team name starts it.
    await s.page.locator('#challenge-team').waitFor();
    await s.page.locator('#challenge-team').fill('Ladder');
    await pressOn(s.page, button(s.page, /开始挑战|Start the challenge/));
    await waitForScreen(s.page, 'briefing');
    expect(await s.page.locator('[data-key="level-badge"]').textContent()).toMatch(/优秀书记|Outstanding/);
    expect(isNonBlank(await screenshot(s, 'level3-briefing'))).toBe(true);
    await pressOn(s.page, button(s.page, /开始|Start/));
    await waitForScreen(s.page, 'board');
    expect(await savedLevel(s.page)).toBe(3);
    // The board keeps saying the level, beside the month.
    expect(await s.page.locator('[data-key="board-level"]').textContent()).toMatch(
      /· (优秀书记|Outstanding)/,
    );
    expect(isNonBlank(await screenshot(s, 'level3-board'))).toBe(true);
    // The link is read once: the address no longer holds it.
    expect(s.page.url()).not.toContain('#c=');
  });

  test('after one visit the game opens with no network and plays a month', async () => {
    const s = await fresh();
    await openGame(s);
    // The service worker installs and precaches the game, then controls the page after a reload.
    await installServiceWorker(s.page);
    await s.context.setOffline(true);
    await s.page.reload();
    await waitForGame(s.page);
    await pressOn(s.page, button(s.page, /新游戏|New game/));
    // The level choice sits above the scenarios; level 1 is chosen in a fresh profile.
    expect(await s.page.locator('[data-key="level-1"]').isChecked()).toBe(true);
    expect(isNonBlank(await screenshot(s, 'offline-scenarios'))).toBe(true);
    await pressOn(s.page, button(s.page, /老旧小区改造/));
    await waitForScreen(s.page, 'briefing');
    await pressOn(s.page, button(s.page, /开始|Start/));
    await waitForScreen(s.page, 'board');
    await pressOn(s.page, button(s.page, /结束本月|End month/));
    const next = s.page.locator('[data-key="summary-next"]');
    await next.waitFor({ timeout: 15_000 });
    await pressOn(s.page, next);
    await s.page.waitForFunction(
      () =>
        document.documentElement.dataset.screen === 'board' &&
        !document.querySelector('[data-key="summary-next"]'),
      undefined,
      { timeout: 15_000 },
    );
    expect(await s.page.locator('body').textContent()).toMatch(/第\s*2\s*月|Month\s+2/);
    expect(isNonBlank(await screenshot(s, 'offline-month-2'))).toBe(true);
  });
});
