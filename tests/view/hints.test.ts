// The guided first game (issue 12, item 5): each hint shows the first time its mechanic matters,
// as a pure function of the state, and only in the tutorial scenario; Enter asks before ending a
// month with 精力 that could still be spent.
import { describe, expect, it } from 'vitest';
import { type GameState, newGame, step } from '../../src/core';
import { concernsView } from '../../src/view';
import { type HintId, hintFor, isTutorial, unspentEnergy } from '../../src/view/hints';
import { SHIPPED } from '../replay/helpers';

const tutorial = SHIPPED.find((s) => s.difficulty === 1)!;
const harder = SHIPPED.find((s) => s.difficulty > 1)!;

function endMonths(s: GameState, n: number): GameState {
  let st = s;
  for (let i = 0; i < n; i++) {
    const r = step(st, { type: 'endMonth' });
    if (!r.ok) throw new Error(r.rejection.message);
    st = r.state;
  }
  return st;
}

describe('tutorial hints', () => {
  it('精力 is explained in month 1 before anything is spent — nerve-endings', () => {
    const s = newGame(tutorial, 'h');
    expect(isTutorial(s)).toBe(true);
    expect(hintFor(s, new Set())).toMatchObject({
      id: 'energy',
      target: 'chip-energy',
      concept: 'nerve-endings',
    });
  });

  it('with no concern in sight in month 1, the 精力 hint does not suggest answering one — nerve-endings', () => {
    const quiet = newGame(tutorial, 'workshop1');
    expect(concernsView(quiet).visible).toHaveLength(0);
    expect(hintFor(quiet, new Set())).toMatchObject({ id: 'energy', variant: 'noConcern' });
    const s = newGame(tutorial, 'h');
    expect(concernsView(s).visible.length).toBeGreaterThan(0);
    expect(hintFor(s, new Set())?.variant).toBeUndefined();
  });

  it('a seen hint is not shown again; the next mechanic that matters is', () => {
    const s = endMonths(newGame(tutorial, 'h'), 1);
    const seen = new Set<HintId>(['energy']);
    const first = hintFor(s, seen);
    expect(first).not.toBeNull();
    seen.add(first!.id);
    expect(hintFor(s, seen)?.id).not.toBe(first!.id);
  });

  it('drift is pointed out once forces have drifted, at the joint-meeting control — fragmentation', () => {
    const s = endMonths(newGame(tutorial, 'h'), 1);
    const h = hintFor(s, new Set<HintId>(['energy', 'dispute']));
    expect(h).toMatchObject({ id: 'drift', target: 'act-coordinate', concept: 'fragmentation' });
  });

  it('no hint before the first month end says forces drifted', () => {
    const s = newGame(tutorial, 'h');
    expect(hintFor(s, new Set<HintId>(['energy']))?.id).not.toBe('drift');
  });

  it('burden eating 精力 points at the 减负 control — burden-relief', () => {
    const s = { ...newGame(tutorial, 'h'), burden: 95 };
    expect(hintFor(s, new Set<HintId>(['energy', 'dispute', 'drift']))).toMatchObject({
      id: 'burden',
      target: 'act-clearBurden',
    });
  });

  it('hidden concerns point at smart governance — smart', () => {
    const base = newGame(tutorial, 'h');
    const c = base.concerns[0]!;
    const s = { ...base, burden: 0, concerns: [{ ...c, hiddenFor: 2 }] };
    expect(hintFor(s, new Set<HintId>(['energy', 'dispute', 'drift', 'burden']))).toMatchObject({
      id: 'hidden',
      concept: 'smart',
    });
  });

  it('a dispute a month from escalating points at that concern — fengqiao', () => {
    const base = newGame(tutorial, 'h');
    const c = base.concerns[0]!;
    const s = { ...base, concerns: [{ ...c, kind: 'dispute' as const, deadline: 1, hiddenFor: 0 }] };
    expect(hintFor(s, new Set<HintId>(['energy']))).toMatchObject({
      id: 'dispute',
      target: `concern-${c.id}`,
    });
  });

  it('other scenarios and finished games show no hint', () => {
    expect(hintFor(newGame(harder, 'h'), new Set())).toBeNull();
    expect(hintFor({ ...newGame(tutorial, 'h'), status: 'won' }, new Set())).toBeNull();
  });
});

describe('Enter with 精力 left', () => {
  it('counts 精力 only while some action is affordable', () => {
    const s = newGame(tutorial, 'h');
    expect(unspentEnergy(s)).toBe(s.energy);
    expect(unspentEnergy({ ...s, energy: 0 })).toBe(0);
    expect(unspentEnergy({ ...s, status: 'lost' })).toBe(0);
  });
});
