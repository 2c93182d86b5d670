// The view states no rule of its own: every threshold or condition it shows is the core's. Each test
// swaps the core's rule (a mocked export) and checks the view follows — a view that re-stated the rule
// would not — or checks the view's warning against what the month end then does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Concern, type GameState, NEGLECTED, newGame, step } from '../../src/core';
import { setLang, t } from '../../src/i18n';
import {
  actionsView,
  availability,
  chips,
  concernsView,
  coordinateCostText,
  deadlineText,
  metricHelp,
  modesView,
} from '../../src/view';
import { shippedScenario } from '../ui/fakes';

const swap = vi.hoisted(() => ({
  overreaching: null as null | ((s: GameState) => boolean),
  admit: null as null | ((s: GameState, raw: unknown) => unknown),
  lossLines: null as null | { FRAGMENTATION_LOSS: number; SAFETY_LOSS: number },
  meetingEnergy: null as null | ((forces: number) => number),
}));

vi.mock('../../src/core/content', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/core/content')>();
  return {
    ...orig,
    coordinateCost: (n: number) =>
      swap.meetingEnergy ? { energy: swap.meetingEnergy(n), budget: 0 } : orig.coordinateCost(n),
  };
});

vi.mock('../../src/core/monthEnd', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/core/monthEnd')>();
  return {
    ...orig,
    overreaching: (s: GameState) => (swap.overreaching ? swap.overreaching(s) : orig.overreaching(s)),
    get FRAGMENTATION_LOSS() {
      return swap.lossLines?.FRAGMENTATION_LOSS ?? orig.FRAGMENTATION_LOSS;
    },
    get SAFETY_LOSS() {
      return swap.lossLines?.SAFETY_LOSS ?? orig.SAFETY_LOSS;
    },
  };
});

vi.mock('../../src/core/step', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/core/step')>();
  return {
    ...orig,
    admit: (s: GameState, raw: unknown) => (swap.admit ? swap.admit(s, raw) : orig.admit(s, raw)),
  };
});

afterEach(() => {
  swap.overreaching = null;
  swap.admit = null;
  swap.lossLines = null;
  swap.meetingEnergy = null;
});

function fresh(seed = 'rules'): GameState {
  return newGame(shippedScenario(), seed);
}

describe('overreach (只强调一核) is the core’s condition, shown by the view', () => {
  it('the overreach warning follows the core’s predicate when that changes', () => {
    const s = fresh();
    const calm: GameState = { ...s, modes: { ...s.modes, political: 50, autonomy: 50 }, topDownThisMonth: 0 };
    expect(modesView(calm).overreachRisk).toBe(false);
    swap.overreaching = () => true;
    expect(modesView(calm).overreachRisk).toBe(true);
    swap.overreaching = () => false;
    const far: GameState = { ...s, modes: { ...s.modes, political: 90, autonomy: 20 }, topDownThisMonth: 3 };
    expect(modesView(far).overreachRisk).toBe(false);
  });

  it('the board warns of overreach exactly when one more 包办 would make the month end drain 自治 for it', () => {
    const s = fresh();
    const drains = (state: GameState) => {
      const r = step(state, { type: 'endMonth' });
      if (!r.ok) throw new Error(r.rejection.message);
      return r.state.log
        .slice(state.log.length)
        .some((e) => e.reason === 'overreach' && e.target === 'modes.autonomy');
    };
    let seen = 0;
    for (const gap of [-10, 0, 20, 25, 26, 30, 45]) {
      for (const topDown of [0, 1, 2, 3]) {
        const autonomy = 40;
        const state: GameState = {
          ...s,
          modes: { ...s.modes, autonomy, political: Math.max(0, Math.min(100, autonomy + gap)) },
          topDownThisMonth: topDown,
        };
        const oneMore = drains({ ...state, topDownThisMonth: topDown + 1 });
        expect(modesView(state).overreachRisk, `gap ${gap}, top-down ${topDown}`).toBe(oneMore);
        // Already overreaching is always warned of.
        if (drains(state)) expect(modesView(state).overreachRisk).toBe(true);
        if (oneMore) seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('what is available is what the core admits', () => {
  it('every button follows the core’s gate when that changes', () => {
    const s = fresh();
    expect(actionsView(s).endMonth).toEqual({ ok: true, reason: null });
    swap.admit = () => ({ code: 'gameOver', message: 'swapped' });
    const v = actionsView(s);
    expect(v.endMonth).toEqual({ ok: false, reason: 'gameOver' });
    expect(v.coordinate.reason).toBe('gameOver');
    expect(Object.values(v.programmes).every((a) => a.reason === 'gameOver')).toBe(true);
  });

  it('a meeting or a response with no force is refused by the core for want of forces (the dialogs show it)', () => {
    let s = fresh();
    for (let i = 0; i < 6 && !s.concerns.some((c) => c.hiddenFor === 0); i++) {
      const r = step(s, { type: 'endMonth' });
      if (!r.ok) throw new Error(r.rejection.message);
      s = r.state;
    }
    expect(availability(s, { type: 'coordinate', forces: [] })).toEqual({ ok: false, reason: 'noForces' });
    const c = s.concerns.find((x) => x.hiddenFor === 0);
    expect(c).toBeDefined();
    expect(availability(s, { type: 'respond', concern: c!.id, forces: [] })).toEqual({
      ok: false,
      reason: 'noForces',
    });
    expect(availability(s, { type: 'respond', concern: c!.id, forces: [], topDown: true }).ok).toBe(
      s.energy > 0,
    );
  });
});

describe('danger is measured from the core’s lines', () => {
  it('the fragmentation and safety warnings move with the core’s loss lines', () => {
    const s = fresh();
    const state: GameState = { ...s, fragmentation: 40, safety: 45 };
    const danger = () => Object.fromEntries(chips(state).map((c) => [c.id, c.danger]));
    expect(danger()).toMatchObject({ fragmentation: false, safety: false });
    swap.lossLines = { FRAGMENTATION_LOSS: 60, SAFETY_LOSS: 20 };
    expect(danger()).toMatchObject({ fragmentation: true, safety: true });
  });
});

describe('“due this month” is what the month end does — 硬约束不足 included', () => {
  it('a concern card says “this month” exactly when ending the month now escalates or fails it, whatever 法治 is', () => {
    const s = fresh();
    const base = s.concerns.find((c) => c.hiddenFor === 0) ?? s.concerns[0]!;
    const seen = { due: 0, hastened: 0, later: 0 };
    for (const law of [10, 35, 39, 40, 41, 45, 60]) {
      for (const kind of ['worry', 'dispute', 'emergency'] as const) {
        for (const deadline of [1, 2, 3, 4]) {
          const c: Concern = { ...base, id: 'probe', kind, deadline, hiddenFor: 0, progress: 0 };
          const state: GameState = { ...s, modes: { ...s.modes, law }, concerns: [c] };
          const r = step(state, { type: 'endMonth' });
          if (!r.ok) throw new Error(r.rejection.message);
          const ended = r.events.some(
            (e) => (e.type === 'concernEscalated' || e.type === 'concernFailed') && e.concern === 'probe',
          );
          const o = concernsView(state).outlook.get('probe')!;
          const label = `法治 ${law}, ${kind}, deadline ${deadline}`;
          expect(o.due, label).toBe(ended);
          expect(deadlineText(o).startsWith(t('board.deadlineNow')), label).toBe(ended);
          if (!ended) {
            // The months it has left are the month ends still to come, this one counted.
            const after = r.state.concerns.find((x) => x.id === 'probe')!;
            expect(o.monthsLeft, label).toBe(after.deadline + 1);
            expect(deadlineText(o), label).toContain(String(o.monthsLeft));
            seen.later += 1;
          } else seen.due += 1;
          if (o.hastened) {
            expect(deadlineText(o), label).toContain(t('board.hastened', { line: NEGLECTED }));
            seen.hastened += 1;
          }
        }
      }
    }
    // Every case was met: due now, later, and brought closer by weak 法治 (the bug this guards: a
    // dispute shown with two months left that failed at this month's end).
    expect(seen.due).toBeGreaterThan(0);
    expect(seen.later).toBeGreaterThan(0);
    expect(seen.hastened).toBeGreaterThan(0);
  });
});

describe('a mode’s fall under the line is warned the month before — 五治 neglected bite', () => {
  it('the board names a mode as falling exactly when ending the month now takes it under NEGLECTED', () => {
    const s = fresh();
    const seen = { falling: 0, holding: 0 };
    for (const mode of ['political', 'autonomy', 'law', 'virtue', 'smart'] as const) {
      for (const value of [38, 39, 40, 41, 42, 43, 45, 50, 60]) {
        const state: GameState = { ...s, modes: { ...s.modes, [mode]: value } };
        const r = step(state, { type: 'endMonth' });
        if (!r.ok) throw new Error(r.rejection.message);
        const falls = value >= NEGLECTED && r.state.modes[mode] < NEGLECTED;
        const named = modesView(state).falling.find((f) => f.mode === mode);
        const label = `${mode} ${value} → ${r.state.modes[mode]}`;
        expect(named !== undefined, label).toBe(falls);
        if (named) {
          expect(named.after, label).toBe(r.state.modes[mode]);
          seen.falling += 1;
        } else seen.holding += 1;
      }
    }
    expect(seen.falling).toBeGreaterThan(0);
    expect(seen.holding).toBeGreaterThan(0);
  });
});

describe('the help texts quote the core’s numbers', () => {
  it('the joint meeting’s cost by size is read from the core’s coordinateCost, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      setLang(lang);
      const now = coordinateCostText();
      swap.meetingEnergy = (n) => n; // one energy per force: five bands
      const swapped = coordinateCostText();
      swap.meetingEnergy = () => 2; // one band for every size
      const flat = coordinateCostText();
      swap.meetingEnergy = null;
      expect(swapped).not.toBe(now);
      expect(swapped.split(t('dialog.coordinateCostSep'))).toHaveLength(5);
      expect(flat).toBe(
        t('dialog.coordinateCostFirst', {
          forces: t('dialog.coordinateCostRange', { from: 1, to: 5 }),
          energy: 2,
        }),
      );
    }
    setLang('zh');
  });

  it('the safety and fragmentation help name the core’s loss lines', () => {
    swap.lossLines = { FRAGMENTATION_LOSS: 87, SAFETY_LOSS: 13 };
    expect(metricHelp('fragmentation')).toContain('87');
    expect(metricHelp('safety')).toContain('13');
    expect(metricHelp('vitality')).not.toMatch(/\{line\}/);
  });
});
