// Shared by the code tests: the shipped scenarios, and random legal games (the core's own
// legalActions, as a player could click them) to pack into codes.
import fc from 'fast-check';
import { BOT_NAMES, getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import {
  type Action,
  type GameState,
  legalActions,
  newGame,
  runActions,
  type Scenario,
  step,
  termBounds,
} from '../../src/core';
import { makeReplay, type Replay } from '../../src/replay';
import { loadScenarioFiles } from '../../src/scenarios/node';

export const SHIPPED: Scenario[] = loadScenarioFiles().scenarios;
export const shippedLookup = (id: string) => SHIPPED.find((s) => s.id === id);

export function shipped(id: string): Scenario {
  const s = shippedLookup(id);
  if (!s) throw new Error(`scenario ${id} is not shipped`);
  return s;
}

/** A seed in normal form: 1–16 of a–z, 0–9, "-". */
export const seedArb = fc.stringMatching(/^[a-z0-9-]{1,16}$/);

export interface PlayedGame {
  start: GameState;
  state: GameState;
  actions: Action[];
  replay: Replay;
}

/** Reverses the force list of an action, so codes meet lists out of FORCES order too. */
function reversed(a: Action): Action {
  if ((a.type === 'coordinate' || a.type === 'respond') && a.forces.length >= 2)
    return { ...a, forces: [...a.forces].reverse() };
  return a;
}

/**
 * Plays legal actions chosen by `choices` (each picks among legalActions) until the game ends or the
 * choices run out — then it is a game in progress, a checkpoint.
 */
export function playChoices(
  scenario: Scenario,
  seed: string,
  months: number | undefined,
  choices: readonly number[],
  shuffleForces: boolean,
): PlayedGame {
  const start = newGame(scenario, seed, months === undefined ? {} : { months });
  let state = start;
  const actions: Action[] = [];
  for (const c of choices) {
    if (state.status !== 'playing') break;
    const legal = legalActions(state);
    const pick = legal[c % legal.length]!;
    const action = shuffleForces && c % 3 === 0 ? reversed(pick) : pick;
    const r = step(state, action);
    if (!r.ok)
      throw new Error(`a legal action was refused: ${JSON.stringify(action)} ${r.rejection.message}`);
    actions.push(action);
    state = r.state;
  }
  return { start, state, actions, replay: makeReplay(start, actions, state) };
}

/** Choices drawn from a small integer hash of (stream, i): long lists without fast-check's size limits. */
function choicesOf(stream: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    let x = Math.imul(stream ^ (i + 1), 0x9e3779b1);
    x ^= x >>> 15;
    x = Math.imul(x, 0x85ebca6b);
    return (x ^ (x >>> 13)) >>> 0;
  });
}

/** Random legal actions on a shipped scenario: any term, any seed; played out, or a checkpoint. */
const randomGameArb: fc.Arbitrary<PlayedGame> = fc
  .record({
    scenario: fc.constantFrom(...SHIPPED),
    seed: seedArb,
    shorter: fc.oneof(fc.constant(0), fc.nat({ max: 8 })),
    stream: fc.integer(),
    // Far more than a term takes (a month holds a handful of actions), or a cut-off game in progress.
    steps: fc.oneof(fc.constant(2000), fc.nat({ max: 120 })),
    shuffleForces: fc.boolean(),
  })
  .map(({ scenario, seed, shorter, stream, steps, shuffleForces }) => {
    const { min, max } = termBounds(scenario);
    const months = shorter === 0 ? undefined : Math.max(min, max - shorter);
    return playChoices(scenario, seed, months, choicesOf(stream, steps), shuffleForces);
  });

/** Team names as people type them: any text, kept when it is a valid name. */
export const teamArb = fc.oneof(
  fc.constant(''),
  fc.constantFrom('第一组', 'Team A', '红旗小队 2', '<b>x</b> & "y"', 'Ünïcödé 😀'),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

const BOTS = BOT_NAMES.filter((b) => b !== 'search');

/** A bot's game (a full term, as a player's is), or the same cut off at any action: a checkpoint. */
const botGameArb: fc.Arbitrary<PlayedGame> = fc
  .record({
    scenario: fc.constantFrom(...SHIPPED),
    seed: seedArb,
    bot: fc.constantFrom(...BOTS),
    shorter: fc.oneof(fc.constant(0), fc.nat({ max: 8 })),
    cut: fc.option(fc.nat({ max: 90 }), { nil: undefined }),
  })
  .map(({ scenario, seed, bot, shorter, cut }) => {
    const { min, max } = termBounds(scenario);
    const months = shorter === 0 ? undefined : Math.max(min, max - shorter);
    const g = playGame(scenario, seed, getBot(bot)!, months === undefined ? {} : { months });
    const actions = cut === undefined ? g.actions : g.actions.slice(0, cut);
    const state = cut === undefined ? g.state : runActions(g.start, actions).state;
    return { start: g.start, state, actions, replay: makeReplay(g.start, actions, state) };
  });

/** Any legal game: random legal actions, or a bot's line; finished or in progress. */
export const gameArb: fc.Arbitrary<PlayedGame> = fc.oneof(randomGameArb, botGameArb);
