// The debrief names the score part that cost the most points, so a player knows where the term was lost.
import { describe, expect, it } from 'vitest';
import { assess, newGame, runActions, type ScoringWeights } from '../../src/core';
import { costliestPart } from '../../src/view';
import { SHIPPED } from '../replay/helpers';

const weights: ScoringWeights = {
  satisfaction: 20,
  safety: 10,
  vitality: 25,
  cohesion: 15,
  balance: 10,
  resolution: 10,
  objectives: 10,
};

describe('the score part that cost the most — 考核', () => {
  it('is the one furthest from full marks times its weight, not the lowest value', () => {
    const parts = {
      satisfaction: 60,
      safety: 30,
      vitality: 47,
      cohesion: 80,
      balance: 70,
      resolution: 90,
      objectives: 95,
    };
    // Safety is lowest (30 × 10% loses 70 points); vitality loses more (53 × 25% = 132.5 → 133).
    expect(costliestPart(parts, weights)).toEqual({ part: 'vitality', lost: 133 });
  });

  it('the heavier part on a tie, and none when nothing was lost', () => {
    const parts = {
      satisfaction: 75,
      safety: 50,
      vitality: 100,
      cohesion: 100,
      balance: 100,
      resolution: 100,
      objectives: 100,
    };
    // 25 × 20% = 50 = 50 × 10%: satisfaction weighs more.
    expect(costliestPart(parts, weights)).toEqual({ part: 'satisfaction', lost: 50 });
    const full = { ...parts, satisfaction: 100, safety: 100 };
    expect(costliestPart(full, weights)).toBeNull();
  });

  it('the points lost add up with the score: full marks less every part’s loss is the parts’ sum', () => {
    const sc = SHIPPED[0]!;
    const { state } = runActions(
      newGame(sc, 'parts'),
      Array.from({ length: 4 }, () => ({ type: 'endMonth' as const })),
    );
    const a = assess(state, sc);
    const c = costliestPart(a.parts, sc.scoring)!;
    for (const k of Object.keys(a.parts) as (keyof ScoringWeights)[])
      expect(((100 - a.parts[k]) * sc.scoring[k]) / 10).toBeLessThanOrEqual(c.lost + 0.5);
  });
});
