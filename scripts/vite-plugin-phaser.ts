// Vite plugin: builds Phaser 4 from its sources with only what the game uses (scripts/phaser-game.cjs),
// instead of the prebuilt phaser.esm.js. `import * as Phaser from 'phaser'` is unchanged in the app, and
// the types are still Phaser's own. PHASER_FULL=1 turns it off (the stock build, for comparison).
//
// Phaser's sources expect webpack's DefinePlugin flags (`typeof WEBGL_RENDERER` …); they are replaced
// here so the minifier drops the WebGL renderer, WebGL debugging and sound. The game draws with Phaser's
// Canvas (2D) renderer: its picture is a few dozen filled and stroked shapes, drawn only when it changes
// (src/ui/renderOnChange.ts), and a 2D canvas needs no WebGL context, which on a computer without a usable
// graphics card (software WebGL, or none at all on some training-room laptops and remote desktops) was the
// longest wait before the first screen, or no game at all (docs/load.md).
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const FLAGS: Record<string, string> = {
  WEBGL_RENDERER: 'false',
  CANVAS_RENDERER: 'true',
  WEBGL_DEBUG: 'false',
  FEATURE_SOUND: 'false',
  PLUGIN_CAMERA3D: 'false',
  PLUGIN_FBINSTANT: 'false',
};
const FLAG_RE = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');

const ENTRY = fileURLToPath(new URL('./phaser-game.cjs', import.meta.url));
const SOURCES = `${fileURLToPath(new URL('../node_modules/phaser/src/', import.meta.url))}`;

/**
 * Phaser's device check (src/device/Features.js) creates a throwaway WebGL context, and a 2D one, while
 * Phaser's module is evaluated, to choose between its WebGL and Canvas renderers. This build has no WebGL
 * renderer, and the throwaway context would stay alive in Phaser's canvas pool: with software WebGL a
 * context for the GPU process to create and keep, for nothing (profiled, when the game still drew with
 * WebGL: about 65 ms of the page's main thread waiting for it, `npx tsx scripts/profile-load.ts`).
 * The check becomes "the browser has WebGL's interface"; `isUint8` (ImageData's pixel type) is
 * Uint8ClampedArray in every browser the game supports.
 */
const WEBGL_TEST = 'Features.webGL = testWebGL();';
const WEBGL_CHECK = "Features.webGL = !!window['WebGLRenderingContext']; isUint8 = true;";

function replaceFlags(code: string, id: string): { code: string; map: null } | null {
  if (!id.includes('/node_modules/phaser/src/')) return null;
  let out = code.includes('typeof ') ? code.replace(FLAG_RE, (_, flag: string) => FLAGS[flag]!) : code;
  if (id.endsWith('/device/Features.js')) {
    if (!out.includes(WEBGL_TEST))
      throw new Error(`phaser-game: ${WEBGL_TEST} not found in ${id} (a new Phaser?): update the plugin`);
    out = out.replace(WEBGL_TEST, WEBGL_CHECK);
  }
  return out === code ? null : { code: out, map: null };
}

export default function phaserGame(options: { full?: boolean } = {}): Plugin {
  const full = options.full ?? process.env.PHASER_FULL === '1';
  return {
    name: 'phaser-game',
    enforce: 'pre',
    config() {
      if (full) return;
      return {
        resolve: {
          alias: [
            { find: /^phaser$/, replacement: ENTRY },
            { find: /^phaser-src\//, replacement: SOURCES },
          ],
        },
        // The sources are CommonJS: the dev server's dependency optimizer pre-bundles them, with the flags.
        optimizeDeps: {
          include: ['phaser'],
          rolldownOptions: { plugins: [{ name: 'phaser-game-flags', transform: replaceFlags }] },
        },
      };
    },
    transform(code, id) {
      return full ? null : replaceFlags(code, id);
    },
  };
}
