// The debrief's timeline and par divergence, the board's load and warning (issue 9): view models
// read from the core's rules, never restating them.
import { describe, expect, it } from 'vitest';
import { GameStore } from '../../src/app/store';
import { parFrom } from '../../src/bots/par';
import {
  type Action,
  FORCES,
  type Force,
  forceCarry,
  fragmentationWarning,
  type GameState,
  newGame,
  step,
} from '../../src/core';
import { dict, setLang } from '../../src/i18n';
import { forcesView, movesByMonth, moveText, parDivergence, sameMoves, warningView } from '../../src/view';
import { MemoryStorage, shippedScenario, sourceOf } from '../ui/fakes';

function play(s: GameState, actions: Action[]): GameState {
  for (const a of actions) {
    const r = step(s, a);
    if (!r.ok) throw new Error(r.rejection.message);
    s = r.state;
  }
  return s;
}

describe('the timeline of decisions — 一件一件加以解决', () => {
  it('groups a game’s actions by month, endMonth closing each, with the concern each response answered', () => {
    const start = newGame(shippedScenario(), 'timeline-1');
    const c = start.concerns.find((x) => x.hiddenFor === 0)!;
    const respond: Action = { type: 'respond', concern: c.id, forces: [...c.needs.forces] };
    const actions: Action[] = [respond, { type: 'endMonth' }, { type: 'endMonth' }];
    const months = movesByMonth(start, actions);
    expect(months.map((m) => m.turn)).toEqual([1, 2, 3]);
    expect(months[0]!.moves).toHaveLength(1);
    expect(months[0]!.moves[0]!.concern?.title).toEqual(c.title);
    expect(months[1]!.moves).toEqual([]);
    setLang('zh');
    expect(moveText(months[0]!.moves[0]!)).toContain(c.title.zh);
  });

  it('a template’s second concern is named with its number, as the board and the store name it — one concern, one name', () => {
    const scenario = shippedScenario('old-neighbourhood');
    setLang('zh');
    let numbered = 0;
    for (let k = 0; k < 12 && numbered === 0; k++) {
      // Respond to whatever the board shows, with the forces it needs, until the month's energy runs out.
      const store = new GameStore(new MemoryStorage(), sourceOf(scenario));
      store.start(scenario, `names-${k}`);
      const actions: Action[] = [];
      while (store.state?.status === 'playing') {
        const answer = (id: string, forces: readonly Force[]): Action => ({
          type: 'respond',
          concern: id,
          forces: [...forces],
        });
        // The first shown concern the rules let the store answer now (a refused dispatch changes nothing).
        const c = store.state.concerns.find(
          (x) => x.hiddenFor === 0 && store.dispatch(answer(x.id, x.needs.forces)).ok,
        );
        if (c) actions.push(answer(c.id, c.needs.forces));
        else {
          store.dispatch({ type: 'endMonth' });
          actions.push({ type: 'endMonth' });
        }
      }
      const moves = movesByMonth(newGame(scenario, `names-${k}`), actions).flatMap((m) => m.moves);
      for (const m of moves) {
        if (m.action.type !== 'respond') continue;
        const board = store.concernTitle(m.action.concern)!.zh;
        expect(m.concern?.title.zh).toBe(board);
        expect(moveText(m)).toContain(board);
        // The review replays one month from its own start: the store's names still number it.
        expect(moveText({ action: m.action }, store)).toContain(board);
        if (/（\d）$/.test(board)) numbered++;
      }
    }
    // Some game in those seeds answered a worry for the second time.
    expect(numbered).toBeGreaterThan(0);
  });

  it('stops at the first action the rules refuse, showing the line as far as it holds', () => {
    const start = newGame(shippedScenario(), 'timeline-2');
    const months = movesByMonth(start, [
      { type: 'endMonth' },
      { type: 'respond', concern: 'nope', forces: ['community'] },
    ]);
    expect(months).toHaveLength(2);
    expect(months[1]!.moves).toEqual([]);
  });

  it('the order of forces or of moves within a month is not a divergence; a different move is', () => {
    const a: Action = { type: 'coordinate', forces: ['community', 'volunteers'] };
    const b: Action = { type: 'coordinate', forces: ['volunteers', 'community'] };
    const d: Action = { type: 'develop', programme: 'residentsCouncil' };
    expect(sameMoves([{ action: a }, { action: d }], [{ action: d }, { action: b }])).toBe(true);
    expect(sameMoves([{ action: a }], [{ action: d }])).toBe(false);
    const player = [
      { turn: 1, moves: [{ action: a }] },
      { turn: 2, moves: [] },
    ];
    const par = [
      { turn: 1, moves: [{ action: b }] },
      { turn: 2, moves: [{ action: d }] },
    ];
    expect(parDivergence(player, par)).toEqual({ turn: 2, player: [], par: [{ action: d }] });
    expect(parDivergence(par, par)).toBeNull();
  });

  it('par’s own line never diverges from itself, and a player who only ends months leaves it in month 1', () => {
    const sc = shippedScenario();
    const start = newGame(sc, 'timeline-par', { months: 6 });
    // A six-month term keeps par's search short; the rule is the same for any term.
    const par = parFrom(start);
    const parMonths = movesByMonth(start, par.actions);
    expect(parDivergence(parMonths, parMonths)).toBeNull();
    const idle = movesByMonth(
      start,
      Array.from({ length: 6 }, () => ({ type: 'endMonth' }) as Action),
    );
    const d = parDivergence(idle, parMonths);
    expect(d?.turn).toBe(1);
    expect(d?.player).toEqual([]);
    expect(d!.par.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('the board’s load and warning — 分工协作, 各自为政 in time', () => {
  it('each force’s load is what it was committed to this month, against the core’s forceCarry', () => {
    const start = newGame(shippedScenario(), 'load-1');
    const c = start.concerns.find((x) => x.hiddenFor === 0)!;
    const s = play(start, [{ type: 'respond', concern: c.id, forces: [...c.needs.forces] }]);
    for (const f of forcesView(s)) {
      expect(f.carry).toBe(forceCarry(s, f.force));
      expect(f.load).toBe(c.needs.forces.includes(f.force) ? 1 : 0);
      expect(f.full).toBe(f.load >= f.carry);
    }
    // A new month frees every force.
    const next = play(s, [{ type: 'endMonth' }]);
    expect(forcesView(next).every((f) => f.load === 0)).toBe(true);
  });

  it('the warning shows exactly when the core’s trend rule warns, and names each force left out', () => {
    setLang('zh');
    const short = dict().forceShort;
    let s = newGame(shippedScenario(), 'warn-1');
    let seen = false;
    let allFive = false;
    for (let i = 0; i < 6 && s.status === 'playing'; i++) {
      const w = fragmentationWarning(s);
      const v = warningView(s);
      expect(v !== null).toBe(w.warn);
      if (v) {
        seen = true;
        expect(v.head).toMatch(/▲/);
        const text = v.lines.join('\n');
        if (w.leftOut.length === FORCES.length) {
          // All five left out as long as each other: one line, 五社.
          if (new Set(w.leftOut.map((x) => x.months)).size === 1) {
            allFive = true;
            expect(v.lines[0]).toBe(`五社力量都已 ${w.leftOut[0]!.months} 个月未纳入统筹`);
          }
        } else for (const x of w.leftOut) expect(text).toContain(short[x.force]);
        for (const x of w.drifting)
          if (!w.leftOut.some((l) => l.force === x.force)) expect(text).toContain(short[x.force]);
        // Grouped: one line per length of time left out, and one for the forces about to slip.
        expect(v.lines.length).toBe(
          new Set(w.leftOut.map((x) => x.months)).size +
            (w.drifting.some((x) => !w.leftOut.some((l) => l.force === x.force)) ? 1 : 0),
        );
      }
      s = play(s, [{ type: 'endMonth' }]);
    }
    // Never calling anyone together, the forces slip: the board must have warned, at last of all five.
    expect(seen).toBe(true);
    expect(allFive).toBe(true);
    expect(FORCES.some((f) => s.uncoordinated[f] > 0)).toBe(true);
  });

  it('forces left out as long as each other share a line, longest first, in short names', () => {
    setLang('zh');
    // Some left out, some not: call two forces in month 1, none after.
    let s = newGame(shippedScenario(), 'warn-2');
    s = play(s, [{ type: 'coordinate', forces: ['community', 'volunteers'] }, { type: 'endMonth' }]);
    for (let i = 0; i < 3 && s.status === 'playing' && !warningView(s); i++)
      s = play(s, [{ type: 'endMonth' }]);
    const v = warningView(s);
    expect(v).not.toBeNull();
    const w = v!.warning;
    const months = [...new Set(w.leftOut.map((x) => x.months))].sort((a, b) => b - a);
    expect(months.length).toBeGreaterThan(0);
    months.forEach((m, i) => {
      const forces = w.leftOut.filter((x) => x.months === m).map((x) => dict().forceShort[x.force]);
      expect(v!.lines[i]).toBe(
        forces.length === FORCES.length
          ? `五社力量都已 ${m} 个月未纳入统筹`
          : `${forces.join('、')}已 ${m} 个月未纳入统筹`,
      );
    });
  });
});
