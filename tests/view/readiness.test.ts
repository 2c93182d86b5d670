// The game says when a player is ready for the next step of the ladder (issue 12): two of the last
// three finished terms at a level rated 良好 or better, the latest not failed; never at the top level;
// never once the player has already stepped higher.
import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, MIN_LEVEL } from '../../src/core';
import type { TermRow } from '../../src/view/history';
import { READY_GOOD, READY_WINDOW, readiness } from '../../src/view/readiness';

let n = 0;
const term = (over: Partial<TermRow>): TermRow => {
  n += 1;
  return {
    id: `r${n}`,
    at: `2026-12-0${Math.min(9, n % 9) + 1}T10:${String(n % 60).padStart(2, '0')}:00.000Z`,
    abandoned: false,
    scenarioId: 'old-neighbourhood',
    seed: `s${n}`,
    months: 12,
    score: 600,
    rating: 'pass',
    ...over,
  };
};
const at = (day: number) => `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe('readiness to step up a level', () => {
  it('the rule is two good-or-better of the last three (the documented window)', () => {
    expect([READY_GOOD, READY_WINDOW]).toEqual([2, 3]);
  });

  it('two terms rated 良好 or better among the last three at a level: ready for the next, on the latest one’s scenario', () => {
    const rows = [
      term({ at: at(1), rating: 'good', scenarioId: 'flood-season' }),
      term({ at: at(2), rating: 'pass' }),
      term({ at: at(3), rating: 'excellent', scenarioId: 'new-estate' }),
    ];
    const r = readiness(rows, MIN_LEVEL);
    expect(r).toMatchObject({
      ready: true,
      next: MIN_LEVEL + 1,
      scenarioId: 'new-estate',
      good: 2,
      looked: 3,
    });
  });

  it('only the last three count: good terms long ago do not make a player ready now', () => {
    const rows = [
      term({ at: at(1), rating: 'good' }),
      term({ at: at(2), rating: 'excellent' }),
      term({ at: at(3), rating: 'pass' }),
      term({ at: at(4), rating: 'fail' }),
      term({ at: at(5), rating: 'good' }),
    ];
    expect(readiness(rows, MIN_LEVEL)).toMatchObject({ ready: false, reason: 'notYet', good: 1, looked: 3 });
  });

  it('abandoned terms and terms at other levels are not looked at', () => {
    const rows = [
      term({ at: at(1), rating: 'good' }),
      term({ at: at(2), abandoned: true, rating: null, score: null }),
      term({ at: at(3), rating: 'good', level: MIN_LEVEL + 1 }),
    ];
    // The level-2 term is higher: a player who has stepped up is not told to step up from level 1.
    expect(readiness(rows, MIN_LEVEL)).toMatchObject({ ready: false, reason: 'alreadyHigher' });
    // At level 2 one good term is not yet enough.
    expect(readiness(rows, MIN_LEVEL + 1)).toMatchObject({
      ready: false,
      reason: 'notYet',
      good: 1,
      looked: 1,
    });
  });

  it('no "step up" right after a failed term, even with two good ones before it', () => {
    const rows = [
      term({ at: at(1), rating: 'good' }),
      term({ at: at(2), rating: 'excellent' }),
      term({ at: at(3), rating: 'fail' }),
    ];
    expect(readiness(rows, MIN_LEVEL)).toMatchObject({ ready: false, reason: 'justFailed', good: 2 });
    // A pass after it leaves one good term in the last three; a good one makes the player ready again.
    expect(readiness([...rows, term({ at: at(4), rating: 'pass' })], MIN_LEVEL)).toMatchObject({
      ready: false,
      reason: 'notYet',
    });
    expect(readiness([...rows, term({ at: at(4), rating: 'good' })], MIN_LEVEL)).toMatchObject({
      ready: true,
    });
  });

  it('never nags at the top level, however well the player does', () => {
    const rows = [1, 2, 3].map((d) => term({ at: at(d), rating: 'excellent', level: MAX_LEVEL }));
    expect(readiness(rows, MAX_LEVEL)).toMatchObject({ ready: false, reason: 'topLevel' });
  });

  it('a single good term is not enough; nothing kept is not ready', () => {
    expect(readiness([term({ at: at(1), rating: 'good' })], MIN_LEVEL)).toMatchObject({
      ready: false,
      good: 1,
    });
    expect(readiness([], MIN_LEVEL)).toMatchObject({ ready: false, reason: 'notYet', looked: 0 });
  });
});
