// The month summary says what moved at the month end and why, from the causal log (the design's "explain
// every change"): each line's causes and the rest make its change, the causes are the month end's own.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { type GameState, LOG_LIMIT, type LogEntry, MODES, newGame, runActions, step } from '../../src/core';
import { setLang } from '../../src/i18n';
import { zh } from '../../src/i18n/zh';
import {
  eventText,
  type MonthSummary,
  monthEndEntries,
  monthSummary,
  summarySentence,
  whyText,
} from '../../src/view';
import { SHIPPED } from '../replay/helpers';

/** Every month end of a bot's game, with the state before it and its summary. */
function monthEndsOf(scenarioIndex: number, seed: string, bot: string) {
  const sc = SHIPPED[scenarioIndex % SHIPPED.length]!;
  const game = playGame(sc, seed, getBot(bot)!);
  const out: { before: GameState; after: GameState; summary: MonthSummary }[] = [];
  let state = game.start;
  for (const action of game.actions) {
    const r = step(state, action);
    if (!r.ok) throw new Error(r.rejection.message);
    if (action.type === 'endMonth')
      out.push({ before: state, after: r.state, summary: monthSummary(state, r.state, r.events) });
    state = r.state;
  }
  return out;
}

describe('the month summary says why each line moved — 因果可循', () => {
  const ends = [
    ...monthEndsOf(0, 'why1', 'balanced'),
    ...monthEndsOf(1, 'why2', 'routine-needed'),
    ...monthEndsOf(2, 'why3', 'random'),
  ];

  it('each line’s causes and the rest add up to its change, at every month end of played games', () => {
    expect(ends.length).toBeGreaterThan(20);
    let explained = 0;
    for (const { summary } of ends) {
      for (const line of [...summary.changes, ...summary.alignment]) {
        const sum = line.why.causes.reduce((s, c) => s + c.delta, 0);
        expect(sum + line.why.rest).toBe(line.delta);
        expect(line.why.causes.length).toBeLessThanOrEqual(2);
        // Those pushing the line's way come first.
        const signs = line.why.causes.map((c) => Math.sign(c.delta) === Math.sign(line.delta));
        expect(signs).toEqual(signs.slice().sort((a, b) => Number(b) - Number(a)));
        if (line.why.causes.length) explained++;
      }
      if (summary.modes) {
        const total = summary.modes.changes.reduce((s, m) => s + m.delta, 0);
        const sum = summary.modes.why.causes.reduce((s, c) => s + c.delta, 0);
        expect(sum + summary.modes.why.rest).toBe(total);
      }
    }
    expect(explained).toBeGreaterThan(100);
  });

  it('no cause left out is larger than one shown: what 各自为政 cost the budget is not hidden in 其余', () => {
    for (const { before, after, summary } of ends) {
      const own = monthEndEntries(before, after);
      for (const line of summary.changes) {
        const byReason = new Map<string, number>();
        for (const e of own)
          if (e.target === line.id) byReason.set(e.reason, (byReason.get(e.reason) ?? 0) + e.delta);
        const shown = new Set(line.why.causes.map((c) => c.reason));
        const smallestShown = Math.min(...line.why.causes.map((c) => Math.abs(c.delta)));
        for (const [reason, delta] of byReason)
          if (!shown.has(reason as never)) expect(Math.abs(delta)).toBeLessThanOrEqual(smallestShown);
      }
    }
    // 老旧小区改造, seed 'why', month 3: the grant +8, two drifting forces' own agendas −6, charity +1.
    const start = newGame(SHIPPED.find((x) => x.id === 'old-neighbourhood')!, 'why');
    const before = runActions(start, [
      { type: 'develop', programme: 'residentsCouncil' },
      { type: 'endMonth' },
      { type: 'endMonth' },
    ]).state;
    const r = step(before, { type: 'endMonth' });
    if (!r.ok) throw new Error(r.rejection.message);
    const budget = monthSummary(before, r.state, r.events).changes.find((c) => c.id === 'budget');
    expect(budget?.why.causes.map((c) => [c.reason, c.delta])).toEqual([
      ['income', 8],
      ['ownAgenda', -6],
    ]);
    expect(budget?.why.rest).toBe(1);
    // Which forces' own agendas cost it: said beside the reason (自行其是（社会组织、慈善）).
    expect(budget?.why.causes[1]?.forces).toEqual(['socialOrgs', 'charity']);
  });

  it('a line’s causes are the month end’s own, not the month’s actions', () => {
    for (const { before, after, summary } of ends) {
      const own = new Set(monthEndEntries(before, after));
      for (const e of own) expect(before.log).not.toContain(e);
      for (const line of summary.changes)
        for (const c of line.why.causes)
          expect([...own].some((e) => e.target === line.id && e.reason === c.reason)).toBe(true);
    }
  });

  it('the five modes are one line: each mode that moved, and why summed over them (治理水平回落)', () => {
    const start = newGame(SHIPPED[0]!, 'modes');
    const r = step(start, { type: 'endMonth' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = monthSummary(start, r.state, r.events);
    const moved = MODES.filter((m) => r.state.modes[m] !== start.modes[m]);
    expect(moved.length).toBeGreaterThan(0);
    expect(s.modes?.changes.map((m) => m.mode)).toEqual(moved);
    expect(s.modes?.why.causes.map((c) => c.reason)).toContain('modeDecay');
  });

  it('a force that attended the month’s meeting drifts “held”, and the summary says so', () => {
    const start = newGame(SHIPPED[0]!, 'held');
    const met = runActions(start, [{ type: 'coordinate', forces: ['community'] }]).state;
    const r = step(met, { type: 'endMonth' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const line = monthSummary(met, r.state, r.events).alignment.find((a) => a.force === 'community');
    const drift = line?.why.causes.find((c) => c.reason === 'drift');
    expect(drift?.held).toBe(true);
    const other = monthSummary(met, r.state, r.events).alignment.find((a) => a.force === 'charity');
    expect(other?.why.causes.find((c) => c.reason === 'drift')?.held).toBeUndefined();
  });

  it('with the log at its limit (oldest entries dropped), the month end’s entries are still found', () => {
    const start = newGame(SHIPPED[0]!, 'full');
    const filler: LogEntry = {
      turn: 1,
      target: 'budget',
      delta: 1,
      reason: 'income',
      concept: 'co-governance',
    };
    const full: GameState = {
      ...start,
      log: Array.from({ length: LOG_LIMIT - 3 }, (_, i) => ({ ...filler, delta: i + 1 })),
    };
    const r = step(full, { type: 'endMonth' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.log.length).toBeLessThan(full.log.length + 10); // it was trimmed
    const own = monthEndEntries(full, r.state);
    expect(own.length).toBeGreaterThan(3);
    // Every entry found is the month end's own: none of the filler (a count from the old length would
    // have started in the middle of what the month end wrote, or in the filler).
    for (const e of own) expect(full.log).not.toContain(e);
    expect(own.at(-1)).toBe(r.state.log.at(-1));
    const budget = monthSummary(full, r.state, r.events).changes.find((c) => c.id === 'budget');
    expect(budget?.why.causes.map((c) => c.reason)).toContain('income');
  });

  it('a line read aloud and on screen: the reason alone when it is the whole change, else amounts and 其余', async () => {
    await setLang('zh');
    const cause = (reason: LogEntry['reason'], delta: number) => ({
      turn: 1,
      target: 'satisfaction',
      reason,
      concept: 'co-governance' as const,
      delta,
    });
    expect(whyText({ causes: [cause('drift', -7)], rest: 0 })).toBe(zh.reason.drift);
    expect(whyText({ causes: [{ ...cause('drift', -3), held: true }], rest: 0 })).toBe(
      zh.ui['reason.driftHeld'],
    );
    expect(whyText({ causes: [cause('escalated', -6), cause('pending', -2)], rest: -1 })).toBe(
      `${zh.reason.escalated} −6 · ${zh.reason.pending} −2 · 其余 −1`,
    );
    expect(whyText({ causes: [], rest: 0 })).toBe('');
    const withReason = ends.find((e) => e.summary.changes.some((c) => c.why.causes.length));
    const line = withReason!.summary.changes.find((c) => c.why.causes.length)!;
    expect(summarySentence(withReason!.summary)).toContain(`（${zh.reason[line.why.causes[0]!.reason]}）`);
  });

  it('a concern first seen as it escalates or fails is told once, as unseen — 神经末梢要及时感知', async () => {
    await setLang('zh');
    let found: { summary: MonthSummary; after: GameState } | null = null;
    for (let i = 0; i < SHIPPED.length * 4 && !found; i++)
      for (const end of monthEndsOf(i, `unseen${i}`, i % 2 ? 'random' : 'never-coordinate'))
        if (end.summary.lateSeen.length) {
          found = { summary: end.summary, after: end.after };
          break;
        }
    expect(found).not.toBeNull();
    if (!found) return;
    const { summary, after } = found;
    const id = summary.lateSeen[0]!;
    expect(summary.events.some((e) => e.type === 'concernPerceived' && e.concern === id)).toBe(false);
    const hit = summary.events.find(
      (e) => (e.type === 'concernEscalated' || e.type === 'concernFailed') && e.concern === id,
    )!;
    const names = { concernTitle: () => ({ zh: '某诉求', en: 'a concern' }) };
    const text = eventText(hit, names, after, true);
    expect(text).toMatch(
      hit.type === 'concernFailed' ? /^没来得及感知就已失败：某诉求$/ : /^刚被感知就已升级为.+：某诉求$/,
    );
  });
});
