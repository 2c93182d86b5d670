// 行政有余、自治不足 · 减负: administrative burden pushed down from above eats energy and 自治.
import { describe, expect, it } from 'vitest';
import { CLEAR_BURDEN_COST, monthlyEnergy } from '../../src/core';
import { act, endMonth, loggedDelta, logSince, quietGame } from './helpers';

describe('administrative burden (行政有余、自治不足)', () => {
  it('burden eats energy — 行政有余、自治不足 burden-relief', () => {
    const at = (burden: number) =>
      quietGame((d) => {
        d.burden = burden;
      });
    expect(monthlyEnergy(at(90))).toBeLessThan(monthlyEnergy(at(0)));
    // …and the next month starts with what the burden leaves.
    expect(endMonth(at(90)).energy).toBeLessThan(endMonth(at(0)).energy);
  });

  it('more burden never means more energy, and some energy is always left for 减负 — burden-relief', () => {
    const s = quietGame();
    let previous = Number.POSITIVE_INFINITY;
    for (let burden = 0; burden <= 100; burden++) {
      const e = monthlyEnergy({ ...s, burden });
      expect(e).toBeLessThanOrEqual(previous);
      expect(e).toBeGreaterThanOrEqual(CLEAR_BURDEN_COST.energy);
      expect(e).toBeLessThanOrEqual(s.maxEnergy);
      previous = e;
    }
  });

  it('superior departments push burden down every month — 行政有余 burden-relief', () => {
    const s = quietGame((d) => {
      d.burden = 20;
    });
    const after = endMonth(s);
    expect(after.burden).toBeGreaterThan(s.burden);
    expect(logSince(s, after)).toContainEqual(
      expect.objectContaining({ target: 'burden', reason: 'adminBurden', concept: 'burden-relief' }),
    );
  });

  it('heavy burden drains 自治 — 行政有余、自治不足 burden-relief', () => {
    const at = (burden: number) =>
      quietGame((d) => {
        d.burden = burden;
      });
    const heavy = at(90);
    const light = at(10);
    const heavyAfter = endMonth(heavy);
    expect(heavyAfter.modes.autonomy).toBeLessThan(endMonth(light).modes.autonomy);
    expect(loggedDelta(heavy, heavyAfter, 'modes.autonomy', 'burdenHeavy')).toBeLessThan(0);
  });

  it('clearing burden (减负) lowers it at once, for its energy — burden-relief', () => {
    const s = quietGame((d) => {
      d.burden = 50;
    });
    const after = act(s, { type: 'clearBurden' }).state;
    expect(after.burden).toBeLessThan(s.burden);
    expect(after.energy).toBe(s.energy - CLEAR_BURDEN_COST.energy);
    expect(logSince(s, after)).toContainEqual(
      expect.objectContaining({ target: 'burden', reason: 'clearBurden', concept: 'burden-relief' }),
    );
  });

  it('clearing burden month after month gives energy back — 减负 burden-relief', () => {
    let s = quietGame((d) => {
      d.burden = 100;
    });
    const before = monthlyEnergy(s);
    for (let i = 0; i < 30 && s.burden > 0; i++)
      s = s.energy >= CLEAR_BURDEN_COST.energy ? act(s, { type: 'clearBurden' }).state : endMonth(s);
    expect(monthlyEnergy(s)).toBeGreaterThan(before);
  });
});
