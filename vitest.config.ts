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
    // Speed is measured by the benchmarks, never by a test's clock: property tests that play whole
    // games take 1–3 s alone and several times that on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
