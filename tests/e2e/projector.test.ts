// The room's projector, 1920×1080: no chart or table ever sits under a button bar. A bar is an element
// laid out out of the flow (position fixed, absolute or sticky) that is or holds a button — the game's
// language switch and the debrief's action row, the facilitator guide's toolbar. Each chart and table
// is checked where the page opens and again scrolled to the top and to the bottom of its scroller:
// the part of it that shows must not meet a bar.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { challengeCode, encodeResult, makeChallenge } from '../../src/codes';
import { makeReplay, replayToJson } from '../../src/replay';
import { scenario } from '../server/helpers';
import {
  AUTOSAVE_KEY,
  isNonBlank,
  launch,
  openGame,
  type Session,
  screenshot,
  waitForScreen,
} from './helpers';

const PROJECTOR = { width: 1920, height: 1080 };
const SCENARIO = 'old-neighbourhood';
const SEED = 'touying';

/** Each chart or table that a button bar covers, at some scroll position: "what under which bar, where". */
function overlaps(
  page: Page,
  within = 'body',
): Promise<{ checked: number; bars: string[]; found: string[] }> {
  return page.evaluate((within) => {
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
    const shown = (e: Element) => {
      const s = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return s.visibility !== 'hidden' && e.getClientRects().length > 0 && r.width > 1 && r.height > 1;
    };
    const area = innerWidth * innerHeight;
    const bars = [...document.querySelectorAll('body *')].filter((e) => {
      const pos = getComputedStyle(e).position;
      if (pos !== 'fixed' && pos !== 'absolute' && pos !== 'sticky') return false;
      if (!shown(e)) return false;
      const r = e.getBoundingClientRect();
      if (r.width * r.height > area / 4) return false; // a screen or a page, not a bar
      return e.tagName === 'BUTTON' || e.querySelector('button') !== null;
    });
    const content = [...document.querySelectorAll(`${within} :is(table, figure, svg)`)].filter(
      (e) => shown(e) && !bars.some((b) => b.contains(e) || e.contains(b)) && !e.closest('button'),
    );
    const scroller = (e: Element): Element => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (/(auto|scroll)/.test(s.overflowY) && p.scrollHeight > p.clientHeight + 1) return p;
      }
      return document.scrollingElement ?? document.documentElement;
    };
    // The part of e its clipping ancestors let show (plain numbers: a DOMRect flips a negative size).
    const visiblePart = (e: Element) => {
      const r = e.getBoundingClientRect();
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let p = e.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = p.getBoundingClientRect();
        left = Math.max(left, c.left);
        top = Math.max(top, c.top);
        right = Math.min(right, c.right);
        bottom = Math.min(bottom, c.bottom);
      }
      return { left, top, right, bottom, width: right - left, height: bottom - top };
    };
    const found = new Set<string>();
    const check = (where: string) => {
      for (const c of content) {
        const v = visiblePart(c);
        if (v.width <= 0 || v.height <= 0) continue;
        for (const b of bars) {
          if (!shown(b)) continue;
          const r = b.getBoundingClientRect();
          const w = Math.min(v.right, r.right) - Math.max(v.left, r.left);
          const h = Math.min(v.bottom, r.bottom) - Math.max(v.top, r.top);
          if (w <= 1 || h <= 1) continue;
          // Under the bar only if the bar is what shows there (the game's own bars sit beneath the
          // facilitator view, which covers them).
          const x = Math.max(v.left, r.left) + w / 2;
          const y = Math.max(v.top, r.top) + h / 2;
          const top = document.elementFromPoint(x, y);
          if (top && b.contains(top))
            found.add(`${name(c)} under ${name(b)} (${where}) at ${Math.round(x)},${Math.round(y)}`);
        }
      }
    };
    check('as opened');
    for (const c of content) {
      const s = scroller(c);
      const keep = s.scrollTop;
      c.scrollIntoView({ block: 'start' });
      check(`${name(c)} scrolled to the top`);
      c.scrollIntoView({ block: 'end' });
      check(`${name(c)} scrolled to the bottom`);
      s.scrollTop = keep;
    }
    return { checked: content.length, bars: bars.map(name), found: [...found] };
  }, within);
}

function resultCode(bot: string, team: string): string {
  const g = playGame(scenario(SCENARIO), SEED, getBot(bot)!);
  const e = encodeResult(makeReplay(g.start, g.actions, g.state), team);
  if (!e.ok) throw new Error(e.refusal.message);
  return e.code;
}

describe('on a 1920×1080 projector no chart or table is under a button bar', () => {
  let s: Session;
  beforeEach(async () => {
    s = await launch(PROJECTOR);
  }, 60_000);
  afterEach(async () => {
    await s?.close();
  });

  it('the debrief: charts and tables clear of the language switch and the action row', async () => {
    const { page } = s;
    await openGame(s);
    const g = playGame(scenario(SCENARIO), SEED, getBot('balanced')!);
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k!, v!),
      [AUTOSAVE_KEY, replayToJson(makeReplay(g.start, g.actions, g.state))],
    );
    await page.reload();
    await page.getByRole('button', { name: /继续/ }).first().click();
    await waitForScreen(page, 'debrief');
    await page.waitForSelector('.debrief .chart');
    await screenshot(s, 'projector-debrief');
    const r = await overlaps(page);
    expect(r.checked).toBeGreaterThanOrEqual(3);
    expect(r.bars.length).toBeGreaterThanOrEqual(1);
    expect(r.found, JSON.stringify(r.found, null, 1)).toEqual([]);
    await page.$eval('.debrief .chart', (e) => e.scrollIntoView({ block: 'start' }));
    expect(isNonBlank(await screenshot(s, 'projector-debrief-charts'))).toBe(true);
  }, 120_000);

  it('the facilitator view, revealed: the ranking, each team’s months and the divergence clear of every bar', async () => {
    const { page } = s;
    const made = makeChallenge(scenario(SCENARIO), SEED);
    if (!made.ok) throw new Error(made.refusal.message);
    await page.goto(`${s.baseURL}#facilitator`);
    await page.waitForSelector('.fac-root [data-key="challenge-input"]');
    await page.fill('[data-key="challenge-input"]', challengeCode(made.challenge));
    await page.click('[data-key="start-code"]');
    const teams = ['第一组', '第二组', '第三组', '第四组', '第五组', '第六组', '第七组', '第八组'];
    const bots = ['balanced', 'top-down', 'never-coordinate', 'only-virtue'];
    const codes = teams.map((t, i) => resultCode(bots[i % bots.length]!, t));
    await page.fill('[data-key="codes"]', codes.join('\n'));
    await page.click('[data-key="add"]');
    await page.waitForSelector('tr[data-team]:nth-child(8)');
    await page.click('[data-key="reveal"]');
    await page.waitForFunction(
      () => !document.querySelector('.fac-par')?.textContent?.includes('…'),
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.waitForSelector('.fac-multiple svg');
    await page.selectOption('[data-key="divergence-team"]', { label: '第二组' });
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
    expect(s.errors).toEqual([]);
  }, 180_000);
});
