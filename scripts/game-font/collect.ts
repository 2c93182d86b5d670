// Collects every character the game can draw, from the files that hold its text.
// Pure Node (no Vite): used by the Vite plugin and by tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Printable ASCII, always included (numbers, Latin UI text, English translation). */
export const ASCII_PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) =>
  String.fromCharCode(0x20 + i),
).join('');

/** Chinese punctuation, always included so any string the game composes at run time can use it. */
export const CHINESE_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·～￥％＋－×÷＝＜＞／　';

/**
 * Where the game's text lives. An entry is a file, a folder (`dir/**`: every file below it),
 * or a folder and an extension (`dir/*.json`: that folder's files with that extension, not below).
 */
export const DEFAULT_SOURCES = [
  'index.html',
  'src/main.ts',
  'src/i18n/**',
  'src/ui/**',
  'src/view/**',
  'src/dom/**',
  'scenarios/*.json',
] as const;

/** Text shown only now and then (the whole lecture, for quotes; the facilitator's view): its characters that the sources above
 * lack go into a separate face that the browser downloads only when one of them is drawn. */
// The facilitator's view (its own lazy chunk) is text of the same kind: the trainee's first board never draws it.
export const DEFAULT_LAZY_SOURCES = ['assets/lecture.zh.txt', 'src/facilitator/**'] as const;

const TEXT_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.json', '.txt', '.html', '.css', '.md']);

/** Characters that are never drawn as glyphs (controls, BOM, zero-width, variation selectors, private use). */
function isDrawable(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return false;
  if (cp === 0xfeff || (cp >= 0x200b && cp <= 0x200f) || cp === 0x2028 || cp === 0x2029) return false;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return false;
  if (cp >= 0xe000 && cp <= 0xf8ff) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return true;
}

function hasTextExtension(file: string): boolean {
  const dot = file.lastIndexOf('.');
  return dot >= 0 && TEXT_EXTENSIONS.has(file.slice(dot));
}

function walk(dir: string, recursive: boolean, ext: string | null, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) walk(path, recursive, ext, out);
    } else if (entry.isFile() && (ext ? entry.name.endsWith(ext) : hasTextExtension(entry.name))) {
      out.push(path);
    }
  }
}

/** The files the sources name, that exist now, sorted. Missing sources are skipped (they may not exist yet). */
export function sourceFiles(root: string, sources: readonly string[] = DEFAULT_SOURCES): string[] {
  const out: string[] = [];
  for (const source of sources) {
    if (source.endsWith('/**')) {
      walk(join(root, source.slice(0, -3)), true, null, out);
    } else if (source.includes('/*.')) {
      const [dir, ext] = source.split('/*');
      walk(join(root, dir!), false, ext!, out);
    } else {
      const path = join(root, source);
      if (existsSync(path) && statSync(path).isFile()) out.push(path);
    }
  }
  return [...new Set(out)].sort();
}

/** Does a changed file (absolute path) belong to the sources? Used to rebuild the font in dev. */
export function isSourceFile(
  root: string,
  file: string,
  sources: readonly string[] = DEFAULT_SOURCES,
): boolean {
  const rel = relative(root, file).split(sep).join('/');
  if (rel.startsWith('..')) return false;
  return sources.some((source) => {
    if (source.endsWith('/**')) return rel.startsWith(source.slice(0, -2)) && hasTextExtension(rel);
    if (source.includes('/*.')) {
      const [dir, ext] = source.split('/*');
      return rel.startsWith(`${dir}/`) && !rel.slice(dir!.length + 1).includes('/') && rel.endsWith(ext!);
    }
    return rel === source;
  });
}

/** The drawable non-ASCII characters of a text. */
export function nonAsciiChars(text: string): Set<string> {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7e && isDrawable(cp)) out.add(ch);
  }
  return out;
}

/** Sorts characters by code point into one string. */
export function sortChars(chars: Iterable<string>): string {
  return [...new Set(chars)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

export interface CollectedChars {
  /** ASCII printable, Chinese punctuation and every other character of the sources, sorted by code point. */
  chars: string;
  /** The lazy sources' characters that `chars` lacks, sorted by code point. */
  lazyChars: string;
  /** The files read. */
  files: string[];
}

function charsOfFiles(files: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const file of files) {
    for (const ch of nonAsciiChars(readFileSync(file, 'utf8'))) set.add(ch);
  }
  return set;
}

/** Collects every character the game can draw. */
export function collectChars(
  root: string,
  sources: readonly string[] = DEFAULT_SOURCES,
  lazySources: readonly string[] = DEFAULT_LAZY_SOURCES,
): CollectedChars {
  const coreFiles = sourceFiles(root, sources);
  const lazyFiles = sourceFiles(root, lazySources).filter((f) => !coreFiles.includes(f));
  const core = new Set<string>([...ASCII_PRINTABLE, ...CHINESE_PUNCTUATION, ...charsOfFiles(coreFiles)]);
  const lazy = [...charsOfFiles(lazyFiles)].filter((ch) => !core.has(ch));
  return { chars: sortChars(core), lazyChars: sortChars(lazy), files: [...coreFiles, ...lazyFiles] };
}
