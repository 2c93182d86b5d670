// A browser that gives no WebGL context (graphics acceleration off, or a graphics card the browser will not
// use) cannot draw the game. The page says so and how to fix it, in the player's language, where it used
// to stay blank; the player's saves are left as they were.
import { afterEach, describe, expect, test } from 'vitest';
import { LANG_KEY } from '../../src/i18n/early.ts';
import { en } from '../../src/i18n/en.ts';
import { zhUi } from '../../src/i18n/zh.ts';
import { challengeCli, simCli } from './cli.ts';
import { openOfflineSession, PROJECTOR, pasteCodes, reveal } from './facilitate.ts';
import { AUTOSAVE_KEY, isNonBlank, launch, type Session, screenshot } from './helpers.ts';

/** In-page, before the page's scripts: the browser has WebGL's interfaces but hands out no context. */
function withoutWebgl(): void {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (
    this: HTMLCanvasElement,
    type: string,
    ...rest: unknown[]
  ) {
    if (/webgl/i.test(type)) return null;
    return (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof HTMLCanvasElement.prototype.getContext;
}

const notice = (session: Session) =>
  session.page.evaluate(() => {
    const box = document.getElementById('no-webgl');
    return {
      role: box?.getAttribute('role') ?? null,
      texts: [...(box?.children ?? [])].map((el) => el.textContent),
      overlayShown: [...document.querySelectorAll<HTMLElement>('.ui')].some((el) => !el.hidden),
      canvases: document.querySelectorAll('canvas').length,
    };
  });

describe('without WebGL the page says why, instead of staying blank', () => {
  let session: Session | null = null;

  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('a browser with no WebGL context is told, in Chinese, why and what to do; a save in storage is kept', async () => {
    session = await launch();
    const { page, context } = session;
    await context.addInitScript(withoutWebgl);
    await page.goto(session.baseURL);
    await page.locator('#no-webgl').waitFor();
    expect(await notice(session)).toEqual({
      role: 'alert',
      texts: [zhUi['noWebgl.title'], zhUi['noWebgl.why'], zhUi['noWebgl.fix']],
      overlayShown: false,
      canvases: 0,
    });
    expect(isNonBlank(await screenshot(session, 'no-webgl'))).toBe(true);
    expect(session.errors).toEqual([]);

    // A save the player had: the failed start neither reads it into a game nor removes it.
    const save = '{"kept":true}';
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [AUTOSAVE_KEY, save]);
    await page.reload();
    await page.locator('#no-webgl').waitFor();
    expect(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY)).toBe(save);
    expect(session.errors).toEqual([]);
  });

  test('in English, for a player who chose English', async () => {
    session = await launch();
    const { page, context } = session;
    await context.addInitScript((k) => localStorage.setItem(k, 'en'), LANG_KEY);
    await context.addInitScript(withoutWebgl);
    await page.goto(session.baseURL);
    await page.locator('#no-webgl').waitFor();
    expect((await notice(session)).texts).toEqual([
      en.ui['noWebgl.title'],
      en.ui['noWebgl.why'],
      en.ui['noWebgl.fix'],
    ]);
    expect(session.errors).toEqual([]);
  });

  test('the facilitator’s view still works without WebGL: codes verified and revealed; stepping through on the board says it needs WebGL', async () => {
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
    const row = page.locator('tr[data-team="第一组"]');
    expect(await row.textContent()).toContain(String(game.score));
    // Where 在棋盘上回看 would open the board, a note; the view never hides itself behind the WebGL note.
    expect(await page.locator('.fac-on-board').count()).toBe(0);
    expect(
      await page.locator('[data-key="on-board-第一组"], [data-key^="on-board-"]').first().textContent(),
    ).toBe(zhUi['review.needsWebgl']);
    expect(await page.locator('.fac-root').isVisible()).toBe(true);
    expect(isNonBlank(await screenshot(session, 'no-webgl-facilitator'))).toBe(true);
    expect(session.errors).toEqual([]);
  }, 120_000);
});
