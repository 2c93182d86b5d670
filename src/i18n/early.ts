// The page's first import (src/main.ts): starts fetching the player's language table before Phaser's
// module and the game's are evaluated. src/i18n waits for the table (its top-level await) only when its
// own turn comes, and then gets the same module without a second fetch; started there, the fetch was a
// round trip on the way to the first board with the page doing nothing (issue 7, docs/load.md).
// No imports but the tables: anything imported here is evaluated before the fetch starts.

/** Where the player's language is kept (localStorage); src/i18n exports it. */
export const LANG_KEY = 'community-secretary.lang';

/** The language the player chose last time (Chinese if none, or no storage). */
export function savedLang(): 'zh' | 'en' {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

if (typeof document !== 'undefined') {
  // A failed fetch is src/i18n's to handle (it falls back to Chinese); here it is only started.
  void (savedLang() === 'en' ? import('./en') : import('./zh')).catch(() => undefined);
}
