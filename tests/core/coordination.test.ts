// 统筹协调 · 一核多元 · 政治统领: only the core brings the forces back to one purpose.
import { describe, expect, it } from 'vitest';
import { coordinateCost, coordinationGain, FORCES, type GameState } from '../../src/core';
import { act, endMonth, logSince, playOut, quietGame } from './helpers';

const meanAlignment = (s: GameState) =>
  FORCES.reduce((sum, f) => sum + s.forces[f].alignment, 0) / FORCES.length;

describe('coordination (统筹协调)', () => {
  it('coordination restores the alignment of the chosen forces, and only theirs — 统筹协调 coordination', () => {
    const s = quietGame((d) => {
      for (const f of FORCES) d.forces[f].alignment = 30;
    });
    const { state } = act(s, { type: 'coordinate', forces: ['socialOrgs'] });
    expect(state.forces.socialOrgs.alignment).toBe(30 + coordinationGain(s));
    for (const f of FORCES) if (f !== 'socialOrgs') expect(state.forces[f].alignment).toBe(30);
    const entries = logSince(s, state).filter((e) => e.target === 'forces.socialOrgs.alignment');
    expect(entries).toEqual([expect.objectContaining({ reason: 'coordinate', concept: 'coordination' })]);
  });

  it('coordination restores more alignment when 政治 is stronger — 政治统领 political', () => {
    const at = (political: number) =>
      quietGame((d) => {
        d.modes.political = political;
        d.forces.charity.alignment = 10;
      });
    const weak = at(10);
    const strong = at(90);
    expect(coordinationGain(strong)).toBeGreaterThan(coordinationGain(weak));
    const afterWeak = act(weak, { type: 'coordinate', forces: ['charity'] }).state;
    const afterStrong = act(strong, { type: 'coordinate', forces: ['charity'] }).state;
    expect(afterStrong.forces.charity.alignment).toBeGreaterThan(afterWeak.forces.charity.alignment);
  });

  it('区域化党建联建共建 makes every later coordination stronger — coordination', () => {
    const without = quietGame();
    const withReform = quietGame((d) => {
      d.reforms.push('regionalPartyBuilding');
    });
    expect(coordinationGain(withReform)).toBeGreaterThan(coordinationGain(without));
  });

  it('a coordinated force is spared part of the month-end drift — 统筹协调 coordination', () => {
    const s = quietGame((d) => {
      d.forces.volunteers.alignment = 40;
    });
    const coordinated = act(s, { type: 'coordinate', forces: ['volunteers'] }).state;
    const lossCoordinated =
      coordinated.forces.volunteers.alignment - endMonth(coordinated).forces.volunteers.alignment;
    const lossAlone = s.forces.volunteers.alignment - endMonth(s).forces.volunteers.alignment;
    expect(lossCoordinated).toBeGreaterThan(0);
    expect(lossCoordinated).toBeLessThan(lossAlone);
  });

  it('one joint meeting of all five forces costs less than five separate ones — 一核多元 one-core', () => {
    expect(coordinateCost(FORCES.length).energy).toBeLessThan(FORCES.length * coordinateCost(1).energy);
    const s = quietGame((d) => {
      for (const f of FORCES) d.forces[f].alignment = 20;
    });
    const { state } = act(s, { type: 'coordinate', forces: [...FORCES] });
    for (const f of FORCES) expect(state.forces[f].alignment).toBeGreaterThan(20);
    expect(state.energy).toBe(s.energy - coordinateCost(FORCES.length).energy);
  });

  it('a community that never coordinates drifts apart; coordinating every month holds it together — 各自为政 fragmentation', () => {
    const start = quietGame();
    const months = 6;
    const idle = playOut(start, () => ({ type: 'endMonth' }), months);
    const coordinating = playOut(
      start,
      (s) => (s.coordinated.length ? { type: 'endMonth' } : { type: 'coordinate', forces: [...FORCES] }),
      months * 2,
    );
    expect(idle.turn).toBe(coordinating.turn);
    expect(meanAlignment(coordinating)).toBeGreaterThan(meanAlignment(idle));
    expect(coordinating.fragmentation).toBeLessThan(idle.fragmentation);
  });
});
