// The difficulty ladder (issue 12): one table of what each step makes harder, applied to the
// scenario at newGame, carried by replays and both codes, and checked when a replay is verified.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { challengeCode, decodeChallenge, decodeResult, encodeResult, makeChallenge } from '../../src/codes';
import {
  LEVELS,
  levelProblem,
  MAX_LEVEL,
  MIN_LEVEL,
  monthlyEnergy,
  newGame,
  scenarioAtLevel,
  scenarioHash,
  stateHash,
} from '../../src/core';
import { makeReplay, verifyReplay } from '../../src/replay';
import { SHIPPED, shipped, shippedLookup } from '../codes/helpers';

describe('the ladder’s table', () => {
  it('has at least three steps named 见习 · 胜任 · 优秀书记, numbered from 1', () => {
    expect(LEVELS.length).toBeGreaterThanOrEqual(3);
    expect(LEVELS.map((l) => l.level)).toEqual(LEVELS.map((_, i) => i + 1));
    expect(LEVELS.slice(0, 3).map((l) => l.name.zh)).toEqual(['见习', '胜任', '优秀书记']);
    for (const l of LEVELS) expect(l.name.en.length).toBeGreaterThan(0);
  });

  it('level 1 is the scenario as written: the same object, the same start, the same hash', () => {
    for (const s of SHIPPED) {
      expect(scenarioAtLevel(s, MIN_LEVEL)).toBe(s);
      const a = newGame(s, 'same');
      const b = newGame(s, 'same', { level: 1 });
      expect(stateHash(b)).toBe(stateHash(a));
      expect('level' in b).toBe(false);
    }
  });

  it('each step never makes anything easier, and makes something harder — what a real secretary meets', () => {
    for (let k = MIN_LEVEL + 1; k <= MAX_LEVEL; k++) {
      const lo = LEVELS[k - 2]!;
      const hi = LEVELS[k - 1]!;
      expect(hi.energy).toBeLessThanOrEqual(lo.energy);
      expect(hi.budget).toBeLessThanOrEqual(lo.budget);
      expect(hi.startBurden).toBeGreaterThanOrEqual(lo.startBurden);
      expect(hi.burdenPerMonth).toBeGreaterThanOrEqual(lo.burdenPerMonth);
      expect(hi.driftBase).toBeGreaterThanOrEqual(lo.driftBase);
      expect(hi.concernsMax).toBeGreaterThanOrEqual(lo.concernsMax);
      if (!lo.forecast) expect(hi.forecast).toBe(false);
      const harder =
        hi.energy < lo.energy ||
        hi.budget < lo.budget ||
        hi.startBurden > lo.startBurden ||
        hi.burdenPerMonth > lo.burdenPerMonth ||
        hi.driftBase > lo.driftBase ||
        hi.concernsMax > lo.concernsMax ||
        (lo.forecast && !hi.forecast);
      expect(harder, `level ${k}`).toBe(true);
    }
  });

  it('a higher level drifts faster and pushes more burden down (各自为政 sooner, 行政有余), and the top one forecasts no shock (预警 gone)', () => {
    const s = shipped('flood-season');
    const top = scenarioAtLevel(s, MAX_LEVEL);
    expect(top.tuning.driftBase).toBeGreaterThan(s.tuning.driftBase);
    expect(top.tuning.burdenPerMonth).toBeGreaterThan(s.tuning.burdenPerMonth);
    expect(top.start.burden).toBeGreaterThan(s.start.burden);
    expect(s.shocks.some((x) => x.forecast)).toBe(true);
    expect(top.shocks.some((x) => x.forecast)).toBe(false);
    // The scenario itself is untouched, and the derived one is the same object each time.
    expect(s.shocks.some((x) => x.forecast)).toBe(true);
    expect(scenarioAtLevel(s, MAX_LEVEL)).toBe(top);
  });

  it('the heavier burden of a higher level leaves less 精力 a month — 行政有余、自治不足', () => {
    const s = shipped('burden-relief');
    const e1 = monthlyEnergy(newGame(s, 'e', { level: 1 }));
    const e3 = monthlyEnergy(newGame(s, 'e', { level: MAX_LEVEL }));
    expect(e3).toBeLessThan(e1);
  });

  it('a level outside the ladder is named, never clamped', () => {
    expect(levelProblem(2)).toBeNull();
    expect(levelProblem(0)).toMatch(/a level is a whole number 1–\d, got 0/);
    expect(levelProblem(MAX_LEVEL + 1)).toMatch(/got/);
    expect(levelProblem(1.5)).toMatch(/got 1.5/);
    expect(levelProblem('2')).toMatch(/got "2"/);
    expect(() => newGame(shipped('new-estate'), 'x', { level: 0 })).toThrow(RangeError);
  });
});

describe('a level travels with the challenge', () => {
  const s = shipped('village-to-residence');

  it('a replay records a level above 1 and verification replays it; a level-1 replay has no level field', () => {
    const g3 = playGame(s, 'lv', getBot('balanced')!, { level: 3 });
    const r3 = makeReplay(g3.start, g3.actions, g3.state);
    expect(r3.level).toBe(3);
    expect(r3.scenarioHash).toBe(scenarioHash(scenarioAtLevel(s, 3)));
    const v = verifyReplay(JSON.parse(JSON.stringify(r3)), shippedLookup);
    expect(v.ok && v.score).toBe(g3.state.assessment!.score);
    const g1 = playGame(s, 'lv', getBot('balanced')!);
    expect('level' in makeReplay(g1.start, g1.actions, g1.state)).toBe(false);
  });

  it('a replay whose level was edited is refused: the level is part of what was played', () => {
    const g = playGame(s, 'lv', getBot('balanced')!, { level: 2 });
    const r = JSON.parse(JSON.stringify(makeReplay(g.start, g.actions, g.state)));
    const easier = verifyReplay({ ...r, level: undefined }, shippedLookup);
    expect(easier.ok).toBe(false);
    expect(easier.ok ? '' : easier.reason.code).toBe('scenarioChanged');
    for (const bad of [1, 0, MAX_LEVEL + 1, '2', 2.5]) {
      const v = verifyReplay({ ...r, level: bad }, shippedLookup);
      expect(v.ok ? '' : v.reason.code, String(bad)).toBe('malformedField');
    }
  });

  it('a level-3 challenge code opens level 3; a level-1 code is the code it always was (format 1)', () => {
    const c1 = makeChallenge(s, 'same-seed');
    const c3 = makeChallenge(s, 'same-seed', undefined, 3);
    if (!c1.ok || !c3.ok) throw new Error('not made');
    const code1 = challengeCode(c1.challenge);
    const code3 = challengeCode(c3.challenge);
    expect(code3).not.toBe(code1);
    const back3 = decodeChallenge(code3, shippedLookup);
    const back1 = decodeChallenge(code1, shippedLookup);
    expect(back3.ok && back3.challenge.level).toBe(3);
    expect(back1.ok && 'level' in back1.challenge).toBe(false);
    // The first symbol's top two bits hold the format (1 for level 1, 2 above it); the rest of it is
    // the rules version, so only the difference is pinned here.
    expect(code3[0]).not.toBe(code1[0]);
  });

  it('a result code carries the level and verifies at that level', () => {
    const g = playGame(s, 'lv', getBot('balanced')!, { level: 3, months: 6 });
    const replay = makeReplay(g.start, g.actions, g.state);
    const coded = encodeResult(replay, 'team');
    if (!coded.ok) throw new Error(coded.refusal.message);
    const back = decodeResult(coded.code, shippedLookup);
    if (!back.ok) throw new Error(back.refusal.message);
    expect(back.replay.level).toBe(3);
    const v = verifyReplay(back.replay, shippedLookup);
    expect(v.ok && v.hash).toBe(stateHash(g.state));
    // The same actions claimed at level 1 do not verify.
    const claimed1 = { ...back.replay, level: undefined, scenarioHash: scenarioHash(s) };
    expect(verifyReplay(claimed1, shippedLookup).ok).toBe(false);
  });
});
