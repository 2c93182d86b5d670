// Once per e2e run: find (or install) Chromium, build the game into test-results/e2e-dist (its own folder,
// so a `npm run build` running at the same time cannot pull files from under the server), serve it on
// a free 127.0.0.1 port, and start one Chromium that every test file connects to (each session is still a
// fresh browser context: a fresh profile). E2E_NO_BUILD=1 reuses the last e2e build.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/find-chromium.ts';
import { buildForE2e, E2E_DIST as OUT_DIR, startPreview } from '../../scripts/preview-server.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  if (!process.env.E2E_NO_BUILD) {
    const started = performance.now();
    const fontLine = await buildForE2e();
    process.stdout.write(
      `[e2e] vite build in ${Math.round(performance.now() - started)} ms${fontLine ? `\n[e2e] ${fontLine}` : ''}\n`,
    );
  }
  const server = await startPreview(OUT_DIR);
  // One browser for the run rather than one per file: a file's first page no longer pays for starting
  // Chromium (measured when the game drew with WebGL: the first page of a browser took ~1-2.5 s to boot the
  // game, later ones ~1 s). No GPU process: CHROMIUM_ARGS. Started after the server, stopped before it.
  const browser = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  process.stdout.write(
    `[e2e] serving ${OUT_DIR} at ${server.url} (pid ${server.pid}); Chromium: ${chromiumPath} (pid ${browser.process().pid})\n`,
  );
  project.provide('baseURL', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.stop();
  };
}
