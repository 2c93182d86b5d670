import './scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import gameFont from './scripts/vite-plugin-game-font.ts';
import scenarios from './scripts/vite-plugin-scenarios.ts';

// Unit, property and replay tests in Node. The browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [gameFont({ fonts: false }), scenarios()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/node_modules/**'],
    // Property tests that take 1-2 s on an idle core take 5-12 s when the machine's two cores are shared
    // (measured: codes/result.test.ts timed out at the default 5 s); a hang still fails, later.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Both cores: Vitest's default leaves one core to its main process (cores - 1 = 1 worker here), which
    // is idle most of the run. Measured (whole unit suite, load 6-8): 101 s of CPU either way, 199 s wall
    // with one worker, 144 s with two. Under `npm test` the unit run is niced beside the e2e run anyway.
    maxWorkers: 2,
  },
});
