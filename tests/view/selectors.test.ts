// Selectors turn the game state into what the screens show. Each test names the principle the view
// must keep: numbers explain themselves from the log, fragmentation is visible, turning points have causes.
import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  type GameState,
  type LogEntry,
  MODES,
  NEGLECTED,
  newGame,
  OVERREACH_TOP_DOWN,
  REFORMS,
  step,
  UNALIGNED,
} from '../../src/core';
import {
  actionsView,
  availability,
  causesOf,
  chartSeries,
  chips,
  concernsView,
  forcesView,
  modesView,
  monthSummary,
  turningPoints,
} from '../../src/view';
import { shippedScenario } from '../ui/fakes';

const entry = (
  turn: number,
  target: string,
  delta: number,
  reason: LogEntry['reason'],
  ref?: string,
): LogEntry => ({
  turn,
  target,
  delta,
  reason,
  concept: 'fragmentation',
  ...(ref ? { ref } : {}),
});

function fresh(seed = 's'): GameState {
  return newGame(shippedScenario(), seed);
}

function endMonths(s: GameState, n: number): GameState {
  let state = s;
  for (let i = 0; i < n && state.status === 'playing'; i++) {
    const r = step(state, { type: 'endMonth' });
    if (!r.ok) throw new Error(r.rejection.message);
    state = r.state;
  }
  return state;
}

describe('every number explains itself from the causal log', () => {
  const log = [
    entry(3, 'fragmentation', 2, 'ownAgenda', 'socialOrgs'),
    entry(3, 'fragmentation', 3, 'ownAgenda', 'socialOrgs'),
    entry(3, 'fragmentation', -1, 'cohesion'),
    entry(4, 'fragmentation', 4, 'misalignment'),
    entry(4, 'satisfaction', -5, 'escalated', 'c2'),
    entry(2, 'fragmentation', 9, 'misalignment'),
  ];

  it('causes of a target are summed per month and reason, latest month first, largest first', () => {
    const c = causesOf(log, 'fragmentation', [4, 3]);
    expect(c.map((x) => [x.turn, x.reason, x.delta])).toEqual([
      [4, 'misalignment', 4],
      [3, 'ownAgenda', 5],
      [3, 'cohesion', -1],
    ]);
  });

  it('a force target covers both its alignment and capacity, and no other force', () => {
    const l = [
      entry(1, 'forces.volunteers.alignment', -3, 'drift'),
      entry(1, 'forces.volunteers.capacity', 10, 'strengthen'),
      entry(1, 'forces.volunteersX.alignment', -1, 'drift'),
    ];
    expect(
      causesOf(l, 'forces.volunteers', [1])
        .map((c) => c.target)
        .sort(),
    ).toEqual(['forces.volunteers.alignment', 'forces.volunteers.capacity']);
  });

  it("a figure's shown change is the sum of the causes its tooltip lists (this and last month)", () => {
    const s = endMonths(fresh(), 3);
    for (const chip of chips(s)) {
      if (chip.id === 'energy') continue;
      const listed = causesOf(s.log, chip.id, [s.turn, s.turn - 1]).reduce((a, c) => a + c.delta, 0);
      expect(chip.delta).toBe(listed);
    }
  });

  it('rising fragmentation or burden is bad news; falling satisfaction or safety is bad news', () => {
    const s = fresh();
    const withLog = {
      ...s,
      turn: 4,
      log: [entry(4, 'fragmentation', 5, 'misalignment'), entry(4, 'satisfaction', -2, 'pending')],
    };
    const byId = Object.fromEntries(chips(withLog).map((c) => [c.id, c]));
    expect(byId.fragmentation!.worsening).toBe(true);
    expect(byId.satisfaction!.worsening).toBe(true);
    expect(byId.safety!.worsening).toBe(false);
  });
});

describe('fragmentation is seen: unaligned forces drift outward', () => {
  it('a force below the alignment threshold is drawn as drifting (各自为政)', () => {
    const s = fresh();
    const forces = {
      ...s.forces,
      charity: { capacity: 50, alignment: UNALIGNED - 1 },
      community: { capacity: 50, alignment: UNALIGNED },
    };
    const v = forcesView({ ...s, forces });
    expect(v.find((f) => f.force === 'charity')!.drifting).toBe(true);
    expect(v.find((f) => f.force === 'community')!.drifting).toBe(false);
  });

  it('the lower the alignment, the further out the force sits', () => {
    const s = fresh();
    let last = -1;
    for (const alignment of [100, 70, 50, 30, 10, 0]) {
      const d = forcesView({ ...s, forces: { ...s.forces, volunteers: { capacity: 40, alignment } } }).find(
        (f) => f.force === 'volunteers',
      )!.drift;
      expect(d).toBeGreaterThanOrEqual(last);
      expect(d).toBeLessThanOrEqual(1);
      last = d;
    }
    expect(last).toBe(1);
  });
});

describe('balance at a glance: a dent in the five modes is named', () => {
  it('neglected modes are listed weakest first, and only those below the threshold', () => {
    const s = fresh();
    const modes = {
      political: 60,
      autonomy: NEGLECTED - 1,
      law: NEGLECTED - 10,
      virtue: NEGLECTED,
      smart: 50,
    };
    const v = modesView({ ...s, modes });
    expect(v.neglected).toEqual(['law', 'autonomy']);
    expect(v.levels.map((l) => l.mode)).toEqual([...MODES]);
  });

  it('warns of overreach on behaviour, one 包办 before it bites — never on strong 政治 (只强调一核)', () => {
    const s = fresh();
    expect(modesView({ ...s, modes: { ...s.modes, political: 80, autonomy: 40 } }).overreachRisk).toBe(false);
    expect(modesView({ ...s, topDownThisMonth: OVERREACH_TOP_DOWN - 1 }).overreachRisk).toBe(true);
    expect(modesView({ ...s, topDownThisMonth: 0 }).overreachRisk).toBe(false);
  });
});

describe('concerns: hidden ones are counted, not shown', () => {
  it('only perceived concerns become cards, the soonest due first', () => {
    const s = fresh();
    const base = s.concerns[0] ?? endMonths(s, 1).concerns[0];
    expect(base).toBeDefined();
    const concerns = [
      { ...base!, id: 'a', deadline: 3, hiddenFor: 0 },
      { ...base!, id: 'b', deadline: 1, hiddenFor: 0 },
      { ...base!, id: 'c', deadline: 1, hiddenFor: 2 },
    ];
    const v = concernsView({ ...s, concerns });
    expect(v.visible.map((c) => c.id)).toEqual(['b', 'a']);
    expect(v.hidden).toBe(1);
  });
});

describe('actions say why they are unavailable', () => {
  it('without energy, every action but the end of the month is refused for lack of energy', () => {
    const s = { ...fresh(), energy: 0 };
    const v = actionsView(s);
    expect(v.coordinate).toEqual({ ok: false, reason: 'notEnoughEnergy' });
    expect(v.programmes.residentsCouncil.reason).toBe('notEnoughEnergy');
    expect(v.endMonth.ok).toBe(true);
  });

  it('a bar button gives the reason most of its choices share, not the first choice’s own', () => {
    // One reform adopted, no 精力: 推行改革 is unavailable for want of 精力 (seven reforms), not because
    // the first one listed was adopted already.
    const s = { ...fresh(), energy: 0, reforms: [REFORMS[0]!] };
    expect(actionsView(s).reform).toEqual({ ok: false, reason: 'notEnoughEnergy' });
    expect(availability(s, { type: 'adoptReform', reform: REFORMS[0]! }).reason).toBe('reformAdopted');
  });

  it('after the game, nothing is available and the reason is that the game is over', () => {
    const s = { ...fresh(), status: 'lost' as const };
    const v = actionsView(s);
    expect(v.endMonth).toEqual({ ok: false, reason: 'gameOver' });
    expect(v.coordinate.reason).toBe('gameOver');
  });
});

describe('the month summary and the debrief read the months', () => {
  it('a month summary reports what changed and which force fell into 各自为政', () => {
    const before = fresh();
    const forces = { ...before.forces, charity: { capacity: 40, alignment: UNALIGNED + 1 } };
    const b = { ...before, forces };
    const r = step(b, { type: 'endMonth' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sum = monthSummary(b, r.state, r.events);
    expect(sum.turn).toBe(1);
    const charity = sum.alignment.find((a) => a.force === 'charity');
    expect(charity?.nowDrifting).toBe(r.state.forces.charity.alignment < UNALIGNED);
    for (const c of sum.changes) expect(c.after - c.before).toBe(c.delta);
  });

  it('the charts start at the scenario start (month 0) and add one point per month played', () => {
    const s = endMonths(fresh(), 4);
    const pts = chartSeries(s);
    expect(pts.map((p) => p.turn)).toEqual([0, 1, 2, 3, 4].slice(0, s.history.length + 1));
    expect(pts[0]!.satisfaction).toBe(s.scenario.start.satisfaction);
  });

  it('a force falling into 各自为政 is a turning point, with its causes from the log', () => {
    const s = fresh();
    const snap = (turn: number, community: number) => ({
      ...s.history[0],
      turn,
      modes: { ...s.modes },
      alignment: { community, socialOrgs: 60, socialWorkers: 60, volunteers: 60, charity: 60 },
      capacity: { community: 50, socialOrgs: 50, socialWorkers: 50, volunteers: 50, charity: 50 },
      spectators: 0,
      fragmentation: 20,
      satisfaction: 60,
      safety: 70,
      vitality: 50,
      burden: 20,
      budget: 50,
      openConcerns: 1,
      resolved: 0,
    });
    const state: GameState = {
      ...s,
      turn: 3,
      scenario: {
        ...s.scenario,
        start: {
          ...s.scenario.start,
          forces: { ...s.scenario.start.forces, community: { capacity: 50, alignment: 60 } },
        },
      },
      history: [snap(1, 55), snap(2, 30)],
      log: [entry(2, 'forces.community.alignment', -25, 'drift', 'community')],
    };
    const tps = turningPoints(state);
    const drift = tps.find((t) => t.kind === 'forceDrifted');
    expect(drift).toMatchObject({ turn: 2, force: 'community', concept: 'fragmentation' });
    expect(drift!.causes.map((c) => c.reason)).toEqual(['drift']);
  });

  it('an escalation lists each cause once, summed: an entry that is both the escalation and a move of the concern is not doubled', () => {
    const s = fresh();
    const flat = (turn: number) => ({
      turn,
      modes: { ...s.modes },
      alignment: { community: 60, socialOrgs: 60, socialWorkers: 60, volunteers: 60, charity: 60 },
      capacity: { community: 50, socialOrgs: 50, socialWorkers: 50, volunteers: 50, charity: 50 },
      spectators: 0,
      fragmentation: 20,
      satisfaction: 60,
      safety: 70,
      vitality: 50,
      burden: 20,
      budget: 50,
      openConcerns: 1,
      resolved: 0,
    });
    const state: GameState = {
      ...s,
      turn: 2,
      history: [flat(1)],
      log: [
        entry(1, 'satisfaction', -3, 'escalated', 'c7'),
        // The concern's own target, with the escalation's reason: both an escalation hit and a move
        // of the concern; it must be counted once.
        entry(1, 'concern.c7', -1, 'escalated', 'c7'),
        entry(1, 'concern.c7', -1, 'weakLaw', 'c7'),
        entry(1, 'concern.c7', -1, 'weakLaw', 'c7'),
      ],
    };
    const tp = turningPoints(state).find((t) => t.kind === 'escalated');
    expect(tp).toBeDefined();
    const lines = tp!.causes.map((c) => `${c.target}|${c.reason}|${c.delta}`);
    expect(lines.sort()).toEqual([
      'concern.c7|escalated|-1',
      'concern.c7|weakLaw|-2',
      'satisfaction|escalated|-3',
    ]);
  });

  it('losing to fragmentation and the swing that caused it are told once, as the loss', () => {
    const s = fresh();
    const snap = (turn: number, fragmentation: number) => ({
      turn,
      modes: { ...s.modes },
      alignment: { community: 60, socialOrgs: 60, socialWorkers: 60, volunteers: 60, charity: 60 },
      capacity: { community: 50, socialOrgs: 50, socialWorkers: 50, volunteers: 50, charity: 50 },
      spectators: 0,
      fragmentation,
      satisfaction: 60,
      safety: 70,
      vitality: 50,
      burden: 20,
      budget: 50,
      openConcerns: 1,
      resolved: 0,
    });
    const state: GameState = {
      ...s,
      turn: 2,
      status: 'lost',
      lossReason: 'fragmentation',
      scenario: { ...s.scenario, start: { ...s.scenario.start, fragmentation: 70 } },
      history: [snap(1, 80), snap(2, 100)],
      log: [entry(1, 'fragmentation', 10, 'misalignment'), entry(2, 'fragmentation', 20, 'misalignment')],
    };
    const tps = turningPoints(state);
    expect(tps.filter((t) => t.turn === 2).map((t) => t.kind)).toEqual(['lost']);
    expect(tps.find((t) => t.kind === 'lost')!.causes[0]).toMatchObject({
      reason: 'misalignment',
      delta: 20,
    });
  });

  it('a played game yields three to five turning points in month order, each with a principle', () => {
    const s = endMonths(fresh('turning'), 12);
    const tps = turningPoints(s);
    expect(tps.length).toBeGreaterThanOrEqual(3);
    expect(tps.length).toBeLessThanOrEqual(5);
    expect(tps.map((t) => t.turn)).toEqual([...tps.map((t) => t.turn)].sort((a, b) => a - b));
    for (const t of tps) {
      expect(CONCEPTS).toContain(t.concept);
      expect(t.causes.length).toBeGreaterThan(0);
    }
  });
});
