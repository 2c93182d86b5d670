import { describe, expect, it } from 'vitest';
import { parScore } from '../../src/bots/par';
import { searchGame } from '../../src/bots/search';
import { newGame } from '../../src/core';
import { loadScenarioFiles } from '../../src/scenarios/node';

const { scenarios } = loadScenarioFiles();

describe('par — the yardstick that makes scores on different seeds comparable', () => {
  it('par is the search bot’s 考核 score on the challenge, the same every time it is asked', () => {
    const sc = scenarios[0]!;
    const par = parScore(sc, 'par-1');
    expect(par).toBe(searchGame(newGame(sc, 'par-1'), 'par-1').state.assessment!.score);
    expect(parScore(sc, 'par-1')).toBe(par);
    expect(par).toBeGreaterThan(0);
  });
});
