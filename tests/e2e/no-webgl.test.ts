// A browser that gives no WebGL context (graphics acceleration off, or a computer whose graphics card the
// browser will not use: old training-room laptops, remote desktops) plays the game all the same: the
// picture is drawn on a 2D canvas, which every browser gives (main.ts, scripts/vite-plugin-phaser.ts).
// Until the tenth session the game drew with WebGL and such a browser got a page saying it could not.
import { afterEach, describe, expect, test } from 'vitest';
import { challengeCli, simCli } from './cli.ts';
import { openOfflineSession, PROJECTOR, pasteCodes, reveal } from './facilitate.ts';
import {
  canvasPicture,
  isNonBlank,
  launch,
  openGame,
  pressOn,
  type Session,
  screenshot,
  waitForScreen,
} from './helpers.ts';

/** In-page, before the page's scripts: the browser has WebGL's interfaces but hands out no context. */
function withoutWebgl(): void {
  const getContext = HTMLCanvasElement.prototype.getContext;
  (window as unknown as { __webglAsked: number }).__webglAsked = 0;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (/webgl/i.test(type)) {
      (window as unknown as { __webglAsked: number }).__webglAsked++;
      return null;
    }
    return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof HTMLCanvasElement.prototype.getContext;
}

const webglAsked = (session: Session) =>
  session.page.evaluate(() => (window as unknown as { __webglAsked: number }).__webglAsked);

describe('without WebGL the game plays all the same: its picture is drawn on a 2D canvas', () => {
  let session: Session | null = null;

  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('a browser with no WebGL context gets the title and a drawn board, and never asks for WebGL', async () => {
    session = await launch();
    const { page, context } = session;
    await context.addInitScript(withoutWebgl);
    await openGame(session);
    const title = await canvasPicture(page);
    expect(title.type).toBe(1);
    expect(title.coreRed).toBeGreaterThan(1000);

    await pressOn(page, page.locator('[data-key="new"]'));
    await pressOn(page, page.locator('.scenario-button').first());
    await waitForScreen(page, 'briefing');
    await pressOn(page, page.getByRole('button', { name: /开始|Start/ }).first());
    await waitForScreen(page, 'board');
    await page.waitForFunction(() => typeof window.__playableAt === 'number');
    // The board's graph: the core's red disc is larger than the title's, and the five forces' rings and
    // the radar are drawn around it.
    const board = await canvasPicture(page);
    expect(board.coreRed).toBeGreaterThan(title.coreRed);
    expect(board.inked).toBeGreaterThan(board.coreRed * 2);
    expect(isNonBlank(await screenshot(session, 'no-webgl-board'))).toBe(true);
    expect(await webglAsked(session)).toBe(0);
    expect(session.errors).toEqual([]);
  });

  test('the facilitator’s view without WebGL: codes verified and revealed, and a team’s game stepped through on the board', async () => {
    const challenge = await challengeCli('old-neighbourhood', 'peixun');
    const game = await simCli({
      scenario: 'old-neighbourhood',
      seed: 'peixun',
      bot: 'balanced',
      team: '第一组',
    });
    session = await launch(PROJECTOR);
    const { page, context } = session;
    await context.addInitScript(withoutWebgl);
    await openOfflineSession(session, challenge);
    await pasteCodes(page, [game.resultCode]);
    await page.waitForSelector('tr[data-team="第一组"]');
    await reveal(page);
    expect(await page.locator('tr[data-team="第一组"]').textContent()).toContain(String(game.score));
    await page.click('[data-key="on-board-第一组"]');
    await page.waitForSelector('.review-bar');
    expect(await page.textContent('[data-key="review-marker"]')).toBe('回看中 · 只读');
    expect((await canvasPicture(page)).coreRed).toBeGreaterThan(1000);
    expect(isNonBlank(await screenshot(session, 'no-webgl-review'))).toBe(true);
    expect(await webglAsked(session)).toBe(0);
    expect(session.errors).toEqual([]);
  }, 120_000);
});
