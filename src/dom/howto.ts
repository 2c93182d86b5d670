// 玩法说明 / How to play: whether it was seen, the briefing's offer, and opening the page, which is
// loaded on first use (src/dom/howtoPage.ts) so the first board carries none of its text or tables.

import { t } from '../i18n';
import { h } from './h';
import type { Overlay } from './overlay';

/** Where the page remembers that the how-to-play offer was taken or declined. */
export const HOWTO_KEY = 'community-secretary.howto';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Whether the player has seen (or declined) the how-to-play page; unreadable storage counts as seen. */
export function howtoSeen(store: Storage | null = storage()): boolean {
  try {
    return store ? store.getItem(HOWTO_KEY) !== null : true;
  } catch {
    return true;
  }
}

export function markHowtoSeen(how: 'read' | 'declined', store: Storage | null = storage()): void {
  try {
    store?.setItem(HOWTO_KEY, how);
  } catch {
    // Not kept: the briefing offers the page again next time, which is harmless.
  }
}

/** Opens the page (loaded on first use) as a dialog. */
export function openHowto(overlay: Overlay): void {
  markHowtoSeen('read');
  void import('./howtoPage').then((m) => m.openHowto(overlay));
}

/**
 * The briefing's offer: for a first-time player a short line with "How to play" and "No thanks";
 * afterwards only the quiet "How to play" button.
 */
export function howtoOffer(overlay: Overlay): HTMLElement {
  const open = h(
    'button',
    {
      type: 'button',
      class: 'text-button howto-open',
      'data-key': 'howto-open',
      onclick: () => {
        openHowto(overlay);
        box.querySelector('[data-key="howto-decline"]')?.remove();
        box.querySelector('.howto-first')?.remove();
      },
    },
    t('howto.title'),
  );
  const box = h('div', { class: 'howto-offer', 'data-key': 'howto-offer' });
  if (howtoSeen()) {
    box.append(open);
    return box;
  }
  const decline = h(
    'button',
    {
      type: 'button',
      class: 'text-button',
      'data-key': 'howto-decline',
      onclick: () => {
        markHowtoSeen('declined');
        decline.remove();
        first.remove();
        open.focus();
      },
    },
    t('howto.decline'),
  );
  const first = h('span', { class: 'howto-first' }, t('howto.offer'));
  box.classList.add('first-time');
  box.append(first, open, decline);
  return box;
}
