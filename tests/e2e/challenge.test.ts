// A team's side of a training session, in Chromium against the production build (issue 10): the
// facilitator's challenge code typed with a typo is refused naming the character; fixed, it starts
// exactly that challenge (scenario, 6-month term, seed) under a team name; a reload mid-game resumes
// the same challenge; the debrief's result code verifies, outside the page, to the score the page
// shows; a `#c=` link opens the challenge; 再玩一局 plays the same challenge again, as practice.
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { challengeCode, makeChallenge, verifyResultCode } from '../../src/codes/index.ts';
import { newGame, type Scenario } from '../../src/core/index.ts';
import { en } from '../../src/i18n/en.ts';
import { zhUi } from '../../src/i18n/zh.ts';
import { type Replay, replayToJson } from '../../src/replay/index.ts';
import { loadScenarioById } from '../../src/scenarios/node.ts';
import { endMonthsOnly, putSave, saveBeforeLastMonthEnd } from './crafted.ts';
import {
  describePage,
  isNonBlank,
  launch,
  openGame,
  type Session,
  screenshot,
  waitForGame,
  waitForScreen,
} from './helpers.ts';

const POLL = { timeout: 10_000 };
const SCENARIO_ID = 'old-neighbourhood';
const SEED = 'peixun';
const MONTHS = 6;
const TEAM = '第一组';

function scenario(id: string): Scenario {
  const r = loadScenarioById(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.scenario;
}
const lookup = (id: string) => {
  const r = loadScenarioById(id);
  return r.ok ? r.scenario : undefined;
};

function theChallenge(): string {
  const made = makeChallenge(scenario(SCENARIO_ID), SEED, MONTHS);
  if (!made.ok) throw new Error(made.refusal.message);
  return challengeCode(made.challenge);
}

/** The code with its `n`th code character (1-based, dashes not counted) replaced by another code character. */
function withTypo(code: string, n: number): string {
  let seen = 0;
  return [...code]
    .map((ch) => {
      if (ch === '-') return ch;
      seen += 1;
      return seen === n ? (ch === '7' ? '8' : '7') : ch;
    })
    .join('');
}

const button = (page: Page, name: RegExp): Locator => page.getByRole('button', { name });

/** Ends the month (confirming if the page asks) and moves past its summary. Returns the screen reached. */
async function endMonth(page: Page): Promise<'board' | 'debrief'> {
  await button(page, /结束本月|End month/).click();
  const next = page.locator('[data-key="summary-next"]');
  const confirm = page.locator('[role="dialog"] button, [role="alertdialog"] button').filter({
    hasText: /结束本月|End month|确认|Confirm/,
  });
  await Promise.race([next.waitFor({ timeout: 15_000 }), confirm.first().waitFor({ timeout: 15_000 })]);
  if ((await next.count()) === 0) {
    await confirm.first().click();
    await next.waitFor({ timeout: 15_000 });
  }
  const last = [zhUi['summary.toDebrief'], en.ui['summary.toDebrief']].includes(
    ((await next.textContent()) ?? '').trim(),
  );
  await next.click();
  if (last) {
    await waitForScreen(page, 'debrief');
    return 'debrief';
  }
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-key="summary-next"]') &&
      document.documentElement.dataset.screen === 'board' &&
      !(window as unknown as { __game: { scene: { isActive(k: string): boolean } } }).__game.scene.isActive(
        'MonthSummary',
      ),
    undefined,
    { timeout: 15_000 },
  );
  return 'board';
}

/**
 * The page's save of `team`'s game in progress, replaced by the same game taken on by the core to one
 * month before its end (only months ended), then continued from the title after a reload.
 */
async function continueOneMonthBeforeEnd(page: Page, team: string): Promise<void> {
  const saves = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('community-secretary.replay.') && !k.endsWith('.unsaved'))
      .map((k) => [k, localStorage.getItem(k) ?? ''] as const),
  );
  const found = saves.find(([, text]) => (JSON.parse(text) as Replay).team === team);
  if (!found) throw new Error(`no save of ${team}'s game`);
  const [slotKey, text] = found;
  const saved = JSON.parse(text) as Replay;
  expect(saved.actions).toEqual([]);
  const start = newGame(scenario(saved.scenarioId), saved.seed, { months: saved.months });
  const taken = { ...(JSON.parse(saveBeforeLastMonthEnd(start, endMonthsOnly(start))) as Replay), team };
  await putSave(page, replayToJson(taken), slotKey);
  await waitForScreen(page, 'title');
  await button(page, /^(继续|Continue)/)
    .first()
    .click();
  await waitForScreen(page, 'board');
}

/** "第 3 月 / 6" or "Month 3 / 6" on the board. */
async function boardMonth(page: Page): Promise<{ turn: number; max: number }> {
  const text = (await page.locator('.topbar .month').textContent()) ?? '';
  const m = /(\d+)\s*月\s*\/\s*(\d+)|Month\s+(\d+)\s*\/\s*(\d+)/.exec(text);
  if (!m) throw new Error(`no month on the board: ${text}`);
  return { turn: Number(m[1] ?? m[3]), max: Number(m[2] ?? m[4]) };
}

describe('a team plays a challenge from its code', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('a typo is named by position; the fixed code plays that challenge, survives a reload, and its result code verifies to the page’s score', async () => {
    const code = theChallenge();
    session = await launch();
    const { page } = session;
    await openGame(session);

    await button(page, /输入挑战码/).click();
    const field = page.locator('#challenge-code');
    await field.fill(withTypo(code, 7));
    await button(page, /核对挑战码/).click();
    const error = page.locator('#challenge-code-error');
    await expect.poll(() => error.textContent(), POLL).toMatch(/第 7 个字符/);
    // The typed code is shown with the named character marked.
    expect(await error.locator('mark').textContent()).toBe(withTypo(code, 7).replace(/-/g, '')[6]);
    await screenshot(session, 'challenge-entry-typo-zh');

    // Fixed (lower case, no dashes: read the same), it names the challenge.
    await field.fill(code.replace(/-/g, '').toLowerCase());
    await button(page, /核对挑战码/).click();
    const found = page.locator('.entry-found');
    await expect.poll(() => found.textContent(), POLL).toContain(`${MONTHS} 个月`);
    expect(await found.textContent()).toContain(`种子 ${SEED}`);
    expect(await found.textContent()).toContain(code);
    // Starting without a team name is refused; with one it goes on.
    await button(page, /开始挑战/).click();
    await expect.poll(() => page.locator('#challenge-team-error').textContent(), POLL).toMatch(/队名/);
    await page.locator('#challenge-team').fill(`  ${TEAM} `);
    await screenshot(session, 'challenge-entry-valid-zh');
    await button(page, /开始挑战/).click();
    await waitForScreen(page, 'briefing');
    expect(await page.locator('[data-key="briefing-code"]').textContent()).toContain(code);
    await page.locator('[data-key="start"]').click();
    await waitForScreen(page, 'board');
    expect(await boardMonth(page)).toEqual({ turn: 1, max: MONTHS });
    expect(await page.locator('[data-key="board-challenge"]').textContent()).toContain(code);
    // A team's game is handed in, not given up (the first one finished counts): its 菜单 has no 放弃本局.
    await page.locator('[data-key="board-menu"]').click();
    await page.locator('[data-key="menu-resume"]').waitFor(POLL);
    expect(await page.locator('[data-key="menu-abandon"]').count()).toBe(0);
    await page.locator('[data-key="menu-resume"]').click();

    // Two months, then a reload: the same challenge resumes at month 3 of 6, still with its code.
    expect(await endMonth(page)).toBe('board');
    expect(await endMonth(page)).toBe('board');
    await page.reload();
    await waitForGame(page);
    await waitForScreen(page, 'title');
    await button(page, /继续/).click();
    await waitForScreen(page, 'board');
    expect(await boardMonth(page)).toEqual({ turn: 3, max: MONTHS });
    expect(await page.locator('[data-key="board-challenge"]').textContent()).toContain(code);
    // On this 1280×720 laptop, with the challenge line and the chips' changes since month 2, the top bar
    // stays one line: the title gives way (an ellipsis; the whole title in its tooltip), and the last chip
    // stays clear of the language button.
    const bar = await page.evaluate(() => {
      const title = document.querySelector<HTMLElement>('.topbar .scenario-name')!;
      const range = document.createRange();
      range.selectNodeContents(title);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const chips = [...document.querySelectorAll('.topbar .chip')].map((c) => c.getBoundingClientRect());
      return {
        lines,
        tooltip: title.title,
        text: title.textContent,
        lastChip: chips.at(-1)?.right ?? 0,
        lang: document.querySelector('.lang-switch')!.getBoundingClientRect().left,
      };
    });
    expect(bar.lines).toBe(1);
    expect(bar.tooltip).toBe(scenario(SCENARIO_ID).title.zh);
    expect(bar.text).toBe(bar.tooltip);
    expect(bar.lastChip).toBeLessThanOrEqual(bar.lang);

    let screen: 'board' | 'debrief' = 'board';
    for (let i = 0; screen === 'board'; i++) {
      expect(i).toBeLessThan(MONTHS);
      try {
        screen = await endMonth(page);
      } catch (e) {
        await screenshot(session, 'challenge-failed');
        throw new Error(`${(e as Error).message}\n${await describePage(page)}`);
      }
    }
    const resultCode = ((await page.locator('#result-code').textContent()) ?? '').trim();
    const scoreText = (await page.locator('.rating-score').textContent()) ?? '';
    const pageScore = Number(/(\d+)/.exec(scoreText)?.[1]);
    const verdict = verifyResultCode(resultCode, lookup);
    expect(verdict.ok, JSON.stringify(verdict.ok ? null : verdict.reason)).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.verified.score).toBe(pageScore);
    expect(verdict.replay.team).toBe(TEAM);
    expect(verdict.replay.seed).toBe(SEED);
    expect(verdict.replay.months).toBe(MONTHS);
    expect(verdict.verified.state.maxTurns).toBe(MONTHS);
    // The QR code is drawn in the page, the first game counts, and the trust line is there.
    await expect.poll(() => page.locator('[data-key="result-qr"]').count(), POLL).toBe(1);
    expect(await page.locator('.result-panel').textContent()).toMatch(/第一局/);
    expect(await page.locator('.result-panel').textContent()).toMatch(/不能证明是谁/);
    // Copy: on http://127.0.0.1 the clipboard API may be refused headless; either way the page says what happened.
    await button(page, /复制结果码/).click();
    await expect.poll(() => page.locator('.result-status').textContent(), POLL).toMatch(/已复制|Ctrl\+C/);
    await page.locator('.result-panel').scrollIntoViewIfNeeded();
    const shot = await screenshot(session, 'challenge-debrief-zh');
    expect(isNonBlank(shot)).toBe(true);

    // 再玩一局 plays the same challenge again, as practice.
    await button(page, /再玩一局/).click();
    await waitForScreen(page, 'briefing');
    const line = (await page.locator('[data-key="briefing-code"]').textContent()) ?? '';
    expect(line).toContain(code);
    expect(line).toMatch(/练习/);
    expect(session.errors).toEqual([]);
  }, 240_000);

  test('a #c= link opens its challenge, ready for the team name', async () => {
    const code = theChallenge();
    session = await launch();
    const { page } = session;
    await page.goto(`${session.baseURL}#c=${code}`);
    await waitForGame(page);
    await waitForScreen(page, 'title');
    const found = page.locator('.entry-found');
    await expect.poll(() => found.count(), POLL).toBe(1);
    expect(await found.textContent()).toContain(`种子 ${SEED}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('challenge-team');
    // The fragment is consumed: a reload mid-game resumes the game, not the entry.
    expect(await page.evaluate(() => window.location.hash)).toBe('');
    await page.locator('#challenge-team').fill('Link');
    await button(page, /开始挑战/).click();
    await waitForScreen(page, 'briefing');
    await page.locator('[data-key="start"]').click();
    await waitForScreen(page, 'board');
    // A link pasted into the open game's address bar (only the fragment changes) opens its entry too.
    await page.evaluate((c) => {
      window.location.hash = `c=${c}`;
    }, code);
    await waitForGame(page);
    await waitForScreen(page, 'title');
    await expect.poll(() => page.locator('.entry-found').count(), POLL).toBe(1);
    expect(session.errors).toEqual([]);
  });

  test('on a projector (1920×1080), in English too: the entry keeps its verdict across a language switch, and the debrief shows the result code', async () => {
    const code = theChallenge();
    session = await launch({ width: 1920, height: 1080 });
    const { page } = session;
    await page.goto(`${session.baseURL}#c=${code}`);
    await waitForGame(page);
    await waitForScreen(page, 'title');
    await expect.poll(() => page.locator('.entry-found').count(), POLL).toBe(1);
    await screenshot(session, 'challenge-entry-zh-1080');
    await button(page, /^English$/).click();
    await expect
      .poll(() => page.locator('.entry-found').textContent(), POLL)
      .toMatch(/6 months · seed peixun/);
    await screenshot(session, 'challenge-entry-en-1080');
    // A typo, in English: the position is named there too.
    await page.locator('#challenge-code').fill(withTypo(code, 3));
    await button(page, /Check the code/).click();
    await expect
      .poll(() => page.locator('#challenge-code-error').textContent(), POLL)
      .toMatch(/character 3\b/);
    await screenshot(session, 'challenge-entry-typo-en-1080');
    await page.locator('#challenge-code').fill(code);
    await button(page, /Check the code/).click();
    await page.locator('#challenge-team').fill('Team Blue');
    await button(page, /Start the challenge/).click();
    await waitForScreen(page, 'briefing');
    await page.locator('[data-key="start"]').click();
    await waitForScreen(page, 'board');
    expect(await page.locator('[data-key="board-challenge"]').textContent()).toContain(code);
    await screenshot(session, 'challenge-board-en-1080');
    // The months themselves are clicked through in the first test; here the team's save (a replay) is
    // taken on to one month before the term's end by the core (months only ended), and that month
    // is ended on the board.
    await continueOneMonthBeforeEnd(page, 'Team Blue');
    expect(await endMonth(page)).toBe('debrief');
    await expect.poll(() => page.locator('[data-key="result-qr"]').count(), POLL).toBe(1);
    expect(await page.locator('.result-panel').textContent()).toMatch(/Team: Team Blue/);
    expect(await page.locator('.result-panel').textContent()).toMatch(/not prove who chose the moves/);
    await screenshot(session, 'challenge-debrief-en-1080');
    // The learning points quote the lecture in English for an English room, and in Chinese after the switch.
    const quoteTexts = () =>
      page.$$eval('.learning-points .quote-text', (els) =>
        els.map((e) => `${e.getAttribute('lang')} ${e.textContent}`),
      );
    const inEnglish = await quoteTexts();
    expect(inEnglish.length).toBeGreaterThan(0);
    for (const q of inEnglish) expect(q).toMatch(/^en [^\u3400-\u9fff]+$/);
    await button(page, /^中文$/).click();
    await expect.poll(() => page.locator('.result-panel h2').textContent(), POLL).toBe('结果码');
    for (const q of await quoteTexts()) expect(q).toMatch(/^zh-CN .*[\u3400-\u9fff]/);
    await screenshot(session, 'challenge-debrief-zh-1080');
    const verdict = verifyResultCode(
      ((await page.locator('#result-code').textContent()) ?? '').trim(),
      lookup,
    );
    expect(verdict.ok && verdict.replay.team).toBe('Team Blue');
    expect(session.errors).toEqual([]);
  }, 240_000);
});
