// 各自为政 · 内耗 · 只强调多元更不行: what happens at month end to forces the core does not hold together.
import { describe, expect, it } from 'vitest';
import { FORCES, type GameState, UNALIGNED } from '../../src/core';
import { endMonth, loggedDelta, logSince, quietGame } from './helpers';

const setAll = (d: GameState, alignment: number, capacity?: number) => {
  for (const f of FORCES) {
    d.forces[f].alignment = alignment;
    if (capacity !== undefined) d.forces[f].capacity = capacity;
  }
};

/** Well above UNALIGNED even after a month's drift. */
const HIGH = 95;
/** Well below UNALIGNED. */
const LOW = Math.max(0, UNALIGNED - 25);

describe('drift (各自为政)', () => {
  it('alignment drifts every month without coordination — 各自为政 fragmentation', () => {
    const s = quietGame();
    const after = endMonth(s);
    for (const f of FORCES) {
      expect(after.forces[f].alignment).toBeLessThan(s.forces[f].alignment);
      const entries = logSince(s, after).filter((e) => e.target === `forces.${f}.alignment`);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((e) => e.concept === 'fragmentation')).toBe(true);
    }
  });

  it('drift is faster when 政治 is weak — 政治统领 political', () => {
    const at = (political: number) =>
      quietGame((d) => {
        d.modes.political = political;
        setAll(d, 80);
      });
    const weak = at(5);
    const strong = at(60);
    const weakAfter = endMonth(weak);
    const strongAfter = endMonth(strong);
    for (const f of FORCES)
      expect(80 - weakAfter.forces[f].alignment).toBeGreaterThan(80 - strongAfter.forces[f].alignment);
    expect(logSince(weak, weakAfter).some((e) => e.reason === 'weakPolitical')).toBe(true);
  });

  it('a strong force drifts faster than a weak one — 只强调多元更不行 two-extremes', () => {
    const at = (capacity: number) =>
      quietGame((d) => {
        d.forces.socialOrgs.capacity = capacity;
        d.forces.socialOrgs.alignment = 80;
      });
    const strongLoss = 80 - endMonth(at(95)).forces.socialOrgs.alignment;
    const weakLoss = 80 - endMonth(at(5)).forces.socialOrgs.alignment;
    expect(strongLoss).toBeGreaterThan(weakLoss);
  });

  it('an unaligned force draws on the shared budget — 内耗 internal-friction', () => {
    const aligned = quietGame((d) => setAll(d, HIGH));
    const oneUnaligned = quietGame((d) => {
      setAll(d, HIGH);
      d.forces.socialOrgs.alignment = LOW;
    });
    const alignedAfter = endMonth(aligned);
    const unalignedAfter = endMonth(oneUnaligned);
    expect(unalignedAfter.budget).toBeLessThan(alignedAfter.budget);
    const leak = logSince(oneUnaligned, unalignedAfter).filter((e) => e.reason === 'ownAgenda');
    expect(leak).toEqual([
      expect.objectContaining({ target: 'budget', ref: 'socialOrgs', concept: 'internal-friction' }),
    ]);
    expect(leak[0]!.delta).toBeLessThan(0);
    expect(logSince(aligned, alignedAfter).some((e) => e.reason === 'ownAgenda')).toBe(false);
  });

  /** A game where only socialOrgs is unaligned, at the given capacity. */
  const unalignedOrgs = (capacity: number) =>
    quietGame((d) => {
      setAll(d, HIGH);
      d.forces.socialOrgs.alignment = LOW;
      d.forces.socialOrgs.capacity = capacity;
    });

  it('a strong unaligned force draws more on the budget than a weak one — 内耗 internal-friction', () => {
    const strong = unalignedOrgs(95);
    const weak = unalignedOrgs(5);
    const strongLeak = loggedDelta(strong, endMonth(strong), 'budget', 'ownAgenda');
    const weakLeak = loggedDelta(weak, endMonth(weak), 'budget', 'ownAgenda');
    expect(weakLeak).toBeLessThan(0);
    expect(strongLeak).toBeLessThan(weakLeak);
  });

  it('a strong unaligned force becomes a rival centre and raises fragmentation — 多中心 two-extremes', () => {
    const strong = unalignedOrgs(95);
    const weak = unalignedOrgs(5);
    const strongAfter = endMonth(strong);
    const weakAfter = endMonth(weak);
    expect(strongAfter.fragmentation).toBeGreaterThan(weakAfter.fragmentation);
    const rival = logSince(strong, strongAfter).filter((e) => e.reason === 'rivalCentre');
    expect(rival).toEqual([
      expect.objectContaining({ target: 'fragmentation', ref: 'socialOrgs', concept: 'two-extremes' }),
    ]);
    expect(logSince(weak, weakAfter).some((e) => e.reason === 'rivalCentre')).toBe(false);
  });

  it('unaligned forces duplicate effort, and residents feel it — 内耗 internal-friction', () => {
    const aligned = quietGame((d) => setAll(d, HIGH));
    const unaligned = quietGame((d) => setAll(d, LOW));
    const alignedAfter = endMonth(aligned);
    const unalignedAfter = endMonth(unaligned);
    expect(unalignedAfter.satisfaction).toBeLessThan(alignedAfter.satisfaction);
    const dup = logSince(unaligned, unalignedAfter).filter((e) => e.reason === 'duplicatedEffort');
    expect(new Set(dup.map((e) => e.ref))).toEqual(new Set(FORCES));
  });

  it('fragmentation rises with misalignment, and aligned forces knit it back — 各自为政 fragmentation', () => {
    const balanced = { political: 60, autonomy: 60, law: 60, virtue: 60, smart: 60 };
    const unaligned = quietGame((d) => {
      setAll(d, LOW);
      d.modes = { ...balanced };
    });
    const aligned = quietGame((d) => {
      setAll(d, HIGH);
      d.modes = { ...balanced };
    });
    expect(endMonth(unaligned).fragmentation).toBeGreaterThan(unaligned.fragmentation);
    const alignedAfter = endMonth(aligned);
    expect(alignedAfter.fragmentation).toBeLessThan(aligned.fragmentation);
    expect(logSince(aligned, alignedAfter).some((e) => e.reason === 'cohesion' && e.delta < 0)).toBe(true);
  });

  it('fragmentation rises with 五治 imbalance — 五治融合 five-governances', () => {
    const balanced = quietGame((d) => {
      setAll(d, HIGH);
      d.modes = { political: 60, autonomy: 60, law: 60, virtue: 60, smart: 60 };
    });
    const lopsided = quietGame((d) => {
      setAll(d, HIGH);
      d.modes = { political: 60, autonomy: 60, law: 5, virtue: 60, smart: 60 };
    });
    const lopsidedAfter = endMonth(lopsided);
    expect(lopsidedAfter.fragmentation).toBeGreaterThan(endMonth(balanced).fragmentation);
    const entries = logSince(lopsided, lopsidedAfter).filter((e) => e.reason === 'imbalance');
    expect(entries).toEqual([
      expect.objectContaining({ target: 'fragmentation', concept: 'five-governances' }),
    ]);
  });

  it('the shared budget never goes below zero, however much the forces leak — 内耗 internal-friction', () => {
    const s = quietGame(
      (d) => {
        setAll(d, 0, 100);
        d.budget = 0;
      },
      { start: { income: 0 } },
    );
    const after = endMonth(s);
    expect(after.budget).toBe(0);
  });
});
