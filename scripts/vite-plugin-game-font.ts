// Vite plugin: the game's self-hosted Chinese font, subset at build time (and at dev-server start) to exactly
// the characters the game can draw. See docs/UI-HOOKS.md for how the app uses it.
//
// - Collects the characters (scripts/game-font/collect.ts) and cuts one woff2 per weight from
//   @fontsource/noto-sans-sc (scripts/game-font/subset.ts); cached under Vite's cacheDir, works offline.
// - Writes the @font-face rules to a stylesheet of their own (assets/game-font-HASH.css; no inline <style>, so
//   the page's Content-Security-Policy needs no exception) and links it from index.html with a
//   <link rel=preload> for the main face, so the download starts before any script runs (the tags go after
//   the page's scripts: see transformIndexHtml). Build: emits the
//   woff2 files and the stylesheet into assets/. Dev: serves them from memory and rebuilds them when a text
//   source changes (then reloads the page).
// - `import { fontFamily, fontWeights, fontChars, loadGameFont } from 'virtual:game-font'`.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import {
  type CollectedChars,
  collectChars,
  DEFAULT_LAZY_SOURCES,
  DEFAULT_SOURCES,
  isSourceFile,
} from './game-font/collect.ts';
import { buildGameFont, fontFaceCss, type GameFont } from './game-font/subset.ts';

export const GAME_FONT_FAMILY = 'Noto Sans SC Game';

export interface GameFontOptions {
  family?: string;
  weights?: number[];
  sources?: readonly string[];
  lazySources?: readonly string[];
  /** false: only the virtual module (its character list), no font files — for unit tests. */
  fonts?: boolean;
}

const VIRTUAL_ID = 'virtual:game-font';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PATH = '@game-font/';
const DEV_CSS = 'game-font.css';

/** The stylesheet of @font-face rules; it sits beside the woff2 files, so their URLs are bare file names. */
function fontCss(font: GameFont): { css: string; fileName: string } {
  const css = fontFaceCss(font, (file) => `./${file}`);
  return { css, fileName: `game-font-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css` };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function describeFont(font: GameFont, chars: CollectedChars): string {
  const size = (faces: GameFont['faces']) => faces.reduce((sum, f) => sum + f.data.length, 0);
  const perWeight = font.weights
    .map((w) => {
      const main = font.faces.filter((f) => f.weight === w && f.unicodeRange === null);
      const lazy = font.faces.filter((f) => f.weight === w && f.unicodeRange !== null && !f.symbols);
      return `${w}: ${kb(size(main))}${lazy.length ? ` + ${kb(size(lazy))} on demand` : ''}`;
    })
    .join(', ');
  const symbols = font.faces.filter((f) => f.symbols);
  const lines = [
    `game-font: "${font.family}" ${[...chars.chars].length} characters up front + ${[...chars.lazyChars].length} on demand, ` +
      `${font.faces.length} woff2 files: ${perWeight}` +
      `${symbols.length ? `, symbols ${[...new Set(symbols.map((f) => f.chars).join(''))].join('')}: ${kb(size(symbols))} in ${symbols.length} files` : ''}` +
      `; total ${kb(font.bytes)}`,
  ];
  if (font.missing) lines.push(`game-font: no Noto Sans SC glyph for: ${font.missing}`);
  return lines.join('\n');
}

export function moduleCode(family: string, weights: number[], chars: CollectedChars): string {
  return [
    `export const fontFamily = ${JSON.stringify(family)};`,
    `export const fontWeights = ${JSON.stringify(weights)};`,
    `export const fontChars = ${JSON.stringify(chars.chars)};`,
    `export const fontLazyChars = ${JSON.stringify(chars.lazyChars)};`,
    'export function loadGameFont(extraText = "", weights = fontWeights) {',
    '  if (typeof document === "undefined" || !document.fonts) return Promise.resolve();',
    '  const text = fontChars + extraText;',
    '  const load = (w) => document.fonts.load(w + " 32px \\"" + fontFamily + "\\"", text);',
    '  return Promise.all(weights.map(load)).then(() => undefined);',
    '}',
  ].join('\n');
}

export default function gameFont(options: GameFontOptions = {}): Plugin {
  const family = options.family ?? GAME_FONT_FAMILY;
  // One weight: bold text (canvas and HTML) is drawn with the browser's synthetic bold of the 400 face.
  // A real 700 face costs ~130 KB more before the board (measured with `npm run bench:load`), for a heavier stroke.
  const weights = options.weights ?? [400];
  const sources = options.sources ?? DEFAULT_SOURCES;
  const lazySources = options.lazySources ?? DEFAULT_LAZY_SOURCES;
  const withFonts = options.fonts ?? true;
  let config: ResolvedConfig;
  let chars: CollectedChars | null = null;
  let font: Promise<GameFont> | null = null;

  const collect = (): CollectedChars => collectChars(config.root, sources, lazySources);
  const build = (c: CollectedChars): Promise<GameFont> =>
    buildGameFont({
      chars: c.chars,
      lazyChars: c.lazyChars,
      family,
      weights,
      cacheDir: join(config.cacheDir, 'game-font'),
    });
  const ensure = (): { chars: CollectedChars; font: Promise<GameFont> } => {
    chars ??= collect();
    font ??= build(chars);
    return { chars, font };
  };

  return {
    name: 'game-font',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      chars = collect();
      for (const file of chars.files) this.addWatchFile(file);
      if (withFonts) font = build(chars);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      chars ??= collect();
      return moduleCode(family, weights, chars);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, ctx): Promise<HtmlTagDescriptor[]> {
        if (!withFonts) return [];
        const built = await ensure().font;
        const url = ctx.server
          ? (file: string) => `${config.base}${DEV_PATH}${file}`
          : (file: string) => {
              const base = config.base === './' || config.base === '' ? './' : config.base;
              return `${base}${config.build.assetsDir}/${file}`;
            };
        const tags: HtmlTagDescriptor[] = [];
        // The main face and the few-glyph symbol faces (≈1 KB each; the board draws them, and loadGameFont
        // waits for them) are fetched at navigation, not when the script asks for them. After the page's
        // scripts in <head> ('head', not 'head-prepend'): the scripts are what the page waits for first, and
        // requested behind ten font files they queued for a connection (a browser opens six per host over
        // HTTP/1.1); the font is needed only once Phaser has booted. Measured with the labels build, 15
        // interleaved runs twice: the playable board 71 and 10 ms sooner, every Chromium process's CPU to it
        // 160 and 90 ms lower.
        for (const face of built.faces.filter((f) => f.unicodeRange === null || f.symbols)) {
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              href: url(face.fileName),
              crossorigin: '',
            },
            injectTo: 'head',
          });
        }
        tags.push({
          tag: 'link',
          attrs: {
            rel: 'stylesheet',
            href: url(ctx.server ? DEV_CSS : fontCss(built).fileName),
            'data-game-font': '',
          },
          injectTo: 'head',
        });
        return tags;
      },
    },
    async generateBundle() {
      if (!withFonts || !font || !chars) return;
      const built = await font;
      for (const face of built.faces) {
        this.emitFile({
          type: 'asset',
          fileName: `${config.build.assetsDir}/${face.fileName}`,
          source: face.data,
        });
      }
      const { css, fileName } = fontCss(built);
      this.emitFile({ type: 'asset', fileName: `${config.build.assetsDir}/${fileName}`, source: css });
      config.logger.info(describeFont(built, chars));
    },
    configureServer(server: ViteDevServer) {
      if (!withFonts) return;
      server.httpServer?.once('listening', () => {
        const current = ensure();
        current.font.then(
          (built) => config.logger.info(describeFont(built, current.chars)),
          (error: unknown) => config.logger.error(`game-font: ${String(error)}`),
        );
      });
      server.middlewares.use((req, res, next) => {
        const prefix = `${config.base}${DEV_PATH}`;
        if (!req.url?.startsWith(prefix)) return next();
        const name = req.url.slice(prefix.length).split('?')[0];
        ensure()
          .font.then((built) => {
            if (name === DEV_CSS) {
              res.setHeader('Content-Type', 'text/css');
              res.setHeader('Cache-Control', 'no-cache');
              res.end(fontCss(built).css);
              return;
            }
            const face = built.faces.find((f) => f.fileName === name);
            if (!face) {
              res.statusCode = 404;
              res.end();
              return;
            }
            res.setHeader('Content-Type', 'font/woff2');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(face.data);
          })
          .catch(next);
      });
      let timer: ReturnType<typeof setTimeout> | null = null;
      const onFile = (file: string) => {
        if (!isSourceFile(config.root, file, sources) && !isSourceFile(config.root, file, lazySources))
          return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          const next = collect();
          if (chars && next.chars === chars.chars && next.lazyChars === chars.lazyChars) return;
          chars = next;
          font = build(next);
          font.then(
            (built) => {
              config.logger.info(describeFont(built, next), { timestamp: true });
              const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
              if (mod) server.moduleGraph.invalidateModule(mod);
              server.ws.send({ type: 'full-reload' });
            },
            (error: unknown) => config.logger.error(`game-font: ${String(error)}`),
          );
        }, 200);
      };
      server.watcher.on('change', onFile);
      server.watcher.on('add', onFile);
      server.watcher.on('unlink', onFile);
    },
  };
}
