// Games made in Node with the project's own rules and replay file, for the browser tests that need a
// game at some point but are not about clicking there: a save is a replay (src/replay), so a test puts
// one in the page's storage and continues it. Every shortcut here still ends in the page: the test
// plays the month that matters on the real board.
import type { Page } from 'playwright-core';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { encodeResult } from '../../src/codes';
import { type Action, type GameState, runActions, type Scenario } from '../../src/core';
import { makeReplay, replayToJson } from '../../src/replay';
import { AUTOSAVE_KEY } from './helpers';

const END_MONTH: Action = { type: 'endMonth' };

/** A player who only ends months, from `start` to the end of the term (or its early loss). */
export function endMonthsOnly(start: GameState): Action[] {
  const actions: Action[] = [];
  let state = start;
  while (state.status === 'playing') {
    if (actions.length > 60) throw new Error('the term never ended');
    actions.push(END_MONTH);
    state = runActions(state, [END_MONTH]).state;
  }
  return actions;
}

/** The save file of a game stopped just before its last month's end: one 结束本月 in the page finishes it. */
export function saveBeforeLastMonthEnd(start: GameState, actions: readonly Action[]): string {
  const last = actions.length - 1;
  if (actions[last]?.type !== 'endMonth') throw new Error('the line does not end on 结束本月');
  const before = actions.slice(0, last);
  return replayToJson(makeReplay(start, before, runActions(start, before).state));
}

/** The save file of a whole term as a bot plays it (its debrief opens from 继续). */
export function finishedTerm(scenario: Scenario, seed: string, bot = 'balanced'): string {
  const g = playGame(scenario, seed, getBot(bot)!);
  return replayToJson(makeReplay(g.start, g.actions, g.state));
}

/**
 * A bot's whole term as the result code a team would hand in; `attempt`: which of the team's finished
 * games its browser numbered it (absent: a code that does not say).
 */
export function resultCodeOf(
  scenario: Scenario,
  seed: string,
  bot: string,
  team: string,
  attempt?: number,
): string {
  const g = playGame(scenario, seed, getBot(bot)!);
  const replay = makeReplay(g.start, g.actions, g.state);
  const e = encodeResult(attempt === undefined ? replay : { ...replay, attempt }, team);
  if (!e.ok) throw new Error(e.refusal.message);
  return e.code;
}

/** Puts `text` in the page's autosave slot and reloads: the title then offers 继续 on it. */
export async function putSave(page: Page, text: string, key = AUTOSAVE_KEY): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, text]);
  await page.reload();
}
