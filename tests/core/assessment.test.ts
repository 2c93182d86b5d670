// 考核 · 共建共治共享: the end-of-term assessment, its score and its rating.
import { describe, expect, it } from 'vitest';
import {
  assess,
  FORCES,
  type GameState,
  type Objective,
  objectiveMet,
  RATING_THRESHOLDS,
  RATINGS,
  ratingOf,
  SCORE_MAX,
  weightedScore,
} from '../../src/core';
import { fixtureScenario } from './fixture';
import { endMonthWithEvents, quietGame, scenarioWith } from './helpers';

const lastMonth = (fn?: (d: GameState) => void) =>
  quietGame((d) => {
    d.turn = d.maxTurns;
    fn?.(d);
  });

const good = (d: GameState) => {
  d.satisfaction = 95;
  d.safety = 95;
  d.vitality = 95;
  d.fragmentation = 0;
  d.modes = { political: 80, autonomy: 80, law: 80, virtue: 80, smart: 80 };
  for (const f of FORCES) d.forces[f] = { capacity: 70, alignment: 90 };
  d.resolvedCount = 12;
  d.resolvedByKind.worry = 12;
};

describe('考核 (co-governance)', () => {
  it('after the last month the 考核 gives a score and a rating — 共建共治共享 co-governance', () => {
    const s = lastMonth();
    expect(s.assessment).toBeNull();
    const { state, events } = endMonthWithEvents(s);
    expect(state.status).not.toBe('playing');
    const a = state.assessment!;
    expect(Number.isInteger(a.score)).toBe(true);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(1000);
    expect(RATINGS).toContain(a.rating);
    expect(a.rating).toBe(ratingOf(a.score));
    expect(state.status === 'lost').toBe(a.rating === 'fail');
    expect(events).toContainEqual({ type: 'gameEnded', status: state.status, reason: state.lossReason });
    expect(state.turn).toBe(state.maxTurns);
  });

  it('a term with every part of the 考核 at its top scores SCORE_MAX, the scale the debrief shows', () => {
    const top = quietGame((d) => {
      d.history = [];
      d.satisfaction = 100;
      d.safety = 100;
      d.vitality = 100;
      d.fragmentation = 0;
      d.modes = { political: 60, autonomy: 60, law: 60, virtue: 60, smart: 60 };
      d.arrivedCount = 0;
    });
    const sc = { ...fixtureScenario(), objectives: [] };
    const a = assess(top, sc);
    expect(Object.values(a.parts).every((p) => p === 100)).toBe(true);
    expect(a.score).toBe(SCORE_MAX);
    // One point off one part costs a weighted tenth: the scale is not capped at SCORE_MAX.
    const lower = assess({ ...top, satisfaction: 90 }, sc);
    expect(lower.score).toBe(SCORE_MAX - sc.scoring.satisfaction);
  });

  it('the rating follows RATING_THRESHOLDS: 优秀 / 良好 / 合格 / 不合格', () => {
    expect(ratingOf(RATING_THRESHOLDS.excellent)).toBe('excellent');
    expect(ratingOf(RATING_THRESHOLDS.excellent - 1)).toBe('good');
    expect(ratingOf(RATING_THRESHOLDS.good)).toBe('good');
    expect(ratingOf(RATING_THRESHOLDS.good - 1)).toBe('pass');
    expect(ratingOf(RATING_THRESHOLDS.pass)).toBe('pass');
    expect(ratingOf(RATING_THRESHOLDS.pass - 1)).toBe('fail');
    expect(ratingOf(1000)).toBe('excellent');
    expect(ratingOf(0)).toBe('fail');
  });

  it('a term of shared governance well done is rated 良好 or better and won — 共建共治共享 co-governance', () => {
    const { state } = endMonthWithEvents(lastMonth(good));
    expect(state.status).toBe('won');
    expect(state.lossReason).toBeNull();
    expect(['excellent', 'good']).toContain(state.assessment!.rating);
    expect(state.assessment!.objectivesMet.length).toBe(fixtureScenario().objectives.length);
  });

  it('a term that ends 不合格 counts as lost — co-governance', () => {
    const { state } = endMonthWithEvents(
      lastMonth((d) => {
        d.satisfaction = 40;
        d.safety = 10;
        d.vitality = 0;
        d.fragmentation = 80;
        d.modes = { political: 90, autonomy: 5, law: 5, virtue: 5, smart: 5 };
        for (const f of FORCES) d.forces[f] = { capacity: 10, alignment: 95 };
        d.failedCount = 10;
      }),
    );
    expect(state.assessment!.rating).toBe('fail');
    expect(state.status).toBe('lost');
    expect(state.lossReason).toBe('assessment');
  });

  it('better outcomes never lower the score — 共建共治共享 co-governance', () => {
    const sc = fixtureScenario();
    const base = quietGame((d) => {
      d.satisfaction = 50;
      d.safety = 50;
      d.vitality = 50;
      d.fragmentation = 50;
      d.modes = { political: 50, autonomy: 50, law: 20, virtue: 50, smart: 50 };
      d.resolvedCount = 2;
      d.failedCount = 4;
    });
    const score = (fn: (d: GameState) => void) => {
      const d = structuredClone(base);
      fn(d);
      return assess(d, sc).score;
    };
    const baseline = assess(base, sc).score;
    expect(
      score((d) => {
        d.satisfaction = 70;
      }),
    ).toBeGreaterThan(baseline);
    expect(
      score((d) => {
        d.safety = 70;
      }),
    ).toBeGreaterThan(baseline);
    expect(
      score((d) => {
        d.vitality = 70;
      }),
    ).toBeGreaterThan(baseline);
    expect(
      score((d) => {
        d.fragmentation = 30;
      }),
    ).toBeGreaterThan(baseline);
    expect(
      score((d) => {
        d.modes.law = 50;
      }),
    ).toBeGreaterThan(baseline);
    expect(
      score((d) => {
        d.resolvedCount = 8;
      }),
    ).toBeGreaterThan(baseline);
  });

  it('the score weighs what the scenario says: a part weighted zero does not move it — co-governance', () => {
    const sc = scenarioWith({
      scoring: {
        satisfaction: 30,
        safety: 15,
        vitality: 0,
        cohesion: 20,
        balance: 10,
        resolution: 15,
        objectives: 10,
      },
    });
    const s = quietGame();
    expect(assess({ ...s, vitality: 0 }, sc).score).toBe(assess({ ...s, vitality: 100 }, sc).score);
    expect(assess({ ...s, satisfaction: 0 }, sc).score).toBeLessThan(
      assess({ ...s, satisfaction: 100 }, sc).score,
    );
  });

  it('a term cut short never passes and scores below the same state carried to its end — co-governance', () => {
    const sc = fixtureScenario();
    const s = quietGame((d) => {
      good(d);
      d.turn = Math.max(1, Math.trunc(d.maxTurns / 2));
    });
    const lost = assess({ ...s, status: 'lost', lossReason: 'fragmentation' }, sc);
    const finished = assess({ ...s, status: 'won' }, sc);
    expect(lost.rating).toBe('fail');
    expect(lost.score).toBeLessThan(finished.score);
  });

  it('objectives are met by their metric and direction — co-governance', () => {
    const s = quietGame((d) => {
      d.satisfaction = 60;
      d.burden = 30;
      d.resolvedCount = 5;
      d.resolvedByKind.dispute = 2;
      d.resolvedByKind.worry = 3;
    });
    const o = (over: Partial<Objective>): Objective => ({
      id: 'o',
      text: { zh: 'o', en: 'o' },
      metric: 'satisfaction',
      op: 'atLeast',
      value: 60,
      ...over,
    });
    expect(objectiveMet(s, o({}))).toBe(true);
    expect(objectiveMet(s, o({ value: 61 }))).toBe(false);
    expect(objectiveMet(s, o({ metric: 'burden', op: 'atMost', value: 30 }))).toBe(true);
    expect(objectiveMet(s, o({ metric: 'burden', op: 'atMost', value: 29 }))).toBe(false);
    expect(objectiveMet(s, o({ metric: 'resolved', value: 5 }))).toBe(true);
    expect(objectiveMet(s, o({ metric: 'resolved', value: 3, kind: 'dispute' }))).toBe(false);
    expect(objectiveMet(s, o({ metric: 'resolved', value: 2, kind: 'dispute' }))).toBe(true);
  });
});

describe('what the debrief shows beside a lost term’s score', () => {
  it('weightedScore is the score of a term carried to its end, and above the score of the same term cut short', () => {
    const sc = fixtureScenario();
    const s = quietGame((d) => {
      good(d);
      d.turn = Math.max(1, Math.trunc(d.maxTurns / 2));
    });
    const finished = assess({ ...s, status: 'won' }, sc);
    const lost = assess({ ...s, status: 'lost', lossReason: 'fragmentation' }, sc);
    expect(weightedScore(finished.parts, sc.scoring)).toBe(finished.score);
    // The parts are the same; only the cut differs, so the debrief can show both figures.
    expect(lost.parts).toEqual(finished.parts);
    expect(weightedScore(lost.parts, sc.scoring)).toBe(finished.score);
    expect(lost.score).toBeLessThan(weightedScore(lost.parts, sc.scoring));
  });
});
