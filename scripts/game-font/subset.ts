// Builds the game's font: for each weight, one woff2 holding exactly the game's characters, cut from
// @fontsource/noto-sans-sc's simplified-Chinese file (which also holds ASCII and Chinese punctuation).
// Characters that file lacks are cut from the unicode-range slice that has them, as extra faces with a
// unicode-range, so one family covers them all. Results are cached on disk by content; works offline.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Bump when the output for the same inputs would change. */
const CACHE_VERSION = 1;

/** OpenType layout features kept: what Chromium applies by default to horizontal text. Others (vertical forms,
 * locale variants for other regions) would pull in glyphs the game never draws. */
const KEEP_FEATURES = ['ccmp', 'locl', 'kern', 'liga', 'calt', 'mark', 'mkmk', 'halt', 'palt'];

export interface FontFaceFile {
  weight: number;
  /** A face of symbols cut from another slice (▲ ▼ → …), not of the simplified-Chinese file. */
  symbols: boolean;
  /** Output file name, content-hashed: `game-font-400-1a2b3c4d.woff2`, `game-font-400-lazy-….woff2`,
   * `game-font-400-symbols0-….woff2`. */
  fileName: string;
  data: Buffer;
  /** The characters this face holds. */
  chars: string;
  /** CSS unicode-range, or null for the main face of a weight (it takes every character not claimed by another). */
  unicodeRange: string | null;
  /** The @fontsource file it was cut from. */
  source: string;
}

export interface GameFont {
  family: string;
  weights: number[];
  faces: FontFaceFile[];
  /** Characters that no face of some weight holds (drawn by a system font, if any). */
  missing: string;
  /** Total bytes of all faces. */
  bytes: number;
}

interface Slice {
  file: string;
  ranges: Array<[number, number]>;
}

function fontsourceDir(): string {
  return join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
}

function parseUnicodeRange(text: string): Array<[number, number]> {
  return text.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(lo!, 16), Number.parseInt(hi ?? lo!, 16)] as [number, number];
  });
}

/** The unicode-range slices of one weight, from @fontsource's CSS. */
function slicesOf(weight: number): Slice[] {
  const css = readFileSync(join(fontsourceDir(), '..', `${weight}.css`), 'utf8');
  const out: Slice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range) out.push({ file, ranges: parseUnicodeRange(range) });
  }
  return out;
}

/** Compresses sorted code points into a CSS unicode-range. */
export function toUnicodeRange(chars: string): string {
  const cps = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j]! + 1) j++;
    const lo = cps[i]!.toString(16);
    parts.push(i === j ? `U+${lo}` : `U+${lo}-${cps[j]!.toString(16)}`);
    i = j + 1;
  }
  return parts.join(',');
}

type Hb = typeof import('harfbuzzjs');
let hbPromise: Promise<Hb> | null = null;
const cmapCache = new Map<string, Set<number>>();

/** The code points a woff2 file maps (its cmap). */
async function codePointsOf(path: string): Promise<Set<number>> {
  const cached = cmapCache.get(path);
  if (cached) return cached;
  hbPromise ??= import('harfbuzzjs');
  const hb = await hbPromise;
  const fontverter = (await import('fontverter')).default;
  const sfnt = await fontverter.convert(readFileSync(path), 'truetype');
  const blob = new hb.Blob(new Uint8Array(sfnt));
  const face = new hb.Face(blob, 0);
  const set = new Set(face.collectUnicodes());
  cmapCache.set(path, set);
  return set;
}

function sha(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

async function subsetCached(sourcePath: string, chars: string, cacheDir: string): Promise<Buffer> {
  const source = readFileSync(sourcePath);
  const key = sha(JSON.stringify({ v: CACHE_VERSION, chars, source: sha(source), features: KEEP_FEATURES }));
  const cached = join(cacheDir, `${key}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const subsetFont = (await import('subset-font')).default;
  const out = await subsetFont(source, chars, { targetFormat: 'woff2', keepFeatures: KEEP_FEATURES });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, out);
  return out;
}

export interface BuildOptions {
  /** Characters loaded up front: the main face of each weight. */
  chars: string;
  /** Characters only needed later (e.g. lecture quotes in HTML): a separate face of each weight with a
   * unicode-range, which the browser downloads only when such a character is drawn. */
  lazyChars?: string;
  family: string;
  weights: number[];
  cacheDir: string;
}

/** Builds every face of the game font. Deterministic for the same inputs. */
export async function buildGameFont(options: BuildOptions): Promise<GameFont> {
  const { chars, family, weights, cacheDir } = options;
  const coreSet = new Set(chars);
  const lazyChars = [...(options.lazyChars ?? '')].filter((ch) => !coreSet.has(ch));
  const dir = fontsourceDir();
  const faces: FontFaceFile[] = [];
  const missing = new Set<string>();
  for (const weight of weights) {
    const mainFile = `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`;
    const mainCps = await codePointsOf(join(dir, mainFile));
    const slices = slicesOf(weight);
    const inMain: string[] = [];
    const inLazy: string[] = [];
    const bySlice = new Map<string, string[]>();
    for (const [list, target] of [
      [[...chars], inMain],
      [lazyChars, inLazy],
    ] as const) {
      for (const ch of list) {
        const cp = ch.codePointAt(0)!;
        if (mainCps.has(cp)) {
          target.push(ch);
          continue;
        }
        // The few symbols the simplified-Chinese file lacks (▲ ▼ → ≥ …) come from the unicode-range slice
        // that has them, one small face per slice. (One face declared for a weight range, shared by both
        // weights, does not work: a weight-400 request then matches that face instead of the main one.)
        const slice = slices.find((sl) => sl.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
        if (slice && (await codePointsOf(join(dir, slice.file))).has(cp)) {
          bySlice.set(slice.file, [...(bySlice.get(slice.file) ?? []), ch]);
        } else {
          missing.add(ch);
        }
      }
    }
    // [source file, characters, name, declared with a unicode-range]
    const parts: Array<[string, string[], string, boolean]> = [[mainFile, inMain, `${weight}`, false]];
    if (inLazy.length > 0) parts.push([mainFile, inLazy, `${weight}-lazy`, true]);
    let n = 0;
    for (const [file, list] of [...bySlice].sort(([a], [b]) => a.localeCompare(b))) {
      parts.push([file, list, `${weight}-symbols${n++}`, true]);
    }
    for (const [file, list, name, ranged] of parts) {
      const text = list.join('');
      const data = await subsetCached(join(dir, file), text, cacheDir);
      faces.push({
        weight,
        symbols: name.includes('-symbols'),
        fileName: `game-font-${name}-${sha(data).slice(0, 8)}.woff2`,
        data,
        chars: text,
        unicodeRange: ranged ? toUnicodeRange(text) : null,
        source: file,
      });
    }
  }
  return {
    family,
    weights,
    faces,
    missing: [...missing].join(''),
    bytes: faces.reduce((sum, f) => sum + f.data.length, 0),
  };
}

/** The @font-face rules. `url` maps a face's file name to the URL the page loads it from. The main face of
 * each weight comes first so that the extra faces (declared later) are tried first for their characters. */
export function fontFaceCss(font: GameFont, url: (fileName: string) => string): string {
  const rules = font.faces.map((face) =>
    [
      '@font-face{',
      `font-family:"${font.family}";`,
      'font-style:normal;',
      `font-weight:${face.weight};`,
      'font-display:block;',
      `src:url(${url(face.fileName)}) format("woff2");`,
      face.unicodeRange ? `unicode-range:${face.unicodeRange};` : '',
      '}',
    ].join(''),
  );
  rules.push(`:root{--game-font-family:"${font.family}",sans-serif;}`);
  return rules.join('\n');
}
