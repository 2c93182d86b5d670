// The HTML layer over the canvas: laid out at the 1920×1080 design size and scaled with the canvas,
// so buttons sit exactly over what Phaser draws. Holds the language switch (on every screen), the
// aria-live region, the tooltip, and the current screen's content.
import { dict, lang, onLangChange, setLang, t } from '../i18n';
import { H, W } from '../view';
import { h } from './h';
import { Tooltip } from './tooltip';

export type ScreenName = 'boot' | 'title' | 'briefing' | 'board' | 'summary' | 'debrief' | 'history';

export class Overlay {
  readonly root: HTMLElement;
  /** Where the current screen renders its content. */
  readonly screen: HTMLElement;
  /** A modal layer (dialogs, the month summary) above the screen. */
  readonly modal: HTMLElement;
  readonly live: HTMLElement;
  readonly tooltip: Tooltip;
  private readonly langButton: HTMLButtonElement;
  private scale = 1;
  private current: ScreenName = 'boot';

  constructor(
    host: HTMLElement,
    private readonly canvas: () => HTMLCanvasElement | null,
  ) {
    this.langButton = h('button', { type: 'button', class: 'lang-switch', onclick: () => this.toggleLang() });
    this.screen = h('div', { class: 'screen' });
    this.modal = h('div', { class: 'modal-layer' });
    this.live = h('p', { class: 'live', role: 'status', 'aria-live': 'polite' });
    this.tooltip = new Tooltip(this);
    this.root = h(
      'div',
      { id: 'ui', class: 'ui', style: { width: `${W}px`, height: `${H}px` } },
      this.screen,
      this.live,
      this.modal,
      this.langButton,
      this.tooltip.el,
    );
    host.append(this.root);
    this.refreshLang();
    onLangChange(() => this.refreshLang());
    const fit = () => this.fit();
    window.addEventListener('resize', fit);
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(fit).observe(host);
    this.fit();
  }

  /** Puts the overlay exactly over the canvas's on-screen box. */
  fit(): void {
    const c = this.canvas();
    if (!c) return;
    const r = c.getBoundingClientRect();
    if (r.width === 0) return;
    this.scale = r.width / W;
    this.root.style.left = `${r.left + window.scrollX}px`;
    this.root.style.top = `${r.top + window.scrollY}px`;
    this.root.style.transform = `scale(${this.scale})`;
  }

  get displayScale(): number {
    return this.scale;
  }

  /** Clears the screen for a new scene and marks which one it is (tests read `data-screen`). */
  show(name: ScreenName): HTMLElement {
    this.current = name;
    this.tooltip.hide();
    this.modal.replaceChildren();
    this.screen.replaceChildren();
    this.screen.className = `screen screen-${name}`;
    this.root.dataset.screen = name;
    document.documentElement.dataset.screen = name;
    return this.screen;
  }

  get screenName(): ScreenName {
    return this.current;
  }

  announce(text: string): void {
    // Re-setting the same text is not announced; clear first.
    if (this.live.textContent === text) this.live.textContent = '';
    this.live.textContent = text;
  }

  private toggleLang(): void {
    setLang(lang() === 'zh' ? 'en' : 'zh');
    try {
      localStorage.setItem(LANG_KEY, lang());
    } catch {
      // Preference not kept; the game still works.
    }
    // The re-render may have replaced the focused control; keep the keyboard on this button, unless an
    // open dialog took it back (a dialog re-renders in place and keeps the keyboard inside).
    if (!this.modal.contains(document.activeElement)) this.langButton.focus();
  }

  private refreshLang(): void {
    this.root.dataset.lang = lang();
    this.langButton.textContent = t('lang.switch');
    this.langButton.lang = t('lang.switchLang');
    document.documentElement.lang = t('app.lang');
    document.title = `${dict().ui['app.title']} · ${lang() === 'zh' ? 'Community Secretary' : '社区书记'}`;
  }
}

export const LANG_KEY = 'community-secretary.lang';
