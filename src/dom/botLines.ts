// The bots' lines on a session's challenge, for the ranked table's "same moves as a bot" flag: every
// registered bot's whole game from the challenge's start with its term (par — the search — comes
// from the par worker already). Computed in that worker, beside par, off the page's thread.
import { BOT_NAMES, getBot } from '../bots';
import { playFrom } from '../bots/play';
import { newGame, type Scenario } from '../core';
import { gameOptions, type Line, type SessionChallenge } from '../view/ranking';

/** The search bot plays par's line (or close to it): par stands for it, and it costs the most. */
const SKIPPED = new Set(['search']);

export function botLines(scenario: Scenario, c: SessionChallenge): Line[] {
  const start = newGame(scenario, c.seed, gameOptions(c));
  const lines: Line[] = [];
  for (const name of BOT_NAMES) {
    const bot = getBot(name);
    if (!bot || SKIPPED.has(name)) continue;
    try {
      lines.push({ name, actions: playFrom(start, bot).actions });
    } catch {
      // A bot that cannot finish this challenge (a bot's bug, named by `npm run balance`) has no line.
    }
  }
  return lines;
}
