// A term lost before its end says so wherever its end is shown: the debrief's line and the review's last
// step ("第 8 月提前结束", not "任期结束"), so a facilitator stepping through a team's game on the board
// does not present a collapse as a finished term.
import { describe, expect, it } from 'vitest';
import { type Action, newGame, runActions } from '../../src/core';
import { monthLabel } from '../../src/dom/review';
import { zh } from '../../src/i18n/zh';
import { statesByMonth } from '../../src/replay';
import { lossLine } from '../../src/view';
import { shippedScenario } from '../ui/fakes';

const sc = shippedScenario('old-neighbourhood');
const start = newGame(sc, 'loss-line');
// Only ending months, never acting: the term collapses before its end.
const idle: Action[] = Array.from({ length: sc.months }, () => ({ type: 'endMonth' }));
const lost = runActions(start, idle);
// The months after the loss are refused: the game's actions are those before the refusal.
const played = idle.slice(0, lost.rejectedAt ?? idle.length);

describe('a term lost early is named as such, wherever its end is shown', () => {
  it('the idle term is lost before its last month, and the line says in which month and why', () => {
    expect(lost.state.status).toBe('lost');
    expect(lost.state.turn).toBeLessThan(lost.state.maxTurns);
    const reason = lost.state.lossReason;
    expect(reason).not.toBe('assessment');
    expect(lossLine(lost.state)).toBe(`提前结束于第 ${lost.state.turn} 月：${zh.loss[reason!]}`);
  });

  it('the review’s last step says the term ended early, in that month; a full term is the term’s end', () => {
    const months = statesByMonth(start, played);
    const end = months.at(-1)!;
    expect(end.ended).toBe(true);
    expect(monthLabel(end, 12)).toBe(`第 ${lost.state.turn} 月提前结束 · 共 12 月`);
    expect(monthLabel({ ...end, state: { ...end.state, status: 'won', lossReason: null } }, 12)).toBe(
      '任期结束 · 共 12 月',
    );
  });
});
