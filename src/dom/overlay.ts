// The HTML layer over the canvas: laid out at the 1920×1080 design size and scaled with the canvas,
// so buttons sit exactly over what Phaser draws. Holds the words of the canvas's pictures, the language
// switch (on every screen), the aria-live region, the tooltip, and the current screen's content.
import { dict, LANG_KEY, lang, onLangChange, setLang, t } from '../i18n';
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
  /** The words in the canvas's pictures (pictureLabels.ts), under every control of the screen. */
  readonly labels: HTMLElement;
  readonly live: HTMLElement;
  readonly tooltip: Tooltip;
  private readonly langButton: HTMLButtonElement;
  private scale = 1;
  /** Builds the live line's sentence again (in the language now in force), if it was given as one. */
  private liveText: (() => string) | null = null;
  private current: ScreenName = 'boot';

  constructor(
    host: HTMLElement,
    private readonly canvas: () => HTMLCanvasElement | null,
  ) {
    this.langButton = h('button', { type: 'button', class: 'lang-switch', onclick: () => this.toggleLang() });
    this.labels = h('div', { class: 'picture-labels', 'aria-hidden': 'true' });
    this.screen = h('div', { class: 'screen' });
    this.modal = h('div', { class: 'modal-layer' });
    this.live = h('p', { class: 'live', role: 'status', 'aria-live': 'polite' });
    this.tooltip = new Tooltip(this);
    this.root = h(
      'div',
      { id: 'ui', class: 'ui', style: { width: `${W}px`, height: `${H}px` } },
      this.labels,
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

  /**
   * Says a line through the aria-live region. Give a function that builds the sentence (rather than the
   * sentence) and a language switch says the line again in the new language; a plain string stays as is.
   */
  announce(text: string | (() => string)): void {
    this.liveText = typeof text === 'function' ? text : null;
    const line = typeof text === 'function' ? text() : text;
    // Re-setting the same text is not announced; clear first.
    if (this.live.textContent === line) this.live.textContent = '';
    this.live.textContent = line;
  }

  private toggleLang(): void {
    const next = lang() === 'zh' ? 'en' : 'zh';
    // The other language's table may still have to be fetched (its own chunk; the service worker has it
    // offline): the button says it is busy until the switch is done, and says so if it could not be had.
    this.langButton.setAttribute('aria-busy', 'true');
    setLang(next).then(
      () => {
        this.langButton.removeAttribute('aria-busy');
        if (lang() === next) this.langSwitched();
      },
      () => {
        this.langButton.removeAttribute('aria-busy');
        this.announce(t('lang.failed'));
      },
    );
  }

  private langSwitched(): void {
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
    if (this.liveText) this.live.textContent = this.liveText();
    this.root.dataset.lang = lang();
    this.langButton.textContent = t('lang.switch');
    this.langButton.lang = t('lang.switchLang');
    document.documentElement.lang = t('app.lang');
    document.title = `${dict().ui['app.title']} · ${lang() === 'zh' ? 'Community Secretary' : '社区书记'}`;
  }
}

/** Where the language choice is kept; i18n reads it before the first screen. */
export { LANG_KEY };
