// The facilitator's and the guide's language buttons: the other language's table may still have to be
// fetched (its own chunk, precached by the service worker), so the button is busy until the switch is
// done, and when the table cannot be had the language stays and the button says why (its title and a
// status line beside it), instead of an unhandled rejection.
import { lang, setLang, t } from '../i18n';
import { h } from './h';

/** Switches to the other language from `button`; `status` shows why when the switch cannot be made. */
export function toggleLangFrom(button: HTMLElement, status: HTMLElement): Promise<void> {
  button.setAttribute('aria-busy', 'true');
  status.textContent = '';
  return setLang(lang() === 'zh' ? 'en' : 'zh').then(
    () => button.removeAttribute('aria-busy'),
    () => {
      button.removeAttribute('aria-busy');
      status.textContent = t('lang.failed');
    },
  );
}

/** A status line for toggleLangFrom, to sit beside the button. */
export function langStatus(): HTMLElement {
  return h('span', { class: 'lang-status', role: 'status' });
}
