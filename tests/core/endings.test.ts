// How a term ends early: 各自为政 (fragmentation 100), 平安 lost (safety 0), or the residents give up.
import { describe, expect, it } from 'vitest';
import { FORCES, type GameState, legalActions, step } from '../../src/core';
import { addConcern, endMonth, endMonthWithEvents, quietGame, template } from './helpers';

const aligned = (d: GameState) => {
  for (const f of FORCES) d.forces[f] = { capacity: 50, alignment: 95 };
};

function expectOver(s: GameState, reason: GameState['lossReason']) {
  expect(s.status).toBe('lost');
  expect(s.lossReason).toBe(reason);
  expect(s.assessment?.rating).toBe('fail');
  expect(legalActions(s)).toEqual([]);
  const r = step(s, { type: 'endMonth' });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.rejection.code).toBe('gameOver');
}

describe('endings', () => {
  it('fragmentation 100 loses the game — 各自为政 fragmentation', () => {
    const s = quietGame((d) => {
      d.fragmentation = 99;
      for (const f of FORCES) d.forces[f] = { capacity: 90, alignment: 0 };
    });
    const { state, events } = endMonthWithEvents(s);
    expect(state.fragmentation).toBe(100);
    expectOver(state, 'fragmentation');
    expect(events).toContainEqual({ type: 'gameEnded', status: 'lost', reason: 'fragmentation' });
    expect(state.turn).toBe(s.turn);
  });

  it('safety 0 loses — 平安 fengqiao', () => {
    const s = quietGame((d) => {
      aligned(d);
      d.safety = 1;
      d.modes.law = 10;
      addConcern(d, template('quarrel', 'dispute', ['law'], ['community'], { deadline: 1 }));
    });
    const { state, events } = endMonthWithEvents(s);
    expect(state.safety).toBe(0);
    expectOver(state, 'safety');
    expect(events).toContainEqual({ type: 'gameEnded', status: 'lost', reason: 'safety' });
  });

  it('satisfaction under the floor for N months loses — 群众满意度 nerve-endings', () => {
    let s = quietGame((d) => {
      aligned(d);
      d.satisfaction = 0;
    });
    const n = s.scenario.tuning.floorMonths;
    expect(s.satisfaction).toBeLessThan(s.scenario.tuning.satisfactionFloor);
    for (let m = 1; m < n; m++) {
      s = endMonth(s);
      expect(s.status).toBe('playing');
      expect(s.lowSatisfactionMonths).toBe(m);
    }
    s = endMonth(s);
    expectOver(s, 'satisfaction');
  });

  it('a month above the floor resets the count — nerve-endings', () => {
    let s = quietGame((d) => {
      aligned(d);
      d.satisfaction = 0;
    });
    const n = s.scenario.tuning.floorMonths;
    for (let m = 1; m < n; m++) s = endMonth(s);
    expect(s.lowSatisfactionMonths).toBe(n - 1);
    s = endMonth({ ...s, satisfaction: 90 });
    expect(s.lowSatisfactionMonths).toBe(0);
    s = { ...s, satisfaction: 0 };
    for (let m = 1; m < n; m++) s = endMonth(s);
    expect(s.status).toBe('playing');
  });

  it('a lost game keeps its 考核 for the debrief, and it never passes — co-governance', () => {
    const s = quietGame((d) => {
      d.fragmentation = 99;
      for (const f of FORCES) d.forces[f] = { capacity: 90, alignment: 0 };
      d.satisfaction = 100;
      d.safety = 100;
    });
    const state = endMonth(s);
    expect(state.assessment).not.toBeNull();
    expect(state.assessment!.rating).toBe('fail');
  });
});
