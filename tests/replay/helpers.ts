// Shared by the replay tests: the shipped scenarios, a lookup over them, and ready-made replays.
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import type { Scenario } from '../../src/core';
import { makeReplay, type Replay, type ScenarioLookup } from '../../src/replay';
import { loadScenarioFiles } from '../../src/scenarios/node';

export const SHIPPED: Scenario[] = loadScenarioFiles().scenarios;

export const shippedLookup: ScenarioLookup = (id) => SHIPPED.find((s) => s.id === id);

/** A lookup over the given scenarios only. */
export const lookupOf =
  (...scenarios: Scenario[]): ScenarioLookup =>
  (id) =>
    scenarios.find((s) => s.id === id);

export function randomBot() {
  const bot = getBot('random');
  if (!bot) throw new Error('the random bot is not registered');
  return bot;
}

/** A whole game with the random bot, as a replay plus what was played. */
export function playedReplay(scenario: Scenario, seed: string) {
  const game = playGame(scenario, seed, randomBot());
  return { game, replay: makeReplay(game.start, game.actions, game.state) };
}

/** A deep, editable copy of a replay as its file would hold it. */
export function asFile(
  replay: Replay,
): Record<string, unknown> & { actions: unknown[]; result: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(replay));
}
