// A live workshop in Chromium (issue 11): the real `npm run room` process on a loopback port with its
// own data file; the facilitator's page (#facilitator=KEY) opens a session from a challenge code;
// three teams join from their own browser contexts and play, each its own way, while their months
// appear on the facilitator's table without a reload. Mid-game the room is killed with kill -9; a
// team ends a month while it is down (the page keeps it: 待发送 1), the room restarts on the same
// file and port, the month arrives and is stored exactly once, and the session goes on, the
// facilitator's page included. A forged score, a tampered action and a token made from another
// team's id are refused by name and stored nowhere. After 揭晓 the ranked table is what
// `npm run verify -- --json` says of the replays the room stored.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/preview-server.ts';
import { getBot } from '../../src/bots';
import { playFrom } from '../../src/bots/play';
import { challengeCode, makeChallenge, verifyResultCode } from '../../src/codes';
import { newGame } from '../../src/core';
import { zh } from '../../src/i18n/zh.ts';
import { submissionsOf } from '../../src/server/simulate.ts';
import { teamKey } from '../../src/view/ranking.ts';
import { type Child, client, killHard, scenario, spawnRoom, tempDir } from '../server/helpers.ts';
import { reveal } from './facilitate';
import {
  isNonBlank,
  launchBrowser,
  playPolicyMonth,
  type Session,
  screenshot,
  type TeamPolicy,
} from './helpers.ts';
import { joinRoomAndStart, roomStatus } from './teams.ts';

const SCENARIO_ID = 'new-estate';
const SEED = 'room-workshop';
const MONTHS = 6;
/** The month team B ends while the room is down. */
const DOWN_MONTH = 3;
const DIST = join(ROOT, 'test-results/e2e-dist');
const BOT_TEAM = '机器人队';

const TEAMS: { name: string; policy: TeamPolicy }[] = [
  { name: '甲队', policy: () => 'first' },
  { name: '乙队', policy: (m) => (m % 2 === 1 ? 'last' : 'none') },
  { name: 'Team C', policy: () => 'none' },
];

let room: Child;
let dataDir = '';
let dataFile = '';
let port = '';
let call: ReturnType<typeof client>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const teams: Session[] = [];
let facilitator: Session;

beforeAll(async () => {
  dataDir = tempDir();
  dataFile = join(dataDir, 'room.sqlite');
  room = await spawnRoom(dataFile, ['--dist', DIST]);
  port = new URL(room.origin).port;
  call = client(room.origin);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const t of teams) await t.close();
  await facilitator?.close();
  await browser?.close();
  if (room) await killHard(room);
  rmSync(dataDir, { recursive: true, force: true });
});

const status = roomStatus;

/** The team's membership (its token) as its page keeps it. */
const tokenOf = (page: Page) =>
  page.evaluate(() => {
    for (const k of Object.keys(localStorage)) {
      try {
        const v = JSON.parse(localStorage.getItem(k) ?? 'null');
        if (v && typeof v.token === 'string') return v.token as string;
      } catch {
        // not JSON
      }
    }
    return '';
  });

const joinAndStart = (t: Session, name: string) => joinRoomAndStart(t, room.origin, name);

/** The facilitator's live table: team → its months cell and status cell. */
const liveRows = () =>
  facilitator.page.$$eval('table.fac-table tbody tr[data-team]', (rows) =>
    rows.map((r) => {
      const cells = [...r.children] as HTMLElement[];
      return {
        key: (r as HTMLElement).dataset.team ?? '',
        team: r.querySelector('th')?.firstChild?.textContent ?? '',
        rank: r.querySelector('.rank')?.textContent ?? '',
        score: r.querySelector('.score')?.textContent ?? '',
        rating: cells[3]?.textContent ?? '',
        months: r.querySelector('.months')?.textContent ?? '',
        status: r.querySelector('.status')?.className ?? '',
      };
    }),
  );
const monthsShown = async (name: string) =>
  (await liveRows()).find((r) => r.key === teamKey(name))?.months ?? '';

interface VerifyLine {
  input: string;
  ok: boolean;
  score: number | null;
  rating: 'excellent' | 'good' | 'pass' | 'fail' | null;
  months: number | null;
}

describe('a live workshop: three teams, the facilitator’s page, and a kill -9 of the room mid-game', () => {
  let sid = '';
  const played = [0, 0, 0];
  const screens: ('board' | 'debrief')[] = ['board', 'board', 'board'];

  /** Team i plays its next month. */
  const play = async (i: number) => {
    played[i] = played[i]! + 1;
    screens[i] = await playPolicyMonth(teams[i]!.page, TEAMS[i]!.policy, played[i]!);
  };

  it('the facilitator opens a session from a challenge code; three teams join and their months appear live', async () => {
    const made = makeChallenge(scenario(SCENARIO_ID), SEED, MONTHS);
    if (!made.ok) throw new Error(made.refusal.message);
    facilitator = await browser.newSession({ width: 1920, height: 1080 });
    const page = facilitator.page;
    await page.goto(`${room.origin}/#facilitator=${room.roomKey}`);
    await page.waitForSelector('[data-key="live-code"]');
    await page.fill('[data-key="live-code"]', challengeCode(made.challenge));
    await page.click('[data-key="live-create"]');
    await page.waitForSelector('[data-key="join-link"]');
    sid = /#room=([a-z2-9]+)/.exec((await page.textContent('[data-key="join-link"]')) ?? '')?.[1] ?? '';
    expect(sid).not.toBe('');

    for (const _ of TEAMS) teams.push(await browser.newSession());
    await Promise.all(TEAMS.map((t, i) => joinAndStart(teams[i]!, t.name)));
    // The joins appear on the facilitator's table (pushed, no reload).
    await expect
      .poll(async () => (await liveRows()).map((r) => r.team).sort(), { timeout: 15_000 })
      .toEqual(TEAMS.map((t) => t.name).sort());

    // Two months each, at the same time; each team's months show on the projector as they arrive.
    await Promise.all(
      TEAMS.map(async (_, i) => {
        await play(i);
        await play(i);
      }),
    );
    for (const t of TEAMS)
      await expect.poll(() => monthsShown(t.name), { timeout: 15_000 }).toBe(`2 / ${MONTHS}`);
    expect(isNonBlank(await screenshot(facilitator, 'room-workshop-live'))).toBe(true);
  }, 150_000);

  it('kill -9 of the room: a month ended while it is down waits in the page, arrives after the restart exactly once, and the session resumes', async () => {
    const b = teams[1]!;
    await expect.poll(() => status(b.page), { timeout: 15_000 }).toMatchObject({ sent: 2, pending: 0 });
    await killHard(room);
    await play(1);
    expect(played[1]).toBe(DOWN_MONTH);
    await expect.poll(() => status(b.page), { timeout: 15_000 }).toMatchObject({ sent: 2, pending: 1 });
    expect((await status(b.page)).text).toContain('待发送 1');

    // The same file, the same port: every open session resumes.
    room = await spawnRoom(dataFile, ['--dist', DIST, '--port', port]);
    expect(room.origin).toBe(`http://127.0.0.1:${port}`);
    expect(room.lines.some((l) => l.includes(`resumed 1 open session(s): ${sid}`))).toBe(true);
    call = client(room.origin);
    // The page's queue retries (with backoff) and delivers the month.
    await expect.poll(() => status(b.page), { timeout: 45_000 }).toMatchObject({ sent: 3, pending: 0 });
    const subs = (await call('GET', `/api/sessions/${sid}/submissions`, { token: room.roomKey })).json
      .submissions as { teamId: string; month: number; id: string }[];
    const bId = (await call('GET', `/api/sessions/${sid}`)).json.teams.find(
      (t: { name: string }) => t.name === TEAMS[1]!.name,
    ).teamId;
    expect(subs.filter((s) => s.teamId === bId).map((s) => s.month)).toEqual([1, 2, DOWN_MONTH]);
    // The facilitator's page reconnects by itself and shows the month.
    await expect
      .poll(() => monthsShown(TEAMS[1]!.name), { timeout: 30_000 })
      .toBe(`${DOWN_MONTH} / ${MONTHS}`);
  }, 150_000);

  it('a forged score, a tampered action and a token made from another team’s id are refused by name and stored nowhere', async () => {
    const tokenA = await tokenOf(teams[0]!.page);
    const tokenB = await tokenOf(teams[1]!.page);
    expect(tokenA).toMatch(/^[^.]+\..+/);
    const [idB] = tokenB.split('.');
    const secretA = tokenA.slice(tokenA.indexOf('.') + 1);
    const before = (await call('GET', `/api/sessions/${sid}/submissions`, { token: room.roomKey })).json
      .submissions.length;
    // A's last month as the room stored it: the base for the bad ones.
    const teamA = (await call('GET', `/api/sessions/${sid}/me`, { token: tokenA })).json;
    const last = teamA.submissions[teamA.submissions.length - 1];
    const stored = (
      await call('GET', `/api/sessions/${sid}/replays/${last.teamId}/${last.id}`, { token: tokenA })
    ).json.replay;
    const path = `/api/sessions/${sid}/submissions`;
    const forged = structuredClone(stored);
    forged.result.provisionalScore = 999;
    forged.result.score = (forged.result.score ?? 0) + 100;
    const r1 = await call('POST', path, {
      body: { id: 'forged-000001', attempt: 'attempt-forged', replay: forged },
      token: tokenA,
    });
    expect([r1.status, r1.json.error]).toEqual([422, 'resultDiffers']);
    const tampered = structuredClone(stored);
    tampered.actions.splice(0, 0, { type: 'develop', programme: 'no-such-programme' });
    const r2 = await call('POST', path, {
      body: { id: 'tamper-000001', attempt: 'attempt-tamper', replay: tampered },
      token: tokenA,
    });
    expect(r2.json.error).toMatch(/illegalAction|malformed/);
    expect(r2.status).toBeGreaterThanOrEqual(400);
    // Team B's id with team A's secret: the room issued no such token.
    const r3 = await call('POST', path, {
      body: { id: 'steal-0000001', attempt: 'attempt-steal', replay: stored },
      token: `${idB}.${secretA}`,
    });
    expect([r3.status, r3.json.error]).toEqual([403, 'forgedToken']);
    const after = (await call('GET', `/api/sessions/${sid}/submissions`, { token: room.roomKey })).json
      .submissions.length;
    expect(after).toBe(before);
  });

  it('the teams finish; after 揭晓 the ranked table is what npm run verify says of the stored replays', async () => {
    await Promise.all(
      TEAMS.map(async (_, i) => {
        while (screens[i] === 'board') {
          expect(played[i]).toBeLessThan(MONTHS);
          await play(i);
        }
      }),
    );
    for (const [i, t] of teams.entries())
      await expect
        .poll(() => status(t.page), { timeout: 30_000 })
        .toMatchObject({ sent: played[i], pending: 0 });
    // Each team's debrief code names the team, as an offline game's does: pasted into the offline view
    // (the fallback when the room is down), it lands on that team's row, not on one unnamed row.
    for (const [i, t] of teams.entries()) {
      const code = ((await t.page.locator('#result-code').textContent()) ?? '').trim();
      const verdict = verifyResultCode(code, (id) => scenario(id));
      expect(verdict.ok, code).toBe(true);
      expect(verdict.replay?.team).toBe(TEAMS[i]!.name);
    }
    // The results appear on the projector as they arrive, before any reveal: finished, and nothing that
    // tells the outcome — no score, no pass or fail, no term cut short.
    for (const t of TEAMS)
      await expect
        .poll(async () => (await liveRows()).find((r) => r.key === teamKey(t.name)), { timeout: 20_000 })
        .toMatchObject({ months: '••••', status: 'status status-done' });
    expect((await liveRows()).every((r) => !/\d/.test(r.score))).toBe(true);

    // Every team's months in the room once each, the result last.
    const subs = (await call('GET', `/api/sessions/${sid}/submissions`, { token: room.roomKey })).json
      .submissions as { teamId: string; month: number; kind: string; id: string; counted: boolean }[];
    const roster = (await call('GET', `/api/sessions/${sid}`)).json.teams as {
      teamId: string;
      name: string;
    }[];
    for (const [i, t] of TEAMS.entries()) {
      const id = roster.find((x) => x.name === t.name)!.teamId;
      const mine = subs.filter((s) => s.teamId === id);
      expect(mine.map((s) => s.month)).toEqual(Array.from({ length: played[i]! }, (_, k) => k + 1));
      expect(mine.filter((s) => s.kind === 'result' && s.counted)).toHaveLength(1);
    }

    // A fourth team plays balanced's line through the API: its row must say so in the live table.
    const bot = await call('POST', `/api/sessions/${sid}/teams`, { body: { name: BOT_TEAM } });
    expect(bot.status).toBe(201);
    const start = newGame(scenario(SCENARIO_ID), SEED, { months: MONTHS });
    const botSubs = submissionsOf(start, playFrom(start, getBot('balanced')!).actions);
    for (const [k, sub] of botSubs.entries()) {
      const r = await call('POST', `/api/sessions/${sid}/submissions`, {
        body: { id: `bot-sub-${String(k).padStart(4, '0')}`, attempt: 'bot-game-1', replay: sub.replay },
        token: bot.json.token,
      });
      expect(r.status, JSON.stringify(r.json)).toBe(201);
    }

    // The stored replays of the counted results, verified by the CLI.
    const standings = (await call('GET', `/api/sessions/${sid}/standings`, { token: room.roomKey })).json
      .standings as { teamId: string; name: string; counted: { submissionId: string } }[];
    const dir = mkdtempSync(join(tmpdir(), 'room-workshop-'));
    const files: { name: string; file: string }[] = [];
    for (const s of standings) {
      const r = await call('GET', `/api/sessions/${sid}/replays/${s.teamId}/${s.counted.submissionId}`, {
        token: room.roomKey,
      });
      const file = join(dir, `${files.length}.json`);
      writeFileSync(file, JSON.stringify(r.json.replay));
      files.push({ name: s.name, file });
    }
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src/cli/verify.ts'), '--json', ...files.map((f) => f.file)],
        { cwd: ROOT, encoding: 'utf8' },
      );
    } catch (e) {
      // verify exits 1 when an input is refused; its lines are still on stdout (and checked below).
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    rmSync(dir, { recursive: true, force: true });
    const verdicts = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as VerifyLine);
    expect(
      verdicts.map((v) => v.ok),
      out,
    ).toEqual([true, true, true, true]);
    const expected = files
      .map((f, i) => ({ name: f.name, ...verdicts[i]! }))
      .sort((a, b) => b.score! - a.score!);

    const page = facilitator.page;
    await reveal(page);
    await page.waitForSelector('.fac-podium');
    await expect
      .poll(async () => (await liveRows()).map((r) => r.team), { timeout: 15_000 })
      .toEqual(expected.map((v) => v.name));
    const rows = await liveRows();
    for (const [i, r] of rows.entries()) {
      const v = expected[i]!;
      const rank = 1 + expected.filter((o) => o.score! > v.score!).length;
      expect(r.rank.startsWith(String(rank))).toBe(true);
      expect(Number(r.score)).toBe(v.score);
      expect(r.rating).toBe(zh.rating[v.rating!]);
      expect(r.months).toBe(`${v.months} / ${MONTHS}`);
    }
    // The bot's line is flagged in words, naming the bot.
    await expect
      .poll(
        () => page.locator(`tr[data-team="${teamKey(BOT_TEAM)}"] [data-key="same-line"]`).allTextContents(),
        { timeout: 30_000 },
      )
      .toEqual([expect.stringMatching(/^与机器人走法相同：.*balanced/)]);
    expect(isNonBlank(await screenshot(facilitator, 'room-workshop-revealed'))).toBe(true);
    // Only the room being down made requests fail (refused, or a stream or a file cut by the kill: the room
    // serves the game's files too, the font's on-demand part among them), and no page broke.
    for (const s of [...teams, facilitator])
      expect(
        s.errors.filter(
          (e) =>
            !/ERR_CONNECTION_REFUSED|Failed to load resource|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|ERR_INCOMPLETE_CHUNKED_ENCODING|ERR_CONTENT_LENGTH_MISMATCH/.test(
              e,
            ),
        ),
      ).toEqual([]);
  }, 180_000);
});
