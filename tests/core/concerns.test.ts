// 神经末梢 · 五社联动 · 枫桥经验: residents' concerns, perceived and answered one by one before they grow.
import { describe, expect, it } from 'vitest';
import { FORCES, type GameEvent, legalActions, responseProgress, step } from '../../src/core';
import { fixtureScenario } from './fixture';
import {
  act,
  addConcern,
  concern,
  endMonth,
  endMonthWithEvents,
  game,
  loggedDelta,
  logSince,
  quietGame,
  scenarioWith,
  template,
} from './helpers';

describe('perception (神经末梢)', () => {
  it('hidden concerns cannot be answered until perceived — 神经末梢 nerve-endings', () => {
    let id = '';
    let s = quietGame((d) => {
      id = addConcern(d, template('elders', 'worry', ['virtue'], ['socialWorkers'], { deadline: 12 }), {
        hiddenFor: 2,
      });
    });
    const respond = { type: 'respond', concern: id, forces: ['socialWorkers'] } as const;
    const refused = step(s, respond);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.rejection.code).toBe('concernHidden');
    expect(legalActions(s).some((a) => a.type === 'respond' && a.concern === id)).toBe(false);

    const events: GameEvent[] = [];
    for (let m = 0; m < 2; m++) {
      const r = endMonthWithEvents(s);
      events.push(...r.events);
      s = r.state;
    }
    expect(events).toContainEqual({ type: 'concernPerceived', concern: id });
    expect(concern(s, id).hiddenFor).toBe(0);
    expect(legalActions(s).some((a) => a.type === 'respond' && a.concern === id)).toBe(true);
    expect(step(s, respond).ok).toBe(true);
  });

  it('concerns are answered one by one: a resolved one leaves and residents are more satisfied — 神经末梢 nerve-endings', () => {
    let id = '';
    const s = quietGame((d) => {
      id = addConcern(d, template('lamp', 'worry', ['autonomy'], ['community'], { size: 5 }));
    });
    const { state, events } = act(s, { type: 'respond', concern: id, forces: ['community'] });
    expect(state.concerns.some((c) => c.id === id)).toBe(false);
    expect(state.resolvedCount).toBe(s.resolvedCount + 1);
    expect(state.resolvedByKind.worry).toBe(s.resolvedByKind.worry + 1);
    expect(state.satisfaction).toBeGreaterThan(s.satisfaction);
    expect(events).toContainEqual({ type: 'concernResolved', concern: id });
  });

  it('a large concern takes several responses, each one logged — 一件一件加以解决 nerve-endings', () => {
    let id = '';
    let s = quietGame((d) => {
      d.energy = 8;
      id = addConcern(d, template('lift', 'worry', ['autonomy'], ['community'], { size: 400 }));
    });
    const first = act(s, { type: 'respond', concern: id, forces: ['community'] }).state;
    expect(concern(first, id).progress).toBeGreaterThan(0);
    expect(loggedDelta(s, first, `concern.${id}`, 'respond')).toBe(concern(first, id).progress);
    s = act(first, { type: 'respond', concern: id, forces: ['community'] }).state;
    expect(concern(s, id).progress).toBeGreaterThan(concern(first, id).progress);
  });
});

describe('waiting (一件一件加以解决)', () => {
  it('perceived concerns left open weigh on satisfaction; hidden ones are not yet felt — 神经末梢 nerve-endings', () => {
    const withOpen = (n: number, hiddenFor: number) =>
      quietGame((d) => {
        d.satisfaction = 60;
        // 智治 healthy: with it neglected, unseen concerns weigh too (tests/core/modes.test.ts).
        d.modes.smart = 60;
        for (let i = 0; i < n; i++)
          addConcern(d, template(`t${i}`, 'worry', ['autonomy'], ['community'], { deadline: 12 }), {
            hiddenFor,
          });
      });
    const none = endMonth(withOpen(0, 0)).satisfaction;
    const threeSeen = endMonth(withOpen(3, 0)).satisfaction;
    const sixSeen = endMonth(withOpen(6, 0)).satisfaction;
    const sixHidden = endMonth(withOpen(6, 3)).satisfaction;
    expect(threeSeen).toBeLessThan(none);
    expect(sixSeen).toBeLessThan(threeSeen);
    expect(sixHidden).toBeGreaterThan(sixSeen);
  });
});

describe('answering (五社联动)', () => {
  it('the forces a concern needs move it further than others of equal strength — 五社联动 five-forces', () => {
    let id = '';
    const s = quietGame((d) => {
      for (const f of FORCES) d.forces[f] = { capacity: 60, alignment: 70 };
      id = addConcern(d, template('lift', 'worry', ['autonomy'], ['community'], { size: 400 }));
    });
    const c = concern(s, id);
    expect(responseProgress(s, c, ['community']).progress).toBeGreaterThan(
      responseProgress(s, c, ['charity']).progress,
    );
  });

  it("both the committed forces' capacity and their alignment count — 五社联动 five-forces", () => {
    const progressWith = (capacity: number, alignment: number) => {
      let id = '';
      const s = quietGame((d) => {
        d.forces.community = { capacity, alignment };
        id = addConcern(d, template('lift', 'worry', ['autonomy'], ['community'], { size: 400 }));
      });
      return responseProgress(s, concern(s, id), ['community']).progress;
    };
    expect(progressWith(80, 70)).toBeGreaterThan(progressWith(20, 70));
    expect(progressWith(70, 80)).toBeGreaterThan(progressWith(70, 20));
  });

  it('a joint concern stalls when a force it needs is unaligned — 各自为政 fragmentation', () => {
    const setup = (needs: ('community' | 'socialOrgs')[], socialOrgsAlignment: number) => {
      let id = '';
      const s = quietGame((d) => {
        d.forces.socialOrgs.alignment = socialOrgsAlignment;
        id = addConcern(d, template('fees', 'annoyance', ['law'], needs, { size: 400 }));
      });
      return { s, id };
    };
    const joint = setup(['community', 'socialOrgs'], 0);
    const c = concern(joint.s, joint.id);
    expect(responseProgress(joint.s, c, ['community', 'socialOrgs']).stalled).toBe(true);
    const after = act(joint.s, {
      type: 'respond',
      concern: joint.id,
      forces: ['community', 'socialOrgs'],
    }).state;
    expect(logSince(joint.s, after)).toContainEqual(
      expect.objectContaining({ reason: 'jointStalled', concept: 'fragmentation', ref: joint.id }),
    );

    const aligned = setup(['community', 'socialOrgs'], 100);
    expect(
      responseProgress(aligned.s, concern(aligned.s, aligned.id), ['community', 'socialOrgs']).stalled,
    ).toBe(false);
    const single = setup(['socialOrgs'], 0);
    expect(responseProgress(single.s, concern(single.s, single.id), ['socialOrgs']).stalled).toBe(false);
  });
});

describe('escalation (枫桥经验)', () => {
  it('an overdue worry escalates one step and costs satisfaction — 神经末梢 nerve-endings', () => {
    let id = '';
    const s = quietGame((d) => {
      id = addConcern(d, template('lamp', 'worry', ['autonomy'], ['community'], { deadline: 1 }));
    });
    const { state, events } = endMonthWithEvents(s);
    expect(concern(state, id).kind).toBe('annoyance');
    expect(concern(state, id).escalations).toBe(1);
    expect(concern(state, id).deadline).toBeGreaterThan(0);
    expect(events).toContainEqual({ type: 'concernEscalated', concern: id, kind: 'annoyance' });
    expect(loggedDelta(s, state, 'satisfaction', 'escalated')).toBeLessThan(0);
  });

  it('an overdue dispute becomes an emergency and hits 平安 — 枫桥经验 fengqiao', () => {
    let id = '';
    const s = quietGame((d) => {
      d.modes.law = 60;
      id = addConcern(d, template('quarrel', 'dispute', ['law'], ['community'], { deadline: 1 }));
    });
    const state = endMonth(s);
    expect(concern(state, id).kind).toBe('emergency');
    expect(loggedDelta(s, state, 'safety', 'escalated')).toBeLessThan(0);
    expect(logSince(s, state)).toContainEqual(
      expect.objectContaining({ target: 'safety', reason: 'escalated', concept: 'fengqiao' }),
    );
  });

  it('a 揪心事 left past its deadline fails and residents remember — 神经末梢 nerve-endings', () => {
    let id = '';
    const s = quietGame((d) => {
      id = addConcern(d, template('care', 'anguish', ['virtue'], ['socialWorkers'], { deadline: 1 }));
    });
    const { state, events } = endMonthWithEvents(s);
    expect(state.concerns.some((c) => c.id === id)).toBe(false);
    expect(state.failedCount).toBe(s.failedCount + 1);
    expect(events).toContainEqual({ type: 'concernFailed', concern: id });
    expect(loggedDelta(s, state, 'satisfaction', 'failed')).toBeLessThan(0);
  });

  it('disputes settled before escalation raise safety more — 枫桥经验 fengqiao', () => {
    const settle = (kind: 'dispute' | 'emergency', escalations: number) => {
      let id = '';
      const s = quietGame((d) => {
        d.safety = 50;
        id = addConcern(d, template('quarrel', kind, ['law'], ['community'], { size: 5 }), { escalations });
      });
      const after = act(s, { type: 'respond', concern: id, forces: ['community'] }).state;
      expect(after.concerns.some((c) => c.id === id)).toBe(false);
      return { gain: after.safety - s.safety, entries: logSince(s, after) };
    };
    const early = settle('dispute', 0);
    const late = settle('emergency', 1);
    expect(late.gain).toBeGreaterThan(0);
    expect(early.gain).toBeGreaterThan(late.gain);
    expect(early.entries).toContainEqual(
      expect.objectContaining({ target: 'safety', reason: 'resolved', concept: 'fengqiao' }),
    );
  });
});

describe('arrivals (五个能力)', () => {
  it("new concerns arrive every month within the scenario's range — 神经末梢 nerve-endings", () => {
    const sc = scenarioWith({
      disputes: [],
      shocks: [],
      tuning: { disputeChance: 0, concernsMin: 1, concernsMax: 3 },
    });
    let s = game(sc, 'arrivals');
    const counts = [s.concerns.length];
    for (let m = 0; m < 5 && s.status === 'playing'; m++) {
      const r = endMonthWithEvents(s);
      counts.push(r.events.filter((e) => e.type === 'concernArrived').length);
      s = r.state;
    }
    expect(counts.length).toBe(6);
    for (const n of counts) {
      expect(n).toBeGreaterThanOrEqual(sc.tuning.concernsMin);
      expect(n).toBeLessThanOrEqual(sc.tuning.concernsMax);
    }
  });

  it('a forecast shock is announced the month before and arrives on time — 预警 five-capacities', () => {
    const shock = fixtureScenario().shocks[0]!;
    expect(shock.forecast).toBe(true);
    let s = quietGame(undefined, { shocks: [shock] });
    const seen: { turn: number; forecast: string[]; events: GameEvent[] }[] = [];
    while (s.turn < shock.month) {
      const r = endMonthWithEvents(s);
      s = r.state;
      seen.push({ turn: s.turn, forecast: s.forecast, events: r.events });
    }
    const forecastAt = seen.find((x) => x.events.some((e) => e.type === 'shockForecast'));
    expect(forecastAt?.turn).toBe(shock.month - 1);
    expect(forecastAt?.events).toContainEqual({ type: 'shockForecast', template: shock.concern.id });
    expect(forecastAt?.forecast).toEqual([shock.concern.id]);
    const arrived = s.concerns.filter((c) => c.template === shock.concern.id);
    expect(arrived).toEqual([expect.objectContaining({ isShock: true, arrived: shock.month })]);
  });
});
