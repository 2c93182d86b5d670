// The causal log: every number a player sees can say why it changed, in the lecture's words
// (ARCHITECTURE rule 6), and the log is bounded (rule 7).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  FORCES,
  type GameState,
  LOG_LIMIT,
  type LogEntry,
  legalActions,
  MODES,
  newGame,
  type ReasonCode,
  step,
} from '../../src/core';
import { choiceArb, inputFor, PROPERTY_TIMEOUT, scenarioArb, seedArb } from './arbitraries';
import { act, loggedDelta, logSince, quietGame, randomPlayer, scenarioWith } from './helpers';

/** Every reason code (a Record, so a new ReasonCode must be added here or the type check fails). */
const REASONS: Record<ReasonCode, true> = {
  coordinate: true,
  develop: true,
  strengthen: true,
  newcomersUnaligned: true,
  respond: true,
  resolved: true,
  jointStalled: true,
  topDownResponse: true,
  reform: true,
  clearBurden: true,
  drift: true,
  ownAgenda: true,
  duplicatedEffort: true,
  rivalCentre: true,
  misalignment: true,
  imbalance: true,
  cohesion: true,
  modeDecay: true,
  weakLaw: true,
  weakVirtue: true,
  weakAutonomy: true,
  weakSmart: true,
  weakPolitical: true,
  overreach: true,
  escalated: true,
  pending: true,
  failed: true,
  perceived: true,
  adminBurden: true,
  burdenHeavy: true,
  income: true,
  charityIncome: true,
  arrival: true,
  shock: true,
  recovery: true,
  participation: true,
  energyReset: true,
  overstretched: true,
  roleMismatch: true,
  spectators: true,
  twoCommittees: true,
  prepared: true,
  disputeGrew: true,
};

/** The numbers on the board, by the target name the log uses for them. */
function visible(s: GameState): Map<string, number> {
  const m = new Map<string, number>();
  m.set('budget', s.budget);
  for (const k of ['fragmentation', 'satisfaction', 'safety', 'vitality', 'burden'] as const) m.set(k, s[k]);
  for (const mode of MODES) m.set(`modes.${mode}`, s.modes[mode]);
  for (const f of FORCES) {
    m.set(`forces.${f}.capacity`, s.forces[f].capacity);
    m.set(`forces.${f}.alignment`, s.forces[f].alignment);
  }
  return m;
}

/** Checks that one step's log explains every visible change, entry by entry. */
function explains(before: GameState, after: GameState): string[] {
  const out: string[] = [];
  const added = logSince(before, after);
  const sums = new Map<string, number>();
  for (const e of added) {
    sums.set(e.target, (sums.get(e.target) ?? 0) + e.delta);
    if (!(e.reason in REASONS)) out.push(`unknown reason ${e.reason}`);
    if (!(CONCEPTS as readonly string[]).includes(e.concept)) out.push(`unknown concept ${e.concept}`);
    if (e.turn !== before.turn && e.turn !== after.turn)
      out.push(`entry of month ${e.turn} in a step of ${before.turn}`);
    if (!Number.isInteger(e.delta) || e.delta === 0) out.push(`delta ${e.delta} on ${e.target}`);
  }
  const a = visible(after);
  for (const [target, was] of visible(before)) {
    const now = a.get(target)!;
    const logged = sums.get(target) ?? 0;
    if (now - was !== logged) out.push(`${target}: ${was} → ${now} but the log explains ${logged}`);
  }
  return out;
}

describe('the causal log (为什么变了)', () => {
  it(
    'every change to a visible number is in the causal log with a reason and a concept',
    () => {
      fc.assert(
        fc.property(
          scenarioArb,
          seedArb,
          fc.array(choiceArb, { minLength: 20, maxLength: 150, size: 'max' }),
          (sc, seed, choices) => {
            let s = newGame(sc, seed);
            for (const [i, choice] of choices.entries()) {
              const input = inputFor(s, choice);
              const r = step(s, input);
              if (!r.ok) continue;
              const problems = explains(s, r.state);
              if (problems.length)
                throw new Error(`action ${i} ${JSON.stringify(input)}:\n  ${problems.join('\n  ')}`);
              s = r.state;
            }
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('strengthening volunteers under weak 自治: the log adds up to what moved — 自治不足 autonomy', () => {
    // Minimal case of the property above: a shortfall noted as a negative entry must not make the
    // entries of a number sum to something other than its actual change.
    const s = quietGame((d) => {
      d.modes.autonomy = 5;
      d.forces.volunteers.capacity = 50;
    });
    const after = act(s, { type: 'strengthen', force: 'volunteers' }).state;
    expect(after.forces.volunteers.capacity).toBeGreaterThan(s.forces.volunteers.capacity);
    expect(loggedDelta(s, after, 'forces.volunteers.capacity')).toBe(
      after.forces.volunteers.capacity - s.forces.volunteers.capacity,
    );
    expect(logSince(s, after).some((e) => e.reason === 'weakAutonomy' && e.concept === 'autonomy')).toBe(
      true,
    );
  });

  it('the log names the lecture concept where a rule bites: drift as 各自为政, leaks as 内耗, burden as 减负', () => {
    const s = quietGame((d) => {
      for (const f of FORCES) d.forces[f].alignment = 10;
      d.burden = 20;
    });
    const entries = logSince(s, act(s, { type: 'endMonth' }).state);
    const concepts = (reason: ReasonCode) =>
      new Set(entries.filter((e) => e.reason === reason).map((e) => e.concept));
    expect(concepts('drift')).toEqual(new Set(['fragmentation']));
    expect(concepts('ownAgenda')).toEqual(new Set(['internal-friction']));
    expect(concepts('adminBurden')).toEqual(new Set(['burden-relief']));
  });

  it('a change that comes to nothing is not logged', () => {
    const s = quietGame((d) => {
      d.satisfaction = 100;
      d.concerns = [];
    });
    const after = act(s, { type: 'develop', programme: 'goodFamily' }).state;
    expect(after.satisfaction).toBe(100);
    expect(logSince(s, after).some((e) => e.target === 'satisfaction')).toBe(false);
    expect(loggedDelta(s, after, 'modes.virtue')).toBeGreaterThan(0);
  });

  it('the causal log is bounded (LOG_LIMIT) over a long game, and keeps the newest entries', () => {
    const sc = scenarioWith({
      months: 120,
      start: { energy: 8, budget: 500 },
      tuning: { concernsMin: 2, concernsMax: 4, disputeChance: 80, satisfactionFloor: 0 },
    });
    const choose = randomPlayer(7);
    let s = newGame(sc, 'long');
    let written = 0;
    while (s.status === 'playing') {
      const before = s;
      s = act(s, choose(s, legalActions(s))).state;
      const added = logSince(before, s);
      written += added.length;
      expect(s.log.length).toBeLessThanOrEqual(LOG_LIMIT);
      if (added.length) expect(s.log[s.log.length - 1]).toBe(added[added.length - 1]);
      // Keep the community alive (a shallow patch keeps the log shared), so the term runs its months.
      if (s.status === 'playing')
        s = {
          ...s,
          fragmentation: Math.min(s.fragmentation, 30),
          safety: Math.max(s.safety, 60),
          satisfaction: Math.max(s.satisfaction, 60),
        };
    }
    expect(s.turn).toBe(sc.months);
    expect(written).toBeGreaterThan(2 * LOG_LIMIT);
    expect(s.log[0]!.turn).toBeGreaterThan(1);
  });

  it('a full log drops its oldest entries, never the one just written', () => {
    const filler: LogEntry = {
      turn: 1,
      target: 'budget',
      delta: 1,
      reason: 'income',
      concept: 'co-governance',
    };
    const s = quietGame((d) => {
      d.log = Array.from({ length: LOG_LIMIT }, (_, i) => ({ ...filler, delta: i + 1 }));
    });
    const after = act(s, { type: 'coordinate', forces: ['community'] }).state;
    expect(after.log.length).toBeLessThanOrEqual(LOG_LIMIT);
    expect(after.log[after.log.length - 1]).toMatchObject({
      target: 'forces.community.alignment',
      reason: 'coordinate',
    });
    expect(after.log[0]!.delta).toBeGreaterThan(1);
  });
});
