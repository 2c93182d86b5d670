// Shared by the code tests: the shipped scenarios, and random legal games (the core's own
// legalActions, as a player could click them) to pack into codes.
import fc from 'fast-check';
import {
  type Action,
  type GameState,
  legalActions,
  newGame,
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

/** A random legal game on a shipped scenario: any term, any seed, finished or not. */
export const gameArb: fc.Arbitrary<PlayedGame> = fc
  .record({
    scenario: fc.constantFrom(...SHIPPED),
    seed: seedArb,
    shorter: fc.nat({ max: 8 }),
    // Long enough to finish most terms (a month takes a handful of actions), short ones are checkpoints.
    choices: fc.array(fc.nat(), { minLength: 0, maxLength: 150 }),
    shuffleForces: fc.boolean(),
  })
  .map(({ scenario, seed, shorter, choices, shuffleForces }) => {
    const { min, max } = termBounds(scenario);
    const months = shorter === 0 ? undefined : Math.max(min, max - shorter);
    return playChoices(scenario, seed, months, choices, shuffleForces);
  });

/** Team names as people type them: any text, kept when it is a valid name. */
export const teamArb = fc.oneof(
  fc.constant(''),
  fc.constantFrom('第一组', 'Team A', '红旗小队 2', '<b>x</b> & "y"', 'Ünïcödé 😀'),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);
