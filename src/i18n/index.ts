// Chinese first, English available; one key set for both (tests/i18n checks the parity).
//
// Each language's table is its own chunk (issue 7: the first board's bytes). The browser loads the
// player's language before any module that imports this one runs (the top-level await below), so
// `t()` stays synchronous everywhere; the other table is fetched on the first switch (`setLang`), and
// the service worker precaches it, so the switch works offline too. Node (CLIs, tests) loads both.
import type { Dict, Lang, UiKey } from './types';

export type { ConceptText, Dict, Lang, UiKey } from './types';
export { LANGS } from './types';

// Where the player's language is kept, and the choice read back: in the module that main.ts imports first
// (it starts fetching that table before anything else is evaluated).
import { LANG_KEY, savedLang } from './early';

export { LANG_KEY };

const LOADERS: Record<Lang, () => Promise<Dict>> = {
  zh: () => import('./zh').then((m) => m.zh),
  en: () => import('./en').then((m) => m.en),
};

/**
 * The tables loaded so far. In Node both are (the CLIs and tests read `DICTS.zh` and `DICTS.en`); in the
 * browser only the player's language until the first switch: browser code reads `dict()`, never this.
 */
export const DICTS = {} as Record<Lang, Dict>;
const pending = new Map<Lang, Promise<Dict>>();

/** Loads a language's table (once; a failed load, e.g. offline without the cache, may be retried). */
export function loadLang(l: Lang): Promise<Dict> {
  if (DICTS[l]) return Promise.resolve(DICTS[l]);
  let p = pending.get(l);
  if (!p) {
    p = LOADERS[l]().then(
      (d) => {
        DICTS[l] = d;
        pending.delete(l);
        return d;
      },
      (e: unknown) => {
        pending.delete(l);
        throw e;
      },
    );
    pending.set(l, p);
  }
  return p;
}

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so it is noticed. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isLang(x: unknown): x is Lang {
  return x === 'zh' || x === 'en';
}

// Node (the CLIs, the tests) has both tables at hand; the page waits for the player's language. A worker
// (the par worker reaches this module through src/view) draws no text: it must not wait, because a
// module worker that is still evaluating drops the messages posted to it (the page's first par request
// was lost that way); it fetches the Chinese table in the background, for any sentence it might build.
const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
const inPage = !inNode && typeof document !== 'undefined';
let current: Lang = inPage ? savedLang() : 'zh';
if (inNode) await Promise.all([loadLang('zh'), loadLang('en')]);
else if (inPage) {
  // The saved language's table; if it cannot be had (a stale cache offline), Chinese.
  await loadLang(current).catch(async () => {
    current = 'zh';
    await loadLang('zh');
  });
} else void loadLang('zh').catch(() => undefined);

/** The language last asked for: a table arriving late does not override a later choice. */
let wanted: Lang = current;
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return current;
}

/** The current language's tables (names of modes, forces, reasons, concepts …). */
export function dict(): Dict {
  return DICTS[current];
}

export function t(key: UiKey, params?: Params): string {
  return format(DICTS[current].ui[key], params);
}

/**
 * Switches the language and tells every listener (each re-renders in the new language). Synchronous
 * when the table is loaded; otherwise it is fetched first, and the promise says when the switch is done
 * (it rejects, leaving the language as it was, if the table cannot be fetched).
 */
export function setLang(next: Lang): Promise<void> {
  wanted = next;
  if (next === current) return Promise.resolve();
  const apply = () => {
    // A later switch (e.g. back, while this table was still on its way) wins.
    if (next === current || next !== wanted) return;
    current = next;
    for (const fn of listeners) fn(next);
  };
  if (DICTS[next]) {
    apply();
    return Promise.resolve();
  }
  return loadLang(next).then(apply);
}

export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** A bilingual text from scenario data, in the current language. */
export function pick(text: { zh: string; en: string }): string {
  return current === 'en' && text.en ? text.en : text.zh;
}

/** A signed amount for explanations: +3, −4 (true minus sign). */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return '0';
}
