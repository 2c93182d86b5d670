// Builds the game and serves the production build on 127.0.0.1 with `vite preview`, for the browser tests
// and the load benchmark. The server is started as `node vite.js preview …` so its PID is the server's own,
// and it is stopped by that PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
/** The browser tests' own build of the game (relative to ROOT): see tests/e2e/global-setup.ts. */
export const E2E_DIST = 'test-results/e2e-dist';

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

function run(args: string[], quiet: boolean): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [VITE, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      if (!quiet) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d;
      if (!quiet) process.stderr.write(d);
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? ok(out) : fail(new Error(`vite ${args.join(' ')} exited with ${code}\n${out}`)),
    );
  });
}

/** `vite build` of the game (or of another root/config with extra args). Returns what it printed. */
export function viteBuild(extraArgs: string[] = [], quiet = false): Promise<string> {
  return run(['build', ...extraArgs], quiet);
}

/** The browser tests' build (E2E_DIST), made by `npm test` or by the e2e setup: its game-font line, if printed. */
export async function buildForE2e(): Promise<string | undefined> {
  const out = await viteBuild(['--outDir', E2E_DIST, '--emptyOutDir'], true);
  return out.split('\n').find((l) => l.startsWith('game-font:'));
}

export interface PreviewServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Serves `outDir` (default dist/) with `vite preview` on a free port of 127.0.0.1 and waits until it answers. */
export async function startPreview(outDir = 'dist'): Promise<PreviewServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => {
    log += d;
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d;
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${log}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${url} within 20 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: child.pid!, stop };
}
