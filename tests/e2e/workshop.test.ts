// A whole offline workshop in Chromium (issue 10): three teams, each in its own browser context, play
// one 6-month challenge from its code through the UI (title → 输入挑战码 → team name → the board's
// real buttons, each team choosing differently) and read their debrief's result code; the
// facilitator (title → 主持人) opens the session for that challenge, pastes the three codes with one
// tampered and one mistyped, and the page must agree with `npm run verify -- --json` on the same
// codes: the ranked table (team, score, rating, months), the two refusals by name, the podium after
// 揭晓, the month each team first left par's line (worked out here from the codes' actions), the
// CSV, and the session again after a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parFrom } from '../../src/bots/par.ts';
import type { VerifyLine as CliVerifyLine } from '../../src/cli/verify.ts';
import { challengeCode, makeChallenge, verifyResultCode } from '../../src/codes/index.ts';
import {
  type Action,
  assess,
  balanceIndex,
  newGame,
  runActions,
  type Scenario,
} from '../../src/core/index.ts';
import { botLines } from '../../src/dom/botLines.ts';
import { refusalLine } from '../../src/facilitator/text.ts';
import { zh } from '../../src/i18n/zh.ts';
import { loadScenarioById } from '../../src/scenarios/node.ts';
import { sameLines } from '../../src/view/ranking.ts';
import { simCli, verifyCli } from './cli.ts';
import { reveal } from './facilitate';
import {
  downloadedBytes,
  isNonBlank,
  launchBrowser,
  type Session,
  screenshot,
  type TeamPolicy,
  waitForGame,
  waitForScreen,
} from './helpers.ts';
import { playToDebrief, startChallenge } from './teams.ts';

const SCENARIO_ID = 'old-neighbourhood';
const SEED = 'workshop-e2e';
const MONTHS = 6;
const POLL = { timeout: 15_000 };
/** A fourth result, made by a bot (`npm run sim`): its row must carry the "same moves as a bot" flag. */
const BOT_TEAM = '机器人队';

/** Three teams, three ways to play: a programme every month, one in the first two months, none. */
const TEAMS: { name: string; policy: TeamPolicy }[] = [
  { name: '第一组', policy: () => 'first' },
  { name: '第二组', policy: (m) => (m <= 2 ? 'last' : 'none') },
  { name: 'Team 3', policy: () => 'none' },
];

function scenario(id: string): Scenario {
  const r = loadScenarioById(id);
  if (!r.ok) throw new Error(r.error.message);
  return r.scenario;
}
const lookup = (id: string) => {
  const r = loadScenarioById(id);
  return r.ok ? r.scenario : undefined;
};

type VerifyLine = Pick<
  CliVerifyLine,
  'input' | 'ok' | 'team' | 'score' | 'rating' | 'months' | 'reason' | 'reasonCode'
>;

/** The months of a game, each month's choices as a sorted list (the same choices in another order are the same month). */
function monthsOf(actions: readonly Action[]): string[] {
  const months: string[][] = [[]];
  for (const a of actions) {
    const plain = 'forces' in a ? { ...a, forces: [...a.forces].sort() } : a;
    months[months.length - 1]!.push(JSON.stringify(plain));
    if (a.type === 'endMonth') months.push([]);
  }
  if (months[months.length - 1]!.length === 0) months.pop();
  return months.map((m) => [...m].sort().join('|'));
}

/** The first month (1-based) two games' choices differ, or null when one's months are all the other's. */
function firstDifferingMonth(a: readonly Action[], b: readonly Action[]): number | null {
  const ma = monthsOf(a);
  const mb = monthsOf(b);
  for (let i = 0; i < Math.min(ma.length, mb.length); i++) if (ma[i] !== mb[i]) return i + 1;
  return null;
}

/** The month one line lost the most points against another's (the gap grew most), worked out here. */
function costliestOf(
  ours: readonly number[],
  theirs: readonly number[],
): { month: number; lost: number } | null {
  let best: { month: number; lost: number } | null = null;
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    const lost = theirs[i]! - ours[i]! - (i > 0 ? theirs[i - 1]! - ours[i - 1]! : 0);
    if (lost > 0 && (!best || lost > best.lost)) best = { month: i + 1, lost };
  }
  return best;
}

/** The provisional 考核 score after each month, re-run from the actions with the core. */
function monthScoresOf(sc: Scenario, actions: readonly Action[]): number[] {
  let state = newGame(sc, SEED, { months: MONTHS });
  const out: number[] = [];
  let month: Action[] = [];
  for (const a of actions) {
    month.push(a);
    if (a.type !== 'endMonth') continue;
    state = runActions(state, month, true).state;
    month = [];
    out.push(state.assessment?.score ?? assess(state, sc).score);
  }
  return out;
}

/**
 * The community's state after each month, weighted as the assessment weighs it (satisfaction, safety,
 * vitality, 100 − fragmentation, the modes' balance), worked out here from the core's state.
 */
function monthHealthOf(sc: Scenario, actions: readonly Action[]): number[] {
  let state = newGame(sc, SEED, { months: MONTHS });
  const out: number[] = [];
  let month: Action[] = [];
  const w = sc.scoring;
  const total = w.satisfaction + w.safety + w.vitality + w.cohesion + w.balance;
  for (const a of actions) {
    month.push(a);
    if (a.type !== 'endMonth') continue;
    state = runActions(state, month, true).state;
    month = [];
    const sum =
      w.satisfaction * state.satisfaction +
      w.safety * state.safety +
      w.vitality * state.vitality +
      w.cohesion * (100 - state.fragmentation) +
      w.balance * balanceIndex(state.modes);
    out.push(Math.round(sum / total));
  }
  return out;
}

/** Plays the term with the team's policy; returns the debrief's result code. */
async function playTerm(t: Session, policy: TeamPolicy): Promise<string> {
  await playToDebrief(t.page, policy, MONTHS);
  const code = t.page.locator('#result-code');
  await expect.poll(async () => ((await code.textContent()) ?? '').trim().length, POLL).toBeGreaterThan(20);
  return ((await code.textContent()) ?? '').trim();
}

/** The ranked table's rows as the page shows them: team, rank, score, rating, months. */
const tableRows = (t: Session) =>
  t.page.$$eval('table.fac-table tbody tr', (rows) =>
    rows.map((r) => {
      const cells = [...r.children] as HTMLElement[];
      return {
        rank: r.querySelector('.rank')?.textContent ?? '',
        team: r.querySelector('th')?.firstChild?.textContent ?? '',
        teamCell: r.querySelector('th')?.textContent ?? '',
        score: r.querySelector('.score')?.textContent ?? '',
        rating: cells[3]?.textContent ?? '',
        months: r.querySelector('.months')?.textContent ?? '',
        cells: cells.map((c) => c.textContent ?? ''),
      };
    }),
  );

describe('an offline workshop: three teams on one challenge, the facilitator agrees with npm run verify', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const teams: Session[] = [];
  let facilitator: Session;
  let code = '';
  const results: string[] = [];
  let tampered = '';
  let mistyped = '';
  let verified: VerifyLine[] = [];
  let botCode = '';

  beforeAll(async () => {
    const made = makeChallenge(scenario(SCENARIO_ID), SEED, MONTHS);
    if (!made.ok) throw new Error(made.refusal.message);
    code = challengeCode(made.challenge);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    for (const t of teams) await t.close();
    await facilitator?.close();
    await browser?.close();
  });

  it('three teams play the challenge from its code, each its own way, and each debrief gives a result code that verifies', async () => {
    for (const _ of TEAMS) teams.push(await browser.newSession());
    // The three laptops play at the same time, as in the room.
    const codes = await Promise.all(
      TEAMS.map(async (team, i) => {
        const t = teams[i]!;
        await startChallenge(t, code, team.name);
        return playTerm(t, team.policy);
      }),
    );
    results.push(...codes);
    expect(new Set(results).size).toBe(3);
    for (const [i, r] of results.entries()) {
      const v = verifyResultCode(r, lookup);
      expect(v.ok, JSON.stringify(v.ok ? null : v.reason)).toBe(true);
      if (!v.ok) continue;
      expect(v.replay.team).toBe(TEAMS[i]!.name);
      // Each team's first finished game of the challenge on its laptop, and its code says so.
      expect(v.replay.attempt).toBe(1);
      expect(v.replay.seed).toBe(SEED);
      expect(v.verified.state.maxTurns).toBe(MONTHS);
    }
    expect(isNonBlank(await screenshot(teams[0]!, 'workshop-team-debrief'))).toBe(true);
    for (const t of teams) expect(t.errors).toEqual([]);
  }, 180_000);

  it('the facilitator’s table, refusals and podium are what npm run verify says of the same codes', async () => {
    expect(results).toHaveLength(3);
    // Tampered: one action character changed (the check fails); mistyped: a character left out.
    const at = Math.floor(results[0]!.length / 2);
    tampered = `${results[0]!.slice(0, at)}${results[0]![at] === 'A' ? 'B' : 'A'}${results[0]!.slice(at + 1)}`;
    mistyped = `${results[1]!.slice(0, 30)}${results[1]!.slice(31)}`;
    botCode = (
      await simCli({ scenario: SCENARIO_ID, seed: SEED, bot: 'balanced', team: BOT_TEAM, months: MONTHS })
    ).resultCode;
    const pasted = [...results, tampered, mistyped, botCode];
    verified = await verifyCli(pasted);
    expect(verified.map((v) => v.ok)).toEqual([true, true, true, false, false, true]);

    facilitator = await browser.newSession({ width: 1920, height: 1080 });
    const page = facilitator.page;
    await page.goto(facilitator.baseURL);
    await waitForGame(page);
    await waitForScreen(page, 'title');
    await page.getByRole('button', { name: /主持人/ }).click();
    await page.waitForSelector('.fac-root [data-key="challenge-input"]');
    await page.fill('[data-key="challenge-input"]', code);
    await page.click('[data-key="start-code"]');
    await page.waitForSelector('[data-key="challenge-code"]');
    expect(await page.textContent('[data-key="challenge-code"]')).toBe(code);

    await page.getByLabel('结果码').fill(pasted.join('\n'));
    await page.getByRole('button', { name: '添加' }).click();
    await page.waitForSelector('.fac-refused li:nth-child(2)');
    // The bad two are refused by name — the same check, the same words as the CLI's verdict.
    const refused = await page.$$eval('.fac-refused li', (li) => li.map((x) => x.textContent ?? ''));
    expect(refused).toHaveLength(2);
    for (const [i, v] of verified.slice(3, 5).entries()) {
      expect(v.reasonCode).toBeTruthy();
      expect(refused[i]).toContain(refusalLine(v.reasonCode!, v.reason!));
    }

    // Hidden until 揭晓: no rank and no score on the projector.
    const hidden = await tableRows(facilitator);
    expect(hidden.map((r) => r.team).sort()).toEqual([...TEAMS.map((t) => t.name), BOT_TEAM].sort());
    expect(hidden.every((r) => r.rank === '—' && !/\d/.test(r.score))).toBe(true);
    await page.waitForFunction(
      () => !document.querySelector('.fac-par')?.textContent?.includes('…'),
      undefined,
      {
        timeout: 30_000,
      },
    );
    await reveal(page);
    await page.waitForSelector('.fac-podium');

    // The ranking, row by row, is verify's: by score (equal scores share a rank), with its rating and months.
    const good = verified.filter((v) => v.ok);
    const expected = [...good].sort((a, b) => b.score! - a.score!);
    const rows = await tableRows(facilitator);
    expect(rows.map((r) => r.team)).toEqual(expected.map((v) => v.team));
    for (const [i, r] of rows.entries()) {
      const v = expected[i]!;
      const rank = 1 + expected.filter((o) => o.score! > v.score!).length;
      expect(r.rank.startsWith(String(rank))).toBe(true);
      expect(Number(r.score)).toBe(v.score);
      expect(r.rating).toBe(zh.rating[v.rating!]);
      expect(r.months).toBe(`${v.months} / ${MONTHS}`);
    }
    // The podium: the first three places, each with its teams.
    const steps = await page.$$eval('.fac-podium .fac-step', (els) =>
      els.map((e) => ({
        rank: Number(e.querySelector('.fac-step-rank')?.textContent),
        teams: [...e.querySelectorAll('.fac-step-team')].map((x) => x.textContent ?? ''),
      })),
    );
    const places = new Map<number, string[]>();
    for (const v of expected) {
      const rank = 1 + expected.filter((o) => o.score! > v.score!).length;
      places.set(rank, [...(places.get(rank) ?? []), v.team!]);
    }
    // The podium holds places 1–3 only.
    expect(steps).toEqual(
      [...places].filter(([rank]) => rank <= 3).map(([rank, names]) => ({ rank, teams: names })),
    );
    expect(isNonBlank(await screenshot(facilitator, 'workshop-facilitator-revealed'))).toBe(true);
  }, 120_000);

  it('the month each team fell furthest behind par, worked out here from the codes’ actions, is the month the page names', async () => {
    const page = facilitator.page;
    const sc = scenario(SCENARIO_ID);
    const par = parFrom(newGame(sc, SEED, { months: MONTHS }));
    const parHealth = monthHealthOf(sc, par.actions);
    const header = await page.$$eval('table.fac-table thead th', (th) => th.map((x) => x.textContent ?? ''));
    const col = header.indexOf('与标杆差距拉大最多');
    expect(col).toBeGreaterThan(0);
    let named = 0;
    for (const r of results) {
      const v = verifyResultCode(r, lookup);
      if (!v.ok) throw new Error('verified above');
      const worst = costliestOf(monthHealthOf(sc, v.replay.actions), parHealth);
      const first = firstDifferingMonth(v.replay.actions, par.actions);
      const row = (await tableRows(facilitator)).find((x) => x.team === v.replay.team)!;
      expect(row.cells[col]).toBe(worst === null ? '无' : `第 ${worst.month} 月（−${worst.lost}）`);
      if (worst === null || first === null) continue;
      named++;
      await page.selectOption('[data-key="divergence-team"]', { label: v.replay.team });
      await expect
        .poll(() => page.textContent('.fac-div-summary'), POLL)
        .toBe(
          `${v.replay.team} 与标杆相比，差距拉大最多的是第 ${worst.month} 月（社区状况多落后 ${worst.lost} 分）。` +
            `${v.replay.team} 从第 ${first} 月起与标杆分岔。`,
        );
      // The stepper opens on that month.
      expect(await page.textContent('[data-key="step-month"]')).toBe(`第 ${worst.month} 月`);
    }
    expect(named).toBeGreaterThan(0);
    // Two teams' codes differ in their choices, and the first month they do is found the same way.
    const a = verifyResultCode(results[0]!, lookup);
    const c = verifyResultCode(results[2]!, lookup);
    if (!a.ok || !c.ok) throw new Error('verified above');
    expect(firstDifferingMonth(a.replay.actions, c.replay.actions)).toBe(1);
    // Team against team in the page: the first two teams, the month worked out here from their codes.
    const b = verifyResultCode(results[1]!, lookup);
    if (!b.ok) throw new Error('verified above');
    const ab = firstDifferingMonth(a.replay.actions, b.replay.actions);
    await page.selectOption('[data-key="divergence-team"]', { label: a.replay.team });
    await page.selectOption('[data-key="divergence-other"]', { label: b.replay.team });
    const abWorst = costliestOf(monthHealthOf(sc, a.replay.actions), monthHealthOf(sc, b.replay.actions));
    await expect
      .poll(() => page.textContent('.fac-div-summary'), POLL)
      .toBe(
        (abWorst === null
          ? `${a.replay.team} 没有哪个月比${b.replay.team}落后得更多。`
          : `${a.replay.team} 与${b.replay.team}相比，差距拉大最多的是第 ${abWorst.month} 月（社区状况多落后 ${abWorst.lost} 分）。`) +
          (ab === null
            ? `${a.replay.team} 与 ${b.replay.team} 每月的选择都相同。`
            : `${a.replay.team} 与 ${b.replay.team} 从第 ${ab} 月起分岔。`),
      );
    expect(await page.textContent('.fac-div-other')).toContain(`${b.replay.team} 做了：`);
    await page.selectOption('[data-key="divergence-other"]', { label: '标杆' });
    await page.waitForSelector('.fac-div-par');
    // A team is not offered as its own other.
    const own = page.locator('[data-key="divergence-other"] option', { hasText: a.replay.team ?? '' });
    expect(await own.isDisabled()).toBe(true);
  });

  it('a result that is a bot’s line move for move is flagged in words, with the bot named; the others as the lines say', async () => {
    const sc = scenario(SCENARIO_ID);
    const challenge = { scenarioId: SCENARIO_ID, seed: SEED, months: MONTHS };
    const lines = [
      { name: '标杆', actions: parFrom(newGame(sc, SEED, { months: MONTHS })).actions },
      ...botLines(sc, challenge),
    ];
    const rows = await tableRows(facilitator);
    for (const code of [...results, botCode]) {
      const v = verifyResultCode(code, lookup);
      if (!v.ok) throw new Error('verified above');
      const same = sameLines(v.replay.actions, lines);
      const row = rows.find((r) => r.team === v.replay.team)!;
      const flag = await facilitator.page
        .locator(`tr[data-team="${row.team.toLowerCase()}"] [data-key="same-line"]`)
        .allTextContents();
      if (same.length === 0) expect(flag, v.replay.team).toEqual([]);
      else expect(flag, v.replay.team).toEqual([`与机器人走法相同：${same.join('、')}`]);
    }
    const botRow = rows.find((r) => r.team === BOT_TEAM)!;
    expect(botRow.teamCell).toContain('与机器人走法相同');
    expect(botRow.teamCell).toContain('balanced');
  });

  it('the CSV lists every team’s game with verify’s score and the core’s score after each month', async () => {
    const [download] = await Promise.all([
      facilitator.page.waitForEvent('download'),
      facilitator.page.click('[data-key="export-csv"]'),
    ]);
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    const header = lines[0]!.split(',');
    expect(header.slice(-MONTHS)).toEqual(Array.from({ length: MONTHS }, (_, i) => `M${i + 1}`));
    const sc = scenario(SCENARIO_ID);
    for (const r of [...results, botCode]) {
      const v = verifyResultCode(r, lookup);
      if (!v.ok) throw new Error('verified above');
      const line = lines.find((l) => l.split(',')[1] === v.replay.team);
      expect(line, v.replay.team).toBeTruthy();
      const cells = line!.split(',');
      const col = (name: string) => cells[header.indexOf(name)];
      // Which of the team's finished games it was, as its browser numbered it (none for a code made here).
      expect(col('局次')).toBe(v.replay.attempt === undefined ? '' : String(v.replay.attempt));
      expect(Number(col('分数'))).toBe(v.verified.score);
      expect(col('评级')).toBe(zh.rating[v.verified.rating!]);
      expect(Number(col('月数'))).toBe(v.replay.actions.filter((x) => x.type === 'endMonth').length);
      const perMonth = monthScoresOf(sc, v.replay.actions);
      expect(cells.slice(-MONTHS).map((x) => (x === '' ? null : Number(x)))).toEqual(
        Array.from({ length: MONTHS }, (_, i) => perMonth[i] ?? null),
      );
    }
  });

  it('a reload of the facilitator’s page loses nothing: the same ranking, the same refusals, still revealed', async () => {
    const page = facilitator.page;
    const before = await tableRows(facilitator);
    await page.reload();
    await waitForGame(page).catch(() => undefined);
    // The view comes back by itself where the URL keeps it, else from the title's 主持人.
    if (!(await page.locator('.fac-root').count())) {
      await waitForScreen(page, 'title');
      await page.getByRole('button', { name: /主持人/ }).click();
    }
    await page.waitForSelector('.fac-podium', { timeout: 20_000 });
    const after = await tableRows(facilitator);
    expect(after.map((r) => [r.team, r.rank, r.score, r.rating, r.months])).toEqual(
      before.map((r) => [r.team, r.rank, r.score, r.rating, r.months]),
    );
    expect(await page.$$eval('.fac-refused li', (li) => li.length)).toBe(2);
    expect(facilitator.errors).toEqual([]);
  });
});
