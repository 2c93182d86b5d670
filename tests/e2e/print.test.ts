// What the room prints, on A4 portrait with nothing cut: a team's debrief, the facilitator's session
// report (ranking, charts, questions) and the facilitator guide of every scenario (Chinese and
// English). Each is laid out
// under print media at the A4 page's printable width (210 mm less the 14 mm margins on each side =
// 182 mm ≈ 688 CSS px), every visible element's box is compared with that width, no box clips its
// own content sideways, and the PDF is written with page.pdf({format: 'A4'}) to test-results/print-*.pdf
// (and, where pdftoppm exists, its pages as PNGs beside it, to look at).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { challengeCode, encodeResult, makeChallenge } from '../../src/codes';
import { makeReplay, replayToJson } from '../../src/replay';
import { SHIPPED, scenario } from '../server/helpers';
import { AUTOSAVE_KEY, launch, openGame, RESULTS_DIR, type Session, waitForScreen } from './helpers';

/** The guides laid out in the browser (see the test below for why these two). */
const PRINTED_GUIDES = ['flood-season', 'village-to-residence'];

/** A4 less 14 mm margins each side (the print stylesheets' @page), in CSS px at 96 per inch. */
const PRINTABLE_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);
const SCENARIO = 'old-neighbourhood';
const SEED = 'dayin';

interface Fit {
  /** Visible elements whose box leaves the printable width: selector-ish name and their left/right. */
  outside: string[];
  /** Elements that clip their content sideways (overflow not visible and content wider). */
  clipped: string[];
  /** The document's own width under print media. */
  scrollWidth: number;
  visible: number;
}

/** Lays the page out as print media at the printable width and measures every visible element. */
async function printFit(page: Page): Promise<Fit> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PRINTABLE_PX, height: 1123 });
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((width) => {
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
    const outside: string[] = [];
    const clipped: string[] = [];
    let visible = 0;
    for (const e of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(e);
      if (style.visibility === 'hidden' || e.getClientRects().length === 0) continue;
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Visually hidden text for screen readers (1×1 px, clipped) prints nothing.
      if (r.width <= 1 && r.height <= 1) continue;
      visible += 1;
      if (r.left < -1 || r.right > width + 1)
        outside.push(`${name(e)} ${Math.round(r.left)}…${Math.round(r.right)}`);
      if (
        (style.overflowX === 'hidden' ||
          style.overflowX === 'auto' ||
          style.overflowX === 'scroll' ||
          style.overflowX === 'clip') &&
        e.scrollWidth > e.clientWidth + 1 &&
        e !== document.documentElement &&
        e !== document.body
      )
        clipped.push(`${name(e)} ${e.scrollWidth}>${e.clientWidth}`);
    }
    return { outside, clipped, scrollWidth: document.documentElement.scrollWidth, visible };
  }, PRINTABLE_PX);
}

/** Writes the PDF (A4, print media) and, where pdftoppm is installed, a PNG of each page to look at. */
async function savePdf(page: Page, name: string): Promise<Buffer> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `print-${name}.pdf`);
  const pdf = await page.pdf({ format: 'A4', path, printBackground: true });
  try {
    execFileSync('pdftoppm', ['-png', '-r', '50', path, join(RESULTS_DIR, `print-${name}`)], {
      stdio: 'ignore',
    });
  } catch {
    // No pdftoppm here: the PDF is still saved.
  }
  return pdf;
}

/** Pages in a PDF Chromium wrote (each page object is `/Type /Page`). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function expectPrintable(page: Page, name: string): Promise<number> {
  const fit = await printFit(page);
  expect(fit.visible).toBeGreaterThan(20);
  const pdf = await savePdf(page, name);
  if (fit.outside.length || fit.clipped.length)
    process.stdout.write(`[print] ${name}:\n  ${[...fit.outside, ...fit.clipped].join('\n  ')}\n`);
  expect(fit.outside, `${name}: boxes outside the ${PRINTABLE_PX}px printable width`).toEqual([]);
  expect(fit.clipped, `${name}: content clipped sideways`).toEqual([]);
  expect(fit.scrollWidth).toBeLessThanOrEqual(PRINTABLE_PX + 1);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  await page.emulateMedia({ media: 'screen' });
  return pages;
}

function resultCode(bot: string, team: string): string {
  const g = playGame(scenario(SCENARIO), SEED, getBot(bot)!);
  const e = encodeResult(makeReplay(g.start, g.actions, g.state), team);
  if (!e.ok) throw new Error(e.refusal.message);
  return e.code;
}

describe('printing on A4 portrait, nothing cut', () => {
  let s: Session;
  beforeEach(async () => {
    s = await launch({ width: 1600, height: 900 });
  }, 60_000);
  afterEach(async () => {
    await s?.close();
  });

  it('a team’s debrief: rating, parts, charts, turning points, questions — inside the page', async () => {
    const { page } = s;
    await openGame(s);
    // A finished term as the autosave: 继续 opens its debrief.
    const g = playGame(scenario(SCENARIO), SEED, getBot('balanced')!);
    const text = replayToJson(makeReplay(g.start, g.actions, g.state));
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [AUTOSAVE_KEY, text]);
    await page.reload();
    await page.getByRole('button', { name: /继续/ }).first().click();
    await waitForScreen(page, 'debrief');
    await page.waitForSelector('.debrief .chart');
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

  it('the facilitator’s session report: ranking, each team’s months, questions — inside the page', async () => {
    const { page } = s;
    const made = makeChallenge(scenario(SCENARIO), SEED);
    if (!made.ok) throw new Error(made.refusal.message);
    await page.goto(`${s.baseURL}#facilitator`);
    await page.waitForSelector('.fac-root [data-key="challenge-input"]');
    await page.fill('[data-key="challenge-input"]', challengeCode(made.challenge));
    await page.click('[data-key="start-code"]');
    const codes = [
      resultCode('balanced', '第一组'),
      resultCode('top-down', '第二组 · 一个很长的队名'),
      resultCode('never-coordinate', 'Team Three'),
      resultCode('only-virtue', '第四组'),
    ];
    await page.fill('[data-key="codes"]', codes.join('\n'));
    await page.getByRole('button', { name: '添加' }).click();
    await page.waitForSelector('tr[data-team]:nth-child(4)');
    await page.click('[data-key="reveal"]');
    await page.waitForFunction(
      () => !document.querySelector('.fac-par')?.textContent?.includes('…'),
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.waitForSelector('.fac-multiple svg');
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
