// The bots: sources of actions for the core, used by the CLI, the balance report, tests and par.
// Adding a bot is one file exporting a `Bot` and one line in BOTS below.
import seedrandom from 'seedrandom';
import type { Action, GameState } from '../core';
import {
  balanced,
  ignoreLever,
  neglectBots,
  neverCoordinate,
  onlyBots,
  topDown,
  topDownResponses,
} from './heuristic';
import { random } from './random';
import { routineBots } from './routine';
import { search } from './searchBot';

/** A bot's own random stream: deterministic, seeded from `bot|seed`, never Math.random. */
export interface BotRng {
  /** An integer in [0, n), n ≥ 1. */
  int(n: number): number;
  /** One entry of a non-empty list. */
  pick<T>(list: readonly T[]): T;
}

export interface Bot {
  /** Lower-case id, used on the command line (`--bot NAME`) and in reports. */
  name: string;
  /** One line saying how it plays. */
  description: string;
  /** The next action: must be legal in `state` (`legalActions(state)` lists them). */
  choose(state: GameState, rng: BotRng): Action;
}

/** Every registered bot, in the order reports list them. */
const BOTS: readonly Bot[] = [
  random,
  neverCoordinate,
  topDown,
  ...onlyBots,
  balanced,
  topDownResponses,
  ...neglectBots,
  ignoreLever,
  ...routineBots,
  search,
];

export const BOT_NAMES: readonly string[] = BOTS.map((b) => b.name);

export function getBot(name: string): Bot | undefined {
  return BOTS.find((b) => b.name === name);
}

/** The bot's stream for one game: alea seeded from `bot|seed`, so a (bot, seed) pair replays exactly. */
export function botRng(botName: string, seed: string): BotRng {
  const prng = seedrandom.alea(`${botName}|${seed}`);
  const int = (n: number) => (prng.int32() >>> 0) % n;
  return {
    int,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[int(list.length)]!;
    },
  };
}
