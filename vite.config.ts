import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * The offline install (issue 12): a web app manifest (linked from index.html by the plugin) and a
 * service worker that precaches the game — page, scripts, styles, both font faces, icons — so it
 * opens with no network after the first visit. `prompt`: a new version waits until the player reloads
 * between terms (src/app/offline.ts asks only outside a term); never an inline script (the CSP).
 */
function pwaOptions() {
  return {
    registerType: 'prompt' as const,
    injectRegister: false as const,
    manifest: {
      name: '社区书记 · Community Secretary',
      short_name: '社区书记',
      description: '一核多元 · 五治融合 · 五社联动 — a serious game of grassroots governance',
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone' as const,
      background_color: '#f6f1e6',
      theme_color: '#b8141f',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff2,woff,png,svg,webmanifest}'],
      // The facilitator's screen (a room feature, served by the room, online by nature) and the
      // file:// notice are not part of playing offline.
      // The names fallback's slices (src/dom/nameFont.css, 3.7 MB in all) are fetched only when a typed
      // name needs one, and then cached (runtimeCaching below), never installed up front.
      globIgnores: ['**/facilitator*', 'file-notice.js', '**/noto-sans-sc-*'],
      // Phaser's chunk is ~1.1 MB raw; allow it (the default limit is 2 MiB, stated for clarity).
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      // Offline, a visit to the game's folder (with or without a query) gets the cached page; no other
      // path does: the room serves other pages from the same origin (the facilitator's), which must
      // never be answered with the game's page.
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
      cleanupOutdatedCaches: true,
      // The facilitator's chunk is cached when first opened (online), not installed with the game.
      runtimeCaching: [
        {
          urlPattern: /\/assets\/noto-sans-sc-[\w-]+\.woff2$/,
          handler: 'CacheFirst' as const,
          options: { cacheName: 'name-font', expiration: { maxEntries: 120 } },
        },
        {
          urlPattern: /\/assets\/facilitator-[\w-]+\.(js|css)$/,
          handler: 'CacheFirst' as const,
          options: { cacheName: 'facilitator', expiration: { maxEntries: 8 } },
        },
      ],
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [phaserGame(), gameFont(), scenarios(), csp(), VitePWA(pwaOptions())],
  build: {
    target: 'es2022',
    // Phaser alone is ~1.4 MB raw: it is expected to be large, and it is split out.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The language table's fetch starts in src/i18n/early.ts: in a chunk of its own the page
            // evaluates it before Phaser's chunk (about 150 ms of evaluation), not after it.
            { name: 'early', test: (id) => /[\\/]src[\\/]i18n[\\/]early\.ts$/.test(id), priority: 3 },
            { name: 'phaser', test: (id) => isPhaser(id), priority: 2 },
            // Everything the page imports statically, in one chunk. Without this group the top-level
            // await in src/i18n (the player's language is loaded before any screen) makes Rolldown split
            // every module that a lazy chunk shares into a chunk of its own: 17 files instead of 6 and
            // ~6 KB gzip more before the first board (npm run bench:load).
            { name: 'app', tags: ['$initial' as const], priority: 1 },
          ],
        },
      },
    },
  },
  // The debrief's par worker (src/dom/parClient.ts) is a module worker, emitted as its own file.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
});
