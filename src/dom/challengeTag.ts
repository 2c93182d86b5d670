// The board's reminder of which challenge a team plays: its code and team under the month, so a
// facilitator walking past sees at a glance that every team is on the same challenge. Beside it, on
// every game, 检查点码 / Checkpoint code: the result code of the game so far (issue 10 §2, "a
// checkpoint at month N is valid"), in the debrief's own result panel (text, copy, QR, download).
import { challengeCodeOf } from '../app/challenge';
import { app } from '../app/context';
import type { GameState } from '../core';
import { t } from '../i18n';
import './challenge.css';
import { openDialog } from './dialogs';
import { h } from './h';
import { loadNameFont } from './nameFont';
import './player.css';

/** Adds the challenge line (a team's game) and the checkpoint button (every game) to the board's month. */
export function tagBoardChallenge(
  screen: HTMLElement,
  state: GameState,
  team: string,
  opts: { checkpoint: boolean } = { checkpoint: true },
): void {
  const month = screen.querySelector('.topbar .month');
  if (!month) return;
  const code = challengeCodeOf(state);
  if (team) void loadNameFont();
  if (team && code)
    month.append(
      h('br'),
      h('span', { class: 'board-challenge', 'data-key': 'board-challenge' }, t('board.challenge', { code })),
    );
  if (!opts.checkpoint) return;
  // Under the month, on a line of its own: beside the month it took the width the scenario's title needs in
  // English once the top bar has its 菜单, and beside a team's challenge line it squeezed the title onto
  // two lines (Chinese) or a few letters (English) on a 1280×720 laptop from month 2, when the chips show
  // their changes (style.css fits the three short lines in the bar).
  month.append(
    h('br'),
    h(
      'button',
      {
        type: 'button',
        class: 'text-button checkpoint-button',
        'data-key': 'checkpoint',
        onclick: () => openCheckpoint(),
      },
      t('checkpoint.button'),
    ),
  );
}

/** The checkpoint dialog: the panel and its encoder load on demand (not with the first board). */
function openCheckpoint(): void {
  const { overlay, store } = app();
  const state = store.state;
  if (state?.status !== 'playing') return;
  void import('./resultPanel').then(
    ({ resultPanel }) => {
      // The game may have moved on (or ended) while the panel loaded: show the state as it is now.
      const now = store.state;
      if (now?.status !== 'playing') return;
      openDialog(
        overlay,
        () => t('checkpoint.title'),
        (body) => {
          body.append(resultPanel(store, now, { checkpoint: true }));
        },
      );
    },
    () => overlay.announce(() => t('load.failed')),
  );
}
