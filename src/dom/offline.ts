// The update prompt of the offline install: a small note in a corner, outside any term (the page
// decides when: src/app/offline.ts), with "reload" and "later".
import { t } from '../i18n';
import { h } from './h';
import type { Overlay } from './overlay';

export function showUpdatePrompt(overlay: Overlay, reload: () => void, later: () => void): () => void {
  const box = h(
    'div',
    { class: 'update-prompt', role: 'status', 'data-key': 'update-prompt' },
    h('span', null, t('offline.update')),
    h(
      'button',
      { type: 'button', class: 'text-button', 'data-key': 'update-reload', onclick: reload },
      t('offline.reload'),
    ),
    h(
      'button',
      { type: 'button', class: 'text-button', 'data-key': 'update-later', onclick: later },
      t('offline.later'),
    ),
  );
  overlay.root.append(box);
  return () => box.remove();
}
