// A team's steps the workshop tests share (workshop, room-workshop, room): starting a challenge from its
// code on the title, or joining a live room's session from its join page, then playing months on the
// real board with playPolicyMonth; and the room status line a team's page shows.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { playPolicyMonth, type Session, type TeamPolicy, waitForGame, waitForScreen } from './helpers';

/** Title → 输入挑战码 → the code → the team's name → briefing → board. */
export async function startChallenge(t: Session, code: string, team: string): Promise<void> {
  const { page } = t;
  await page.goto(t.baseURL);
  await waitForGame(page);
  await waitForScreen(page, 'title');
  await page.getByRole('button', { name: /输入挑战码/ }).click();
  await page.locator('#challenge-code').fill(code);
  await page.getByRole('button', { name: /核对挑战码/ }).click();
  await expect.poll(() => page.locator('.entry-found').count(), { timeout: 15_000 }).toBe(1);
  await page.locator('#challenge-team').fill(team);
  await page.getByRole('button', { name: /开始挑战/ }).click();
  await waitForScreen(page, 'briefing');
  await page.locator('[data-key="start"]').click();
  await waitForScreen(page, 'board');
}

/**
 * The room's join page (ORIGIN/#room), the team's name, 加入, then the session's challenge on the board.
 * `onCard` looks at the join card before joining.
 */
export async function joinRoomAndStart(
  t: Session,
  origin: string,
  name: string,
  onCard?: (page: Page) => Promise<void>,
): Promise<void> {
  const { page } = t;
  await page.goto(`${origin}/#room`);
  await waitForGame(page);
  const field = page.getByLabel('队名 / Team name');
  await field.waitFor({ timeout: 20_000 });
  await field.fill(name);
  await onCard?.(page);
  await page.locator('[data-key="room-join"]').click();
  await page.locator('[data-key="room-joined"]').waitFor({ timeout: 10_000 });
  await page.locator('[data-key="room-play"]').click();
  await waitForScreen(page, 'briefing');
  await page.getByRole('button', { name: /开始|Start/ }).click();
  await waitForScreen(page, 'board');
}

/** Plays months with `policy` from `fromMonth` until the debrief; the number of months played here. */
export async function playToDebrief(
  page: Page,
  policy: TeamPolicy,
  maxMonths: number,
  fromMonth = 1,
): Promise<number> {
  let screen: 'board' | 'debrief' = 'board';
  let month = fromMonth;
  for (; screen === 'board'; month++) {
    expect(month).toBeLessThanOrEqual(maxMonths);
    screen = await playPolicyMonth(page, policy, month);
  }
  return month - fromMonth;
}

/** The room line of a team's page: months sent, months waiting, and its words. */
export const roomStatus = (page: Page) =>
  page.locator('[data-key="room-status"]').evaluate((el) => ({
    sent: Number((el as HTMLElement).dataset.sent),
    pending: Number((el as HTMLElement).dataset.pending),
    text: el.textContent ?? '',
  }));
