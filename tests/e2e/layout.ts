// The element-box checks of the layout tests (print.test.ts): printed on A4 portrait, nothing is wider than
// the printable width or clipped sideways; on the room's 1920×1080 projector, no chart or table sits under
// a button bar (an element laid out of the flow — fixed, absolute or sticky — that is or holds a button),
// where the page opens and scrolled to the top and the bottom of its scroller.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { RESULTS_DIR } from './helpers';

/** A4 less 14 mm margins each side (the print stylesheets' @page), in CSS px at 96 per inch. */
export const PRINTABLE_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);

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
export async function printFit(page: Page): Promise<Fit> {
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

export async function expectPrintable(page: Page, name: string): Promise<number> {
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

/** Each chart or table that a button bar covers, at some scroll position: "what under which bar, where". */
export function overlaps(
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
