// The board's reminder of which challenge a team plays: its code and team under the month, so a
// facilitator walking past sees at a glance that every team is on the same challenge.
import { challengeCodeOf } from '../app/challenge';
import type { GameState } from '../core';
import { t } from '../i18n';
import './challenge.css';
import { h } from './h';

/** Adds the challenge line to the board's month, for a team's game; a solo game is left as it is. */
export function tagBoardChallenge(screen: HTMLElement, state: GameState, team: string): void {
  if (!team) return;
  const month = screen.querySelector('.topbar .month');
  const code = challengeCodeOf(state);
  if (!month || !code) return;
  month.append(
    h('br'),
    h('span', { class: 'board-challenge', 'data-key': 'board-challenge' }, t('board.challenge', { code })),
  );
}
