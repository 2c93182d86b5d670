// The production build, opened in Chromium: it loads cleanly, stays on its own origin, draws on a 2D canvas,
// and draws Chinese in its own font (never tofu, never a system fallback).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  canvasPicture,
  fontReport,
  foreignRequests,
  isNonBlank,
  launch,
  openGame,
  pictureLabelReport,
  type Session,
  screenshot,
} from './helpers.ts';

describe('the production build in Chromium', () => {
  let session: Session;

  beforeAll(async () => {
    session = await launch();
    await openGame(session);
  });

  afterAll(async () => {
    await session?.close();
  });

  test('loads without console errors or failed requests', async () => {
    // Let a few frames run so errors thrown in the first updates are caught too.
    await session.page.waitForTimeout(500);
    expect(session.errors).toEqual([]);
  });

  test('requests nothing beyond its own origin', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(session)).toEqual([]);
  });

  test('draws its picture on a 2D canvas, read back: the emblem is there, so a blank canvas cannot pass', async () => {
    const picture = await canvasPicture(session.page);
    expect(picture.type).toBe(1); // Phaser.CANVAS: no WebGL context is asked for
    // The title's emblem: the core's red disc (一核) and the five rings around it.
    expect(picture.coreRed).toBeGreaterThan(1000);
    expect(picture.inked).toBeGreaterThan(picture.coreRed);
  });

  test('loads its own Chinese font in one weight, bold drawn from it, with real glyphs (not tofu)', async () => {
    const report = await fontReport(session.page);
    // One face (400); bold text is the browser's synthetic bold of it, so no second ~130 KB download.
    expect(report.loadedWeights).toEqual(['400']);
    expect(report.check).toBe(true);
    expect(report.inked).toBe(true);
    expect(report.distinctGlyphs).toBe(true);
  });

  test('serves the font from its own origin, built for the game (no @fontsource files)', () => {
    const fonts = session.requests.filter((url) => url.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => /\/assets\/game-font-[a-z0-9-]+\.woff2$/.test(url))).toBe(true);
  });

  test("sets the title picture's Chinese words in the game font, over the canvas", async () => {
    const report = await pictureLabelReport(session.page);
    expect(report.chineseLabels).toBeGreaterThan(0);
    expect(report.wrongFamily).toEqual([]);
    expect(report.fontNotLoaded).toEqual([]);
    expect(report.tofu).toEqual([]);
    // The words sit over the emblem the canvas draws, not beside it: 社区书记 above its centre.
    const box = await session.page.locator('.picture-label', { hasText: '社区书记' }).boundingBox();
    const canvas = await session.page.locator('canvas').boundingBox();
    expect(box && canvas && box.x > canvas.x && box.x + box.width < canvas.x + canvas.width / 2).toBe(true);
  });

  test('the first screen is drawn (screenshot saved, not blank)', async () => {
    const stats = await screenshot(session, 'title');
    expect(isNonBlank(stats), JSON.stringify(stats)).toBe(true);
  });
});
