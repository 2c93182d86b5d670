// The facilitator's ranking model (src/view/ranking.ts) and its intake (src/facilitator/intake.ts):
// real result codes of bots' games, verified on the one path, ranked with ties, first finish counts.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { encodeResult } from '../../src/codes';
import { type Action, newGame, runActions } from '../../src/core';
import { checkInput, splitCodes } from '../../src/facilitator/intake';
import { makeReplay, replayToJson } from '../../src/replay';
import { actionMonths, costliestMonth } from '../../src/view/months';
import {
  type CsvLabels,
  csvCell,
  firstDivergence,
  type Game,
  monthScores,
  podium,
  rankingCsv,
  rankTeams,
  teamKey,
} from '../../src/view/ranking';
import { shipped, shippedLookup } from '../codes/helpers';

const SCENARIO = 'old-neighbourhood';
const CHALLENGE = { scenarioId: SCENARIO, seed: 'peixun', months: 12 };

function codeOf(bot: string, team: string, seed = CHALLENGE.seed, upTo?: number, attempt?: number): string {
  const sc = shipped(SCENARIO);
  const b = getBot(bot);
  if (!b) throw new Error(`no bot ${bot}`);
  const played = playGame(sc, seed, b);
  let actions: Action[] = played.actions;
  let state = played.state;
  if (upTo !== undefined) {
    // A checkpoint: the game as it stood after `upTo` months.
    const months = actionMonths(actions).slice(0, upTo);
    actions = months.flat();
    state = runActions(newGame(sc, seed), actions).state;
  }
  const replay = makeReplay(newGame(sc, seed), actions, state);
  const enc = encodeResult(attempt === undefined ? replay : { ...replay, attempt }, team);
  if (!enc.ok) throw new Error(enc.refusal.message);
  return enc.code;
}

const game = (team: string, seq: number, score: number | null, over: Partial<Game> = {}): Game => ({
  id: `${team}-${seq}`,
  team,
  seq,
  attempt: null,
  months: 12,
  status: score === null ? 'playing' : 'won',
  score,
  rating: score === null ? null : 'good',
  hash: '0'.repeat(16),
  monthScores: [],
  actions: null,
  ...over,
});

describe('ranking the teams of a session', () => {
  it('equal scores share a rank and the next rank skips (1, 1, 3); the earlier finish is listed first', () => {
    const rows = rankTeams(
      [],
      [game('乙', 2, 700), game('甲', 1, 800), game('丙', 3, 800), game('丁', 4, 600)],
      750,
    );
    expect(rows.map((r) => [r.team, r.rank, r.tied])).toEqual([
      ['甲', 1, true],
      ['丙', 1, true],
      ['乙', 3, false],
      ['丁', 4, false],
    ]);
    expect(rows.map((r) => r.versusPar)).toEqual([50, 50, -50, -150]);
    expect(podium(rows).map((s) => [s.rank, s.teams.map((t) => t.team)])).toEqual([
      [1, ['甲', '丙']],
      [3, ['乙']],
    ]);
  });

  it("a team's first finished game counts; a later, better one is practice", () => {
    const rows = rankTeams([], [game('A组', 1, 600), game('a组', 5, 900), game('B', 2, 700)], null);
    const a = rows.find((r) => r.key === teamKey('A组'));
    expect(a?.score).toBe(600);
    expect(a?.practice.map((g) => g.score)).toEqual([900]);
    expect(rows[0]?.team).toBe('B');
    expect(a?.versusPar).toBeNull();
  });

  it("a team's first game counts by the number its computer gave it, not by which code was pasted first", () => {
    // 第二组 pastes its second game (better) first, then its first.
    const rows = rankTeams(
      [],
      [
        game('第二组', 1, 900, { attempt: 2 }),
        game('第二组', 2, 600, { attempt: 1 }),
        game('第三组', 3, 700, { attempt: 3 }),
      ],
      null,
    );
    const second = rows.find((r) => r.team === '第二组');
    expect(second?.score).toBe(600);
    expect(second?.counted?.attempt).toBe(1);
    expect(second?.practice.map((g) => g.attempt)).toEqual([2]);
    // A team that hands in only a later game is ranked on it, and the row can say so.
    expect(rows.find((r) => r.team === '第三组')?.counted?.attempt).toBe(3);
    // A code without a number (older builds, the live room) is taken as the first.
    const mixed = rankTeams([], [game('甲', 1, 800, { attempt: 2 }), game('甲', 2, 500)], null);
    expect(mixed[0]?.score).toBe(500);
  });

  it('a game still in progress does not rank; a later finish of the same team does, and teams still playing follow by months', () => {
    const rows = rankTeams(
      ['早到', '没动'],
      [game('早到', 1, null, { months: 4 }), game('慢', 2, null, { months: 7 }), game('早到', 3, 500)],
      null,
    );
    expect(rows.map((r) => [r.team, r.rank, r.status, r.months])).toEqual([
      ['早到', 1, 'won', 12],
      ['慢', null, 'playing', 7],
      ['没动', null, 'joined', 0],
    ]);
  });

  it('team names that differ only by width, case or spacing are one team', () => {
    expect(teamKey(' Team　ＡＢ ')).toBe(teamKey('team ab'));
  });
});

describe('intake: every code re-verified, a refused one named, nothing else lost', () => {
  const lookup = shippedLookup;

  it('a sound code of this challenge is accepted with its team, score and months', () => {
    const r = checkInput(codeOf('balanced', '第一组'), CHALLENGE, lookup, 1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.game.team).toBe('第一组');
    expect(r.game.months).toBe(12);
    expect(r.game.score).not.toBeNull();
    // The last month's provisional score is the final score.
    expect(r.game.monthScores).toHaveLength(12);
    expect(r.game.monthScores[11]).toBe(r.game.score);
  });

  it('a result code that says which of its team’s finished games it was gives that number to the ranking', () => {
    const second = checkInput(
      codeOf('balanced', '第一组', CHALLENGE.seed, undefined, 2),
      CHALLENGE,
      lookup,
      1,
    );
    expect(second.ok && second.game.attempt).toBe(2);
    const plain = checkInput(codeOf('balanced', '第一组'), CHALLENGE, lookup, 2);
    expect(plain.ok && plain.game.attempt).toBeNull();
  });

  it('a session keeps its challenge’s level: a game at another level is another challenge, and month scores are at the level played — 难度阶梯', () => {
    const sc = shipped(SCENARIO);
    const b = getBot('balanced');
    if (!b) throw new Error('no bot balanced');
    const LEVEL2 = { ...CHALLENGE, level: 2 };
    const played = playGame(sc, CHALLENGE.seed, b, { level: 2 });
    const enc = encodeResult(
      makeReplay(newGame(sc, CHALLENGE.seed, { level: 2 }), played.actions, played.state),
      '二级队',
    );
    if (!enc.ok) throw new Error(enc.refusal.message);
    const at2 = checkInput(enc.code, LEVEL2, lookup, 1);
    expect(at2.ok).toBe(true);
    if (!at2.ok) return;
    expect(at2.game.score).toBe(played.state.assessment?.score);
    expect(at2.game.monthScores.at(-1)).toBe(at2.game.score);
    // The same game offered to a level-1 session, and a level-1 game to the level-2 session: refused.
    const to1 = checkInput(enc.code, CHALLENGE, lookup, 2);
    expect(to1.ok).toBe(false);
    if (!to1.ok) expect(to1.reason.code).toBe('otherChallenge');
    const from1 = checkInput(codeOf('balanced', '一级队'), LEVEL2, lookup, 3);
    expect(from1.ok).toBe(false);
    if (!from1.ok) expect(from1.reason.message).toContain('level 1');
  });

  it('a code of another challenge is refused by name', () => {
    const r = checkInput(codeOf('balanced', '外队', 'other'), CHALLENGE, lookup, 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('otherChallenge');
    expect(r.reason.message).toContain('"other"');
  });

  it('a damaged code (one character changed) is refused by its check, in one line', () => {
    const code = codeOf('balanced', '第二组');
    const i = Math.floor(code.length / 2);
    const damaged = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    const r = checkInput(damaged, CHALLENGE, lookup, 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.code).toBe('badCheck');
    expect(r.reason.message).not.toContain('\n');
  });

  it('a cut code is refused as truncated', () => {
    const code = codeOf('balanced', '第三组');
    const r = checkInput(code.slice(0, -10), CHALLENGE, lookup, 1);
    expect(r.ok ? 'accepted' : r.reason.code).toBe('truncated');
  });

  it('a replay file of the challenge is accepted like a code; a checkpoint counts its months', () => {
    const sc = shipped(SCENARIO);
    const b = getBot('balanced');
    if (!b) throw new Error('no bot');
    const played = playGame(sc, CHALLENGE.seed, b);
    const text = replayToJson({
      ...makeReplay(newGame(sc, CHALLENGE.seed), played.actions, played.state),
      team: '文件组',
    });
    const r = checkInput(text, CHALLENGE, lookup, 2);
    expect(r.ok && r.game.team).toBe('文件组');
    const checkpoint = checkInput(codeOf('balanced', '中途', CHALLENGE.seed, 4), CHALLENGE, lookup, 3);
    expect(checkpoint.ok && [checkpoint.game.status, checkpoint.game.months]).toEqual(['playing', 4]);
  });

  it('a pasted block splits into its codes on lines, spaces and commas', () => {
    expect(splitCodes(' A1 \n\nB2,C3；D4\tE5 ')).toEqual(['A1', 'B2', 'C3', 'D4', 'E5']);
  });
});

describe('divergence from par and the months', () => {
  it('names the first month whose choices differ, whatever their order within the month', () => {
    const a: Action[] = [
      { type: 'clearBurden' },
      { type: 'develop', programme: 'goodFamily' },
      { type: 'endMonth' },
      { type: 'clearBurden' },
      { type: 'endMonth' },
    ];
    const reordered: Action[] = [
      a[1]!,
      a[0]!,
      a[2]!,
      { type: 'develop', programme: 'legalAdviser' },
      { type: 'endMonth' },
    ];
    const d = firstDivergence(a, reordered);
    expect(d?.month).toBe(2);
    expect(firstDivergence(a, a)).toBeNull();
    // A game that stopped on the other's line has not diverged.
    expect(firstDivergence(a.slice(0, 3), a)).toBeNull();
  });

  it('the month scores of a finished game end on its score — 共建共治共享 is judged over the whole term', () => {
    const sc = shipped(SCENARIO);
    const b = getBot('top-down');
    if (!b) throw new Error('no bot');
    const played = playGame(sc, CHALLENGE.seed, b);
    const scores = monthScores(sc, CHALLENGE, played.actions);
    expect(scores.at(-1)).toBe(played.state.assessment?.score);
  });
});

describe('CSV export', () => {
  const labels: CsvLabels = {
    header: [
      '名次',
      '队名',
      '对局',
      '局次',
      '状态',
      '分数',
      '评级',
      '分数−标杆',
      '月数',
      '与标杆差距拉大最多',
    ],
    kind: { counted: '计分', practice: '练习', playing: '进行中', unfinished: '未下完' },
    status: { playing: '进行中', won: '完成', lost: '失败' },
    rating: { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' },
  };

  it('starts with a UTF-8 byte-order mark so spreadsheets read Chinese, and lists every game', () => {
    const games = [
      game('第一组', 1, 800, { monthScores: [500, 600], attempt: 1 }),
      game('第一组', 2, 900, { attempt: 2 }),
      game('=SUM(A1)', 3, 700),
    ];
    const rows = rankTeams([], games, 750);
    const csv = rankingCsv(rows, games, 750, 2, () => 3, labels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('名次,队名,对局,局次,状态,分数,评级,分数−标杆,月数,与标杆差距拉大最多,M1,M2');
    expect(lines[1]).toBe('1,第一组,计分,1,完成,800,良好,50,12,3,500,600');
    expect(lines[2]).toBe(',第一组,练习,2,完成,900,良好,150,12,3,,');
    // A name that a spreadsheet would run as a formula is defused.
    expect(lines[3]?.startsWith("2,'=SUM(A1)")).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('a game left unfinished for another says so; a live room’s games are numbered in its order', () => {
    // The room gives no attempt: a game begun, left at month 2, another played to its end, a practice
    // game still going.
    const games = [
      game('第二组', 1, null, { id: 'a', months: 2 }),
      game('第二组', 2, 800, { id: 'b' }),
      game('第二组', 3, null, { id: 'c', months: 4 }),
    ];
    const rows = rankTeams([], games, 750);
    const csv = (numberInOrder: boolean) =>
      rankingCsv(rows, games, 750, 2, () => null, labels, { numberInOrder })
        .slice(1)
        .trimEnd()
        .split('\r\n');
    const lines = csv(true);
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 5).join(','))).toEqual([
      '第二组,未下完,1,未下完',
      '第二组,计分,2,完成',
      '第二组,进行中,3,进行中',
    ]);
    // Offline, a code that does not say which of its team's games it is leaves 局次 empty.
    expect(csv(false)[2]?.split(',')[3]).toBe('');
  });

  it('quotes cells holding commas or quotes', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(null)).toBe('');
  });
});

describe('the month that cost the most against par — 发现问题、解决问题', () => {
  it('is where the gap between the two month-end scores grew the most, not where the moves first differed', () => {
    // Gaps 6, 8, 17, 17: month 1 lost 6 from the shared start, month 3 lost 9.
    expect(costliestMonth([60, 62, 55, 57], [66, 70, 72, 74])).toEqual({ month: 3, lost: 9 });
    // From a fork's month 5, the months are counted from there.
    expect(costliestMonth([60, 62, 55, 57], [66, 70, 72, 74], 5)).toEqual({ month: 7, lost: 9 });
  });

  it('a lead that shrinks is ground lost; none for a line that gained at least par’s every month', () => {
    expect(costliestMonth([70, 72, 80], [66, 70, 72])).toEqual({ month: 2, lost: 2 });
    expect(costliestMonth([70, 75, 85], [66, 70, 72])).toBeNull();
    expect(costliestMonth([70, 40], [66])).toBeNull();
    expect(costliestMonth([], [66, 70])).toBeNull();
  });
});
