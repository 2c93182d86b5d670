// The board's menu (the top bar's 菜单): back to the title mid-term, the replay file, giving the term
// up, or on with the month. Nothing is lost by leaving: every move is saved as it is made (src/app/store.ts), and the
// title's 继续 picks the term up. The menu says when that is not so: the last moves could not be
// saved, or the game is a what-if (a fork) that is never saved.
import { t } from '../i18n';
import { openDialog } from './dialogs';
import { h } from './h';
import type { Overlay } from './overlay';

export interface BoardMenu {
  /** The game is a fork (played on from a reviewed month): it is not saved. */
  fork: boolean;
  /** The last write to storage failed: leaving loses the moves since the last good save. */
  saveFailed: boolean;
  toTitle(): void;
  /** Downloads the game so far as a replay file. */
  download(): void;
  /**
   * Gives the term up (kept in the history as unfinished, its save deleted). Absent where that is not
   * the player's to do: a fork (never saved) and a team's game (the first one finished counts).
   */
  abandon?: () => void;
}

export function openBoardMenu(overlay: Overlay, menu: BoardMenu): void {
  openDialog(
    overlay,
    () => t('menu.title'),
    (body, close) => {
      const note = menu.fork ? t('menu.fork') : menu.saveFailed ? t('menu.saveFailed') : t('menu.saved');
      const noteEl = h(
        'p',
        {
          class: menu.saveFailed && !menu.fork ? 'warn' : 'panel-help',
          'data-key': 'menu-note',
          role: 'status',
        },
        note,
      );
      // Giving up asks once more, in words, before it acts (as deleting a save on the title does).
      let confirming = false;
      const abandon = menu.abandon
        ? h(
            'button',
            {
              type: 'button',
              class: 'menu-button',
              'data-key': 'menu-abandon',
              onclick: () => {
                if (confirming) {
                  close();
                  menu.abandon?.();
                  return;
                }
                confirming = true;
                abandon?.replaceChildren(t('menu.abandonConfirm'));
                noteEl.className = 'warn';
                noteEl.textContent = t('menu.abandonWarn');
                // The keyboard goes back to 继续本局: a second Enter must not give the term up.
                resume.focus();
              },
            },
            t('menu.abandon'),
          )
        : null;
      const resume = h(
        'button',
        {
          type: 'button',
          class: 'menu-button primary',
          'data-key': 'menu-resume',
          'data-autofocus': 'true',
          onclick: close,
        },
        t('menu.resume'),
      );
      body.append(
        noteEl,
        h(
          'div',
          { class: 'board-menu-buttons' },
          resume,
          h(
            'button',
            {
              type: 'button',
              class: 'menu-button',
              'data-key': 'menu-to-title',
              onclick: () => {
                close();
                menu.toTitle();
              },
            },
            menu.fork ? t('menu.toTitleFork') : t('menu.toTitle'),
          ),
          menu.fork
            ? null
            : h(
                'button',
                {
                  type: 'button',
                  class: 'menu-button',
                  'data-key': 'menu-download',
                  onclick: () => menu.download(),
                },
                t('result.download'),
              ),
          abandon,
        ),
      );
    },
  );
}
