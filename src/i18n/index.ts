// Chinese first, English available; one key set for both (tests/i18n checks the parity).
import { en } from './en';
import type { Dict, Lang, UiKey } from './types';
import { zh } from './zh';

export type { ConceptText, Dict, Lang, UiKey } from './types';
export { LANGS } from './types';

export const DICTS: Record<Lang, Dict> = { zh, en };

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so it is noticed. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

let current: Lang = 'zh';
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

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  for (const fn of listeners) fn(next);
}

export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function isLang(x: unknown): x is Lang {
  return x === 'zh' || x === 'en';
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
