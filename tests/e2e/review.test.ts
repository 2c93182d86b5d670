// Review on the board and forks, in Chromium, as a facilitator uses them: a team's result code (from
// `npm run sim -- --team X --json`, its main() run here) pasted into the offline facilitator view, the team's game opened on
// the real board read-only, stepped to month 3 (its figures compared with the state the rules give in
// Node), every action refused, then forked there, one move played and the term ended: the debrief
// shows the fork's score beside the original's, as Node computes it; par finishing from month 3 too.
// Coming back finds the facilitator's results as they were. The same from the history's past terms and
// from the live room's results. Screenshots at 1920×1080.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyFileText } from '../../src/app/historyFile';
import { getBot } from '../../src/bots';
import { parFrom } from '../../src/bots/par';
import { playGame } from '../../src/bots/play';
import { verifyResultCode } from '../../src/codes/verify';
import { type Action, type GameState, newGame, runActions } from '../../src/core';
import { makeReplay, replayToJson, statesByMonth } from '../../src/replay';
import { loadScenarioFiles } from '../../src/scenarios/node';
import { chips } from '../../src/view';
import { challengeCli, simCli } from './cli';
import {
  apiPost,
  openLiveSession,
  openOfflineSession,
  PROJECTOR,
  pasteCodes,
  reveal,
  withLiveRoom,
} from './facilitate';
import {
  isNonBlank,
  launch,
  openGame,
  RESULTS_DIR,
  type Session,
  screenshot,
  waitForScreen,
} from './helpers';

const SCENARIO = 'old-neighbourhood';
const SEED = 'huikan';
const TEAM = '回看组';
const SCENARIOS = loadScenarioFiles().scenarios;
const lookup = (id: string) => SCENARIOS.find((s) => s.id === id);

/** The figures of the board's top bar for a state, as the view model gives them. */
const chipValues = (s: GameState) => chips(s).map((c) => String(c.value));

describe('a team’s game on the board, read-only, and forked from month 3', () => {
  let s: Session;
  let code: string;
  let score: number;
  let start: GameState;
  let actions: Action[];

  beforeAll(async () => {
    code = await challengeCli(SCENARIO, SEED);
    const sim = await simCli({ scenario: SCENARIO, seed: SEED, bot: 'balanced', team: TEAM });
    const v = verifyResultCode(sim.resultCode, lookup);
    if (!v.ok) throw new Error(v.reason.message);
    score = sim.score;
    actions = v.replay.actions;
    start = newGame(lookup(SCENARIO)!, SEED, v.replay.months ? { months: v.replay.months } : {});
    s = await launch(PROJECTOR);
    const page = s.page;
    await openOfflineSession(s, code);
    await pasteCodes(page, [sim.resultCode]);
    await reveal(page);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  const month3 = () => statesByMonth(start, actions)[2]!;

  it('steps to month 3 on the real board and shows the figures the rules give for it', async () => {
    const page = s.page;
    await page.click(`[data-key="on-board-${TEAM}"]`);
    await page.waitForSelector('.review-bar');
    expect(await page.isVisible('.fac-root')).toBe(false);
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 1 月开始时 · 共 12 月');
    expect(await page.textContent('[data-key="review-marker"]')).toBe('回看中 · 只读');
    await page.click('[data-key="review-next"]');
    await page.click('[data-key="review-next"]');
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 3 月开始时 · 共 12 月');
    expect(await page.textContent('.topbar .month')).toContain('第 3 月');
    const shown = await page.$$eval('.topbar .chip-value', (els) => els.map((e) => e.textContent ?? ''));
    expect(shown).toEqual(chipValues(month3().state));
    // The month's moves in words: one line per move the team made in month 3.
    const moves = month3().actions.filter((a) => a.type !== 'endMonth').length;
    expect(await page.locator('.review-moves li').count()).toBe(moves);
    // The month's moves are shown whole (no scrolling a third move out of a column) and cover none of the
    // graph's words (the lower forces' names, alignment and load).
    const fit = await page.evaluate(() => {
      const box = document.querySelector('.review-moves')!;
      const b = box.getBoundingClientRect();
      const covered = [...document.querySelectorAll('.picture-label, .force-load')]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
        })
        .map((e) => e.textContent);
      return { hidden: box.scrollHeight - box.clientHeight, covered };
    });
    expect(fit.hidden).toBeLessThanOrEqual(1);
    expect(fit.covered).toEqual([]);
    expect(isNonBlank(await screenshot(s, 'review-month3'))).toBe(true);
    // ← and → step a month; Home and End go to the first month and the end of the term.
    await page.locator('.review-moves').click();
    await page.keyboard.press('ArrowLeft');
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 2 月开始时 · 共 12 月');
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 3 月开始时 · 共 12 月');
    // Switching language redraws the review where it was.
    await page.click('.lang-switch');
    // The English table is fetched on this first switch (src/i18n): wait until it is in.
    await page.waitForSelector('.lang-switch:not([aria-busy])');
    expect(await page.textContent('[data-key="review-month"]')).toBe('Start of month 3 of 12');
    expect(await page.textContent('[data-key="review-marker"]')).toBe('Reviewing · read-only');
    expect(isNonBlank(await screenshot(s, 'review-month3-en'))).toBe(true);
    await page.click('.lang-switch');
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 3 月开始时 · 共 12 月');
  });

  it('refuses every action while reviewing: the board does not change and says it is read-only', async () => {
    const page = s.page;
    const before = await page.$$eval('.topbar .chip-value', (els) => els.map((e) => e.textContent ?? ''));
    const acting = await page.$$eval('button.action, button.concern', (bs) =>
      bs.map((b) => b.getAttribute('aria-disabled')),
    );
    expect(acting.length).toBeGreaterThan(5);
    expect(acting.every((a) => a === 'true')).toBe(true);
    for (const sel of ['button.programme >> nth=0', 'button.concern >> nth=0', '[data-key="force-party"]']) {
      if ((await page.locator(sel).count()) === 0) continue;
      await page.locator(sel).click({ force: true });
      expect(await page.$('.modal-layer .dialog, .modal-layer [role="dialog"]')).toBeNull();
      expect(await page.textContent('.ui > p.live')).toContain('回看中 · 只读');
      await page.evaluate(() => {
        document.querySelector('.ui > p.live')!.textContent = '';
      });
    }
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 3 月开始时 · 共 12 月');
    expect(await page.$$eval('.topbar .chip-value', (els) => els.map((e) => e.textContent ?? ''))).toEqual(
      before,
    );
    expect(await page.$('.action-bar')).toBeNull();
  });

  it('forks at month 3: one move played, the term ended, the debrief shows the fork beside the original', async () => {
    const page = s.page;
    await page.click('[data-key="review-fork"]');
    await waitForScreen(page, 'board');
    await page.waitForSelector('[data-key="fork-tag"]');
    expect(await page.textContent('.topbar .month')).toContain('第 3 月');
    const programme = page.locator('button.programme:not(.unavailable)').first();
    const key = (await programme.getAttribute('data-key')) ?? '';
    await programme.click();
    expect(await page.textContent('[data-key="fork-tag"]')).toContain(`原局 ${score}`);
    expect(isNonBlank(await screenshot(s, 'review-fork-board'))).toBe(true);
    // Then end every month at once, to the end of the term.
    for (let i = 0; i < 20; i++) {
      await page.locator('[data-key="act-endMonth"]').click();
      const next = page.locator('[data-key="summary-next"]');
      await next.waitFor({ timeout: 15_000 });
      const last = ((await next.textContent()) ?? '').includes('考核');
      await next.click();
      if (last) break;
      await page.waitForFunction(
        () =>
          document.documentElement.dataset.screen === 'board' &&
          !document.querySelector('[data-key="summary-next"]') &&
          !(
            window as unknown as { __game: { scene: { isActive(k: string): boolean } } }
          ).__game.scene.isActive('MonthSummary'),
        undefined,
        { timeout: 15_000 },
      );
    }
    await waitForScreen(page, 'debrief');
    // The same line in Node: the prefix, the programme, then every month ended.
    let fork = runActions(start, [
      ...actions.slice(0, month3().at),
      { type: 'develop', programme: key.replace(/^prog-/, '') } as Action,
    ]).state;
    while (fork.status === 'playing') fork = runActions(fork, [{ type: 'endMonth' }]).state;
    const forkScore = fork.assessment?.score;
    expect(forkScore).toBeTypeOf('number');
    expect(await page.textContent('[data-key="fork-compare"]')).toBe(`原局 ${score} · 分支 ${forkScore}`);
    expect(isNonBlank(await screenshot(s, 'review-fork-debrief'))).toBe(true);
    // A fork is nobody's result to hand in: no result code on its debrief.
    expect(await page.$('.result-panel')).toBeNull();
    // The player's own saves were not touched: nothing was saved.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.replay.'))),
    ).toEqual([]);
  }, 180_000);

  it('lets par finish from month 3 in the worker, and the debrief compares it with the original', async () => {
    const page = s.page;
    await page.click('[data-key="home"]');
    await page.waitForSelector('.review-bar');
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 3 月开始时 · 共 12 月');
    const par = parFrom(month3().state).score;
    await page.click('[data-key="review-par-finish"]');
    // The page says par is at work while the worker searches (seconds; more on a loaded machine).
    expect(await page.textContent('[data-key="review-par"]')).toContain('标杆正在从第 3 月下完');
    await waitForScreen(page, 'debrief', 150_000);
    expect(await page.textContent('[data-key="fork-compare"]')).toBe(`原局 ${score} · 分支 ${par}`);
    // 每月决策 says whose each month was: the team's before month 3, par's from it.
    const who = (turn: number) =>
      page.textContent(`.timeline-month[data-turn="${turn}"] [data-key="timeline-who"]`);
    expect(await who(2)).toBe('原局');
    expect(await who(3)).toBe('标杆');
    expect(s.requests.filter((u) => /\/assets\/parWorker-[^/]*\.js$/.test(u)).length).toBeGreaterThanOrEqual(
      1,
    );
    expect(isNonBlank(await screenshot(s, 'review-par-debrief'))).toBe(true);
  }, 180_000);

  it('exit returns to the facilitator’s results as they were', async () => {
    const page = s.page;
    await page.click('[data-key="home"]');
    await page.waitForSelector('.review-bar');
    await page.click('[data-key="review-exit"]');
    await page.waitForSelector('.fac-podium', { state: 'visible' });
    expect(await page.textContent(`tr[data-team="${TEAM}"]`)).toContain(String(score));
    expect(isNonBlank(await screenshot(s, 'review-back-to-facilitator'))).toBe(true);
    expect(s.errors).toEqual([]);
  });
});

describe('a past term from the history, on the board', () => {
  let s: Session;
  let replayText: string;
  let final: GameState;
  beforeAll(async () => {
    const bot = getBot('balanced');
    if (!bot) throw new Error('no balanced bot');
    const game = playGame(lookup(SCENARIO)!, 'lishi', bot);
    final = game.state;
    replayText = replayToJson(makeReplay(game.start, game.actions, game.state));
    s = await launch(PROJECTOR);
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  /** The title → 历史记录 → a file with the one term imported; its 在棋盘上回看 button. */
  async function importTheTerm(): Promise<Locator> {
    const page = s.page;
    await openGame(s);
    await waitForScreen(page, 'title');
    const file = join(RESULTS_DIR, 'review-history.json');
    writeFileSync(
      file,
      historyFileText([{ id: '', at: '2026-12-01T08:00:00.000Z', abandoned: false, replay: replayText }]),
    );
    await page.click('[data-key="history"]');
    await waitForScreen(page, 'history');
    await page.locator('[data-key="history-file"]').setInputFiles(file);
    const open = page.locator('[data-key^="history-review-"]').first();
    await open.waitFor();
    return open;
  }

  it('par, worked out after the list is drawn, does not move a keyboard user off the term they reached', async () => {
    const open = await importTheTerm();
    await open.focus();
    // The best's score − par appears once par is worked out, a moment after the list.
    await s.page.locator('.history-par').waitFor();
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('每届任期: 在棋盘上回看 opens it at month 1, End shows the term’s result, exit returns to the history', async () => {
    const page = s.page;
    const open = await importTheTerm();
    await open.click();
    await page.waitForSelector('.review-bar');
    expect(await page.textContent('[data-key="review-month"]')).toBe('第 1 月开始时 · 共 12 月');
    expect(await page.textContent('[data-key="review-who"]')).toBe('回看：2026-12-01');
    await page.locator('[data-key="review-month"]').click();
    await page.keyboard.press('End');
    expect(await page.textContent('[data-key="review-month"]')).toBe('任期结束 · 共 12 月');
    expect(await page.textContent('.review-moves')).toContain(`${final.assessment?.score} 分`);
    // Nothing to play on from the end of the term.
    expect(await page.isDisabled('[data-key="review-fork"]')).toBe(true);
    expect(isNonBlank(await screenshot(s, 'review-history-end'))).toBe(true);
    await page.click('[data-key="review-exit"]');
    await waitForScreen(page, 'history');
    // The history reads its store again (asynchronously): the same one term, still there.
    await page.locator('[data-key^="history-review-"]').first().waitFor();
    expect(await page.locator('[data-key^="history-review-"]').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});

describe('the live room’s results, on the board', () => {
  const room = withLiveRoom();

  it('a team’s submitted game opens on the board from the live view, and exit returns to it', async () => {
    const { s, server } = room;
    const page = s.page;
    const challenge = await challengeCli(SCENARIO, SEED);
    const sessionId = await openLiveSession(page, server, challenge);
    const post = (path: string, body: unknown, token?: string) => apiPost(server, path, body, token);
    const joined = (await post(`/api/sessions/${sessionId}/teams`, { name: '现场组' })).json;
    const played = playGame(lookup(SCENARIO)!, SEED, getBot('balanced')!);
    const result = makeReplay(played.start, played.actions, played.state);
    await post(
      `/api/sessions/${sessionId}/submissions`,
      { id: 'sub-0001', attempt: 'attempt-1', replay: result },
      joined.token,
    );
    // Its result is in (finished; how it went waits for 揭晓).
    await page.waitForFunction(() =>
      document.querySelector('tr[data-team="现场组"] .status')?.classList.contains('status-done'),
    );
    await reveal(page);
    const open = page.locator('[data-key="on-board-现场组"]');
    await open.waitFor({ timeout: 30_000 });
    await open.click();
    await page.waitForSelector('.review-bar');
    expect(await page.textContent('[data-key="review-who"]')).toBe('回看：现场组');
    await page.click('[data-key="review-next"]');
    const month2 = statesByMonth(played.start, played.actions)[1]!.state;
    expect(await page.$$eval('.topbar .chip-value', (els) => els.map((e) => e.textContent ?? ''))).toEqual(
      chipValues(month2),
    );
    await page.click('[data-key="review-exit"]');
    await page.waitForSelector('.fac-podium', { state: 'visible' });
    expect(await page.textContent('tr[data-team="现场组"] .score')).toBe(
      String(played.state.assessment?.score),
    );
    expect(s.errors).toEqual([]);
  });
});
