import './scripts/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// Browser tests: Node-side Vitest driving Debian's Chromium with playwright-core against the production build,
// which tests/e2e/global-setup.ts builds and serves. One file at a time (2 cores, one browser each).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
