// Issue 9's rules, each as the principle it encodes: 分工协作 instead of 简单叠加, modes that bite in
// their own ways, a score over the whole term, 两张皮 until 一肩挑, and forecasts one can prepare for.
import { describe, expect, it } from 'vitest';
import {
  actionCost,
  assess,
  FORCES,
  forceCarry,
  fragmentationWarning,
  type GameState,
  newGame,
  responseProgress,
} from '../../src/core';
import {
  act,
  addConcern,
  concern,
  endMonth,
  loggedDelta,
  logSince,
  quietGame,
  scenarioWith,
  template,
} from './helpers';

describe('五社联动 is 分工协作, not 简单叠加 — five-forces', () => {
  it('a force whose role the concern does not need adds nothing to it', () => {
    let id = '';
    const s = quietGame((d) => {
      for (const f of FORCES) d.forces[f] = { capacity: 60, alignment: 70 };
      id = addConcern(d, template('t', 'worry', ['law'], ['community'], { size: 400 }));
    });
    const c = concern(s, id);
    expect(responseProgress(s, c, [...FORCES]).progress).toBe(responseProgress(s, c, ['community']).progress);
  });

  it('sending a force where its role is not needed costs its alignment', () => {
    let id = '';
    const s = quietGame((d) => {
      id = addConcern(d, template('t', 'worry', ['law'], ['community'], { size: 400 }));
    });
    const all = act(s, { type: 'respond', concern: id, forces: [...FORCES] }).state;
    expect(loggedDelta(s, all, 'forces.charity.alignment', 'roleMismatch')).toBeLessThan(0);
    expect(loggedDelta(s, all, 'forces.community.alignment', 'roleMismatch')).toBe(0);
  });

  it('each force carries only so much in a month: past its carry it helps a third as much', () => {
    const ids: string[] = [];
    const s = quietGame((d) => {
      d.energy = 8;
      d.forces.community = { capacity: 30, alignment: 80 };
      for (let i = 0; i < 4; i++)
        ids.push(addConcern(d, template(`t${i}`, 'worry', ['law'], ['community'], { size: 400 })));
    });
    const carry = forceCarry(s, 'community');
    let t = s;
    for (let i = 0; i < carry; i++)
      t = act(t, { type: 'respond', concern: ids[i]!, forces: ['community'] }).state;
    expect(t.committed.community).toBe(carry);
    const fresh = responseProgress(s, concern(s, ids[carry]!), ['community']).progress;
    const tired = responseProgress(t, concern(t, ids[carry]!), ['community']).progress;
    expect(tired).toBeLessThan(fresh);
    expect(endMonth(t).committed.community).toBe(0);
  });
});

describe('each of the five modes bites in its own way', () => {
  it('modes left alone fade, a high one faster — five-governances', () => {
    const s = quietGame((d) => {
      d.modes = { political: 80, autonomy: 30, law: 50, virtue: 50, smart: 50 };
    });
    const e = endMonth(s);
    expect(s.modes.political - e.modes.political).toBeGreaterThan(s.modes.autonomy - e.modes.autonomy);
  });

  it('neglected 法治 lets open disputes grow and come to a head sooner — law', () => {
    const mk = (law: number) => {
      let id = '';
      const s = quietGame((d) => {
        d.modes.law = law;
        id = addConcern(d, template('d', 'dispute', ['law'], ['community'], { size: 100, deadline: 6 }));
      });
      const e = endMonth(s);
      return { s, e, c: concern(e, id) };
    };
    const weak = mk(20);
    const strong = mk(70);
    expect(weak.c.size).toBeGreaterThan(strong.c.size);
    expect(weak.c.deadline).toBeLessThan(strong.c.deadline);
    expect(logSince(weak.s, weak.e).some((x) => x.reason === 'weakLaw' && x.concept === 'law')).toBe(true);
  });

  it('neglected 智治 makes programmes dearer, strong 智治 cheaper — smart', () => {
    const at = (smart: number) =>
      actionCost(
        quietGame((d) => {
          d.modes.smart = smart;
        }),
        { type: 'develop', programme: 'legalAdviser' },
      ).budget;
    expect(at(20)).toBeGreaterThan(at(50));
    expect(at(70)).toBeLessThan(at(50));
  });

  it('neglected 政治 halves what a joint meeting restores and frays the whole — political', () => {
    const at = (political: number) =>
      quietGame((d) => {
        d.modes.political = political;
        d.forces.charity = { capacity: 40, alignment: 30 };
      });
    const gain = (s: ReturnType<typeof at>) =>
      act(s, { type: 'coordinate', forces: ['charity'] }).state.forces.charity.alignment -
      s.forces.charity.alignment;
    expect(gain(at(20))).toBeLessThan(gain(at(60)) / 2 + 1);
    const weak = at(20);
    expect(loggedDelta(weak, endMonth(weak), 'fragmentation', 'weakPolitical')).toBeGreaterThan(0);
  });

  it('neglected 自治 caps satisfaction and vitality — autonomy', () => {
    const s = quietGame((d) => {
      d.modes.autonomy = 20;
      d.satisfaction = 90;
      d.vitality = 90;
    });
    const e = endMonth(s);
    expect(e.satisfaction).toBeLessThanOrEqual(60);
    expect(e.vitality).toBeLessThanOrEqual(60);
  });
});

describe('the 考核 measures the whole term — co-governance', () => {
  it('a term that was bad in its first months scores below one that was good throughout, ending the same', () => {
    const s = quietGame();
    let good = s;
    let late = s;
    for (let i = 0; i < 3; i++) {
      good = endMonth(good);
      late = endMonth(late);
    }
    const sc = s.scenario;
    const lowEarly = {
      ...late,
      history: late.history.map((m, i) => (i < 2 ? { ...m, satisfaction: 10 } : m)),
    };
    expect(assess(lowEarly, sc).parts.satisfaction).toBeLessThan(assess(good, sc).parts.satisfaction);
  });

  it('meeting an objective is 70 of its 100: beating it scores more', () => {
    const sc = scenarioWith({
      objectives: [
        { id: 'o', text: { zh: '满意', en: 'sat' }, metric: 'satisfaction', op: 'atLeast', value: 50 },
      ],
    });
    const s = newGame(sc, 'o');
    const at = (v: number) => assess({ ...s, satisfaction: v }, sc).parts.objectives;
    expect(at(50)).toBe(70);
    expect(at(75)).toBeGreaterThan(70);
    expect(at(25)).toBeLessThan(70);
  });
});

describe('scenarios that bind — one-shoulder, five-capacities', () => {
  it('两委"两张皮" holds the community at its cap until 交叉任职 is adopted', () => {
    const s = newGame(
      scenarioWith({ deck: [], disputes: [], shocks: [], tuning: { twoCommitteesCap: 45 } }),
      'cap',
    );
    const called = act(act(s, { type: 'coordinate', forces: ['community'] }).state, {
      type: 'endMonth',
    }).state;
    expect(called.forces.community.alignment).toBeLessThanOrEqual(45);
    const reformed = act(s, { type: 'adoptReform', reform: 'crossPosting' }).state;
    const after = act(reformed, { type: 'coordinate', forces: ['community'] }).state;
    expect(after.forces.community.alignment).toBeGreaterThan(45);
  });

  it('a forecast shock meets a prepared community smaller — five-capacities (应急管理)', () => {
    const shock = {
      month: 2,
      forecast: true,
      concern: template('flood', 'emergency', ['smart'], ['community', 'volunteers'], { size: 300 }),
    };
    const sc = scenarioWith({ deck: [], disputes: [], shocks: [shock] });
    const s = newGame(sc, 'flood');
    const size = (prepare: boolean) => {
      const t = prepare ? act(s, { type: 'coordinate', forces: ['community', 'volunteers'] }).state : s;
      const e = endMonth(t);
      return e.concerns.find((c) => c.template === 'flood')!.size;
    };
    expect(size(true)).toBeLessThan(size(false));
  });
});

describe('the fragmentation warning comes from the trend and names who was left out — fragmentation', () => {
  it('a force left out of 统筹 for a month while under 50 is named, with its months', () => {
    const s = quietGame((d) => {
      d.forces.socialOrgs = { capacity: 40, alignment: 45 };
    });
    const e = endMonth(s);
    const w = fragmentationWarning(e);
    expect(w.leftOut.map((x) => x.force)).toContain('socialOrgs');
    const called = endMonth(act(s, { type: 'coordinate', forces: ['socialOrgs'] }).state);
    expect(fragmentationWarning(called).leftOut.map((x) => x.force)).not.toContain('socialOrgs');
  });

  it('warns only when holding no meetings would bring 各自为政 within the term, and not for a player who keeps calling them', () => {
    const weak = (d: GameState) => {
      for (const f of FORCES) d.forces[f] = { capacity: 60, alignment: 45 };
    };
    // Month 1: no behaviour to project yet.
    expect(fragmentationWarning(quietGame(weak)).warn).toBe(false);
    // Left alone for two months: the projection reaches 100 before the term ends, and says when.
    const alone = endMonth(endMonth(quietGame(weak)));
    const w = fragmentationWarning(alone);
    expect(w.warn).toBe(true);
    expect(w.projectedMonthsTo100).not.toBeNull();
    expect(w.projectedMonthsTo100!).toBeLessThanOrEqual(w.monthsLeft);
    // The same forces called together every month: no warning.
    let kept = quietGame(weak);
    for (let m = 0; m < 2; m++) kept = endMonth(act(kept, { type: 'coordinate', forces: [...FORCES] }).state);
    expect(fragmentationWarning(kept).warn).toBe(false);
  });
});
