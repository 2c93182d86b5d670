import { describe, expect, test } from 'vitest';
import { median, spread } from '../../src/cli/stats';

describe('the benchmarks’ statistics', () => {
  test('the median of an odd count is its middle value, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([2])).toBe(2);
  });

  test('the median of an even count is the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('no values give NaN, not a figure that looks measured', () => {
    expect(median([])).toBeNaN();
    expect(spread([]).min).toBeNaN();
  });

  test('the input is left in its order', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  test('spread gives the smallest, the median and the largest', () => {
    expect(spread([7, 1, 4, 10])).toEqual({ min: 1, median: 5.5, max: 10, n: 4 });
  });
});
