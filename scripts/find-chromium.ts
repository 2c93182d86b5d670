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
 * The load benchmark's browser: the compositor (and WebGL, which the bare Phaser page uses) run on
 * SwiftShader through ANGLE, standing in for a player's graphics card, as every earlier load figure was
 * measured.
 */
export const CHROMIUM_ARGS = [
  ...CLOSED_NETWORK_ARGS,
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * The browser tests' browser: no GPU process (`--disable-gpu`), so the page's 2D canvas and the compositor
 * are rasterised in software. Since the game draws on a 2D canvas (tenth session) this is the cheaper way:
 * history.test + saves.test took 68 s against 94 s on SwiftShader's emulated GL (run one after the other,
 * idle 2-core machine, 4 December 2026). (With the WebGL canvas of earlier sessions it was the other way
 * round: every frame was read back and a key press took 150-450 ms.)
 */
export const E2E_CHROMIUM_ARGS = [...CLOSED_NETWORK_ARGS, '--disable-gpu'];

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
