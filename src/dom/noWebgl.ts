// Shown instead of the game when the browser gives no WebGL context: graphics acceleration turned off, or a
// computer whose graphics card the browser will not use (common on old training-room laptops and remote
// desktops). The game draws with WebGL only, and before this the page stayed blank.
import { t } from '../i18n';
import { h } from './h';
import type { Overlay } from './overlay';

export function showNoWebgl(parent: HTMLElement, overlay: Overlay): HTMLElement {
  // The overlay lays itself over the canvas; with no canvas there is nothing for it to cover.
  overlay.root.hidden = true;
  const box = h(
    'div',
    { id: 'no-webgl', class: 'no-webgl', role: 'alert' },
    h('h1', null, t('noWebgl.title')),
    h('p', null, t('noWebgl.why')),
    h('p', null, t('noWebgl.fix')),
  );
  parent.append(box);
  return box;
}
