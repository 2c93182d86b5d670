// A fork plays on from a reviewed month in a store of its own, in memory: the player's saves and store
// are untouched, the fork starts exactly at the original's state, and its replay verifies with the new
// moves appended. Review reads the same months from the replay's text.
import { describe, expect, it } from 'vitest';
import { type AppContext, app, setApp } from '../../src/app/context';
import { currentFork, endFork, startFork } from '../../src/app/fork';
import { replayTextOf, reviewOf, reviewStore } from '../../src/app/review';
import { scenarioSource } from '../../src/app/scenarios';
import { GameStore } from '../../src/app/store';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { stateHash } from '../../src/core';
import { forkReplay, makeReplay, replayToJson, verifyReplayText } from '../../src/replay';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';

const scenario = BUNDLED_SCENARIOS.find((s) => s.id === 'old-neighbourhood') ?? BUNDLED_SCENARIOS[0]!;

function game(seed: string) {
  const bot = getBot('balanced');
  if (!bot) throw new Error('no balanced bot');
  return playGame(scenario, seed, bot);
}

describe('reviewOf — a replay text read month by month for the board', () => {
  it('gives the same month states as the game itself reached, and refuses a tampered replay', () => {
    const g = game('review-of');
    const text = replayToJson(makeReplay(g.start, g.actions, g.state));
    const r = reviewOf(text);
    expect(r).not.toBeNull();
    expect(stateHash(r!.months[r!.months.length - 1]!.state)).toBe(stateHash(g.state));
    expect(r!.months[0]!.turn).toBe(1);
    const tampered = text.replace(/"score":\d+/, '"score":999');
    expect(reviewOf(tampered)).toBeNull();
  });

  it("replayTextOf rebuilds a team's game from the challenge and its actions, team kept as text", () => {
    const g = game('review-team');
    const text = replayTextOf(
      { scenarioId: scenario.id, seed: 'review-team', months: scenario.months },
      g.actions,
      '<b>组</b>',
    );
    expect(text).not.toBeNull();
    const v = verifyReplayText(text!, (id) => scenarioSource.get(id));
    expect(v.ok).toBe(true);
    expect(JSON.parse(text!).team).toBe('<b>组</b>');
    expect(replayTextOf({ scenarioId: 'no-such', seed: 'x', months: 12 }, g.actions)).toBeNull();
  });
});

describe('a fork — played on from a month in memory, never over the saves', () => {
  it('starts at the original state of that month, plays on, and its replay is the prefix plus the new moves', () => {
    const g = game('fork-store');
    const r = reviewOf(replayToJson(makeReplay(g.start, g.actions, g.state)))!;
    const m = r.months[4]!;
    const store = reviewStore(replayToJson(forkReplay(r.start, r.store.actions, m.at)))!;
    expect(stateHash(store.state!)).toBe(stateHash(m.state));
    const step = store.dispatch({ type: 'endMonth' });
    expect(step.ok).toBe(true);
    const replay = store.replay()!;
    expect(replay.actions).toEqual([...g.actions.slice(0, m.at), { type: 'endMonth' }]);
    expect(verifyReplayText(replayToJson(replay), (id) => scenarioSource.get(id)).ok).toBe(true);
  });

  it("puts the fork's store in the scenes' context and gives the player's own back unchanged", () => {
    const saved = new Map<string, string>();
    const storage = {
      get length() {
        return saved.size;
      },
      clear: () => saved.clear(),
      getItem: (k: string) => saved.get(k) ?? null,
      key: (i: number) => [...saved.keys()][i] ?? null,
      removeItem: (k: string) => void saved.delete(k),
      setItem: (k: string, v: string) => void saved.set(k, v),
    } as Storage;
    const own = new GameStore(storage, scenarioSource);
    own.start(scenario, 'own-game');
    const before = [...saved.entries()];
    setApp({
      store: own,
      overlay: null as unknown as AppContext['overlay'],
      scenarios: [scenario],
      reducedMotion: () => false,
    });
    const g = game('fork-context');
    const fork = reviewStore(replayToJson(forkReplay(g.start, g.actions, 0)))!;
    const origin = {
      turn: 1,
      originalScore: g.state.assessment?.score ?? null,
      by: 'you' as const,
      back: () => {},
      again: () => {},
    };
    startFork(fork, origin);
    expect(app().store).toBe(fork);
    expect(currentFork()).toBe(origin);
    app().store.dispatch({ type: 'endMonth' });
    // A second fork (again from the debrief) still returns to the player's own store.
    startFork(reviewStore(replayToJson(forkReplay(g.start, g.actions, 0)))!, origin);
    endFork();
    expect(app().store).toBe(own);
    expect(currentFork()).toBeNull();
    expect([...saved.entries()]).toEqual(before);
    expect(own.actions).toEqual([]);
  });
});
