// Is dist/ the build of the current sources? The room builds the game (vite build) when it is missing
// or older than any file the page is made from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the browser build reads (the server's and the CLI's own files do not change the page). */
const SOURCES = ['index.html', 'vite.config.ts', 'package.json', 'src', 'scenarios', 'assets', 'scripts'];
const NOT_PAGE = new Set([join('src', 'server'), join('src', 'cli')]);

function newest(root: string, rel: string): number {
  const path = join(root, rel);
  if (!existsSync(path) || NOT_PAGE.has(rel)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) m = Math.max(m, newest(root, join(rel, e)));
  return m;
}

/** Why dist/ must be (re)built, or null when it is current. */
export function staleReason(root: string, distDir: string): string | null {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return 'no build yet';
  const built = statSync(index).mtimeMs;
  const src = Math.max(...SOURCES.map((s) => newest(root, s)));
  return src > built ? 'sources changed since the last build' : null;
}

/** Runs `vite build` in `root`, its output on stderr; true when it succeeded. */
export function buildGame(root: string): boolean {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  return r.status === 0;
}
