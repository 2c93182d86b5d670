// The daily challenge (issue 12): a pure function of the local date, the same for everyone; a streak
// of days in a row; only a day's first finished try is kept (later ones are practice).
import { describe, expect, it } from 'vitest';
import {
  DAILY_KEY,
  dailyChallenge,
  localDateKey,
  previousDate,
  readDaily,
  recordDaily,
  streakOf,
} from '../../src/app/daily';
import { dailyOf } from '../../src/app/dailyRun';
import { normaliseSeed } from '../../src/codes';
import { MAX_LEVEL, MIN_LEVEL, newGame } from '../../src/core';
import { SHIPPED, shipped } from '../codes/helpers';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

const ids = SHIPPED.map((s) => s.id);

describe('one challenge a day, the same for everyone', () => {
  it('the same date gives the same challenge every time; its seed is a code-ready seed of that date', () => {
    const a = dailyChallenge('2026-03-05', ids);
    expect(dailyChallenge('2026-03-05', ids)).toEqual(a);
    expect(a.seed).toBe('daily-20260305');
    const n = normaliseSeed(a.seed);
    expect(n.ok && n.seed).toBe(a.seed);
    expect(ids).toContain(a.scenarioId);
    expect(a.level).toBeGreaterThanOrEqual(MIN_LEVEL);
    expect(a.level).toBeLessThanOrEqual(MAX_LEVEL);
  });

  it('over a season every shipped scenario and every level comes round', () => {
    const scenariosSeen = new Set<string>();
    const levelsSeen = new Set<number>();
    let day = '2026-06-30';
    for (let i = 0; i < 90; i++) {
      const c = dailyChallenge(day, ids);
      scenariosSeen.add(c.scenarioId);
      levelsSeen.add(c.level);
      day = previousDate(day);
    }
    expect(scenariosSeen.size).toBe(ids.length);
    expect(levelsSeen.size).toBe(MAX_LEVEL - MIN_LEVEL + 1);
  });

  it('the day is the local calendar date, not UTC’s', () => {
    expect(localDateKey(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
    expect(localDateKey(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });

  it('a date that is not YYYY-MM-DD is named, never guessed', () => {
    expect(() => dailyChallenge('5 March', ids)).toThrow(/a date is YYYY-MM-DD, got "5 March"/);
  });

  it('a game knows it is a daily challenge by its own seed, at that day’s scenario and level only', () => {
    const c = dailyChallenge('2026-03-05', ids);
    const sc = shipped(c.scenarioId);
    expect(dailyOf(newGame(sc, c.seed, { level: c.level }), ids)).toEqual(c);
    const other = c.level === MAX_LEVEL ? MIN_LEVEL : c.level + 1;
    expect(dailyOf(newGame(sc, c.seed, { level: other }), ids)).toBeNull();
    expect(dailyOf(newGame(sc, 'daily-x'), ids)).toBeNull();
  });
});

describe('the streak and the first try', () => {
  it('counts days in a row ending today, or yesterday while today is still to play', () => {
    const r = {
      '2026-02-27': { score: 1, rating: 'fail' },
      '2026-02-28': { score: 1, rating: 'fail' },
      '2026-03-01': { score: 1, rating: 'pass' },
    };
    expect(streakOf(r, '2026-03-01')).toBe(3);
    expect(streakOf(r, '2026-03-02')).toBe(3);
    expect(streakOf(r, '2026-03-03')).toBe(0);
    expect(previousDate('2024-03-01')).toBe('2024-02-29');
  });

  it('only the first finished try of a day is kept; later tries are practice', () => {
    const st = memoryStorage();
    expect(recordDaily(st, '2026-03-05', { score: 612, rating: 'pass' })).toBe(true);
    expect(recordDaily(st, '2026-03-05', { score: 800, rating: 'good' })).toBe(false);
    expect(readDaily(st)['2026-03-05']).toEqual({ score: 612, rating: 'pass' });
  });

  it('a damaged record reads as empty, and one bad day does not take the others with it', () => {
    const st = memoryStorage();
    st.setItem(DAILY_KEY, '{not json');
    expect(readDaily(st)).toEqual({});
    st.setItem(
      DAILY_KEY,
      JSON.stringify({
        '2026-03-04': { score: 500, rating: 'fail' },
        nonsense: 1,
        '2026-03-05': { score: 'x' },
      }),
    );
    expect(Object.keys(readDaily(st))).toEqual(['2026-03-04']);
  });
});
