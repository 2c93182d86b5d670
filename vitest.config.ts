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
  },
});
