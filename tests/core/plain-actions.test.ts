// A player's input that is not plain data is refused by name, and the message says what is wrong with
// it (found by removing the hole check, issue 8: the code stayed nonPlainAction, only the reason was
// lost as "it could not be read", and no test saw it).
import { describe, expect, it } from 'vitest';
import { step } from '../../src/core';
import { addConcern, quietGame, template } from './helpers';

// biome-ignore lint/suspicious/noSparseArray: the hole is the point
const holed = () => ['community', , 'volunteers'];

describe('non-plain actions are refused with the reason', () => {
  const state = () =>
    quietGame((d) => {
      addConcern(d, template('lamp', 'worry', ['law'], ['community']));
    });

  it.each([
    [
      'a meeting whose force list has a hole',
      { type: 'coordinate', forces: holed() },
      /hole \(a sparse list\)/,
    ],
    ['a response whose force list has a hole', { type: 'respond', concern: 'c1', forces: holed() }, /hole/],
    [
      'a field read through a getter',
      Object.defineProperty({}, 'type', { get: () => 'endMonth', enumerable: true }),
      /"type" is a getter/,
    ],
    [
      'a class instance',
      new (class Act {
        type = 'endMonth';
      })(),
      /not plain/,
    ],
  ] as const)('%s', (_, action, reason) => {
    const s = state();
    const r = step(s, action as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection.code).toBe('nonPlainAction');
    expect(r.rejection.message).toMatch(reason);
    expect(r.state).toBe(s);
  });
});
