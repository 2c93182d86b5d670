// Small shared pieces of the HTML layer: badges (colour plus a character, never colour alone),
// and buttons that stay focusable when unavailable and say why.
import type { Force, Mode } from '../core';
import { dict, t } from '../i18n';
import { type Availability, FORCE_COLOUR, inkOn, MODE_COLOUR, rejectionText } from '../view';
import { h } from './h';

export function modeBadge(mode: Mode, extra = ''): HTMLElement {
  const c = MODE_COLOUR[mode];
  return h(
    'span',
    { class: `badge ${extra}`, style: { background: c, color: inkOn(c) }, title: dict().mode[mode] },
    dict().modeBadge[mode],
  );
}

export function forceBadge(force: Force, extra = ''): HTMLElement {
  const c = FORCE_COLOUR[force];
  return h(
    'span',
    {
      class: `badge badge-force ${extra}`,
      style: { background: c, color: inkOn(c) },
      title: dict().force[force],
    },
    dict().forceBadge[force],
  );
}

/**
 * Marks a button unavailable without taking it out of the tab order (so its reason can be read):
 * aria-disabled, a visible style, and the reason appended to its accessible description.
 */
export function applyAvailability(button: HTMLButtonElement, a: Availability, why?: string): void {
  if (a.ok) {
    button.removeAttribute('aria-disabled');
    button.classList.remove('unavailable');
    return;
  }
  button.setAttribute('aria-disabled', 'true');
  button.classList.add('unavailable');
  const reason = t('action.disabled', { reason: why ?? rejectionText(a) });
  button.dataset.reason = reason;
  // The note inside the button is shorter in English ("Unavailable: Not enough energy" spilled out of
  // the action bar's buttons at two and three lines); what is announced on a press says it all.
  button.append(
    h('span', { class: 'why-not' }, t('action.disabledNote', { reason: why ?? rejectionText(a) })),
  );
}

export function isUnavailable(button: HTMLElement): boolean {
  return button.getAttribute('aria-disabled') === 'true';
}

/** Keeps focus on "the same" control across a re-render (controls carry a stable data-key). */
export function restoreFocus(root: HTMLElement, key: string | null, fallback: string | null): void {
  if (!key && !fallback) return;
  const find = (k: string | null) =>
    k ? root.querySelector<HTMLElement>(`[data-key="${CSS.escape(k)}"]`) : null;
  const el = find(key) ?? find(fallback);
  el?.focus({ preventScroll: true });
}

export function focusedKey(): string | null {
  const el = document.activeElement as HTMLElement | null;
  return el?.dataset?.key ?? null;
}
