// The facilitator's view: its own chunk, loaded only when opened (the title's 主持人 button,
// `#facilitator`, or `#facilitator=ROOM_KEY` from `npm run room`). It covers the game with a page of
// its own; closing it returns to the title. Offline: the facilitator pastes result codes. Live: the
// same view reads the room's API (./live.ts).
import { loadNameFont } from '../dom/nameFont';
import './facilitator.css';
import { h } from '../dom/h';
import { langStatus, toggleLangFrom } from '../dom/langSwitch';
import { lang, onLangChange } from '../i18n';
import { openLive } from './live';
import { openOffline } from './offline';
import { ft } from './text';

let current: { hash: string; root: HTMLElement; dispose: () => void } | null = null;

export interface Shell {
  /** Where the mode renders. */
  main: HTMLElement;
  setTitle(text: string): void;
  /** Called when the language changes: re-render. */
  onLang(fn: () => void): void;
}

/** Opens (or keeps open) the facilitator view for `hash` (`#facilitator` or `#facilitator=KEY`). */
export function openFacilitator(hash: string): void {
  if (current?.hash === hash) return;
  // Team names are typed by the teams: characters outside the game font's subset draw in the names face.
  void loadNameFont();
  current?.dispose();
  const key = /^#facilitator=([^&]+)/.exec(hash)?.[1] ?? null;
  const heading = h('h1', { class: 'fac-title' });
  const main = h('div', { class: 'fac-main' });
  const langButton = h('button', {
    type: 'button',
    class: 'fac-button',
    'data-key': 'fac-lang',
    lang: lang() === 'zh' ? 'en' : 'zh',
  });
  const langLine = langStatus();
  const root = h(
    'div',
    { class: 'fac-root', 'data-screen': 'facilitator' },
    h(
      'header',
      { class: 'fac-header no-print' },
      heading,
      h(
        'div',
        { class: 'fac-header-buttons' },
        langButton,
        langLine,
        h(
          'button',
          { type: 'button', class: 'fac-button', 'data-key': 'fac-close', onclick: () => close() },
          '',
        ),
      ),
    ),
    main,
  );
  const listeners: (() => void)[] = [];
  let titleKey: 'title' | 'titleLive' = key ? 'titleLive' : 'title';
  const paintChrome = () => {
    heading.textContent = ft(titleKey);
    langButton.textContent = ft('lang');
    langButton.setAttribute('lang', lang() === 'zh' ? 'en' : 'zh');
    const closeButton = root.querySelector<HTMLElement>('[data-key="fac-close"]');
    if (closeButton) closeButton.textContent = ft('close');
    document.title = `${ft(titleKey)} · 社区书记`;
  };
  langButton.onclick = () => void toggleLangFrom(langButton, langLine);
  const offLang = onLangChange(() => {
    paintChrome();
    for (const fn of listeners) fn();
  });
  const shell: Shell = {
    main,
    setTitle: (text) => {
      titleKey = text === 'live' ? 'titleLive' : 'title';
      paintChrome();
    },
    onLang: (fn) => listeners.push(fn),
  };
  paintChrome();
  document.body.append(root);
  document.body.classList.add('fac-open');
  const stop = key ? openLive(shell, decodeURIComponent(key)) : openOffline(shell);
  current = {
    hash,
    root,
    dispose: () => {
      stop();
      offLang();
      root.remove();
      document.body.classList.remove('fac-open');
      current = null;
    },
  };
  heading.focus();
}

/** Closes the view and returns to the game (the hash is cleared without a reload). */
export function close(): void {
  current?.dispose();
  history.replaceState(null, '', location.pathname + location.search);
  document.title = '社区书记 · Community Secretary';
}
