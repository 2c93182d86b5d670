// What a team's page sends over one game, made from a bot's game: a checkpoint replay at each
// month's end and the result replay at the term's end. Used by the benchmark and the tests; the page
// does the same from its own action list (docs/room-api.md, "What the team page sends").
import { getBot } from '../bots';
import { playGame } from '../bots/play';
import { type Action, type GameState, runActions, type Scenario } from '../core';
import { makeReplay, type Replay } from '../replay';

export interface GameSubmission {
  kind: 'checkpoint' | 'result';
  month: number;
  replay: Replay;
}

/** Every submission of a game, in the order the page sends them. */
export function submissionsOf(start: GameState, actions: readonly Action[]): GameSubmission[] {
  const out: GameSubmission[] = [];
  let month = 0;
  for (let i = 0; i < actions.length; i++) {
    if (actions[i]!.type !== 'endMonth') continue;
    month += 1;
    const prefix = actions.slice(0, i + 1);
    const { state } = runActions(start, prefix);
    out.push({
      kind: state.status === 'playing' ? 'checkpoint' : 'result',
      month,
      replay: makeReplay(start, prefix, state),
    });
  }
  const last = out[out.length - 1];
  if (last?.kind !== 'result') {
    // A game lost in the middle of a month: its result is the whole list of actions.
    const { state } = runActions(start, actions);
    out.push({ kind: 'result', month, replay: makeReplay(start, actions, state) });
  }
  return out;
}

/** A bot's whole game on a challenge, and what a team's page would send for it. */
export function botGame(scenario: Scenario, seed: string, botName: string) {
  const bot = getBot(botName);
  if (!bot) throw new Error(`unknown bot "${botName}"`);
  const game = playGame(scenario, seed, bot);
  return {
    game,
    final: makeReplay(game.start, game.actions, game.state),
    submissions: submissionsOf(game.start, game.actions),
  };
}
