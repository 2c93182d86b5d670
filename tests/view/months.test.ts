// One comparison of months for the debrief and the facilitator: the same choices, however they
// were written down, are the same month (a decoded result code against a bot's own line).
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/core';
import { actionKey, actionMonths, firstDifferentMonth, monthKey } from '../../src/view/months';

const respond = { type: 'respond', concern: 'c1', forces: ['volunteers', 'community'] } as Action;
// The same response as a decoder might build it: other field order, forces reordered, flag spelled out.
const decoded = {
  forces: ['community', 'volunteers'],
  topDown: false,
  concern: 'c1',
  type: 'respond',
} as Action;
const develop: Action = { type: 'develop', programme: 'legalAdviser' };
const end = { type: 'endMonth' } as Action;

describe('months of a line', () => {
  it('a move written another way is the same move — one comparison for debrief and facilitator', () => {
    expect(actionKey(decoded)).toBe(actionKey(respond));
    expect(actionKey({ ...respond, topDown: true } as Action)).not.toBe(actionKey(respond));
    expect(actionKey({ ...respond, concern: 'c2' } as Action)).not.toBe(actionKey(respond));
  });

  it('the same choices in another order are the same month', () => {
    expect(monthKey([respond, develop, end])).toBe(monthKey([develop, decoded, end]));
    expect(monthKey([respond, end])).not.toBe(monthKey([respond, respond, end]));
  });

  it('a line that stopped counts as the same only when asked to (shorter) and parts when not (longer)', () => {
    const full = actionMonths([develop, end, respond, end, develop, end]);
    const stopped = actionMonths([develop, end, decoded, end]);
    expect(full).toHaveLength(3);
    expect(firstDifferentMonth(stopped, full, 'shorter')).toBe(-1);
    expect(firstDifferentMonth(stopped, full, 'longer')).toBe(2);
    const other = actionMonths([develop, end, develop, end]);
    expect(firstDifferentMonth(other, full, 'shorter')).toBe(1);
  });
});
