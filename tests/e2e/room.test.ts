// The live room as a workshop uses it: the real room process serves the production build; a
// facilitator (here the API, with the room key) opens a session from a challenge code; two teams join
// from their own browsers with their names and play; one loses the network at a month's end, keeps the
// month in its browser ("待发送 1") and delivers it when the network is back — exactly once; the
// room's standings rank both teams with the very scores their pages computed. The team pages never
// hold the room key and ask for no standings before the reveal.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/preview-server.ts';
import { challengeCode, makeChallenge } from '../../src/codes';
import { type Child, client, killHard, scenario, spawnRoom, tempDir } from '../server/helpers.ts';
import {
  AUTOSAVE_KEY,
  fontReport,
  isNonBlank,
  launch,
  playPolicyMonth,
  type Session,
  screenshot,
  waitForGame,
  waitForScreen,
} from './helpers.ts';
import { joinRoomAndStart, roomStatus } from './teams.ts';

const MONTHS = 6;
const SEED = 'e2e-room';
const OFFLINE_MONTH = 3;

let room: Child;
let dataDir = '';
let call: ReturnType<typeof client>;
let sid = '';
const teams: Session[] = [];

beforeAll(async () => {
  dataDir = tempDir();
  room = await spawnRoom(join(dataDir, 'room.sqlite'), ['--dist', join(ROOT, 'test-results/e2e-dist')]);
  call = client(room.origin);
}, 30_000);

afterAll(async () => {
  for (const t of teams) await t.close();
  if (room) await killHard(room);
  rmSync(dataDir, { recursive: true, force: true });
});

const statusNumbers = roomStatus;

/** Opens the join address, joins with `name` and starts the session's challenge on the board. */
const joinAndStart = (t: Session, name: string) =>
  joinRoomAndStart(t, room.origin, name, async (page) => {
    // The card shows the session's challenge, and nothing the room sent is markup.
    expect(await page.locator('[data-key="room-card"] .room-session').textContent()).toContain(
      '种子 e2e-room',
    );
    expect(await page.locator('[data-key="room-card"] script, [data-key="room-card"] img').count()).toBe(0);
    await screenshot(t, `room-join-${teams.indexOf(t)}`);
  });

/** One programme if affordable, then 结束本月 and on past the summary; says where that led. */
const playMonth = (page: Page) => playPolicyMonth(page, () => 'first', 0);

/** The score in the page's own save: the replay its core computed. */
const pageGame = (page: Page) =>
  page.evaluate((key) => {
    const replay = JSON.parse(localStorage.getItem(key) ?? 'null');
    return {
      score: replay?.result.score as number | null,
      months: (replay?.actions ?? []).filter((x: { type: string }) => x.type === 'endMonth').length as number,
    };
  }, AUTOSAVE_KEY);

describe('a live room with two teams', () => {
  test('months arrive as played; a month ended offline is kept, then delivered once; standings match the pages', async () => {
    const made = makeChallenge(scenario('new-estate'), SEED, MONTHS);
    if (!made.ok) throw new Error(made.refusal.message);
    const created = await call('POST', '/api/sessions', {
      body: { code: challengeCode(made.challenge) },
      token: room.roomKey,
    });
    expect(created.status).toBe(201);
    sid = created.json.session.id;
    expect(created.json.session.challenge).toEqual({ scenarioId: 'new-estate', seed: SEED, months: MONTHS });

    const [a, b] = [await launch(), await launch()];
    teams.push(a, b);
    await joinAndStart(a, '第一组');
    await joinAndStart(b, 'Team Two');

    // Month 1 and 2 for A, month 1 for B, all online: delivered at once.
    for (let m = 1; m < OFFLINE_MONTH; m++) await playMonth(a.page);
    await playMonth(b.page);
    await expect
      .poll(() => statusNumbers(a.page), { timeout: 10_000 })
      .toMatchObject({ sent: 2, pending: 0 });
    await expect
      .poll(() => statusNumbers(b.page), { timeout: 10_000 })
      .toMatchObject({ sent: 1, pending: 0 });
    expect((await statusNumbers(a.page)).text).toContain('已送达 2');

    // A's Wi-Fi drops for a month's end: the month waits in the browser, and the page says so.
    await a.context.setOffline(true);
    await playMonth(a.page);
    await expect
      .poll(() => statusNumbers(a.page), { timeout: 10_000 })
      .toMatchObject({ sent: 2, pending: 1 });
    expect((await statusNumbers(a.page)).text).toContain('待发送 1');
    const queued = await a.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('community-secretary.room.queue.')),
    );
    expect(queued).toHaveLength(1);
    // Every Chinese character of the line is drawn in the game's own (subset) font: none left out.
    const line = (await statusNumbers(a.page)).text;
    const chars = [...new Set(line.match(/[\u4e00-\u9fff]/gu) ?? [])].join('');
    expect(chars).toContain('待');
    expect(await fontReport(a.page, chars)).toMatchObject({ inked: true, distinctGlyphs: true });
    // The team's challenge line beside the title leaves the chips clear of the language button, and the
    // room's line keeps off the fragmentation warning.
    const boxes = await a.page.evaluate(() => {
      const r = (sel: string) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
      const chips = [...document.querySelectorAll('.topbar .chip')].map((c) => c.getBoundingClientRect());
      return {
        lastChip: chips.at(-1)?.right ?? 0,
        lang: r('.lang-switch')?.left ?? 0,
        warning: r('.frag-warning:not([hidden])'),
        status: r('.room-status'),
      };
    });
    expect(boxes.lastChip).toBeLessThanOrEqual(boxes.lang);
    if (boxes.warning && boxes.status)
      expect(boxes.status.top >= boxes.warning.bottom || boxes.status.bottom <= boxes.warning.top).toBe(true);
    const shot = await screenshot(a, 'room-team-offline');
    expect(isNonBlank(shot)).toBe(true);
    const whileOffline = (await call('GET', `/api/sessions/${sid}/submissions`, { token: room.roomKey })).json
      .submissions;
    expect(whileOffline.filter((s: { month: number }) => s.month === OFFLINE_MONTH)).toHaveLength(0);

    await a.context.setOffline(false);
    await expect
      .poll(() => statusNumbers(a.page), { timeout: 40_000 })
      .toMatchObject({ sent: 3, pending: 0 });

    // Both finish the term.
    let screen: string = 'board';
    while (screen !== 'debrief') screen = await playMonth(a.page);
    screen = 'board';
    while (screen !== 'debrief') screen = await playMonth(b.page);
    // A term ends after its last month, or earlier when the community fragments (a lost game is a result too).
    const gameA = await pageGame(a.page);
    const gameB = await pageGame(b.page);
    for (const g of [gameA, gameB]) {
      expect(typeof g.score).toBe('number');
      expect(g.months).toBeGreaterThan(OFFLINE_MONTH);
      expect(g.months).toBeLessThanOrEqual(MONTHS);
    }
    await expect
      .poll(() => statusNumbers(a.page), { timeout: 10_000 })
      .toMatchObject({ sent: gameA.months, pending: 0 });
    await expect
      .poll(() => statusNumbers(b.page), { timeout: 10_000 })
      .toMatchObject({ sent: gameB.months, pending: 0 });
    // The debrief does not send a team to the facilitator with its code: the room has the game.
    for (const t of [a, b])
      await expect
        .poll(() => t.page.locator('[data-key="result-help"]').textContent(), { timeout: 10_000 })
        .toContain('已送达房间，主持人那里已经有了');
    expect(await b.page.locator('[data-key="result-counts"]').textContent()).toContain('房间排名计的就是它');
    await screenshot(b, 'room-team-debrief');

    // Exactly once: every month of A's game is in the room once, the offline one included.
    const subs = (await call('GET', `/api/sessions/${sid}/submissions`, { token: room.roomKey })).json
      .submissions;
    for (const [name, g] of [
      ['第一组', gameA],
      ['Team Two', gameB],
    ] as const) {
      const teamId = (await call('GET', `/api/sessions/${sid}`)).json.teams.find(
        (t: { name: string }) => t.name === name,
      ).teamId;
      const mine = subs.filter((s: { teamId: string }) => s.teamId === teamId);
      expect(mine.map((s: { month: number }) => s.month)).toEqual(
        Array.from({ length: g.months }, (_, i) => i + 1),
      );
      expect(mine.map((s: { kind: string }) => s.kind)).toEqual([
        ...Array(g.months - 1).fill('checkpoint'),
        'result',
      ]);
      expect(new Set(mine.map((s: { id: string }) => s.id)).size).toBe(g.months);
    }

    // The standings (the facilitator's view, with the room key) rank both with their pages' own scores.
    const standings = (await call('GET', `/api/sessions/${sid}/standings`, { token: room.roomKey })).json
      .standings;
    const byName = Object.fromEntries(
      standings.map((s: { name: string; counted: { score: number } | null }) => [s.name, s.counted?.score]),
    );
    expect(byName).toEqual({ 第一组: gameA.score, 'Team Two': gameB.score });

    // The team pages never held the room key, and asked for no standings before the reveal.
    for (const t of [a, b]) {
      expect(t.requests.some((u) => u.includes(room.roomKey))).toBe(false);
      expect(t.requests.some((u) => u.includes('/standings'))).toBe(false);
      const stored = await t.page.evaluate(() => JSON.stringify({ ...localStorage }));
      expect(stored).not.toContain(room.roomKey);
    }

    // The facilitator reveals: each team's line now says its own rank (read from the public standings).
    expect((await statusNumbers(a.page)).text).not.toContain('名次');
    const revealed = await call('POST', `/api/sessions/${sid}/reveal`, { token: room.roomKey });
    expect(revealed.status).toBe(200);
    const ranked = [...standings].sort((x: { rank: number }, y: { rank: number }) => x.rank - y.rank);
    for (const [t, name] of [
      [a, '第一组'],
      [b, 'Team Two'],
    ] as const) {
      const rank = ranked.find((x: { name: string }) => x.name === name).rank;
      await expect
        .poll(async () => (await statusNumbers(t.page)).text, { timeout: 15_000 })
        .toContain(`名次已公布：第 ${rank} 名（共 2 队）`);
    }
    await screenshot(a, 'room-team-revealed');
  }, 300_000);

  test('a team back after a reload is offered its game to continue, never a fresh start, even after practising another meanwhile', async () => {
    const made = makeChallenge(scenario('new-estate'), SEED, MONTHS);
    if (!made.ok) throw new Error(made.refusal.message);
    const created = await call('POST', '/api/sessions', {
      body: { code: challengeCode(made.challenge) },
      token: room.roomKey,
    });
    expect(created.status).toBe(201);
    const c = await launch();
    teams.push(c);
    const { page } = c;
    await joinRoomAndStart(c, room.origin, '第三组');
    // The month's summary is up over the board: the room's line covers none of the board's buttons.
    await page.locator('[data-key="act-endMonth"]').click();
    await page.locator('[data-key="summary-next"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => roomStatus(page).then((x) => x.sent), { timeout: 10_000 }).toBe(1);
    const covered = await page.evaluate(() => {
      const line = document.querySelector('.room-status')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('#ui .screen button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return (
            r.width > 0 &&
            r.left < line.right &&
            r.right > line.left &&
            r.top < line.bottom &&
            r.bottom > line.top
          );
        })
        .map((b) => b.dataset.key ?? b.className);
    });
    expect(covered).toEqual([]);
    await page.locator('[data-key="summary-next"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.screen === 'board');
    const cardOffersOnlyContinue = async () => {
      await page.reload();
      await waitForGame(page);
      await page.locator('[data-key="room-continue"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-key="room-play"]').count()).toBe(0);
      expect(await page.locator('[data-key="room-card"]').textContent()).toContain('不能重新开始');
    };
    await cardOffersOnlyContinue();
    await screenshot(c, 'room-team-continue-only');
    // Free practice on another scenario meanwhile: the title now holds that game, and the card still
    // finds the session's game in its own save.
    await page.locator('[data-key="room-free"]').click();
    await page.locator('[data-key="new"]').click();
    await page.locator('[data-key="scenario-old-neighbourhood"]').click();
    await waitForScreen(page, 'briefing');
    await page.locator('[data-key="start"]').click();
    await waitForScreen(page, 'board');
    expect(await page.locator('.scenario-name').textContent()).toBe(scenario('old-neighbourhood').title.zh);
    await cardOffersOnlyContinue();
    await page.locator('[data-key="room-continue"]').click();
    await waitForScreen(page, 'board');
    expect(await page.locator('.scenario-name').textContent()).toBe(scenario('new-estate').title.zh);
    expect(await page.locator('[data-key="board-month"]').textContent()).toMatch(
      new RegExp(`^第 2 月 / ${MONTHS}`),
    );
    expect(c.errors).toEqual([]);
  }, 120_000);
});
