// A short term is the scenario's story compressed, not cut (src/core/pace.ts): at a 6-month term of a
// 12-month scenario the world moves two story months a month — for what the player left alone —
// while 精力 and 经费 stay per month. A full term is the game it always was.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import {
  FORCES,
  type GameState,
  NEGLECTED,
  newGame,
  PACE_UNIT,
  paced,
  type Scenario,
  termMonth,
  termPace,
} from '../../src/core';
import { BLIND_PER_POINT, blindChance, modeDecay, neglectGap } from '../../src/core/monthEnd';
import { monthPace } from '../../src/core/pace';
import { loadScenarioFiles } from '../../src/scenarios/node';
import { act, edit, endMonth, endMonthWithEvents, loggedDelta, QUIET, scenarioWith } from './helpers';

/** A quiet world (nothing arrives by itself) at a term of `months` of the fixture's 12. */
function quietTerm(
  months: number,
  fn?: (d: GameState) => void,
  over: Parameters<typeof scenarioWith>[0] = {},
) {
  const s = newGame(scenarioWith({ ...QUIET, ...over }), 'quiet', { months });
  return fn ? edit(s, fn) : s;
}

const shipped = (): Scenario[] => loadScenarioFiles().scenarios;

/** The same quiet term in its month 2, where the story's pace has begun (month 1 runs by the month). */
function quietMonth2(
  months: number,
  fn?: (d: GameState) => void,
  over: Parameters<typeof scenarioWith>[0] = {},
) {
  return quietTerm(
    months,
    (d) => {
      d.turn = 2;
      fn?.(d);
    },
    over,
  );
}

describe('the pace of a term (故事压缩)', () => {
  it('a full term runs at the story’s own pace: every quantity is itself', () => {
    const s = quietTerm(12);
    expect(termPace(s)).toBe(PACE_UNIT);
    for (const x of [-37, -1, 0, 1, 2, 3, 17, 250]) expect(paced(s, x)).toBe(x);
    for (let m = 1; m <= 12; m++) expect(termMonth(s, m)).toBe(m);
  });

  it('a 6-month term of a 12-month story runs at twice its pace, in whole per-mille', () => {
    const s = quietMonth2(6);
    expect(termPace(s)).toBe(2 * PACE_UNIT);
    expect(paced(s, 3)).toBe(6);
    expect(paced(s, -4)).toBe(-8);
    // A 10-month term of the same story: 1.2 months a month, rounded half away from zero.
    const ten = quietMonth2(10);
    expect(termPace(ten)).toBe(1200);
    expect(paced(ten, 5)).toBe(6);
    expect(paced(ten, -2)).toBe(-2);
    for (const x of [1, 2, 7, 40]) expect(Number.isInteger(paced(ten, x))).toBe(true);
  });

  it('month 1 is the player’s first chance: the world moves by the month in any term, at the story’s pace from month 2 — burden-relief', () => {
    const over = { tuning: { burdenPerMonth: 6 } };
    const full = quietTerm(12, (d) => (d.burden = 10), over);
    const short = quietTerm(6, (d) => (d.burden = 10), over);
    const push = (s: GameState) => loggedDelta(s, endMonth(s), 'burden', 'adminBurden');
    // Month 1: nothing has been left alone before it is played; its month is a month in any term.
    expect(monthPace(short)).toBe(PACE_UNIT);
    expect(paced(short, 7)).toBe(7);
    expect(push(short)).toBe(push(full));
    const full1 = endMonth(full);
    const short1 = endMonth(short);
    expect(short1.modes).toEqual(full1.modes);
    for (const k of ['fragmentation', 'satisfaction', 'vitality', 'burden', 'budget'] as const)
      expect(short1[k], k).toBe(full1[k]);
    // Month 2: the story's pace has begun.
    expect(monthPace(short1)).toBe(termPace(short1));
    expect(push(short1)).toBe(paced(short1, push(full1)));
    expect(push(short1)).toBeGreaterThan(push(full1));
  });

  it('the story’s months land inside the term, in order, the last on the last month', () => {
    const s = quietTerm(6);
    const mapped = Array.from({ length: 12 }, (_, i) => termMonth(s, i + 1));
    expect(mapped[0]).toBe(1);
    expect(mapped[11]).toBe(6);
    for (let i = 1; i < mapped.length; i++) expect(mapped[i]!).toBeGreaterThanOrEqual(mapped[i - 1]!);
  });
});

describe('a short term compresses drift (各自为政)', () => {
  it('a force left out of 统筹 drifts at the story’s pace once it has been left out a month — fragmentation', () => {
    // Month 1: nobody has been left out of anything yet, so every term drifts alike.
    const full = endMonth(quietTerm(12));
    const short = endMonth(quietTerm(6));
    for (const f of FORCES) expect(short.forces[f].alignment).toBe(full.forces[f].alignment);
    // Month 2, no meeting again: the forces left out drift at the story's pace.
    const fullAfter = endMonth(full);
    const shortAfter = endMonth(short);
    for (const f of FORCES) {
      const lostFull = full.forces[f].alignment - fullAfter.forces[f].alignment;
      const lostShort = short.forces[f].alignment - shortAfter.forces[f].alignment;
      expect(lostFull).toBeGreaterThan(0);
      expect(lostShort).toBe(paced(short, lostFull));
    }
    expect(shortAfter.fragmentation - short.fragmentation).toBeGreaterThan(
      fullAfter.fragmentation - full.fragmentation,
    );
  });

  it('a force called to the joint meeting is held for the month alike in any term — coordination', () => {
    const meet = (s: GameState) =>
      act(s, { type: 'coordinate', forces: ['community', 'volunteers'] } as never).state;
    const full = meet(quietTerm(12));
    const short = meet(quietTerm(6));
    const fullAfter = endMonth(full);
    const shortAfter = endMonth(short);
    for (const f of ['community', 'volunteers'] as const)
      expect(short.forces[f].alignment - shortAfter.forces[f].alignment).toBe(
        full.forces[f].alignment - fullAfter.forces[f].alignment,
      );
  });

  it('with 政治 neglected the meeting no longer holds a force against the story’s pace — 政治统领', () => {
    const lost = (months: number, political: number) => {
      const s = act(
        quietMonth2(months, (d) => (d.modes.political = political)),
        { type: 'coordinate', forces: ['community'] } as never,
      ).state;
      return s.forces.community.alignment - endMonth(s).forces.community.alignment;
    };
    // Strong 政治: a short term's meeting holds the force as a full term's does.
    expect(lost(6, 60)).toBe(lost(12, 60));
    // Neglected 政治: the short term's story runs on through the meeting.
    expect(lost(6, NEGLECTED - 5)).toBeGreaterThan(lost(12, NEGLECTED - 5));
  });

  it('while the 两委 are 两张皮 the meeting cannot hold the residents’ committee in a short term — one-shoulder', () => {
    const lost = (months: number, reform: boolean) => {
      let s = quietMonth2(
        months,
        (d) => {
          d.modes.political = 70;
          d.forces.community.alignment = 40;
        },
        { tuning: { twoCommitteesCap: 45 } },
      );
      if (reform) s = act(s, { type: 'adoptReform', reform: 'oneShoulder' } as never).state;
      s = act(s, { type: 'coordinate', forces: ['community'] } as never).state;
      return s.forces.community.alignment - endMonth(s).forces.community.alignment;
    };
    expect(lost(6, false)).toBeGreaterThan(lost(12, false));
    // 一肩挑 lifts the cap: the meeting holds the committee as in a full term.
    expect(lost(6, true)).toBe(lost(12, true));
  });

  it('while the 两委 are 两张皮 a residents’ committee gone its own way is a second centre in a short term — one-shoulder', () => {
    const pull = (months: number, reform: boolean) => {
      let s = quietMonth2(
        months,
        (d) => {
          d.modes.political = 70;
          d.forces.community.alignment = 20;
          d.forces.community.capacity = 40;
        },
        { tuning: { twoCommitteesCap: 45 } },
      );
      if (reform) s = act(s, { type: 'adoptReform', reform: 'oneShoulder' } as never).state;
      return loggedDelta(s, endMonth(s), 'fragmentation', 'twoCommittees');
    };
    // A committee of this size would be no rival centre by itself; under 两张皮 it is one.
    expect(pull(6, false)).toBe(paced(quietMonth2(6), 2));
    expect(pull(12, false)).toBe(0);
    // 一肩挑 joins the two committees: no second centre.
    expect(pull(6, true)).toBe(0);
  });

  it('a 6-month term compresses drift: never-coordinate fragments within the term — 各自为政', () => {
    const bot = getBot('never-coordinate')!;
    for (const sc of shipped()) {
      const short = playGame(sc, 'term-1', bot, { months: 6 });
      expect(short.state.status, sc.id).toBe('lost');
      expect(short.state.lossReason, sc.id).toBe('fragmentation');
      expect(short.state.turn, sc.id).toBeLessThanOrEqual(6);
    }
  });
});

describe('a short term stays a game a balanced player passes (考核)', () => {
  it('the balanced bot passes a 6-month term of every scenario on most fixed seeds — co-governance', () => {
    const bot = getBot('balanced')!;
    for (const sc of shipped()) {
      const seeds = ['term-a', 'term-b', 'term-c', 'term-d'];
      const passed = seeds.filter((seed) => {
        const g = playGame(sc, seed, bot, { months: 6 });
        return g.state.status === 'won' && g.state.maxTurns === 6;
      }).length;
      expect(passed, sc.id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('a short term compresses neglect (五治)', () => {
  it('a mode left without a programme sinks at the story’s pace; a tended one fades by the month', () => {
    const at = (months: number) =>
      quietTerm(months, (d) => {
        for (const m of Object.keys(d.modes) as (keyof typeof d.modes)[]) d.modes[m] = 60;
      });
    // A mode is left alone once it has not risen for LEFT_ALONE_MONTHS months: 4 months make it so.
    const run = (s: GameState, n: number, programme?: string) => {
      let x = s;
      for (let i = 0; i < n; i++) {
        if (programme) x = act(x, { type: 'develop', programme } as never).state;
        x = endMonth(x);
      }
      return x;
    };
    const fullLeft = run(at(12), 4);
    const shortLeft = run(at(6), 4);
    expect(shortLeft.modes.virtue).toBeLessThan(fullLeft.modes.virtue);
    // The same months with 德治 tended each month: a short term's virtue fades as a full term's.
    const fullTended = run(at(12), 4, 'goodFamily');
    const shortTended = run(at(6), 4, 'goodFamily');
    expect(shortTended.modes.virtue).toBe(fullTended.modes.virtue);
  });

  it('a short term begins with the story under way: a mode never raised since the term began counts as left alone from month 2 — 德治', () => {
    // Start modes at 60 (as the scenario gives them, so "not raised since the start" is read from it).
    const start = { modes: { political: 60, autonomy: 60, law: 60, virtue: 60, smart: 60 } };
    const term = (months: number) => newGame(scenarioWith({ ...QUIET, start }), 'quiet', { months });
    const lost = (a: GameState, b: GameState) => a.modes.virtue - b.modes.virtue;
    for (const months of [6, 12]) {
      const m1 = endMonth(term(months));
      // Month 1 is the player's first chance: nothing is left alone yet, in any term.
      expect(lost(term(months), m1), `month 1 of ${months}`).toBe(lost(term(12), endMonth(term(12))));
    }
    const full1 = endMonth(term(12));
    const short1 = endMonth(term(6));
    const fullLoss = lost(full1, endMonth(full1));
    // Month 2 of a short term: 德治 never raised sinks at the story's pace (and month 1's fade is
    // caught up, the next test); a full term's month 2 does not.
    expect(lost(short1, endMonth(short1))).toBeGreaterThanOrEqual(paced(short1, fullLoss));
    expect(lost(short1, endMonth(short1))).toBeGreaterThan(fullLoss);
    // Raised once in month 1, it fades by the month in month 2 as in a full term.
    const raise = (s: GameState) =>
      endMonth(act(s, { type: 'develop', programme: 'goodFamily' } as never).state);
    const shortRaised = raise(term(6));
    const fullRaised = raise(term(12));
    expect(lost(shortRaised, endMonth(shortRaised))).toBe(lost(fullRaised, endMonth(fullRaised)));
  });

  it('a mode left alone since the term began has sunk at the story’s pace since it began: month 2 catches up month 1’s fade — 德治', () => {
    const start = { modes: { political: 60, autonomy: 60, law: 60, virtue: 60, smart: 60 } };
    const term = (months: number) => newGame(scenarioWith({ ...QUIET, start }), 'quiet', { months });
    const short1 = endMonth(term(6));
    const firstFade = 60 - short1.modes.virtue;
    // Month 1 fades by the month (the player's first chance) …
    expect(firstFade).toBe(modeDecay(60));
    // … and once month 2 shows 德治 was left alone from the start, that fade is the story's too.
    const short2 = endMonth(short1);
    expect(short1.modes.virtue - short2.modes.virtue).toBe(
      paced(short1, modeDecay(short1.modes.virtue)) + paced(short1, firstFade) - firstFade,
    );
    // So month 2 of a 6-month term leaves 德治 where month 4 of the 12-month story does.
    let full = term(12);
    for (let m = 1; m <= 4; m++) full = endMonth(full);
    expect(short2.modes.virtue).toBe(full.modes.virtue);
    // Raised in month 1, it has no neglect to catch up: month 2 fades it by the month.
    const raised = endMonth(act(term(6), { type: 'develop', programme: 'goodFamily' } as never).state);
    expect(raised.modes.virtue - endMonth(raised).modes.virtue).toBe(modeDecay(raised.modes.virtue));
  });

  it('a neglected mode bites at the story’s gap in a short term: 智治 blinder, 德治 quarrels larger — 神经末梢', () => {
    const at = (months: number, level: number) =>
      quietMonth2(months, (d) => {
        d.modes.smart = level;
        d.modes.virtue = level;
      });
    const gap = 10;
    for (const m of ['smart', 'virtue'] as const) {
      expect(neglectGap(at(12, NEGLECTED - gap), m)).toBe(gap);
      expect(neglectGap(at(6, NEGLECTED - gap), m)).toBe(paced(at(6, 0), gap));
      expect(neglectGap(at(6, NEGLECTED), m)).toBe(0);
    }
    // Blindness grows with the story's gap as well as its months: more than the full term's chance paced.
    const full = blindChance(at(12, NEGLECTED - gap));
    const short = at(6, NEGLECTED - gap);
    expect(full).toBe(gap * BLIND_PER_POINT);
    expect(blindChance(short)).toBeGreaterThan(paced(short, full));
    // A 智治 kept at NEGLECTED is not blind in any term.
    expect(blindChance(at(6, NEGLECTED))).toBe(0);
  });

  it('a mode under NEGLECTED sinks at the story’s pace in a short term — 硬约束', () => {
    const at = (months: number) => quietMonth2(months, (d) => (d.modes.law = NEGLECTED - 10));
    const fullBefore = at(12);
    const shortBefore = at(6);
    const lostFull = fullBefore.modes.law - endMonth(fullBefore).modes.law;
    const lostShort = shortBefore.modes.law - endMonth(shortBefore).modes.law;
    expect(lostShort).toBe(paced(shortBefore, lostFull));
    // …and its bite on safety is the story's too.
    const safetyFull = loggedDelta(fullBefore, endMonth(fullBefore), 'safety', 'weakLaw');
    const safetyShort = loggedDelta(shortBefore, endMonth(shortBefore), 'safety', 'weakLaw');
    expect(safetyShort).toBeLessThan(safetyFull);
  });

  it('until 减负清单 burden builds at the story’s pace; after it, by the month — burden-relief', () => {
    const burden = (months: number, reform: boolean) => {
      let s = quietMonth2(months, (d) => (d.burden = 10), { tuning: { burdenPerMonth: 6 } });
      if (reform) s = act(s, { type: 'adoptReform', reform: 'burdenList' } as never).state;
      return loggedDelta(s, endMonth(s), 'burden', 'adminBurden');
    };
    expect(burden(6, false)).toBe(2 * burden(12, false));
    expect(burden(6, true)).toBe(burden(12, true));
    expect(burden(6, true)).toBeLessThan(burden(6, false));
  });

  it('residents made spectators by 包办 come back by the month in any term, while they drain 自治 at the story’s pace — direct-democracy', () => {
    const at = (months: number) => quietMonth2(months, (d) => (d.spectators = 40));
    const back = (s: GameState) => loggedDelta(s, endMonth(s), 'spectators', 'participation');
    const drain = (s: GameState) => loggedDelta(s, endMonth(s), 'modes.autonomy', 'spectators');
    expect(back(at(6))).toBeLessThan(0);
    expect(back(at(6))).toBe(back(at(12)));
    // The price of 包办 comes within a short term: the drain is the story's.
    expect(drain(at(12))).toBeLessThan(0);
    expect(drain(at(6))).toBe(paced(at(6), drain(at(12))));
  });

  it('精力 and 经费 stay per month in a short term — the player’s month is a month', () => {
    const full = quietTerm(12);
    const short = quietTerm(6);
    expect(short.energy).toBe(full.energy);
    expect(loggedDelta(short, endMonth(short), 'budget', 'income')).toBe(
      loggedDelta(full, endMonth(full), 'budget', 'income'),
    );
  });
});

describe('a short term keeps the story’s shocks (预警)', () => {
  it('a forecast shock of a later month comes, announced, inside a short term — five-capacities', () => {
    // The fixture's storm is in month 6 of 12: in a 6-month term it comes in month 3.
    let s = newGame(scenarioWith({ deck: [], disputes: [] }), 'shock', { months: 6 });
    const at = termMonth(s, 6);
    expect(at).toBe(3);
    let forecastSeen = false;
    let arrived = 0;
    while (s.status === 'playing' && s.turn <= 6) {
      if (s.turn === at - 1 && s.forecast.includes('storm')) forecastSeen = true;
      const { state, events } = endMonthWithEvents(s);
      if (s.turn === at - 1) arrived += events.filter((e) => e.type === 'concernArrived').length;
      s = state;
    }
    expect(forecastSeen).toBe(true);
    expect(arrived).toBe(1);
  });
});

describe('the ladder per term (见习 · 胜任 · 优秀书记)', () => {
  it('a short term takes its own share of a level’s burden and drift; a full term never reads it', () => {
    const sc = scenarioWith({
      ...QUIET,
      tuning: { ladderScale: [100, 100], shortTermLadderScale: [300, 0] },
    });
    const plain = scenarioWith({ ...QUIET, tuning: { ladderScale: [100, 100] } });
    const start = (s: Scenario, months: number, level: number) => newGame(s, 'ladder', { months, level });
    // A full term: the short-term scale changes nothing.
    expect(start(sc, 12, 2).burden).toBe(start(plain, 12, 2).burden);
    expect(endMonth(start(sc, 12, 2)).burden).toBe(endMonth(start(plain, 12, 2)).burden);
    // A short term at level 2: three times the step's start burden (the level's +10 → +30).
    expect(start(sc, 6, 2).burden - start(plain, 6, 2).burden).toBe(20);
    // At level 3 the short-term scale of 0 takes the step's start burden away again.
    expect(start(sc, 6, 3).burden).toBeLessThan(start(plain, 6, 3).burden);
    // Level 1 has no step to scale.
    expect(start(sc, 6, 1).burden).toBe(start(plain, 6, 1).burden);
  });
});
