import { defineConfig } from 'vite';
import gameFont from './scripts/vite-plugin-game-font.ts';
import phaserGame from './scripts/vite-plugin-phaser.ts';
import scenarios from './scripts/vite-plugin-scenarios.ts';

// Production build: relative base (the game runs from any folder or a file share), modern browsers only,
// Phaser built from its sources with only what the game uses (scripts/phaser-game.cjs) in its own
// long-cached chunk, and the Chinese font subset built by the game-font plugin.

/** Phaser's modules and the entry that picks them (scripts/phaser-game.cjs). */
const isPhaser = (id: string): boolean =>
  /[\\/]node_modules[\\/]phaser[\\/]/.test(id) || id.endsWith('phaser-game.cjs');

export default defineConfig({
  base: './',
  plugins: [phaserGame(), gameFont(), scenarios()],
  build: {
    target: 'es2022',
    // Phaser alone is ~1.4 MB raw: it is expected to be large, and it is split out.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: (id) => isPhaser(id) }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
