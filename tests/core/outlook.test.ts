// The month-end outlook the board's warnings quote is the rules' own month end: what "ending the month
// now" would do, exactly — a warning never guesses (自治 under the line holds satisfaction down at once).
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { type GameState, monthEndOutlook, newGame, runActions, step } from '../../src/core';
import { SHIPPED } from '../replay/helpers';

describe('the month-end outlook is the month end — 神经末梢, sensed in time', () => {
  it('its satisfaction after the month end is what ending the month gives, at every action of played games', () => {
    let checked = 0;
    let drops = 0;
    for (const sc of SHIPPED.slice(0, 3))
      for (const bot of ['random', 'routine-top-down']) {
        const game = playGame(sc, `outlook-${bot}`, getBot(bot)!);
        let s: GameState = newGame(sc, `outlook-${bot}`);
        for (const a of game.actions) {
          if (s.status !== 'playing') break;
          const ended = step(s, { type: 'endMonth' });
          if (ended.ok) {
            const said = monthEndOutlook(s).satisfactionAfter;
            expect(said).toBe(ended.state.satisfaction);
            if (said < s.satisfaction - 5) drops++;
            checked++;
          }
          s = runActions(s, [a]).state;
        }
      }
    expect(checked).toBeGreaterThan(100);
    expect(drops).toBeGreaterThan(0);
  });
});
