// The boot screen's words (the bar itself is drawn by the Boot scene).
import { t } from '../i18n';
import { h } from './h';
import type { Overlay } from './overlay';

export function renderBoot(overlay: Overlay): { font(): void; failed(message: string): void } {
  const root = overlay.show('boot');
  const line = h('p', { class: 'boot-status', role: 'status' }, t('boot.loading'));
  root.append(h('div', { class: 'boot' }, h('p', { class: 'boot-title' }, t('app.title')), line));
  return {
    font: () => {
      line.textContent = t('boot.font');
    },
    failed: (message) => {
      line.textContent = t('boot.failed', { message });
      line.setAttribute('role', 'alert');
    },
  };
}
