// A replay (challenge + actions) reproduces its game exactly, through either path of the core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/bots/play';
import { type Action, newGame, runActions, stateHash, step } from '../../src/core';
import { makeReplay, REPLAY_FORMAT, replayToJson, verifyReplay, verifyReplayText } from '../../src/replay';
import { asFile, playedReplay, randomBot, SHIPPED, shippedLookup } from './helpers';

describe('replays', () => {
  it('has the shipped scenarios to replay (an empty list would leave the tests below vacuous)', () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(6);
  });

  it.each(SHIPPED.map((s) => [s.id, s] as const))(
    'a replay of %s round-trips: its JSON verifies to the hash of the game played through step',
    (_id, scenario) => {
      const { game, replay } = playedReplay(scenario, 'round-trip');
      expect(game.state.status).not.toBe('playing');
      const r = verifyReplayText(replayToJson(replay), shippedLookup);
      expect(r).toMatchObject({
        ok: true,
        hash: stateHash(game.state),
        status: game.state.status,
        score: game.state.assessment?.score,
        rating: game.state.assessment?.rating,
      });
    },
  );

  it('a replay holds the challenge, the plain actions and the result, nothing else', () => {
    const { game, replay } = playedReplay(SHIPPED[0]!, 'shape');
    expect(Object.keys(replay)).toEqual([
      'format',
      'rulesVersion',
      'scenarioId',
      'scenarioHash',
      'seed',
      'actions',
      'result',
    ]);
    expect(replay.format).toBe(REPLAY_FORMAT);
    expect(replay.seed).toBe('shape');
    expect(replay.actions).toEqual(game.actions);
    expect(Object.keys(replay.result)).toEqual(['score', 'rating', 'status', 'hash']);
    // Actions are ids and numbers, never text: the replay must stay small enough for a QR result code.
    for (const a of replay.actions)
      for (const v of Object.values(a)) expect(typeof v === 'string' ? v.length : 0).toBeLessThan(30);
  });

  it('runActions (the fast path) and step (immer) reach the identical final state on any random game', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHIPPED), fc.string({ maxLength: 12 }), (scenario, seed) => {
        const game = playGame(scenario, seed, randomBot());
        const fast = runActions(game.start, game.actions);
        expect(fast.rejectedAt).toBeNull();
        expect(stateHash(fast.state)).toBe(stateHash(game.state));
        expect(fast.state).toEqual(game.state);
      }),
      { numRuns: 40 },
    );
  });

  it('runActions leaves the start state it replays from untouched', () => {
    const { game } = playedReplay(SHIPPED[0]!, 'untouched');
    const before = stateHash(game.start);
    runActions(game.start, game.actions);
    expect(stateHash(game.start)).toBe(before);
    expect(stateHash(game.start)).toBe(stateHash(newGame(SHIPPED[0]!, 'untouched')));
  });

  it('an unfinished game is a valid replay whose result says status playing, with no score yet', () => {
    const scenario = SHIPPED[0]!;
    const start = newGame(scenario, 'unfinished');
    const actions: Action[] = [{ type: 'endMonth' }];
    const r1 = step(start, actions[0]);
    expect(r1.ok).toBe(true);
    const replay = makeReplay(start, actions, r1.state);
    expect(replay.result).toMatchObject({ status: 'playing', score: null, rating: null });
    expect(verifyReplay(asFile(replay), shippedLookup)).toMatchObject({
      ok: true,
      status: 'playing',
      score: null,
      rating: null,
      hash: stateHash(r1.state),
    });
  });

  it('the same challenge and actions always verify to the same hash', () => {
    const { replay } = playedReplay(SHIPPED[1]!, 'again');
    const a = verifyReplay(asFile(replay), shippedLookup);
    const b = verifyReplay(asFile(replay), shippedLookup);
    expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
  });
});
