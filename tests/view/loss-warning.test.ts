// The board warns of every way to lose, not only 碎片化: a play-tester lost the term to satisfaction under
// the scenario's floor with only the fragmentation warning on the board and no floor or count anywhere.
import { describe, expect, it } from 'vitest';
import {
  fragmentationWarning,
  type GameState,
  newGame,
  runActions,
  SAFETY_LOSS,
  satisfactionFloorThreat,
} from '../../src/core';
import { setLang } from '../../src/i18n';
import { lossWarningView, metricHelp, warningView } from '../../src/view';
import { SHIPPED } from '../replay/helpers';

/** Every board state (each month's start) of an idle term, and how it ended. */
function idleTerm(id: string, seed: string): { months: GameState[]; end: GameState } {
  let s = newGame(SHIPPED.find((x) => x.id === id)!, seed);
  const months: GameState[] = [];
  while (s.status === 'playing') {
    months.push(s);
    s = runActions(s, [{ type: 'endMonth' }]).state;
  }
  return { months, end: s };
}

describe('the board warns of each line that would lose the term, before the month end that crosses it', () => {
  it('every term lost to satisfaction showed, at its last month’s start, that this month end would lose it', () => {
    setLang('zh');
    let lostToSatisfaction = 0;
    for (const sc of SHIPPED)
      for (const seed of ['a', 'b', 'c']) {
        const { months, end } = idleTerm(sc.id, seed);
        if (end.lossReason !== 'satisfaction') continue;
        lostToSatisfaction++;
        const last = months.at(-1)!;
        const threat = satisfactionFloorThreat(last);
        expect(threat?.monthEndsLeft).toBe(1);
        const view = lossWarningView(last);
        expect(view?.lines[0]).toBe(
          `群众满意度 ${last.satisfaction}，已连续 ${threat!.monthsBelow} 个月低于 ${threat!.floor}：本月月末仍低于 ${threat!.floor}，任期即告失败`,
        );
        // Earlier months under the floor counted down to it.
        const counted = months.filter((m) => satisfactionFloorThreat(m));
        expect(counted.map((m) => satisfactionFloorThreat(m)!.monthEndsLeft).at(-1)).toBe(1);
      }
    expect(lostToSatisfaction).toBeGreaterThan(0);
  });

  it('a floor that loses at the first month end under it says so, with no count of months behind', () => {
    setLang('zh');
    const sc = SHIPPED[0]!;
    const s = newGame({ ...sc, tuning: { ...sc.tuning, floorMonths: 1 } }, 'first');
    const under = { ...s, satisfaction: sc.tuning.satisfactionFloor - 1 };
    expect(satisfactionFloorThreat(under)).toEqual({
      floor: sc.tuning.satisfactionFloor,
      monthsBelow: 0,
      monthEndsLeft: 1,
    });
    expect(lossWarningView(under)?.lines[0]).toBe(
      `群众满意度 ${under.satisfaction} 低于 ${sc.tuning.satisfactionFloor}：本月月末仍低于 ${sc.tuning.satisfactionFloor}，任期即告失败`,
    );
  });

  it('says nothing while satisfaction is above its floor and safety far from its line', () => {
    const s = newGame(SHIPPED[0]!, 'calm');
    expect(s.satisfaction).toBeGreaterThanOrEqual(s.scenario.tuning.satisfactionFloor);
    expect(lossWarningView(s)).toBeNull();
    // Safety near its line is named with the core's line.
    setLang('zh');
    expect(lossWarningView({ ...s, safety: 12 })?.lines).toEqual([
      `平安 12：月末降到 ${SAFETY_LOSS} 即告失败`,
    ]);
  });

  it('the satisfaction tooltip names the scenario’s floor and how many month ends under it lose', () => {
    setLang('zh');
    const s = newGame(SHIPPED[0]!, 'tip');
    const { satisfactionFloor, floorMonths } = s.scenario.tuning;
    expect(metricHelp('satisfaction', s)).toContain(`低于 ${satisfactionFloor}、连续 ${floorMonths} 个月`);
  });
});

describe('the 碎片化 warning counts the sooner of its two forecasts — 各自为政', () => {
  it('this month’s pace or the recent 统筹 run forward, whichever loses the term sooner; 本月月末 when it is this month', () => {
    setLang('zh');
    let projectedSooner = 0;
    let thisMonth = 0;
    for (const sc of SHIPPED)
      for (const seed of ['a', 'b']) {
        const { months } = idleTerm(sc.id, seed);
        for (const s of months) {
          const w = fragmentationWarning(s);
          const v = warningView(s);
          if (!v) continue;
          const soonest = Math.min(w.monthsTo100 ?? Infinity, w.projectedMonthsTo100 ?? Infinity);
          if (soonest <= 1) {
            thisMonth++;
            expect(v.head).toBe('▲ 本月月末碎片化就会到 100，全局失控');
          } else if (Number.isFinite(soonest)) expect(v.head).toContain(`约 ${soonest} 个月后`);
          if (
            soonest > 1 &&
            w.projectedMonthsTo100 !== null &&
            w.projectedMonthsTo100 < (w.monthsTo100 ?? Infinity)
          ) {
            projectedSooner++;
            expect(v.head).toMatch(/^▲ 照最近的统筹/);
          }
        }
      }
    // Both cases occur in idle terms (a tester's month 2 read 约 84 个月 while the projection said 4).
    expect(projectedSooner).toBeGreaterThan(0);
    expect(thisMonth).toBeGreaterThan(0);
  });
});
