// A cue at the foot of a scrolling list while items are hidden below it. A list cut between two items
// looks complete, and a scrollbar is not always drawn (overlay scrollbars, touch screens): play-testers
// did not find the sixth concern or the last scenario. The cue says how many are below; pressed, it
// brings the next one into view and gives it the keyboard.
import { t } from '../i18n';
import { h } from './h';

const watched = new WeakSet<HTMLElement>();

/**
 * Keeps the cue of `scroller` up to date: now, on scroll and on resize. `items` selects what counts
 * (inside the scroller). Call again after the scroller's content is replaced: it re-counts.
 */
export function moreBelow(scroller: HTMLElement, items: string): void {
  let cue = scroller.querySelector<HTMLElement>(':scope > .more-below');
  if (!cue) {
    const button = h('button', { type: 'button', class: 'more-below-button', 'data-key': 'more-below' });
    // A list's child must be an item; a panel's can be a block.
    cue = h(scroller.tagName === 'UL' ? 'li' : 'div', { class: 'more-below' }, button);
    button.addEventListener('click', () => {
      const next = hiddenBelow(scroller, items)[0];
      if (!next) return;
      next.scrollIntoView({ block: 'nearest' });
      (next.matches('button, a, [tabindex]')
        ? next
        : next.querySelector<HTMLElement>('button, a, [tabindex]')
      )?.focus();
      update();
    });
  }
  scroller.append(cue);
  const update = () => {
    const c = scroller.querySelector<HTMLElement>(':scope > .more-below');
    if (!c) return;
    const n = hiddenBelow(scroller, items).length;
    c.hidden = n === 0;
    const button = c.firstElementChild as HTMLElement;
    if (n > 0) button.textContent = t('ui.moreBelow', { n });
  };
  update();
  if (watched.has(scroller)) return;
  watched.add(scroller);
  scroller.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(update).observe(scroller);
}

/** The items whose lower half is below the scroller's visible bottom, in order. */
export function hiddenBelow(scroller: HTMLElement, items: string): HTMLElement[] {
  const bottom = scroller.getBoundingClientRect().bottom;
  return [...scroller.querySelectorAll<HTMLElement>(items)].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top + r.height / 2 > bottom;
  });
}
