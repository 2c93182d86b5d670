// The room's layouts, checked box by box (tests/e2e/layout.ts): what the room prints, on A4 portrait with
// nothing cut — a team's debrief, the facilitator's session report (ranking, charts, questions) and the
// facilitator guide (Chinese and English) — and what it projects at 1920×1080, where no chart or table
// ever sits under a button bar (the game's language switch and the debrief's action row, the facilitator
// guide's toolbar). Each page is laid out once and checked both ways: first on the projector's screen,
// then under print media at the A4 page's printable width (210 mm less the 14 mm margins on each side =
// 182 mm ≈ 688 CSS px), every visible element's box compared with that width, no box clipping its own
// content sideways, and the PDF written with page.pdf({format: 'A4'}) to test-results/print-*.pdf (and,
// where pdftoppm exists, its pages as PNGs beside it, to look at).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { challengeCode, makeChallenge } from '../../src/codes';
import { SHIPPED, scenario } from '../server/helpers';
import { finishedTerm, putSave, resultCodeOf } from './crafted';
import { openOfflineSession, PROJECTOR, pasteCodes, reveal } from './facilitate';
import { isNonBlank, launch, openGame, type Session, screenshot, waitForScreen } from './helpers';
import { expectPrintable, overlaps } from './layout';

/** The guides laid out in the browser (see the test below for why these two). */
const PRINTED_GUIDES = ['flood-season', 'village-to-residence'];
const SCENARIO = 'old-neighbourhood';
const SEED = 'dayin';

describe('the room’s layouts: on a 1920×1080 projector nothing under a button bar; on A4 portrait nothing cut', () => {
  let s: Session;
  beforeEach(async () => {
    s = await launch(PROJECTOR);
  }, 60_000);
  afterEach(async () => {
    await s?.close();
  });

  it('a team’s debrief: charts and tables clear of the language switch and the action row; printed, rating, parts, charts, turning points, questions inside the page', async () => {
    const { page } = s;
    await openGame(s);
    // A finished term as the autosave: the title offers its debrief (上一届的总结), not to continue it.
    await putSave(page, finishedTerm(scenario(SCENARIO), SEED));
    expect(await page.locator('[data-key="continue"]').textContent()).toMatch(/^上一届的总结/);
    await page.locator('[data-key="continue"]').click();
    await waitForScreen(page, 'debrief');
    await page.waitForSelector('.debrief .chart');
    await screenshot(s, 'projector-debrief');
    const r = await overlaps(page);
    expect(r.checked).toBeGreaterThanOrEqual(3);
    expect(r.bars.length).toBeGreaterThanOrEqual(1);
    expect(r.found, JSON.stringify(r.found, null, 1)).toEqual([]);
    await page.$eval('.debrief .chart', (e) => e.scrollIntoView({ block: 'start' }));
    expect(isNonBlank(await screenshot(s, 'projector-debrief-charts'))).toBe(true);
    // Par (from its Web Worker) is printed beside the score: wait for it.
    await page.waitForFunction(
      () => !/标杆分计算中/.test(document.querySelector('.debrief')?.textContent ?? ''),
      undefined,
      {
        timeout: 60_000,
      },
    );
    const pages = await expectPrintable(page, 'debrief');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(s.errors).toEqual([]);
  }, 120_000);

  it('the facilitator’s session, revealed: the ranking, each team’s months and the divergence clear of every bar, the guide over it too; its report printed inside the page', async () => {
    const { page } = s;
    const made = makeChallenge(scenario(SCENARIO), SEED);
    if (!made.ok) throw new Error(made.refusal.message);
    await openOfflineSession(s, challengeCode(made.challenge));
    // Eight teams (a long name among them), four ways to play.
    const teams = [
      '第一组',
      '第二组 · 一个很长的队名',
      'Team Three',
      '第四组',
      '第五组',
      '第六组',
      '第七组',
      '第八组',
    ];
    const bots = ['balanced', 'top-down', 'never-coordinate', 'only-virtue'];
    const codes = teams.map((t, i) => resultCodeOf(scenario(SCENARIO), SEED, bots[i % bots.length]!, t));
    await pasteCodes(page, codes);
    await page.waitForSelector('tr[data-team]:nth-child(8)');
    await reveal(page);
    await page.waitForFunction(
      () => !document.querySelector('.fac-par')?.textContent?.includes('…'),
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.waitForSelector('.fac-multiple svg');
    await page.selectOption('[data-key="divergence-team"]', { label: teams[1]! });
    await page.waitForSelector('.fac-div-par');
    const r = await overlaps(page);
    expect(r.checked).toBeGreaterThanOrEqual(9);
    expect(r.found, JSON.stringify(r.found, null, 1)).toEqual([]);
    expect(isNonBlank(await screenshot(s, 'projector-facilitator'))).toBe(true);

    // The guide over it, on screen: its plan tables clear of its toolbar.
    await page.click('[data-key="open-guide"]');
    await page.waitForSelector('.fac-guide-plan[data-minutes="90"]');
    // Only the guide shows; the view beneath it is covered.
    const g = await overlaps(page, '.fac-guide-layer');
    expect(g.checked).toBeGreaterThanOrEqual(2);
    expect(g.found, JSON.stringify(g.found, null, 1)).toEqual([]);
    expect(isNonBlank(await screenshot(s, 'projector-guide'))).toBe(true);
    // While it is open the view beneath is inert; Esc closes it and gives the focus back to its button.
    expect(await page.$eval('.fac-main', (e) => (e as HTMLElement).inert)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.fac-guide-layer').count()).toBe(0);
    expect(await page.$eval('.fac-main', (e) => (e as HTMLElement).inert)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('open-guide');

    // The session report, printed: without the screen's 在棋盘上回看 buttons (nothing to press on paper).
    expect(await page.locator('.fac-on-board:visible').count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.fac-on-board:visible').count()).toBe(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await expectPrintable(page, 'session-report');
    expect(s.errors).toEqual([]);
  }, 180_000);

  // Two guides in the browser (CI's whole run must stay under 10 minutes): flood-season, the one term
  // that is not 12 months (its 90-minute plan is a 10-month term), and village-to-residence, the
  // scenario with the most text. Every scenario's guide content is checked in tests/facilitator/guide.test.ts,
  // and every guide shares this one layout.
  it.each(SHIPPED.map((sc) => sc.id).filter((id) => PRINTED_GUIDES.includes(id)))(
    'the facilitator guide of %s — plans, lever, prompts — inside the page',
    async (id) => {
      const { page } = s;
      await page.goto(`${s.baseURL}#facilitator`);
      await page.waitForSelector('.fac-root [data-key="scenario"]');
      await page.selectOption('[data-key="scenario"]', id);
      await page.click('[data-key="open-guide"]');
      await page.waitForSelector('.fac-guide-plan[data-minutes="90"]');
      expect(await page.locator('.fac-guide-plan').count()).toBe(2);
      await expectPrintable(page, `guide-${id}`);
      // Only the guide prints: the facilitator view under it is hidden from print.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.fac-main').isVisible()).toBe(false);
      expect(await page.locator('.fac-guide').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      // In English (the guide re-renders in place), the longer words still fit.
      await page.click('[data-key="guide-lang"]');
      await page.waitForFunction(
        () => document.querySelector('.fac-guide-eyebrow')?.textContent === 'Facilitator guide',
      );
      expect(await page.textContent('.fac-guide-plan[data-minutes="45"] h2')).toMatch(
        /^45-minute plan · a 6-month term$/,
      );
      await expectPrintable(page, `guide-${id}-en`);
      await page.click('[data-key="guide-lang"]');
      await page.click('[data-key="guide-back"]');
      expect(await page.locator('.fac-guide-layer').count()).toBe(0);
    },
    60_000,
  );
});
