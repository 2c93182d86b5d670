// Once per e2e run: find (or install) Chromium, build the game into test-results/e2e-dist (its own folder,
// so a `npm run build` running at the same time cannot pull files from under the server), and serve it on
// a free 127.0.0.1 port. E2E_NO_BUILD=1 reuses the last e2e build.
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/find-chromium.ts';
import { startPreview, viteBuild } from '../../scripts/preview-server.ts';

const OUT_DIR = 'test-results/e2e-dist';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  if (!process.env.E2E_NO_BUILD) {
    const started = performance.now();
    const out = await viteBuild(['--outDir', OUT_DIR, '--emptyOutDir'], true);
    const fontLine = out.split('\n').find((l) => l.startsWith('game-font:'));
    process.stdout.write(
      `[e2e] vite build in ${Math.round(performance.now() - started)} ms${fontLine ? `\n[e2e] ${fontLine}` : ''}\n`,
    );
  }
  const server = await startPreview(OUT_DIR);
  process.stdout.write(
    `[e2e] serving ${OUT_DIR} at ${server.url} (pid ${server.pid}); Chromium: ${chromiumPath}\n`,
  );
  project.provide('baseURL', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.stop();
}
