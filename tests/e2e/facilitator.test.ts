// The facilitator's view in Chromium, as a facilitator uses it: offline, the teams' result codes (from
// `npm run sim -- --team X --json`, its main() run here: ./cli.ts) pasted with a tampered one and one of another challenge, the
// table ranked only after 揭晓, the CSV exported, the session surviving a reload; live, the real room
// server serving the same build, a session opened from a challenge code, a team's replay submitted
// through the API and appearing in the table without a reload. Screenshots at 1920×1080 (a projector).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { verifyResultCode } from '../../src/codes';
import { newGame, runActions } from '../../src/core';
import { makeReplay } from '../../src/replay';
import { scenario } from '../server/helpers';
import { challengeCli, type SimLine, simCli } from './cli';
import { resultCodeOf } from './crafted';
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
  downloadedBytes,
  isNonBlank,
  launch,
  openGame,
  type Session,
  screenshot,
  waitForScreen,
} from './helpers';

const SCENARIO = 'old-neighbourhood';
const SEED = 'peixun';

type Sim = SimLine;

const sim = (bot: string, team: string, seed = SEED): Promise<Sim> =>
  simCli({ scenario: SCENARIO, seed, bot, team });

const tableTeams = (s: Session) =>
  s.page.$$eval('table.fac-table tbody tr', (rows) =>
    rows.map((r) => [
      r.querySelector('.rank')?.textContent ?? '',
      r.querySelector('th')?.firstChild?.textContent ?? '',
      r.querySelector('.score')?.textContent ?? '',
    ]),
  );

describe('the facilitator view is its own chunk, entered from the title', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the first board loads no facilitator code; the title’s 主持人 button loads it and opens the view', async () => {
    await openGame(s);
    await waitForScreen(s.page, 'title');
    const facilitatorCode = () => s.requests.filter((u) => /\/assets\/facilitator-[^/]*\.js$/.test(u));
    expect(facilitatorCode()).toEqual([]);
    expect(isNonBlank(await screenshot(s, 'facilitator-title'))).toBe(true);
    await s.page.getByRole('button', { name: '主持人' }).click();
    await s.page.waitForSelector('.fac-root [data-key="challenge-input"]');
    expect(facilitatorCode()).toHaveLength(1);
    expect(isNonBlank(await screenshot(s, 'facilitator-setup'))).toBe(true);
    // 返回游戏 closes it and the title is there again.
    await s.page.click('[data-key="fac-close"]');
    expect(await s.page.$('.fac-root')).toBeNull();
    expect(await s.page.isVisible('[data-key="facilitator"]')).toBe(true);
    expect(s.errors).toEqual([]);
  });
});

describe('the facilitator, offline: codes pasted, verified, ranked, revealed, exported, kept', () => {
  let s: Session;
  let challenge: string;
  let games: Sim[];
  let practice: Sim;
  let foreign: Sim;

  beforeAll(async () => {
    challenge = await challengeCli(SCENARIO, SEED);
    games = [
      await sim('balanced', '第一组'),
      await sim('top-down', '第二组'),
      await sim('never-coordinate', '第三组'),
    ];
    practice = await sim('search', '第二组');
    foreign = await sim('balanced', '外来队', 'other');
    s = await launch(PROJECTOR);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  it('refuses the tampered and the foreign code by name, ranks the rest only after 揭晓, and keeps a later game as practice', async () => {
    const page = s.page;
    await openOfflineSession(s, challenge.toLowerCase());
    expect(await page.textContent('[data-key="challenge-code"]')).toBe(challenge);

    const tampered = `${games[0]!.resultCode.slice(0, 40)}${games[0]!.resultCode[40] === 'A' ? 'B' : 'A'}${games[0]!.resultCode.slice(41)}`;
    const pasted = [...games.map((g) => g.resultCode), tampered, foreign.resultCode, practice.resultCode];
    // The paste box is the textarea labelled 结果码; the button says 添加.
    await pasteCodes(page, pasted);
    await page.waitForSelector('.fac-refused li:nth-child(2)');
    const refused = await page.$$eval('.fac-refused li', (li) => li.map((x) => x.textContent ?? ''));
    expect(refused).toHaveLength(2);
    expect(refused[0]).toContain('校验不符');
    expect(refused[1]).toContain('不是本场挑战的对局');
    // In English, the same refusals and the count are worded again, not left in Chinese.
    await page.click('[data-key="fac-lang"]');
    await expect
      .poll(() => page.$$eval('.fac-refused li', (li) => li.map((x) => x.textContent ?? '')), {
        timeout: 10_000,
      })
      .toEqual([
        expect.stringContaining('The check does not match'),
        expect.stringContaining('A game of another challenge'),
      ]);
    expect(await page.textContent('.fac-added')).toMatch(/^\d+ accepted$/);
    await page.click('[data-key="fac-lang"]');
    await expect.poll(() => page.textContent('.fac-added'), { timeout: 10_000 }).toMatch(/^已收下 \d+ 个$/);

    // Before the reveal: three teams, no rank, no score on the page.
    const before = await tableTeams(s);
    expect(before.map((r) => r[1])).toEqual(['第一组', '第二组', '第三组']);
    expect(before.every((r) => r[0] === '—' && !/\d/.test(r[2]!))).toBe(true);
    // On a 1280×720 laptop before the reveal, nothing runs off the window's right edge: the codes' box
    // goes above the ranking, the toolbar wraps, and the headers keep their words on one line.
    await page.setViewportSize({ width: 1280, height: 720 });
    try {
      // Polled: the results are drawn again when par or the language arrives, and an element measured
      // between its lookup and its box can be gone (a run read a null box).
      for (const sel of ['.fac-toolbar', '.fac-trust', '.fac-table-wrap'])
        await expect
          .poll(
            async () => {
              const box = await page.locator(sel).first().boundingBox();
              return box ? box.x + box.width : Number.POSITIVE_INFINITY;
            },
            { message: sel, timeout: 10_000 },
          )
          .toBeLessThanOrEqual(1280);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      // Headers break between words, never one character a line (名次 had wrapped to 名 / 次).
      const headerLines = await page.$$eval('table.fac-table thead th', (th) =>
        th.map((x) => {
          const range = document.createRange();
          range.selectNodeContents(x);
          return new Set([...range.getClientRects()].map((c) => Math.round(c.top))).size;
        }),
      );
      expect(headerLines.slice(0, 2)).toEqual([1, 1]);
      expect(Math.max(...headerLines)).toBeLessThanOrEqual(2);
    } finally {
      await page.setViewportSize(PROJECTOR);
    }

    const hiddenText = await page.textContent('table.fac-table');
    for (const g of games) expect(hiddenText).not.toContain(String(g.score));
    await page.waitForFunction(
      () => !document.querySelector('.fac-par')?.textContent?.includes('…'),
      undefined,
      {
        timeout: 30_000,
      },
    );
    expect(isNonBlank(await screenshot(s, 'facilitator-offline-hidden'))).toBe(true);

    await reveal(page);
    const after = await tableTeams(s);
    const expected = [...games].sort((a, b) => b.score - a.score);
    expect(after.map((r) => r[1])).toEqual(expected.map((g) => g.team));
    expect(after.map((r) => Number(r[2]))).toEqual(expected.map((g) => g.score));
    // 第二组's first finished game counts; the search bot's later game is practice.
    const second = await page.textContent('tr[data-team="第二组"]');
    expect(second).toContain(String(games[1]!.score));
    expect(second).toContain('练习');
    expect(await page.locator('.fac-multiple').count()).toBe(3);
    // Each chart's month 1 label stands under month 1's point, not at the axis (the term's start).
    const axis = await page.$$eval('svg.fac-chart', (charts) =>
      charts.map((c) => {
        const one = [...c.querySelectorAll('text.axis')].find((t) => t.textContent === '1');
        const first = /^M([\d.]+),/.exec(c.querySelector('path.team-line')?.getAttribute('d') ?? '')?.[1];
        return [Number(one?.getAttribute('x')), Number(first)];
      }),
    );
    expect(axis.length).toBeGreaterThan(0);
    for (const [label, point] of axis) expect(label).toBeCloseTo(point!, 0);
    expect(isNonBlank(await screenshot(s, 'facilitator-offline-revealed'))).toBe(true);

    // The month a team lost the most against par, with what each did that month.
    const cell = (await page.textContent('tr[data-team="第一组"] td:last-child')) ?? '';
    expect(cell).toMatch(/^第 \d+ 月（−\d+）$/);
    const month = Number(/第 (\d+) 月/.exec(cell)?.[1]);
    await page.selectOption('[data-key="divergence-team"]', { label: '第一组' });
    await page.waitForSelector('.fac-div-par');
    expect(await page.textContent('[data-key="step-month"]')).toBe(`第 ${month} 月`);
    expect(await page.textContent('.fac-div-team')).toContain(`第 ${month} 月`);
    // Step on a month: the team's and par's choices of that month, with both scores.
    const step = month > 1 ? -1 : 1;
    await page.click(`[data-key="month-${step < 0 ? 'prev' : 'next'}"]`);
    expect(await page.textContent('[data-key="step-month"]')).toBe(`第 ${month + step} 月`);
    expect(await page.textContent('.fac-div-team')).toContain(`第 ${month + step} 月`);
    await page.$eval('.fac-divergence', (el) => el.scrollIntoView({ block: 'end' }));
    expect(isNonBlank(await screenshot(s, 'facilitator-offline-months'))).toBe(true);
  });

  it('prints on A4 portrait: the ranking and the questions, no control, nothing wider than the page', async () => {
    const page = s.page;
    await page.emulateMedia({ media: 'print' });
    // A4 less the 14 mm margins: 182 mm ≈ 688 CSS px.
    await page.setViewportSize({ width: 688, height: 1000 });
    const fit = await page.evaluate(() => {
      const root = document.querySelector('.fac-root') as HTMLElement;
      const table = document.querySelector('.fac-table') as HTMLElement;
      const hidden = (sel: string) =>
        [...document.querySelectorAll(sel)].every((e) => getComputedStyle(e).display === 'none');
      return {
        tableRight: table.getBoundingClientRect().right,
        width: root.clientWidth,
        controlsHidden: hidden('.fac-intake') && hidden('.fac-toolbar') && hidden('.fac-header'),
        questions: document.querySelectorAll('.fac-questions li').length,
      };
    });
    expect(fit.tableRight).toBeLessThanOrEqual(fit.width + 1);
    expect(fit.controlsHidden).toBe(true);
    expect(fit.questions).toBeGreaterThanOrEqual(5);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PROJECTOR);
  });

  it('exports a CSV with a UTF-8 byte-order mark that lists every game', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.click('[data-key="export-csv"]'),
    ]);
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    for (const g of [...games, practice])
      expect(lines.some((l) => l.includes(g.team) && l.includes(String(g.score)))).toBe(true);
    // In the page's language throughout (it said 'game', 'counted' and 'practice' in a Chinese file).
    expect(lines[0]).toContain('对局');
    expect(lines.filter((l) => l.includes(',计分,')).length).toBe(3);
    expect(lines.filter((l) => l.includes(',练习,')).length).toBe(1);
    expect(bytes.toString('utf8')).not.toMatch(/\b(game|counted|practice)\b/);
  });

  it('a reload loses nothing: the session comes back from IndexedDB, still revealed', async () => {
    await s.page.reload();
    await s.page.waitForSelector('.fac-podium');
    const rows = await tableTeams(s);
    expect(rows.map((r) => r[1])).toHaveLength(3);
    expect(await s.page.$$eval('.fac-refused li', (li) => li.length)).toBe(2);
    expect(s.errors).toEqual([]);
  });
});

describe('the facilitator, offline: a team’s first finished game counts whichever code comes first', () => {
  let s: Session;
  afterAll(async () => {
    await s?.close();
  });

  it('ranks the game a team’s browser numbered 1 though its second came first, and flags a team that kept its first back', async () => {
    const sc = scenario(SCENARIO);
    const challenge = await challengeCli(SCENARIO, SEED);
    const first = resultCodeOf(sc, SEED, 'balanced', '第一组', 1);
    const second = resultCodeOf(sc, SEED, 'search', '第一组', 2);
    const onlyLater = resultCodeOf(sc, SEED, 'top-down', '第二组', 3);
    const scoreOf = (code: string) => {
      const v = verifyResultCode(code, (id) => (id === sc.id ? sc : undefined));
      if (!v.ok) throw new Error(v.reason.message);
      return v.verified.score;
    };
    expect(scoreOf(second)).not.toBe(scoreOf(first));
    s = await launch(PROJECTOR);
    const page = s.page;
    await openOfflineSession(s, challenge);
    await pasteCodes(page, [second, onlyLater, first]);
    await page.waitForFunction(() => document.querySelectorAll('table.fac-table tbody tr').length === 2);
    // Before the reveal the flag is there already (it gives no score away).
    expect(await page.textContent('[data-team="第二组"] [data-key="later-attempt"]')).toBe(
      '计分的是该队第 3 局：此前完成的 2 局没有交来',
    );
    expect(await page.$('[data-team="第一组"] [data-key="later-attempt"]')).toBeNull();
    expect(await page.textContent('.fac-trust')).toContain('不论哪个码先交');
    await reveal(page);
    const rows = await tableTeams(s);
    const row = rows.find((r) => r[1] === '第一组');
    expect(row?.[2]).toBe(String(scoreOf(first)));
    expect(await page.textContent('[data-team="第一组"]')).toContain('另有 1 局练习');
    expect(isNonBlank(await screenshot(s, 'facilitator-attempts'))).toBe(true);
    expect(s.errors).toEqual([]);
  }, 120_000);
});

describe('the facilitator, live: the room API read as it happens', () => {
  const room = withLiveRoom();

  it('opens a session from a challenge code, sees a team join and its months arrive, then reveals', async () => {
    const { s, server } = room;
    const page = s.page;
    const challenge = await challengeCli(SCENARIO, SEED);
    const sessionId = await openLiveSession(page, server, challenge);
    expect(sessionId).toBeTruthy();

    // A team joins and plays through the API, as the team page would.
    const post = (path: string, body: unknown, token?: string) => apiPost(server, path, body, token);
    const joined = await post(`/api/sessions/${sessionId}/teams`, { name: '现场一组' });
    expect(joined.status).toBe(201);
    await page.waitForSelector('tr[data-team="现场一组"]');
    expect(await page.textContent('tr[data-team="现场一组"]')).toContain('已加入');

    const sc = scenario(SCENARIO);
    const bot = getBot('balanced');
    if (!bot) throw new Error('no bot');
    const played = playGame(sc, SEED, bot);
    const firstMonth = played.actions.slice(0, played.actions.findIndex((a) => a.type === 'endMonth') + 1);
    const checkpoint = makeReplay(
      newGame(sc, SEED),
      firstMonth,
      runActions(newGame(sc, SEED), firstMonth).state,
    );
    expect(
      (
        await post(
          `/api/sessions/${sessionId}/submissions`,
          { id: 'sub-0001', attempt: 'attempt-1', replay: checkpoint },
          joined.json.token,
        )
      ).status,
    ).toBe(201);
    await page.waitForFunction(() =>
      document.querySelector('tr[data-team="现场一组"] .months')?.textContent?.startsWith('1 /'),
    );
    const result = makeReplay(newGame(sc, SEED), played.actions, played.state);
    expect(
      (
        await post(
          `/api/sessions/${sessionId}/submissions`,
          { id: 'sub-0002', attempt: 'attempt-1', replay: result },
          joined.json.token,
        )
      ).status,
    ).toBe(201);
    // Finished, and before 揭晓 nothing says how: no pass or fail, no months (a term cut short would tell).
    await page.waitForFunction(() =>
      document.querySelector('tr[data-team="现场一组"] .status')?.classList.contains('status-done'),
    );
    expect(await page.textContent('tr[data-team="现场一组"] .months')).toBe('••••');
    expect(await page.textContent('tr[data-team="现场一组"] .score')).not.toContain(
      String(played.state.assessment?.score),
    );
    expect(isNonBlank(await screenshot(s, 'facilitator-live'))).toBe(true);

    await reveal(page);
    expect(await page.textContent('tr[data-team="现场一组"] .score')).toBe(
      String(played.state.assessment?.score),
    );
    expect(await page.textContent('tr[data-team="现场一组"] .rank')).toBe('1');
    expect(await page.textContent('tr[data-team="现场一组"] .months')).toMatch(/^12 \//);
    expect(isNonBlank(await screenshot(s, 'facilitator-live-revealed'))).toBe(true);
    // Back to the room's sessions: this one is told apart from another of the same challenge.
    await page.click('[data-key="live-back"]');
    const listed = page.locator(`[data-key="open-${sessionId}"]`);
    await listed.waitFor();
    expect(await listed.textContent()).toMatch(/peixun · \d\d:\d\d 开场 · 1 队已加入 · 已揭晓$/);
    expect(s.errors).toEqual([]);
  });
});

describe('the facilitator, live: a session chosen on the page', () => {
  const room = withLiveRoom();

  it('opens a session from a scenario, a seed and a shorter term chosen on the page, with its guide beside the scenario', async () => {
    const { s, server } = room;
    const page = s.page;
    await page.goto(`${server.origin}/#facilitator=${server.room.key}`);
    await page.waitForSelector('[data-key="live-months"]');
    await page.selectOption('[data-key="live-scenario"]', 'old-neighbourhood');
    // The guide's 45-minute plan plays a 6-month term.
    await page.selectOption('[data-key="live-months"]', '6');
    await page.fill('[data-key="live-seed"]', 'kecheng');
    expect(await page.locator('.fac-scenario-row [data-key="open-guide"]').count()).toBe(1);
    await page.click('[data-key="live-create-choose"]');
    await page.waitForSelector('[data-key="join-link"]');
    expect(await page.textContent('.fac-root')).toContain('老旧小区改造 · 种子 kecheng · 6 个月');
    expect(s.errors).toEqual([]);
  });
});

describe('the facilitator, live, when the room goes down', () => {
  const room = withLiveRoom();

  it('does not claim to take submissions it cannot see: it says what it knew before the connection dropped', async () => {
    const { s, server } = room;
    const page = s.page;
    await openLiveSession(page, server, await challengeCli(SCENARIO, SEED));
    const status = page.locator('[data-key="live-status"]');
    await expect.poll(() => status.textContent()).toBe('正在接收提交 · 0 队已加入');
    expect(await page.locator('.fac-live-status .fac-dot.on').count()).toBe(1);

    await server.close();
    await page.getByText('与现场服务器的连接中断，正在重连…').waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toBe('连接中断前：正在接收提交 · 0 队已加入');
    expect(await page.locator('.fac-live-status .fac-dot.on').count()).toBe(0);
    // Said once: the failed reconnections (every 2-3 s) add no second line saying the same.
    await page.waitForTimeout(4000);
    expect(await page.getByText('与现场服务器的连接中断').count()).toBe(1);
  }, 60_000);
});
