// The history's view models: each challenge's best, the trend, a personal best with today's gain
// and score − par (issue 12, items 1–2).
import { describe, expect, it } from 'vitest';
import {
  challengeBests,
  personalBest,
  practiceSeries,
  scenarioBests,
  scoreSeries,
  type TermRow,
} from '../../src/view/history';

const row = (over: Partial<TermRow>): TermRow => ({
  id: `r${Math.abs(over.score ?? 0)}${over.at ?? ''}`,
  at: '2026-12-01T10:00:00.000Z',
  abandoned: false,
  scenarioId: 'old-neighbourhood',
  seed: 's1',
  months: 12,
  score: 500,
  rating: 'pass',
  ...over,
});
const day = (at: string) => at.slice(0, 10);

describe('history view', () => {
  it("each challenge's best is its highest scored term; abandoned terms count as plays, never as bests", () => {
    const rows = [
      row({ score: 500, at: '2026-12-01T10:00:00.000Z' }),
      row({ score: 640, at: '2026-12-02T10:00:00.000Z', rating: 'good' }),
      row({ score: null, rating: null, abandoned: true, at: '2026-12-03T10:00:00.000Z' }),
      row({ seed: 's2', score: 300, at: '2026-11-30T10:00:00.000Z' }),
    ];
    const bests = challengeBests(rows);
    expect(bests.map((b) => [b.seed, b.best.score, b.plays])).toEqual([
      ['s1', 640, 3],
      ['s2', 300, 1],
    ]);
  });

  it('a harder level of the same scenario and seed is a challenge of its own (the ladder is part of the challenge)', () => {
    const rows = [
      row({ score: 700, at: '2026-12-01T10:00:00.000Z' }),
      row({ score: 400, level: 3, at: '2026-12-02T10:00:00.000Z' }),
    ];
    expect(
      challengeBests(rows)
        .map((b) => b.best.score)
        .sort(),
    ).toEqual([400, 700]);
  });

  it('the scenario list’s best: any seed or term of the scenario at the chosen level, abandoned terms not counted', () => {
    const rows = [
      row({ score: 500, seed: 's1' }),
      row({ score: 640, seed: 's2', months: 6, rating: 'good' }),
      row({ score: 900, level: 2, rating: 'excellent' }),
      row({ score: null, rating: null, abandoned: true }),
      row({ scenarioId: 'new-estate', score: 300 }),
    ];
    const level1 = scenarioBests(rows, 1);
    expect(level1.get('old-neighbourhood')).toEqual({
      scenarioId: 'old-neighbourhood',
      score: 640,
      rating: 'good',
      plays: 2,
    });
    expect(level1.get('new-estate')?.score).toBe(300);
    expect(scenarioBests(rows, 2).get('old-neighbourhood')?.score).toBe(900);
    expect(scenarioBests(rows, 3).size).toBe(0);
  });

  it('the trend lists scored terms oldest first', () => {
    const rows = [
      row({ score: 640, at: '2026-12-02T10:00:00.000Z' }),
      row({ score: 500, at: '2026-12-01T10:00:00.000Z' }),
      row({ score: null, abandoned: true }),
    ];
    expect(scoreSeries(rows).map((p) => p.score)).toEqual([500, 640]);
  });

  it('the trend is the scenario played last, not one line across scenarios', () => {
    const rows = [
      row({ score: 722, at: '2026-12-01T10:00:00.000Z' }),
      row({ score: 612, at: '2026-12-02T10:00:00.000Z', scenarioId: 'flood-season' }),
      row({ score: 758, at: '2026-12-03T10:00:00.000Z' }),
    ];
    const series = practiceSeries(rows);
    expect(series?.scenarioId).toBe(rows[0]!.scenarioId);
    expect(series?.points.map((p) => p.score)).toEqual([722, 758]);
    expect(practiceSeries([])).toBeNull();
  });

  it("personal best: today's gain over the best before today, and score − par when par is known", () => {
    const rows = [
      row({ score: 776, at: '2026-12-01T10:00:00.000Z' }),
      row({ score: 812, at: '2026-12-03T09:00:00.000Z', par: 800 }),
      row({ score: 700, at: '2026-12-03T10:00:00.000Z' }),
    ];
    const pb = personalBest(
      rows,
      { scenarioId: 'old-neighbourhood', seed: 's1', months: 12 },
      day,
      '2026-12-03',
    );
    expect(pb).toMatchObject({ scope: 'challenge', best: 812, gainToday: 36, overPar: 12, plays: 3 });
  });

  it('a first play of a challenge falls back to the scenario best; no earlier day means no gain', () => {
    const rows = [row({ seed: 'a', score: 400 }), row({ seed: 'b', score: 450 })];
    const pb = personalBest(
      rows,
      { scenarioId: 'old-neighbourhood', seed: 'b', months: 12 },
      day,
      '2026-12-01',
    );
    expect(pb).toMatchObject({ scope: 'scenario', best: 450, gainToday: null, overPar: null });
    expect(personalBest([], { scenarioId: 'x', seed: 'b', months: 12 }, day, '2026-12-01')).toBeNull();
  });
});
