// One-time reforms with lasting effects: 一肩挑 · 交叉任职 · 减负清单 · 网格化 · 社工站 · 志愿服务积分 · 社区基金会 · 区域化党建.
import { describe, expect, it } from 'vitest';
import {
  checkLegal,
  coordinationGain,
  FORCES,
  type Force,
  type GameState,
  hiddenDelay,
  REFORM,
  REFORMS,
  type ReformId,
  type ReformRule,
} from '../../src/core';
import { act, endMonth, loggedDelta, logSince, quietGame } from './helpers';

/** A state where any reform can be afforded and pushed through. */
const rich = (fn?: (d: GameState) => void) =>
  quietGame((d) => {
    d.modes.political = 100;
    d.energy = 8;
    d.budget = 500;
    d.burden = 40;
    for (const f of FORCES) d.forces[f] = { capacity: 50, alignment: 50 };
    fn?.(d);
  });

/** Alignment each force loses over one month end, with or without the reform in force. */
function driftWith(reform: ReformId | null): Record<Force, number> {
  const s = quietGame((d) => {
    for (const f of FORCES) d.forces[f] = { capacity: 50, alignment: 70 };
    if (reform) d.reforms.push(reform);
  });
  const after = endMonth(s);
  const out = {} as Record<Force, number>;
  for (const f of FORCES) out[f] = s.forces[f].alignment - after.forces[f].alignment;
  return out;
}

describe('reforms', () => {
  it('减负清单 halves the burden pushed down — 减负 burden-relief', () => {
    const pushed = (reform: boolean) => {
      const s = quietGame(
        (d) => {
          d.burden = 20;
          if (reform) d.reforms.push('burdenList');
        },
        { tuning: { burdenPerMonth: 10 } },
      );
      return loggedDelta(s, endMonth(s), 'burden', 'adminBurden');
    };
    const without = pushed(false);
    expect(without).toBeGreaterThan(0);
    expect(pushed(true)).toBe(Math.trunc(without / 2));
  });

  it('adopting 减负清单 also cuts the burden at once — burden-relief', () => {
    const s = rich();
    const after = act(s, { type: 'adoptReform', reform: 'burdenList' }).state;
    expect(after.burden).toBeLessThan(s.burden);
    expect(after.reforms).toContain('burdenList');
  });

  it("一肩挑 slows the community's drift — 两张皮 one-shoulder", () => {
    const without = driftWith(null);
    const withReform = driftWith('oneShoulder');
    expect(withReform.community).toBeLessThan(without.community);
    for (const f of FORCES) if (f !== 'community') expect(withReform[f]).toBe(without[f]);
  });

  it('一肩挑 brings the two committees together at once — one-shoulder', () => {
    const s = rich();
    const after = act(s, { type: 'adoptReform', reform: 'oneShoulder' }).state;
    expect(after.forces.community.alignment).toBeGreaterThan(s.forces.community.alignment);
  });

  it('交叉任职 slows the drift of the community and the social organisations — 两张皮 one-shoulder', () => {
    const without = driftWith(null);
    const withReform = driftWith('crossPosting');
    expect(withReform.community).toBeLessThan(without.community);
    expect(withReform.socialOrgs).toBeLessThan(without.socialOrgs);
    expect(withReform.volunteers).toBe(without.volunteers);
  });

  it('社工站 strengthens the social workers and slows their drift — 五社联动 five-forces', () => {
    const s = rich();
    const after = act(s, { type: 'adoptReform', reform: 'socialWorkStation' }).state;
    expect(after.forces.socialWorkers.capacity).toBeGreaterThan(s.forces.socialWorkers.capacity);
    expect(driftWith('socialWorkStation').socialWorkers).toBeLessThan(driftWith(null).socialWorkers);
  });

  it('志愿服务积分 keeps volunteers with the core — 党建带群建 party-leads-mass', () => {
    expect(driftWith('volunteerPoints').volunteers).toBeLessThan(driftWith(null).volunteers);
  });

  it('社区基金会 brings charity money every month — 慈善资源为助推 five-forces', () => {
    const income = (reform: boolean) => {
      const s = quietGame((d) => {
        if (reform) d.reforms.push('communityFoundation');
      });
      return loggedDelta(s, endMonth(s), 'budget', 'charityIncome');
    };
    expect(income(true)).toBeGreaterThan(income(false));
  });

  it('网格化管理 raises 智治 and brings hidden concerns to light sooner — 神经末梢 nerve-endings', () => {
    const s = rich((d) => {
      d.modes.smart = 10;
    });
    const after = act(s, { type: 'adoptReform', reform: 'gridManagement' }).state;
    expect(after.modes.smart).toBeGreaterThan(s.modes.smart);
    const sameSmart = { ...after, modes: s.modes };
    expect(hiddenDelay(sameSmart)).toBeLessThan(hiddenDelay(s));
  });

  it("区域化党建联建共建 raises every force's alignment — 统筹协调 coordination", () => {
    const s = rich();
    const after = act(s, { type: 'adoptReform', reform: 'regionalPartyBuilding' }).state;
    for (const f of FORCES) expect(after.forces[f].alignment).toBeGreaterThan(s.forces[f].alignment);
    expect(coordinationGain(after)).toBeGreaterThan(coordinationGain(s));
  });

  it.each(REFORMS)('reform %s is logged under its concept and lasts the term', (reform) => {
    const s = rich();
    const after = act(s, { type: 'adoptReform', reform }).state;
    // Its effects (the cost paid in 经费 is logged as spending, not as the reform's effect).
    const entries = logSince(s, after).filter((e) => e.reason === 'reform' && e.target !== 'budget');
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.concept).toBe(REFORM[reform].concept);
    expect(endMonth(after).reforms).toContain(reform);
  });

  /** What one month end and the lasting rules show, in a world where every lasting effect can show. */
  function lastingSignature(reform: ReformId | null) {
    const s = quietGame(
      (d) => {
        for (const f of FORCES) d.forces[f] = { capacity: 60, alignment: 70 };
        d.burden = 30;
        d.modes.smart = 40;
        if (reform) d.reforms.push(reform);
      },
      { tuning: { burdenPerMonth: 10 } },
    );
    const after = endMonth(s);
    return {
      alignment: FORCES.map((f) => after.forces[f].alignment),
      burden: after.burden,
      budget: after.budget,
      hiddenDelay: hiddenDelay(s),
      coordinationGain: coordinationGain(s),
    };
  }

  it.each(REFORMS)(
    'reform %s keeps acting once adopted: a month with it in force differs from one without',
    (reform) => {
      expect(lastingSignature(reform)).not.toEqual(lastingSignature(null));
    },
  );

  it('a reform entry is whole or does not compile: cost, concept, immediate and lasting effect', () => {
    // @ts-expect-error — an entry without its lasting effect is refused by the type checker
    const partial: ReformRule = {
      cost: { energy: 1, budget: 0 },
      requiresPolitical: 0,
      concept: 'smart',
      immediate: [],
    };
    // And the table has an entry, with both effects, for every reform id.
    for (const r of REFORMS) {
      expect(REFORM[r].immediate.length, r).toBeGreaterThan(0);
      expect(REFORM[r].lasting.kind, r).toMatch(/\S/);
    }
    expect(Object.keys(REFORM).sort()).toEqual([...REFORMS].sort());
    expect(partial.immediate).toEqual([]);
  });

  it.each(REFORMS.filter((r) => REFORM[r].requiresPolitical > 0))(
    'reform %s stays locked while 政治 is too weak to push it through — 政治统领 political',
    (reform) => {
      const need = REFORM[reform].requiresPolitical;
      const weak = rich((d) => {
        d.modes.political = need - 1;
      });
      const strong = rich((d) => {
        d.modes.political = need;
      });
      expect(checkLegal(weak, { type: 'adoptReform', reform })?.code).toBe('reformLocked');
      expect(checkLegal(strong, { type: 'adoptReform', reform })).toBeNull();
    },
  );
});
