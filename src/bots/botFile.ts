// Loading a bot written outside the project (`npm run sim -- --bot-file PATH`): a module whose
// default export, or export named `bot`, is a `Bot`. Bad files get one named, bounded line.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bot } from './index';

export type BotFileResult = { ok: true; bot: Bot } | { ok: false; error: string };

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 197)}…` : s);

export function asBot(v: unknown): Bot | string {
  if (typeof v !== 'object' || v === null)
    return 'exports no Bot (expected `export default` or `export const bot`)';
  const b = v as Record<string, unknown>;
  if (typeof b.name !== 'string' || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(b.name))
    return '`name` must be a lower-case id (a–z, 0–9, -; at most 40 characters)';
  if (typeof b.choose !== 'function') return '`choose(state, rng)` must be a function';
  return {
    name: b.name,
    description: typeof b.description === 'string' ? b.description : '',
    choose: b.choose as Bot['choose'],
  };
}

export async function loadBotFile(path: string): Promise<BotFileResult> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, error: `${path}: cannot load: ${clip(e instanceof Error ? e.message : String(e))}` };
  }
  const b = asBot(mod.default ?? mod.bot);
  return typeof b === 'string' ? { ok: false, error: `${path}: ${b}` } : { ok: true, bot: b };
}
