// 只强调"一核"不行 · 形式上有权、实际上无权: 行政包办 is quick now and costly later; overreach is
// judged on behaviour (how much the core does by itself), never on 政治 being strong.
import { describe, expect, it } from 'vitest';
import { FORCES, responseProgress, topDownProgress } from '../../src/core';
import { act, addConcern, concern, endMonth, loggedDelta, logSince, quietGame, template } from './helpers';

describe('行政包办 and overreach (只强调一核)', () => {
  it('行政包办 turns residents into spectators — 形式上有权、实际上无权 direct-democracy', () => {
    let id = '';
    const s = quietGame((d) => {
      id = addConcern(d, template('lift', 'worry', ['autonomy'], ['community'], { size: 400 }));
    });
    const after = act(s, { type: 'respond', concern: id, forces: [], topDown: true }).state;
    expect(after.spectators).toBeGreaterThan(s.spectators);
    expect(logSince(s, after)).toContainEqual(
      expect.objectContaining({
        target: 'spectators',
        reason: 'topDownResponse',
        concept: 'direct-democracy',
      }),
    );
    expect(after.topDownThisMonth).toBe(s.topDownThisMonth + 1);
  });

  it('行政包办 tempts: in an ordinary state it moves a concern further than the needed forces do — two-extremes', () => {
    let id = '';
    const s = quietGame((d) => {
      for (const f of FORCES) d.forces[f] = { capacity: 50, alignment: 60 };
      id = addConcern(d, template('lift', 'worry', ['autonomy'], ['community', 'volunteers'], { size: 400 }));
    });
    const participatory = responseProgress(s, concern(s, id), ['community', 'volunteers']).progress;
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

  it('many 包办 in one month bring overreach at month end — 只强调一核不行 two-extremes', () => {
    const ids: string[] = [];
    const s = quietGame((d) => {
      d.energy = 6;
      for (let i = 0; i < 3; i++)
        ids.push(addConcern(d, template(`t${i}`, 'worry', ['law'], ['community'], { size: 400 })));
    });
    let many = s;
    for (const id of ids) many = act(many, { type: 'respond', concern: id, forces: [], topDown: true }).state;
    expect(many.topDownThisMonth).toBe(3);
    const overreached = endMonth(many);
    expect(loggedDelta(many, overreached, 'modes.autonomy', 'overreach')).toBeLessThan(0);
    expect(loggedDelta(many, overreached, 'vitality', 'overreach')).toBeLessThan(0);
    expect(logSince(s, endMonth(s)).some((e) => e.reason === 'overreach')).toBe(false);
    expect(overreached.topDownThisMonth).toBe(0);
  });

  it('strong 政治 with weak 自治 is not overreach by itself: it is judged on behaviour — political', () => {
    const lopsided = quietGame((d) => {
      d.modes.political = 95;
      d.modes.autonomy = 40;
    });
    expect(logSince(lopsided, endMonth(lopsided)).some((e) => e.reason === 'overreach')).toBe(false);
    // 党建引领 programmes are not 包办: they never count toward overreach.
    const programmes = act(act(lopsided, { type: 'develop', programme: 'expandCoverage' }).state, {
      type: 'develop',
      programme: 'partyMembersDown',
    }).state;
    expect(programmes.topDownThisMonth).toBe(0);
  });

  it('spectators cost later: past a few, they drain 自治 and make new concerns larger — direct-democracy', () => {
    const many = quietGame((d) => {
      d.spectators = 60;
      d.modes.autonomy = 50;
    });
    const none = quietGame((d) => {
      d.modes.autonomy = 50;
    });
    const a = endMonth(many);
    expect(loggedDelta(many, a, 'modes.autonomy', 'spectators')).toBeLessThan(0);
    expect(a.modes.autonomy).toBeLessThan(endMonth(none).modes.autonomy);
    // A few spectators cost nothing yet: the price comes later.
    const few = quietGame((d) => {
      d.spectators = 10;
    });
    expect(logSince(few, endMonth(few)).some((e) => e.reason === 'spectators')).toBe(false);
  });

  it('居民议事会 wins spectators back — autonomy (议事协商)', () => {
    const s = quietGame((d) => {
      d.spectators = 40;
      d.budget = 100;
    });
    const after = act(s, { type: 'develop', programme: 'residentsCouncil' }).state;
    expect(after.spectators).toBeLessThan(s.spectators);
  });

  it('participation lasts: a 包办-only course ends with less 自治 and vitality than a participatory one — two-extremes', () => {
    const start = quietGame((d) => {
      d.budget = 200;
      d.energy = 6;
      for (let i = 0; i < 12; i++)
        addConcern(d, template(`c${i}`, 'worry', ['autonomy'], ['volunteers'], { size: 60, deadline: 12 }));
    });
    const course = (topDown: boolean) => {
      let s = start;
      while (s.turn < 5) {
        const c = s.concerns.find((x) => x.hiddenFor === 0);
        s = act(
          s,
          !c || s.energy < 1
            ? { type: 'endMonth' }
            : topDown
              ? { type: 'respond', concern: c.id, forces: [], topDown: true }
              : { type: 'respond', concern: c.id, forces: ['volunteers'] },
        ).state;
      }
      return s;
    };
    const topDown = course(true);
    const participatory = course(false);
    expect(topDown.turn).toBe(participatory.turn);
    expect(topDown.spectators).toBeGreaterThan(participatory.spectators);
    expect(topDown.modes.autonomy).toBeLessThan(participatory.modes.autonomy);
    expect(topDown.vitality).toBeLessThanOrEqual(participatory.vitality);
  });
});
