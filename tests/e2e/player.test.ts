// The player's side of issues 10 and 12, in Chromium against the production build: the how-to-play
// page offered before month 1 (keyboard, both languages, remembered), a checkpoint code mid-game that
// `npm run verify` accepts as the game at month N, the ladder saying when the player is ready to step
// up (from an imported history), and a tap on a tablet keeping an explanation open.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { collectChars } from '../../scripts/game-font/collect.ts';
import { ROOT, startPreview } from '../../scripts/preview-server.ts';
import { HINTS_KEY } from '../../src/app/hintPrefs.ts';
import { historyFileText, recordId } from '../../src/app/historyFile.ts';
import { getBot } from '../../src/bots/index.ts';
import { playGame } from '../../src/bots/play.ts';
import { challengeCode, makeChallenge } from '../../src/codes/index.ts';
import { newGame, REFORM, REFORMS, RESPOND_COST, runActions } from '../../src/core/index.ts';
import { en } from '../../src/i18n/en.ts';
import { setLang } from '../../src/i18n/index.ts';
import { zhUi } from '../../src/i18n/zh.ts';
import { makeReplay, replayToJson } from '../../src/replay/index.ts';
import { costText } from '../../src/view/index.ts';
import { readiness } from '../../src/view/readiness.ts';
import { shippedScenario } from '../ui/fakes.ts';
import { verifyCli } from './cli.ts';
import { putSave } from './crafted.ts';
import {
  AUTOSAVE_KEY,
  fixSeeds,
  installServiceWorker,
  isNonBlank,
  key,
  launch,
  openGame,
  RESULTS_DIR,
  type Session,
  screenshot,
  waitForGame,
  waitForScreen,
} from './helpers.ts';

const POLL = { timeout: 15_000 };
const HOWTO_KEY = 'community-secretary.howto';

async function hintsOff(page: Page): Promise<void> {
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ off: true, seen: [] })), HINTS_KEY);
}

async function toBriefing(page: Page, scenario = 'old-neighbourhood'): Promise<void> {
  await key(page, 'new').click();
  await key(page, `scenario-${scenario}`).click();
  await waitForScreen(page, 'briefing');
}

describe('the player’s side: how to play, checkpoints, readiness, taps', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  test('a first-time player is offered how to play before month 1; it opens and closes by keyboard, reads the core’s costs, and the offer is remembered', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await hintsOff(page);
    await toBriefing(page);
    const offer = key(page, 'howto-offer');
    await offer.waitFor(POLL);
    expect(await offer.getAttribute('class')).toContain('first-time');
    // Not forced: Start keeps the focus; the offer is one Shift+Tab away.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'start',
    );
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'howto-open',
    );
    await page.keyboard.press('Enter');
    const dialog = page.locator('.howto-dialog');
    await dialog.waitFor(POLL);
    for (const part of ['energy', 'budget', 'actions', 'monthEnd', 'fragmentation', 'score', 'keys'])
      expect(await key(page, `howto-${part}`).count(), part).toBe(1);
    // Costs come from the core: the respond row shows costText(RESPOND_COST), each reform its own cost.
    setLang('zh');
    const respondRow = dialog.locator('tr', { hasText: zhUi['action.respond'] });
    expect(await respondRow.textContent()).toContain(costText(RESPOND_COST));
    await key(page, 'howto-reforms').locator('summary').click();
    const reforms = (await key(page, 'howto-reforms').textContent()) ?? '';
    for (const r of REFORMS) expect(reforms).toContain(costText(REFORM[r].cost));
    // The lecture's words are there (the concept quotes).
    expect(await dialog.locator('blockquote.quote').count()).toBeGreaterThanOrEqual(4);
    expect(isNonBlank(await screenshot(session, 'player-howto-zh'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), POLL).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key)).toBe(
      'howto-open',
    );
    // Remembered: after a reload the briefing offers only the quiet link.
    expect(await page.evaluate((k) => localStorage.getItem(k), HOWTO_KEY)).toBe('read');
    await page.reload();
    await waitForScreen(page, 'title');
    // From the title too, in English (its table is fetched on this first switch: wait until it is in).
    await page.locator('.lang-switch').click();
    await expect.poll(() => page.locator('.lang-switch').textContent(), POLL).toBe('中文');
    await key(page, 'howto').click();
    await dialog.waitFor(POLL);
    expect(await dialog.locator('h2').first().textContent()).toBe(en.ui['howto.title']);
    setLang('en');
    expect(await dialog.locator('tr', { hasText: en.ui['action.respond'] }).textContent()).toContain(
      costText(RESPOND_COST),
    );
    setLang('zh');
    expect(isNonBlank(await screenshot(session, 'player-howto-en'))).toBe(true);
    // Switching language with the page open shows it again, in the new language.
    await page.locator('.lang-switch').click();
    await expect.poll(() => dialog.locator('h2').first().textContent(), POLL).toBe(zhUi['howto.title']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), POLL).toBe(0);
    // Closed by the player, it stays closed on the next switch, and the screen takes clicks again.
    await page.locator('.lang-switch').click();
    await page.locator('.lang-switch').click();
    await page.waitForTimeout(300);
    expect(await dialog.count()).toBe(0);
    await toBriefing(page);
    await offer.waitFor(POLL);
    expect(await offer.getAttribute('class')).not.toContain('first-time');
    // Declining is remembered as well.
    await page.evaluate((k) => localStorage.removeItem(k), HOWTO_KEY);
    await page.reload();
    await waitForScreen(page, 'title');
    await toBriefing(page);
    await key(page, 'howto-decline').click();
    expect(await page.evaluate((k) => localStorage.getItem(k), HOWTO_KEY)).toBe('declined');
    expect(await key(page, 'howto-decline').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  test('switching language re-renders an open dialog in place, keeping the choices made in it, and the board takes clicks after it closes', async () => {
    session = await launch();
    const { page } = session;
    // The page's seed pinned: these months open with a concern in sight, so 回应诉求 is available.
    await fixSeeds(session);
    await openGame(session);
    await hintsOff(page);
    await toBriefing(page);
    await key(page, 'start').click();
    await waitForScreen(page, 'board');
    await key(page, 'act-respond').click();
    const dialog = page.locator('.dialog');
    await dialog.waitFor(POLL);
    const legend = () => dialog.locator('legend').allTextContents();
    expect(await legend()).toContain(zhUi['dialog.respondForces']);
    // Two forces chosen, then the language switched while the dialog is open.
    const boxes = dialog.locator('fieldset input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const go = key(page, 'dlg-go');
    const goZh = await go.textContent();
    await page.locator('.lang-switch').click();
    await expect.poll(legend, POLL).toContain(en.ui['dialog.respondForces']);
    expect(await dialog.locator('h2').first().textContent()).toMatch(/^Respond/);
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(true);
    // The estimate on the button follows the kept choice, now in English.
    expect(await go.textContent()).not.toBe(goZh);
    expect(await go.textContent()).toMatch(/^Respond/);
    expect(isNonBlank(await screenshot(session, 'player-dialog-en'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), POLL).toBe(0);
    // The board is not left inert: its buttons take clicks again.
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.screen')?.inert)).toBe(false);
    await key(page, 'act-respond').click();
    await dialog.waitFor(POLL);
    expect(await legend()).toContain(en.ui['dialog.respondForces']);
  });

  test('回应诉求 opens on the concern the board lists first (the most urgent), not the one that arrived first', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await hintsOff(page);
    // A game where month 2 opens with concerns whose arrival order is not their urgency (found by search).
    const sc = shippedScenario('old-neighbourhood');
    const start = newGame(sc, 'order0');
    const month2 = runActions(start, [{ type: 'endMonth' }]);
    await putSave(page, replayToJson(makeReplay(start, [{ type: 'endMonth' }], month2.state)));
    await waitForScreen(page, 'title');
    await key(page, 'continue').click();
    await waitForScreen(page, 'board');
    const firstCard = await page
      .locator('[data-key^="concern-"]')
      .first()
      .evaluate((el) => el.getAttribute('data-key')?.slice('concern-'.length));
    // Arrival order differs from the board's: the first to arrive is not the first listed.
    expect(firstCard).not.toBe(month2.state.concerns[0]?.id);
    await key(page, 'act-respond').click();
    await page.locator('.dialog input[name="concern"]:checked').waitFor(POLL);
    expect(await page.locator('.dialog input[name="concern"]:checked').getAttribute('value')).toBe(firstCard);
    expect(session.errors).toEqual([]);
  });

  test('a game in progress gives a checkpoint code at month N that npm run verify accepts as that unfinished game', async () => {
    session = await launch();
    const { page } = session;
    await openGame(session);
    await hintsOff(page);
    await toBriefing(page);
    const seed = await page.evaluate(
      () => /[0-9a-z]+(?=\s·\s\d+)/.exec(document.querySelector('.challenge-line')?.textContent ?? '')?.[0],
    );
    await key(page, 'start').click();
    await waitForScreen(page, 'board');
    // Month 1: clear the burden, end the month; then at month 2 ask for the checkpoint.
    await key(page, 'act-clearBurden').click();
    await key(page, 'act-endMonth').click();
    await key(page, 'summary-next').click();
    await page.waitForFunction(() => document.querySelector('.ui')?.getAttribute('data-month') === '2');
    await key(page, 'checkpoint').click();
    const panel = page.locator('.result-panel.checkpoint');
    await panel.waitFor(POLL);
    expect(await panel.getAttribute('data-checkpoint')).toBe('2');
    await key(page, 'result-qr').waitFor(POLL);
    const code = ((await key(page, 'result-code').textContent()) ?? '').trim();
    expect(code.length).toBeGreaterThan(10);
    expect(isNonBlank(await screenshot(session, 'player-checkpoint-zh'))).toBe(true);
    const [line] = await verifyCli([code]);
    expect(line).toMatchObject({
      ok: true,
      status: 'playing',
      months: 1,
      scenarioId: 'old-neighbourhood',
      ...(seed ? { seed } : {}),
    });
    // The board still plays on: Esc closes the dialog and the game is where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count(), POLL).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('board');
    expect(session.errors).toEqual([]);
  });

  test('the game says when the player is ready for the next level, from the history, and starts it on the same scenario', async () => {
    // Terms the balanced bot plays, kept as a history file: the page must agree with readiness().
    const sc = shippedScenario('old-neighbourhood');
    const bot = getBot('balanced');
    if (!bot) throw new Error('no balanced bot');
    const records = ['r1', 'r2', 'r3'].map((seed, i) => {
      const played = playGame(sc, seed, bot);
      const text = replayToJson(makeReplay(newGame(sc, seed), played.actions, played.state));
      return {
        record: { id: recordId(text), at: `2026-11-0${i + 1}T10:00:00.000Z`, abandoned: false, replay: text },
        row: {
          id: recordId(text),
          at: `2026-11-0${i + 1}T10:00:00.000Z`,
          abandoned: false,
          scenarioId: sc.id,
          seed,
          months: played.state.maxTurns,
          score: played.state.assessment?.score ?? null,
          rating: played.state.assessment?.rating ?? null,
        },
      };
    });
    const expected = readiness(
      records.map((r) => r.row),
      1,
    );
    const dir = mkdtempSync(join(tmpdir(), 'player-history-'));
    const file = join(dir, 'history.json');
    writeFileSync(file, historyFileText(records.map((r) => r.record)));

    session = await launch();
    const { page } = session;
    await openGame(session);
    await hintsOff(page);
    // Nothing kept: no nudge.
    await page.waitForTimeout(500);
    expect(await key(page, 'ready-note').count()).toBe(0);
    await key(page, 'history').click();
    await waitForScreen(page, 'history');
    await page.locator('[data-key="history-file"]').setInputFiles(file);
    await expect.poll(() => key(page, 'history-message').textContent(), POLL).not.toBe('');
    await key(page, 'history-back').click();
    await waitForScreen(page, 'title');
    rmSync(dir, { recursive: true, force: true });
    if (!expected.ready) {
      // The bot's terms did not qualify: the page must say nothing either.
      await page.waitForTimeout(1000);
      expect(await key(page, 'ready-note').count()).toBe(0);
      return;
    }
    const note = key(page, 'ready-note');
    await note.waitFor(POLL);
    expect(await note.getAttribute('data-level')).toBe(String(expected.next));
    expect(await note.textContent()).toContain(zhUi[`level.name${expected.next}` as keyof typeof zhUi]);
    expect(isNonBlank(await screenshot(session, 'player-ready-title-zh'))).toBe(true);

    // One more term at level 1: the bot's game, saved before its last month's end (a save is a replay),
    // continued and finished here; the debrief says what the rule says.
    const fourth = playGame(sc, 'r4', bot);
    const lastEnd = fourth.actions.length - 1;
    expect(fourth.actions[lastEnd]?.type).toBe('endMonth');
    const before = fourth.actions.slice(0, lastEnd);
    const saved = replayToJson(
      makeReplay(newGame(sc, 'r4'), before, runActions(newGame(sc, 'r4'), before).state),
    );
    await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [AUTOSAVE_KEY, saved]);
    await page.reload();
    await waitForScreen(page, 'title', 20_000);
    await key(page, 'continue').click();
    await waitForScreen(page, 'board');
    await key(page, 'act-endMonth').click();
    await key(page, 'summary-next').click();
    await waitForScreen(page, 'debrief');
    const after = readiness(
      [
        ...records.map((r) => r.row),
        {
          id: 'r4',
          at: new Date().toISOString(),
          abandoned: false,
          scenarioId: sc.id,
          seed: 'r4',
          months: fourth.state.maxTurns,
          score: fourth.state.assessment?.score ?? null,
          rating: fourth.state.assessment?.rating ?? null,
        },
      ],
      1,
    );
    const debriefNote = key(page, 'ready-note');
    if (!after.ready) {
      await page.waitForTimeout(1000);
      expect(await debriefNote.count()).toBe(0);
      return;
    }
    await debriefNote.waitFor(POLL);
    expect(await debriefNote.getAttribute('data-level')).toBe(String(after.next));
    expect(isNonBlank(await screenshot(session, 'player-ready-debrief-zh'))).toBe(true);
    await key(page, 'ready-start').click();
    await waitForScreen(page, 'briefing');
    // The next level, on the same scenario.
    expect(await page.locator('#briefing-title').textContent()).toBe(sc.title.zh);
    expect(await key(page, 'level-badge').textContent()).toContain(
      zhUi[`level.name${after.next}` as keyof typeof zhUi],
    );
    expect(await page.evaluate(() => localStorage.getItem('community-secretary.level'))).toBe(
      String(after.next),
    );
    // At the level it now plays, nothing is kept yet: the title's menu no longer nudges.
    await key(page, 'back').click();
    await waitForScreen(page, 'title');
    await key(page, 'back').click();
    await key(page, 'history').waitFor(POLL);
    await expect.poll(() => key(page, 'title-best').textContent(), POLL).toMatch(/最好成绩/);
    await page.waitForTimeout(800);
    expect(await key(page, 'ready-note').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  test('on a tablet a tap opens an explanation and keeps it open until a tap elsewhere or its close button', async () => {
    session = await launch({ width: 1280, height: 720 }, { hasTouch: true, isMobile: true });
    const { page, errors } = session;
    await page.goto(session.baseURL);
    await waitForScreen(page, 'title', 20_000);
    await hintsOff(page);
    await key(page, 'new').tap();
    await key(page, 'scenario-old-neighbourhood').tap();
    await waitForScreen(page, 'briefing');
    await key(page, 'start').tap();
    await waitForScreen(page, 'board');
    const tip = page.locator('#tip');
    await key(page, 'chip-energy').tap();
    await expect.poll(() => tip.isVisible(), POLL).toBe(true);
    // It stays open: still there a moment later, pinned, with a close button.
    await page.waitForTimeout(700);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.getAttribute('class')).toContain('pinned');
    await page.screenshot({ path: join(RESULTS_DIR, 'player-tap-tip.png') });
    // A tap on the tooltip's own text does not close it.
    await tip.locator('.tip-head').tap();
    await page.waitForTimeout(300);
    expect(await tip.isVisible()).toBe(true);
    // A tap elsewhere (the board's legend) closes it.
    await page.locator('.legend').tap();
    await expect.poll(() => tip.isVisible(), POLL).toBe(false);
    // A mode on the radar: tap opens, the close button closes.
    await key(page, 'mode-law').tap();
    await expect.poll(() => tip.isVisible(), POLL).toBe(true);
    await page.waitForTimeout(500);
    expect(await tip.textContent()).toMatch(/法治/);
    await key(page, 'tip-close').tap();
    await expect.poll(() => tip.isVisible(), POLL).toBe(false);
    // Tapping the same figure twice: open, then closed.
    await key(page, 'chip-budget').tap();
    await expect.poll(() => tip.isVisible(), POLL).toBe(true);
    await key(page, 'chip-budget').tap();
    await expect.poll(() => tip.isVisible(), POLL).toBe(false);
    expect(errors).toEqual([]);
  });
  test('a new version of the offline install is offered only between terms, and reloading applies it', async () => {
    // Its own copy of the build, so the "new version" (a changed page and service worker) touches no other test.
    const dir = join(ROOT, 'test-results', 'e2e-update-dist');
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(ROOT, 'test-results', 'e2e-dist'), dir, { recursive: true });
    const server = await startPreview('test-results/e2e-update-dist');
    try {
      session = await launch();
      const { page } = session;
      await page.goto(server.url);
      await waitForGame(page);
      await hintsOff(page);
      await installServiceWorker(page);
      await toBriefing(page);
      await key(page, 'start').click();
      await waitForScreen(page, 'board');

      // The new version: a changed page, and the service worker that precaches it.
      const marker = `<!-- update-test ${Date.now()} -->`;
      const html = join(dir, 'index.html');
      writeFileSync(html, readFileSync(html, 'utf8').replace('</head>', `${marker}</head>`));
      const sw = join(dir, 'sw.js');
      const swText = readFileSync(sw, 'utf8');
      const changed = swText.replace(
        // Minified ({url:"index.html",revision:"…"}) or not ("url": "index.html",\n "revision": "…").
        /("?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+"/,
        `$1${Date.now().toString(16)}"`,
      );
      expect(changed).not.toBe(swText);
      writeFileSync(sw, changed);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await expect
        .poll(
          () => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
          POLL,
        )
        .toBe(true);
      // In the middle of a term: not offered (the page looks once a second).
      await page.waitForTimeout(3000);
      expect(await key(page, 'update-prompt').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBe('board');

      // Out of the term (the title): offered; reloading applies it.
      await page.reload();
      await waitForScreen(page, 'title', 20_000);
      const prompt = key(page, 'update-prompt');
      await prompt.waitFor(POLL);
      expect(isNonBlank(await screenshot(session, 'player-update-prompt'))).toBe(true);
      await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), key(page, 'update-reload').click()]);
      await waitForGame(page);
      expect(
        await page.evaluate((m) => document.head.innerHTML.includes(m.slice(4, -3).trim()), marker),
      ).toBe(true);
      expect(
        await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
      ).toBe(false);
      // The term in progress survived the update: the title offers to continue it.
      await key(page, 'continue').waitFor(POLL);
      expect(session.errors).toEqual([]);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('a team name with characters outside the font subset is drawn, not blank: the names face loads the slice it needs', async () => {
    const { chars, lazyChars } = collectChars(ROOT);
    const inSubset = new Set([...chars, ...lazyChars]);
    const rare = [...'犇鑫淼焱垚燚骉羴'].find((c) => !inSubset.has(c));
    if (!rare) throw new Error('every candidate is in the subset: pick others');
    const made = makeChallenge(shippedScenario('old-neighbourhood'), 'names', 6);
    if (!made.ok) throw new Error(made.refusal.message);
    const team = `${rare}队`;
    session = await launch();
    const { page } = session;
    await page.goto(`${session.baseURL}#c=${challengeCode(made.challenge)}`);
    await waitForGame(page);
    await page.locator('#challenge-team').fill(team);
    await page.getByRole('button', { name: /开始挑战/ }).click();
    await waitForScreen(page, 'briefing');
    const line = key(page, 'briefing-code');
    expect(await line.textContent()).toContain(team);
    // The names face comes before the system's fonts, and the slice holding the character is fetched.
    await expect
      .poll(
        () =>
          page.evaluate(async (ch) => {
            await document.fonts.ready;
            return [...document.fonts].some(
              (f) =>
                f.family.replace(/"/g, '') === 'Game Names' &&
                f.status === 'loaded' &&
                document.fonts.check(`16px "Game Names"`, ch),
            );
          }, rare),
        POLL,
      )
      .toBe(true);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font')),
    ).toContain('Game Names');
    await line.screenshot({ path: join(RESULTS_DIR, 'player-team-name-rare.png') });
    expect(session.requests.some((u) => /noto-sans-sc-\d+-400-normal/.test(u))).toBe(true);
    // The facilitator's view shows the teams' typed names too: it loads the names face as it opens.
    const fac = await session.context.newPage();
    await fac.goto(`${session.baseURL}#facilitator`);
    await fac.waitForSelector('.fac-root [data-key="challenge-input"]');
    await expect
      .poll(
        () => fac.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font')),
        POLL,
      )
      .toContain('Game Names');
    await fac.close();
    expect(session.errors).toEqual([]);
  });
});
