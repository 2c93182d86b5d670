// 五治融合: 政治统领、自治活力、法治硬约束、德治软约束、智治智能化 — 不能偏轻偏重、顾此失彼.
import { describe, expect, it } from 'vitest';
import {
  type Action,
  balanceIndex,
  type GameState,
  hiddenDelay,
  MODES,
  type ModeLevels,
  PROGRAMME,
  PROGRAMMES,
  responseProgress,
  weakestMode,
} from '../../src/core';
import { fixtureScenario } from './fixture';
import {
  act,
  addConcern,
  concern,
  endMonth,
  endMonthWithEvents,
  game,
  loggedDelta,
  logSince,
  quietGame,
  scenarioWith,
  template,
} from './helpers';

const even = (v: number): ModeLevels => ({ political: v, autonomy: v, law: v, virtue: v, smart: v });

describe('balance (五治融合)', () => {
  it('balance multiplies effectiveness: the same response progresses less with one neglected mode — 五治融合 不能偏轻偏重 five-governances', () => {
    // The concern needs 法治 only; the neglected mode (德治) is not even one it asks for.
    let id = '';
    const balanced = quietGame((d) => {
      d.modes = even(60);
      id = addConcern(d, template('noise', 'annoyance', ['law'], ['community'], { size: 400 }));
    });
    const lopsided = quietGame((d) => {
      d.modes = { ...even(60), virtue: 5 };
      addConcern(d, template('noise', 'annoyance', ['law'], ['community'], { size: 400 }));
    });
    const c = concern(balanced, id);
    expect(responseProgress(lopsided, c, ['community']).progress).toBeLessThan(
      responseProgress(balanced, c, ['community']).progress,
    );
    const respond: Action = { type: 'respond', concern: id, forces: ['community'] };
    expect(concern(act(lopsided, respond).state, id).progress).toBeLessThan(
      concern(act(balanced, respond).state, id).progress,
    );
  });

  it('neglecting one mode lowers balance more than raising another by as much lifts it — 不能偏轻偏重 five-governances', () => {
    const base = even(50);
    for (const m of MODES) {
      const lowered = balanceIndex({ ...base, [m]: 30 });
      const raised = balanceIndex({ ...base, [m]: 70 });
      expect(lowered).toBeLessThan(balanceIndex(base));
      expect(raised).toBeLessThanOrEqual(balanceIndex(base));
      expect(balanceIndex(base) - lowered).toBeGreaterThan(raised - balanceIndex(base));
      expect(weakestMode({ ...base, [m]: 30 })).toBe(m);
    }
    expect(balanceIndex(even(50))).toBe(balanceIndex(even(80)));
  });

  it('pushing one mode ever higher buys less — 偏重 five-governances', () => {
    const at = (law: number) =>
      quietGame((d) => {
        d.modes.law = law;
      });
    const low = at(30);
    const high = at(90);
    const gainLow = loggedDelta(
      low,
      act(low, { type: 'develop', programme: 'legalAdviser' }).state,
      'modes.law',
    );
    const gainHigh = loggedDelta(
      high,
      act(high, { type: 'develop', programme: 'legalAdviser' }).state,
      'modes.law',
    );
    expect(gainHigh).toBeGreaterThan(0);
    expect(gainHigh).toBeLessThan(gainLow);
  });

  it.each(PROGRAMMES)(
    'programme %s develops its own mode, logged under its concept — five-governances',
    (p) => {
      const s = quietGame((d) => {
        d.modes = even(40);
        d.budget = 200;
      });
      const after = act(s, { type: 'develop', programme: p }).state;
      const { mode, concept } = PROGRAMME[p];
      expect(after.modes[mode]).toBeGreaterThan(s.modes[mode]);
      expect(logSince(s, after)).toContainEqual(
        expect.objectContaining({ target: `modes.${mode}`, reason: 'develop', concept }),
      );
    },
  );

  it('every mode fades a little without attention — 五治融合 five-governances', () => {
    const s = quietGame((d) => {
      d.modes = even(50);
    });
    const after = endMonth(s);
    for (const m of MODES) expect(after.modes[m]).toBeLessThan(s.modes[m]);
  });
});

describe('each neglected mode bites in its own way', () => {
  it('weak 法治 lets disputes escalate sooner — 硬约束 law', () => {
    const monthsToEscalate = (law: number) => {
      let id = '';
      let s = quietGame((d) => {
        d.modes.law = law;
        id = addConcern(d, template('quarrel', 'dispute', ['law'], ['community'], { deadline: 6 }));
      });
      for (let month = 1; month <= 12; month++) {
        s = endMonth(s);
        if (concern(s, id).escalations > 0) return month;
      }
      return Number.POSITIVE_INFINITY;
    };
    const weak = monthsToEscalate(5);
    const strong = monthsToEscalate(80);
    expect(strong).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(weak).toBeLessThan(strong);
  });

  it('weak 法治 is named in the log when a dispute grows — 硬约束 law', () => {
    let id = '';
    const s = quietGame((d) => {
      d.modes.law = 5;
      id = addConcern(d, template('quarrel', 'dispute', ['law'], ['community'], { deadline: 6 }));
    });
    expect(logSince(s, endMonth(s))).toContainEqual(
      expect.objectContaining({ target: `concern.${id}`, reason: 'weakLaw', concept: 'law' }),
    );
  });

  it('weak 德治 lets more disputes arise over many seeds — 软约束 virtue', () => {
    const disputesArisen = (virtue: number) => {
      const sc = scenarioWith({ start: { modes: { ...fixtureScenario().start.modes, virtue } } });
      const disputeIds = new Set(sc.disputes.map((t) => t.id));
      let count = 0;
      for (let seed = 0; seed < 40; seed++) {
        let s = game(sc, `virtue-${seed}`);
        count += s.concerns.filter((c) => disputeIds.has(c.template)).length;
        for (let m = 0; m < 3 && s.status === 'playing'; m++) {
          const r = endMonthWithEvents(s);
          for (const e of r.events)
            if (e.type === 'concernArrived')
              count += disputeIds.has(r.state.concerns.find((c) => c.id === e.concern)!.template) ? 1 : 0;
          s = r.state;
        }
      }
      return count;
    };
    const weak = disputesArisen(5);
    const strong = disputesArisen(90);
    expect(weak).toBeGreaterThan(strong);
  });

  it('weak 智治 keeps concerns hidden longer — 智治 smart', () => {
    const at = (smart: number): GameState =>
      game(
        scenarioWith({
          deck: [template('elders', 'worry', ['virtue'], ['socialWorkers'], { hidden: true })],
          disputes: [],
          shocks: [],
          start: { modes: { ...fixtureScenario().start.modes, smart } },
        }),
      );
    const weak = at(5);
    const strong = at(95);
    expect(hiddenDelay(weak)).toBeGreaterThan(hiddenDelay(strong));
    expect(weak.concerns.length).toBeGreaterThan(0);
    expect(strong.concerns.length).toBeGreaterThan(0);
    for (const c of weak.concerns) expect(c.hiddenFor).toBeGreaterThan(strong.concerns[0]!.hiddenFor);
    expect(weak.log.some((e) => e.reason === 'weakSmart' && e.concept === 'smart')).toBe(true);
  });

  it('neglected 智治: ordinary concerns reach the core late — 神经末梢 smart', () => {
    const at = (smart: number): GameState =>
      game(
        scenarioWith({
          deck: [template('noise', 'worry', ['law'], ['community'], { hidden: false })],
          disputes: [],
          shocks: [],
          start: { modes: { ...fixtureScenario().start.modes, smart } },
        }),
      );
    const weak = at(5);
    const strong = at(60);
    expect(weak.concerns.length).toBeGreaterThan(0);
    expect(strong.concerns.length).toBeGreaterThan(0);
    expect(weak.concerns.every((c) => c.hiddenFor > 0)).toBe(true);
    expect(strong.concerns.every((c) => c.hiddenFor === 0)).toBe(true);
  });

  it('neglected 智治: what nobody sees grows and weighs on residents — 智治 smart', () => {
    const at = (smart: number) =>
      quietGame((d) => {
        d.modes = { ...even(50), smart };
        d.satisfaction = 70;
        for (let i = 0; i < 3; i++)
          addConcern(d, template(`u${i}`, 'worry', ['law'], ['community'], { deadline: 12 }), {
            hiddenFor: 2,
          });
      });
    const weak = endMonth(at(10));
    const strong = endMonth(at(60));
    expect(weak.satisfaction).toBeLessThan(strong.satisfaction);
    for (const c of strong.concerns) expect(c.size).toBe(100);
    for (const c of weak.concerns) expect(c.size).toBeGreaterThan(100);
    expect(weak.log.some((e) => e.reason === 'weakSmart' && e.target === 'satisfaction')).toBe(true);
  });

  it('weak 自治 caps satisfaction and drains vitality — 自治活力 autonomy', () => {
    const at = (autonomy: number) =>
      quietGame((d) => {
        d.modes = { ...even(30), autonomy };
        d.satisfaction = 95;
        d.vitality = 60;
      });
    const weak = at(5);
    const strong = at(60);
    const weakAfter = endMonth(weak);
    const strongAfter = endMonth(strong);
    expect(weakAfter.satisfaction).toBeLessThan(strongAfter.satisfaction);
    expect(weakAfter.vitality).toBeLessThan(strongAfter.vitality);
    expect(logSince(weak, weakAfter).some((e) => e.reason === 'weakAutonomy')).toBe(true);
  });

  it('volunteers stop coming forward where residents have no say — 自治不足 autonomy', () => {
    const at = (autonomy: number) =>
      quietGame((d) => {
        d.modes.autonomy = autonomy;
      });
    const weak = at(5);
    const strong = at(60);
    const weakGain = act(weak, { type: 'strengthen', force: 'volunteers' }).state.forces.volunteers.capacity;
    const strongGain = act(strong, { type: 'strengthen', force: 'volunteers' }).state.forces.volunteers
      .capacity;
    expect(weakGain - weak.forces.volunteers.capacity).toBeGreaterThan(0);
    expect(weakGain - weak.forces.volunteers.capacity).toBeLessThan(
      strongGain - strong.forces.volunteers.capacity,
    );
  });

  it('where 法治 holds, 平安 recovers — 法治 law', () => {
    const at = (law: number) =>
      quietGame((d) => {
        d.modes.law = law;
        d.safety = 50;
      });
    expect(endMonth(at(80)).safety).toBeGreaterThan(endMonth(at(10)).safety);
  });
});
