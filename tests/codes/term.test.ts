// Term length: a 45-minute session plays a 6-month term. newGame takes it (bounded by the scenario),
// replays carry it, and verification plays exactly that many months.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { MIN_TERM_MONTHS, newGame, termMonthsProblem } from '../../src/core';
import { makeReplay, verifyReplay } from '../../src/replay';
import { shipped, shippedLookup } from './helpers';

describe('a shorter term', () => {
  it('a 6-month term ends after month 6 with its 考核, a full term after the scenario’s months', () => {
    const s = shipped('old-neighbourhood');
    const short = playGame(s, 'term', getBot('balanced')!, { months: 6 });
    const full = playGame(s, 'term', getBot('balanced')!);
    expect(short.state.maxTurns).toBe(6);
    expect(short.state.history.length).toBeLessThanOrEqual(6);
    expect(short.state.status).not.toBe('playing');
    expect(short.state.assessment).not.toBeNull();
    expect(full.state.maxTurns).toBe(s.months);
    if (short.state.status === 'won') expect(short.state.history.length).toBe(6);
  });

  it('the same seed meets the same months: a short term is the start of the full one', () => {
    const s = shipped('new-estate');
    const a = newGame(s, 'same', { months: 6 });
    const b = newGame(s, 'same');
    expect(a.concerns).toEqual(b.concerns);
    expect(a.rng).toEqual(b.rng);
  });

  it(`terms run from ${MIN_TERM_MONTHS} months to the scenario’s own; others are named, never clamped`, () => {
    const s = shipped('flood-season');
    expect(termMonthsProblem(s, 6)).toBeNull();
    expect(termMonthsProblem(s, s.months)).toBeNull();
    expect(termMonthsProblem(s, 5)).toMatch(/is 6–10 whole months, got 5/);
    expect(termMonthsProblem(s, 6.5)).toMatch(/got 6.5/);
    expect(() => newGame(s, 'x', { months: 11 })).toThrow(RangeError);
  });

  it('a replay carries a shorter term; verification plays it, and refuses a term the scenario cannot have', () => {
    const s = shipped('burden-relief');
    const g = playGame(s, 'carry', getBot('balanced')!, { months: 7 });
    const replay = makeReplay(g.start, g.actions, g.state);
    expect(replay.months).toBe(7);
    const v = verifyReplay(replay, shippedLookup);
    expect(v.ok && v.state.maxTurns).toBe(7);
    const full = playGame(s, 'carry', getBot('balanced')!);
    expect('months' in makeReplay(full.start, full.actions, full.state)).toBe(false);
    const bad = verifyReplay({ ...replay, months: 40 }, shippedLookup);
    expect(bad).toMatchObject({ ok: false, reason: { code: 'malformedField', field: 'months' } });
    const other = verifyReplay({ ...replay, months: 8 }, shippedLookup);
    expect(other.ok).toBe(false);
  });
});
