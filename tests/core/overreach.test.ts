// 只强调"一核"不行 · 形式上有权、实际上无权: control without participation is hollow.
import { describe, expect, it } from 'vitest';
import { FORCES, responseProgress, topDownProgress } from '../../src/core';
import {
  act,
  addConcern,
  concern,
  endMonth,
  loggedDelta,
  logSince,
  playOut,
  quietGame,
  template,
} from './helpers';

describe('top-down overreach (只强调一核)', () => {
  it('top-down response drains 自治 — 形式上有权、实际上无权 direct-democracy', () => {
    let id = '';
    const s = quietGame((d) => {
      d.modes.autonomy = 50;
      id = addConcern(d, template('lift', 'worry', ['autonomy'], ['community'], { size: 400 }));
    });
    const after = act(s, { type: 'respond', concern: id, forces: [], topDown: true }).state;
    expect(after.modes.autonomy).toBeLessThan(s.modes.autonomy);
    expect(after.vitality).toBeLessThan(s.vitality);
    expect(logSince(s, after)).toContainEqual(
      expect.objectContaining({
        target: 'modes.autonomy',
        reason: 'topDownResponse',
        concept: 'direct-democracy',
      }),
    );
    expect(after.topDownThisMonth).toBe(s.topDownThisMonth + 1);
  });

  it('行政包办 works fast: it moves a concern even with every force unaligned — two-extremes', () => {
    let id = '';
    const s = quietGame((d) => {
      for (const f of FORCES) d.forces[f] = { capacity: 10, alignment: 0 };
      id = addConcern(d, template('lift', 'worry', ['autonomy'], ['community'], { size: 400 }));
    });
    const participatory = responseProgress(s, concern(s, id), ['community']).progress;
    expect(topDownProgress(s)).toBeGreaterThan(participatory);
    const after = act(s, { type: 'respond', concern: id, forces: [], topDown: true }).state;
    expect(concern(after, id).progress).toBe(topDownProgress(s));
  });

  it('top-down progress grows with 政治 — 政治统领 political', () => {
    const at = (political: number) =>
      quietGame((d) => {
        d.modes.political = political;
      });
    expect(topDownProgress(at(90))).toBeGreaterThan(topDownProgress(at(10)));
  });

  it('several top-down acts in one month bring overreach at month end — 只强调一核不行 two-extremes', () => {
    const s = quietGame((d) => {
      d.modes.political = 40;
      d.modes.autonomy = 45;
    });
    const twice = act(act(s, { type: 'develop', programme: 'expandCoverage' }).state, {
      type: 'develop',
      programme: 'expandCoverage',
    }).state;
    expect(twice.topDownThisMonth).toBeGreaterThanOrEqual(2);
    const overreached = endMonth(twice);
    expect(loggedDelta(twice, overreached, 'modes.autonomy', 'overreach')).toBeLessThan(0);
    expect(loggedDelta(twice, overreached, 'vitality', 'overreach')).toBeLessThan(0);
    expect(logSince(s, endMonth(s)).some((e) => e.reason === 'overreach')).toBe(false);
    expect(overreached.topDownThisMonth).toBe(0);
  });

  it('政治 far above 自治 is overreach even without a top-down act — 只强调一核不行 two-extremes', () => {
    const at = (political: number) =>
      quietGame((d) => {
        d.modes.political = political;
        d.modes.autonomy = 40;
      });
    const lopsided = at(95);
    const even = at(45);
    const lopsidedAfter = endMonth(lopsided);
    expect(loggedDelta(lopsided, lopsidedAfter, 'modes.autonomy', 'overreach')).toBeLessThan(0);
    expect(lopsidedAfter.modes.autonomy).toBeLessThan(endMonth(even).modes.autonomy);
  });

  it('participation lasts: a top-down-only course ends with less 自治 and vitality than a participatory one — two-extremes', () => {
    const start = quietGame((d) => {
      d.budget = 200;
    });
    const course = (programme: 'expandCoverage' | 'residentsCouncil') =>
      playOut(start, (s) => (s.energy >= 3 ? { type: 'develop', programme } : { type: 'endMonth' }), 6 * 4);
    const topDown = course('expandCoverage');
    const participatory = course('residentsCouncil');
    expect(topDown.turn).toBe(participatory.turn);
    expect(topDown.turn).toBeGreaterThan(3);
    expect(topDown.modes.autonomy).toBeLessThan(participatory.modes.autonomy);
    expect(topDown.vitality).toBeLessThan(participatory.vitality);
  });
});
