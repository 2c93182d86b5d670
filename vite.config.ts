import { defineConfig } from 'vite';
import csp from './scripts/vite-plugin-csp.ts';
import gameFont from './scripts/vite-plugin-game-font.ts';
import phaserGame from './scripts/vite-plugin-phaser.ts';
import scenarios from './scripts/vite-plugin-scenarios.ts';

// Production build: relative base (dist/ can be served from any folder of any web server, e.g. a
// workshop's file share behind http — but not opened as file://: browsers refuse module scripts and fonts
// there, so public/file-notice.js then says how to serve it), modern browsers only, Phaser built from its
// sources with only what the game uses (scripts/phaser-game.cjs) in its own long-cached chunk, the Chinese
// font subset built by the game-font plugin, and a Content-Security-Policy (scripts/vite-plugin-csp.ts).

/** Phaser's modules and the entry that picks them (scripts/phaser-game.cjs). */
const isPhaser = (id: string): boolean =>
  /[\\/]node_modules[\\/]phaser[\\/]/.test(id) || id.endsWith('phaser-game.cjs');

export default defineConfig({
  base: './',
  plugins: [phaserGame(), gameFont(), scenarios(), csp()],
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
  // The debrief's par worker (src/dom/parClient.ts) is a module worker, emitted as its own file.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
