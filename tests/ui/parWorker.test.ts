// The page's one par worker answers every screen's question about par from a state: the debrief's par
// and divergence (from the start), the facilitator's line with month scores, and a fork finished by
// par from a later month — the same line `parFrom` gives in Node.
import { describe, expect, it } from 'vitest';
import { parFrom } from '../../src/bots/par';
import { newGame, runActions, STATE_PARTS } from '../../src/core';
import { answer } from '../../src/dom/parWorker';
import { statesByMonth } from '../../src/replay';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { movesByMonth } from '../../src/view';
import { costliestMonth } from '../../src/view/months';
import { monthHealthFrom } from '../../src/view/ranking';

const scenario = BUNDLED_SCENARIOS.find((s) => s.id === 'old-neighbourhood') ?? BUNDLED_SCENARIOS[0]!;

describe('the par worker — par from any state', () => {
  it('from a month of a game: par finishes the term, its line is legal from there and scores what parFrom says', () => {
    const start = newGame(scenario, 'par-worker', { months: 6 });
    const ended = Array.from({ length: 3 }, () => ({ type: 'endMonth' as const }));
    const month4 = statesByMonth(start, ended)[3]!.state;
    const r = answer({ id: 7, start: month4, compare: [] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.id).toBe(7);
    expect(r.par).toBe(parFrom(month4).score);
    const run = runActions(month4, r.actions);
    expect(run.rejectedAt).toBeNull();
    expect(run.state.status).not.toBe('playing');
    expect(run.state.assessment?.score).toBe(r.par);
    // Only ending months differs from par's line at once (par does something in its first month).
    expect(r.divergence?.turn).toBe(4);
  });

  it("from the challenge's start, with its challenge: one month score per month of par's line", () => {
    const start = newGame(scenario, 'par-worker-2', { months: 6 });
    const r = answer({
      id: 1,
      start,
      challenge: { scenarioId: scenario.id, seed: 'par-worker-2', months: 6 },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.monthScores).toHaveLength(6);
    expect(r.monthScores[5]).toBe(r.par);
    expect(r.divergence).toBeNull();
  });

  it('names the month the player fell furthest behind par by the community’s state, with both lines’ moves and the figure that month', () => {
    const start = newGame(scenario, 'par-worker-3', { months: 6 });
    const ended = Array.from({ length: 6 }, () => ({ type: 'endMonth' as const }));
    const r = answer({ id: 2, start, compare: ended });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const oursH = monthHealthFrom(start, ended);
    const parH = monthHealthFrom(start, r.actions);
    const ours = oursH.map((x) => x.health);
    const par = parH.map((x) => x.health);
    // Only ending months, the term is lost before its end: the months both lines played count.
    expect(ours.length).toBeGreaterThan(2);
    expect(par).toHaveLength(6);
    // Worked out here month by month: the month the gap between the two scores grew the most.
    let best = { month: 0, lost: 0 };
    for (let i = 0; i < ours.length; i++) {
      const lost = par[i]! - ours[i]! - (i ? par[i - 1]! - ours[i - 1]! : 0);
      if (lost > best.lost) best = { month: i + 1, lost };
    }
    expect(best.lost).toBeGreaterThan(0);
    expect(r.costliest?.turn).toBe(best.month);
    expect(r.costliest?.lost).toBe(best.lost);
    expect(costliestMonth(ours, par)).toEqual(best);
    const parMonth = movesByMonth(start, r.actions).find((m) => m.turn === best.month)!;
    expect(r.costliest?.par.map((m) => m.action)).toEqual(parMonth.moves.map((m) => m.action));
    expect(r.costliest?.player).toEqual([]);
    // The figure named is the one whose gap widened most that month (weighted), with both lines' values.
    const i = best.month - 1;
    const w = scenario.scoring;
    const widened = (k: (typeof STATE_PARTS)[number]) =>
      w[k] *
      (parH[i]!.parts[k] -
        (i ? parH[i - 1]!.parts[k] : r.costliest!.part.theirs[0]) -
        (oursH[i]!.parts[k] - (i ? oursH[i - 1]!.parts[k] : r.costliest!.part.ours[0])));
    const part = r.costliest!.part;
    for (const k of STATE_PARTS) expect(widened(part.id)).toBeGreaterThanOrEqual(widened(k));
    expect(part.ours[1]).toBe(oursH[i]!.parts[part.id]);
    expect(part.theirs[1]).toBe(parH[i]!.parts[part.id]);
    expect(r.monthHealth).toEqual([]);
  });
});
