// The bots a replay is recorded from: registered by name, deterministic per (bot, seed), and the
// random bot always reaches the end of a game.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOT_NAMES, botRng, getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { legalActions, newGame, stateHash } from '../../src/core';
import { randomBot, SHIPPED } from './helpers';

describe('the bots registry', () => {
  it('finds every registered bot by its own name, and names are unique', () => {
    expect(BOT_NAMES).toContain('random');
    expect(new Set(BOT_NAMES).size).toBe(BOT_NAMES.length);
    for (const name of BOT_NAMES) expect(getBot(name)?.name).toBe(name);
    expect(getBot('no-such-bot')).toBeUndefined();
  });

  it('a bot’s stream depends on the bot and the seed only', () => {
    const draw = (bot: string, seed: string) => {
      const rng = botRng(bot, seed);
      return Array.from({ length: 20 }, () => rng.int(1000));
    };
    expect(draw('random', 's1')).toEqual(draw('random', 's1'));
    expect(draw('random', 's1')).not.toEqual(draw('random', 's2'));
    expect(draw('random', 's1')).not.toEqual(draw('balanced', 's1'));
    const rng = botRng('random', 'range');
    for (let i = 0; i < 200; i++) {
      const v = rng.int(7);
      expect(Number.isInteger(v) && v >= 0 && v < 7).toBe(true);
    }
  });
});

describe('the random bot', () => {
  it('only ever chooses a legal action', () => {
    const bot = randomBot();
    const rng = botRng('random', 'legal');
    const state = newGame(SHIPPED[0]!, 'legal');
    const legal = legalActions(state).map((a) => JSON.stringify(a));
    for (let i = 0; i < 50; i++) expect(legal).toContain(JSON.stringify(bot.choose(state, rng)));
  });

  it('finishes every game: every scenario, any seed, won or lost', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHIPPED), fc.string({ maxLength: 10 }), (scenario, seed) => {
        const game = playGame(scenario, seed, randomBot());
        expect(game.state.status).not.toBe('playing');
        expect(game.state.assessment).not.toBeNull();
        expect(game.energyUsed.length).toBe(game.state.history.length);
        expect(game.actions.filter((a) => a.type === 'endMonth').length).toBe(game.state.history.length);
      }),
      { numRuns: 30 },
    );
  });

  it('plays the same game for the same (scenario, seed)', () => {
    const a = playGame(SHIPPED[2]!, 'same', randomBot());
    const b = playGame(SHIPPED[2]!, 'same', randomBot());
    expect(b.actions).toEqual(a.actions);
    expect(stateHash(b.state)).toBe(stateHash(a.state));
  });

  it('playGame refuses a bot that proposes an illegal action, naming it', () => {
    const cheat = { name: 'cheat', description: '', choose: () => ({ type: 'clearBurden' as const }) };
    expect(() => playGame(SHIPPED[0]!, 'x', cheat)).toThrow(/cheat.*illegal/);
  });
});
