// Playing one game with a bot through the core's `step`: the canonical path, as the UI plays.
import {
  type Action,
  admit,
  apply,
  cloneState,
  type GameEvent,
  type GameState,
  type NewGameOptions,
  newGame,
  type Scenario,
  step,
} from '../core';
import { copyState } from './copy';
import { type Bot, botRng } from './index';

export interface PlayedGame {
  /** newGame(scenario, seed): with `actions`, the replay. */
  start: GameState;
  /** The final state (status 'won' or 'lost'). */
  state: GameState;
  /** Every action the core accepted, in order. */
  actions: Action[];
  /** 精力 spent in each month played (index 0 = month 1). */
  energyUsed: number[];
  /** What the game's events show of each mode's own channel (the balance report's neglect figures). */
  tally: Tally;
  /** The state after each month's end (index 0 = after month 1). */
  monthEnds: GameState[];
}

export interface Tally {
  /** 矛盾纠纷 that arose (德治's channel). */
  disputesArisen: number;
  /** Disputes that escalated to incidents (法治's channel). */
  disputesEscalated: number;
  /**
   * Concern-months spent unseen (智治's channel): at every month end, each concern still hidden
   * counts one — those perceived later, those that escalate or fail while hidden, and those still
   * hidden when the term ends alike (counting only the perceived ones missed the worst cases).
   */
  unseenMonths: number;
  /** Concerns that arrived unseen (hidden for at least a month), month 1's included. */
  arrivedUnseen: number;
  /** Concerns answered by 行政包办. */
  topDownResponses: number;
}

function emptyTally(): Tally {
  return { disputesArisen: 0, disputesEscalated: 0, unseenMonths: 0, arrivedUnseen: 0, topDownResponses: 0 };
}

/** A tally that counts the start state's unseen concerns (month 1's arrivals come with newGame). */
export function startTally(start: GameState): Tally {
  const t = emptyTally();
  for (const c of start.concerns) if (c.hiddenFor > 0) t.arrivedUnseen += 1;
  return t;
}

/** Concerns unseen right now: read before a month end, each adds a month unseen to the tally. */
export function unseenNow(s: GameState): number {
  let n = 0;
  for (const c of s.concerns) if (c.hiddenFor > 0) n += 1;
  return n;
}

/**
 * Adds one accepted step's events to the tally; `unseenBefore` is `unseenNow` of the state the step
 * started from (it matters at a month end).
 */
export function tallyStep(
  t: Tally,
  action: Action,
  events: readonly GameEvent[],
  after: GameState,
  unseenBefore = 0,
): void {
  if (action.type === 'respond' && action.topDown) t.topDownResponses += 1;
  if (action.type === 'endMonth') t.unseenMonths += unseenBefore;
  for (const e of events) {
    if (e.type === 'concernArrived') {
      if (e.hidden) t.arrivedUnseen += 1;
      const c = after.concerns.find((x) => x.id === e.concern);
      if (c?.kind === 'dispute' && !c.isShock) t.disputesArisen += 1;
    } else if (e.type === 'concernEscalated' && e.kind === 'emergency') t.disputesEscalated += 1;
  }
}

/** More actions than any game can hold: every action but endMonth costs 精力. A guard against a bot bug. */
const MAX_ACTIONS = 10_000;

/** Plays a whole game. A bot that proposes an illegal action is a bug: this throws, naming it. */
export function playGame(
  scenario: Scenario,
  seed: string,
  bot: Bot,
  options: NewGameOptions = {},
): PlayedGame {
  return playFrom(newGame(scenario, seed, options), bot);
}

/** Plays the rest of a game from any state (e.g. another player's month) with a bot. */
export function playFrom(start: GameState, bot: Bot): PlayedGame {
  const scenario = start.scenario;
  const seed = start.seed;
  const rng = botRng(bot.name, seed);
  let state = start;
  const actions: Action[] = [];
  const energyUsed: number[] = [];
  const tally = startTally(start);
  const monthEnds: GameState[] = [];
  let monthEnergy = state.energy;
  while (state.status === 'playing') {
    if (actions.length >= MAX_ACTIONS)
      throw new Error(
        `bot "${bot.name}" did not finish ${scenario.id} seed ${seed} in ${MAX_ACTIONS} actions`,
      );
    const action = bot.choose(state, rng);
    const r = step(state, action);
    if (!r.ok)
      throw new Error(
        `bot "${bot.name}" chose an illegal action in month ${state.turn} (${scenario.id}, seed ${seed}): ` +
          `${JSON.stringify(action)} — ${r.rejection.code}: ${r.rejection.message}`,
      );
    tallyStep(tally, action, r.events, r.state, action.type === 'endMonth' ? unseenNow(state) : 0);
    if (action.type === 'endMonth') {
      energyUsed.push(monthEnergy - state.energy);
      monthEnergy = r.state.energy;
      monthEnds.push(r.state);
    }
    actions.push(action);
    state = r.state;
  }
  return { start, state, actions, energyUsed, tally, monthEnds };
}

/**
 * The same game on a private mutable copy through the core's `apply` (as `runActions` verifies
 * replays), for the balance report's tens of thousands of games. Same actions, same final state as
 * `playFrom`; the month-end states it keeps have no log (no rule reads the log).
 */
export function playFast(start: GameState, bot: Bot): PlayedGame {
  const scenario = start.scenario;
  const seed = start.seed;
  const rng = botRng(bot.name, seed);
  const s = cloneState(start);
  const actions: Action[] = [];
  const energyUsed: number[] = [];
  const tally = startTally(start);
  const monthEnds: GameState[] = [];
  const events: GameEvent[] = [];
  let monthEnergy = s.energy;
  while (s.status === 'playing') {
    if (actions.length >= MAX_ACTIONS)
      throw new Error(
        `bot "${bot.name}" did not finish ${scenario.id} seed ${seed} in ${MAX_ACTIONS} actions`,
      );
    const turn = s.turn;
    const action = bot.choose(s, rng);
    const ok = admit(s, action);
    if ('code' in ok)
      throw new Error(
        `bot "${bot.name}" chose an illegal action in month ${turn} (${scenario.id}, seed ${seed}): ` +
          `${JSON.stringify(action)} — ${ok.code}: ${ok.message}`,
      );
    const energyBefore = s.energy;
    const unseenBefore = ok.type === 'endMonth' ? unseenNow(s) : 0;
    events.length = 0;
    apply(s, scenario, ok, events);
    tallyStep(tally, ok, events, s, unseenBefore);
    if (ok.type === 'endMonth') {
      energyUsed.push(monthEnergy - energyBefore);
      monthEnergy = s.energy;
      monthEnds.push(copyState(s, []));
    }
    actions.push(ok);
  }
  return { start, state: s, actions, energyUsed, tally, monthEnds };
}
