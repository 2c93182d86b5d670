// Review on the board and forks read a game month by month from its replay: the states must be the
// ones the rules reach over each prefix of the actions, and a fork must be a replay like any other.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { type GameState, runActions, stateHash, step } from '../../src/core';
import { forkReplay, makeReplay, statesByMonth, verifyReplay } from '../../src/replay';
import { SHIPPED, shippedLookup } from './helpers';

function balancedGame(seed: string, months?: number) {
  const bot = getBot('balanced') ?? getBot('random');
  if (!bot) throw new Error('no bot registered');
  return playGame(SHIPPED[0]!, seed, bot, months ? { months } : {});
}

describe('statesByMonth — the state at the start of every month, read from the replay', () => {
  const game = balancedGame('months-1');
  const months = statesByMonth(game.start, game.actions);

  it('gives one state per month of the term, then the final state', () => {
    const played = game.state.status === 'playing' ? game.state.turn : game.start.maxTurns;
    const opens = months.filter((m) => !m.ended);
    expect(opens.map((m) => m.turn)).toEqual(Array.from({ length: opens.length }, (_, i) => i + 1));
    expect(opens.length).toBeLessThanOrEqual(played);
    // A term played to its end opens every one of its months.
    if (game.state.status === 'won') expect(opens.length).toBe(game.start.maxTurns);
    expect(months[months.length - 1]!.ended).toBe(game.state.status !== 'playing');
    expect(stateHash(months[months.length - 1]!.state)).toBe(stateHash(game.state));
  });

  it('each month state equals the rules run over that prefix of the actions', () => {
    for (const m of months) {
      const prefix = runActions(game.start, game.actions.slice(0, m.at));
      expect(prefix.rejectedAt).toBeNull();
      expect(stateHash(m.state)).toBe(stateHash(prefix.state));
    }
  });

  it('splits the actions into months that each close with endMonth, and together are the whole game', () => {
    const all = months.flatMap((m) => m.actions);
    expect(all).toEqual(game.actions);
    for (const m of months.slice(0, -1)) expect(m.actions[m.actions.length - 1]?.type).toBe('endMonth');
    for (let i = 1; i < months.length; i++)
      expect(months[i]!.at).toBe(months[i - 1]!.at + months[i - 1]!.actions.length);
  });

  it('stops where a damaged line is refused, keeping the months before it', () => {
    const bad = [...game.actions];
    const cut = months[3]!.at + 0;
    bad.splice(cut, 0, { type: 'respond', concern: 'no-such-concern', forces: [] });
    const damaged = statesByMonth(game.start, bad);
    expect(damaged.length).toBe(4);
    expect(stateHash(damaged[3]!.state)).toBe(stateHash(months[3]!.state));
  });

  it('does not change the start state it reads from', () => {
    const before = stateHash(game.start);
    statesByMonth(game.start, game.actions);
    expect(stateHash(game.start)).toBe(before);
  });
});

describe('forkReplay — a fork is the replay cut at the start of a month', () => {
  const game = balancedGame('months-fork');
  const months = statesByMonth(game.start, game.actions);

  it('verifies, and its state is the original state at the start of that month', () => {
    for (const n of [1, 3, 7]) {
      const m = months[n - 1]!;
      const fork = forkReplay(game.start, game.actions, m.at);
      const v = verifyReplay(JSON.parse(JSON.stringify(fork)), shippedLookup);
      expect(v.ok).toBe(true);
      if (!v.ok) continue;
      expect(v.state.turn).toBe(n);
      expect(fork.result.hash).toBe(stateHash(m.state));
      expect(fork.actions).toEqual(game.actions.slice(0, m.at));
    }
  });

  it('playing the original moves on from the fork reaches the original end (same hash)', () => {
    const m = months[4]!;
    const fork = forkReplay(game.start, game.actions, m.at);
    const on = runActions(game.start, [...fork.actions, ...game.actions.slice(m.at)]);
    expect(stateHash(on.state)).toBe(stateHash(game.state));
  });

  it('a fork that plays a different move is a new game that still verifies', () => {
    const m = months[2]!;
    const fork = forkReplay(game.start, game.actions, m.at);
    let s: GameState = runActions(game.start, fork.actions).state;
    const moves = [...fork.actions];
    // A different line from month 3: end every month at once, to the end of the term.
    while (s.status === 'playing') {
      const r = step(s, { type: 'endMonth' });
      if (!r.ok) throw new Error(r.rejection.message);
      s = r.state;
      moves.push({ type: 'endMonth' });
    }

    const v = verifyReplay(JSON.parse(JSON.stringify(makeReplay(game.start, moves, s))), shippedLookup);
    expect(v.ok).toBe(true);
    expect(stateHash(s)).not.toBe(stateHash(game.state));
  });

  it('refuses a fork point outside the replay by name', () => {
    expect(() => forkReplay(game.start, game.actions, game.actions.length + 1)).toThrow(/outside/);
    expect(() => forkReplay(game.start, game.actions, -1)).toThrow(/outside/);
  });

  it('a shortened term keeps its length in the fork', () => {
    const short = balancedGame('months-short', 6);
    const m = statesByMonth(short.start, short.actions)[2]!;
    const fork = forkReplay(short.start, short.actions, m.at);
    expect(fork.months).toBe(6);
    expect(verifyReplay(JSON.parse(JSON.stringify(fork)), shippedLookup).ok).toBe(true);
  });
});
