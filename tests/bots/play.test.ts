// The balance report plays its games on a private mutable copy (playFast, the core's `apply` as
// replays are verified); it must be the very game `step` plays, action for action.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playFast, playGame } from '../../src/bots/play';
import { newGame, stateHash } from '../../src/core';
import { loadScenarioFiles } from '../../src/scenarios/node';

const { scenarios } = loadScenarioFiles();

describe('the fast path plays the same game as step', () => {
  it('same actions, same final state hash, same tally, for heuristic, routine and random bots', () => {
    for (const sc of scenarios)
      for (const bot of ['balanced', 'random', 'routine-all-five', 'never-coordinate']) {
        const slow = playGame(sc, 'fast-1', getBot(bot)!);
        const fast = playFast(newGame(sc, 'fast-1'), getBot(bot)!);
        expect(fast.actions, `${sc.id} ${bot}`).toEqual(slow.actions);
        expect(stateHash(fast.state), `${sc.id} ${bot}`).toBe(stateHash(slow.state));
        expect(fast.tally).toEqual(slow.tally);
        expect(fast.monthEnds.map((s) => s.fragmentation)).toEqual(
          slow.monthEnds.map((s) => s.fragmentation),
        );
      }
  });

  it('the search bot plays par’s line on the fast path too', () => {
    const sc = scenarios[0]!;
    const slow = playGame(sc, 'fast-2', getBot('search')!);
    const fast = playFast(newGame(sc, 'fast-2'), getBot('search')!);
    expect(fast.state.assessment!.score).toBe(slow.state.assessment!.score);
  }, 60_000);
});
