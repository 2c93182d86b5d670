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
  },
});
