// Finds a Chromium for the browser tests and the load benchmark. Never downloads a browser build:
// it uses $CHROMIUM_PATH, the system's Chromium or Chrome, or one already in Playwright's cache; failing
// those, as root with apt-get it installs Debian's `chromium` package; otherwise it stops and says how.
//
//   npx tsx scripts/find-chromium.ts          prints the path (installing if it can), exit 1 with a message if not
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const INSTALL_COMMAND = 'sudo apt-get install -y chromium';

/** Launch arguments for headless Chromium on a closed network: no background requests, no downloads. */
const CLOSED_NETWORK_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser tests' and the load benchmark's browser: no GPU process (`--disable-gpu`), which is what
 * Chromium does by itself on a computer whose graphics it will not use (no graphics card it trusts, a remote
 * desktop): the page and the compositor are rasterised in software, and (in recent Chromium) no WebGL. The game
 * draws on a 2D canvas (tenth session), so it needs none. Measured: history.test + saves.test took 68 s
 * against 94 s with SwiftShader's emulated GL (SWIFTSHADER_ARGS; one after the other, idle 2-core machine,
 * 4 December 2026). (With the WebGL canvas of earlier sessions it was the other way round: every frame was
 * read back and a key press took 150-450 ms.)
 */
export const CHROMIUM_ARGS = [...CLOSED_NETWORK_ARGS, '--disable-gpu'];

/**
 * A graphics card emulated on the CPU: the compositor and WebGL run on SwiftShader through ANGLE. Chromium
 * does this only when told to (`--enable-unsafe-swiftshader`); the load figures of the first twelve sessions
 * were measured this way, and the load benchmark still prints its (b) this way beside the software one.
 */
export const SWIFTSHADER_ARGS = [
  ...CLOSED_NETWORK_ARGS,
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

function playwrightCache(): string[] {
  const roots = [process.env.PLAYWRIGHT_BROWSERS_PATH, join(homedir(), '.cache', 'ms-playwright')].filter(
    (p): p is string => !!p && existsSync(p),
  );
  const out: string[] = [];
  for (const root of roots) {
    for (const dir of readdirSync(root).sort().reverse()) {
      if (!dir.startsWith('chromium')) continue;
      for (const rel of [
        'chrome-linux64/chrome',
        'chrome-linux/chrome',
        'chrome-linux64/headless_shell',
        'chrome-linux/headless_shell',
        'chrome-headless-shell-linux64/chrome-headless-shell',
      ]) {
        out.push(join(root, dir, rel));
      }
    }
  }
  return out;
}

/** The first Chromium found, or null. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  for (const path of [...SYSTEM_PATHS, ...playwrightCache()]) {
    if (existsSync(path)) return path;
  }
  return null;
}

function canInstall(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A Chromium path; installs Debian's chromium when it can, else throws with the command to run. */
export function ensureChromium(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  const found = findChromium();
  if (found) return found;
  if (canInstall()) {
    log(
      'No Chromium found: installing Debian\'s "chromium" package (apt-get update && apt-get install -y chromium)…',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found for the browser tests (looked at $CHROMIUM_PATH, /usr/bin/chromium, ' +
      "/usr/bin/chromium-browser, /usr/bin/google-chrome and Playwright's cache).\n" +
      `Install it with:\n\n    ${INSTALL_COMMAND}\n\nor point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
