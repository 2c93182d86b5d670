import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { parLine, parScore } from '../../src/bots/par';
import { playGame } from '../../src/bots/play';
import { newGame, runActions } from '../../src/core';
import { loadScenarioFiles } from '../../src/scenarios/node';

const { scenarios } = loadScenarioFiles();

describe('par — the yardstick that makes scores on different seeds comparable', () => {
  it('one par: the CLI’s function, the search bot’s game and a replay of par’s line all give the same score', () => {
    const sc = scenarios[0]!;
    const line = parLine(sc, 'par-1');
    expect(parScore(sc, 'par-1')).toBe(line.score);
    expect(playGame(sc, 'par-1', getBot('search')!).state.assessment!.score).toBe(line.score);
    const replayed = runActions(newGame(sc, 'par-1'), line.actions);
    expect(replayed.rejection).toBeNull();
    expect(replayed.state.assessment!.score).toBe(line.score);
    expect(line.state.status).not.toBe('playing');
    expect(line.score).toBeGreaterThan(0);
  }, 60_000);
});
