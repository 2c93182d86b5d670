// The game-font build: which characters go into the font, and that the font holds a glyph for each.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fontverter from 'fontverter';
import { afterAll, describe, expect, test } from 'vitest';
import {
  ASCII_PRINTABLE,
  CHINESE_PUNCTUATION,
  collectChars,
  isSourceFile,
} from '../../scripts/game-font/collect.ts';
import { buildGameFont, fontFaceCss, toUnicodeRange } from '../../scripts/game-font/subset.ts';

const root = mkdtempSync(join(tmpdir(), 'game-font-test-'));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('src/i18n/zh.ts', "export const zh = { title: '社区书记', end: '结束本月 ▲' };");
write('src/ui/Board.ts', "const label = '协调';");
write('src/dom/deep/nested.ts', "const s = '五治';");
write('scenarios/old.json', '{"title":{"zh":"老旧小区改造"}}');
write('scenarios/nested/ignored.json', '{"title":"忽略"}');
write('src/core/rules.ts', "const secret = '不显示';");
write('assets/lecture.zh.txt', '社区治理要统筹五社。');

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function codePoints(woff2: Buffer): Promise<Set<number>> {
  const hb = await import('harfbuzzjs');
  const sfnt = await fontverter.convert(woff2, 'truetype');
  return new Set(new hb.Face(new hb.Blob(new Uint8Array(sfnt)), 0).collectUnicodes());
}

describe('the characters the game can draw', () => {
  const chars = collectChars(root);

  test('every character of the UI, the HTML layer and the scenarios is loaded up front', () => {
    for (const ch of '社区书记结束本月▲协调五治老旧小区改造') expect(chars.chars).toContain(ch);
  });

  test('ASCII and Chinese punctuation are always there, for text composed at run time', () => {
    for (const ch of ASCII_PRINTABLE + CHINESE_PUNCTUATION) expect(chars.chars).toContain(ch);
  });

  test('text outside the game’s text sources is left out (rules code, nested scenario folders)', () => {
    expect(chars.chars).not.toContain('显');
    expect(chars.chars).not.toContain('忽');
  });

  test('characters only in the lecture are on demand, not up front, and not twice', () => {
    expect(chars.lazyChars).toContain('统');
    expect(chars.lazyChars).toContain('筹');
    expect(chars.chars).not.toContain('统');
    expect(chars.lazyChars).not.toContain('社');
  });

  test('the characters are sorted and unique, so the same sources give the same font', () => {
    const list = [...chars.chars];
    expect(new Set(list).size).toBe(list.length);
    expect(list.map((c) => c.codePointAt(0)!)).toEqual(
      [...list.map((c) => c.codePointAt(0)!)].sort((a, b) => a - b),
    );
  });

  test('a change to a source file is recognised (dev rebuild), a change elsewhere is not', () => {
    expect(isSourceFile(root, join(root, 'src/i18n/zh.ts'))).toBe(true);
    expect(isSourceFile(root, join(root, 'src/dom/deep/nested.ts'))).toBe(true);
    expect(isSourceFile(root, join(root, 'scenarios/old.json'))).toBe(true);
    expect(isSourceFile(root, join(root, 'scenarios/nested/ignored.json'))).toBe(false);
    expect(isSourceFile(root, join(root, 'src/core/rules.ts'))).toBe(false);
  });
});

describe('the built font', () => {
  test('unicode-range lists runs of code points compactly', () => {
    expect(toUnicodeRange('abcx社')).toBe('U+61-63,U+78,U+793e');
  });

  test('holds a glyph for every character it claims, in both weights, and nothing else', async () => {
    const chars = collectChars(root);
    const font = await buildGameFont({
      chars: chars.chars,
      lazyChars: chars.lazyChars,
      family: 'Test Family',
      weights: [400, 700],
      cacheDir: join(root, 'cache'),
    });
    expect(font.missing).toBe('');
    for (const weight of [400, 700]) {
      const faces = font.faces.filter((f) => f.weight === weight);
      const main = faces.find((f) => f.unicodeRange === null)!;
      const cps = await codePoints(main.data);
      for (const ch of '社区书记结束本月协调ABC，。') expect(cps.has(ch.codePointAt(0)!), ch).toBe(true);
      expect(cps.has('统'.codePointAt(0)!)).toBe(false); // on demand, in its own face
      const lazy = faces.find((f) => f.fileName.includes('-lazy-'))!;
      expect((await codePoints(lazy.data)).has('统'.codePointAt(0)!)).toBe(true);
    }
    // ▲ is not in the simplified-Chinese file: each weight gets it from another slice, with its unicode-range.
    const triangles = font.faces.filter((f) => f.chars.includes('▲'));
    expect(triangles.map((f) => [f.weight, f.unicodeRange, f.symbols])).toEqual([
      [400, 'U+25b2', true],
      [700, 'U+25b2', true],
    ]);
    for (const f of triangles) expect((await codePoints(f.data)).has(0x25b2)).toBe(true);
    const css = fontFaceCss(font, (f) => `./assets/${f}`);
    expect(css.match(/@font-face/g)?.length).toBe(font.faces.length);
    expect(css).toContain('font-family:"Test Family"');
    // The on-disk cache gives the same files back.
    const again = await buildGameFont({
      chars: chars.chars,
      lazyChars: chars.lazyChars,
      family: 'Test Family',
      weights: [400, 700],
      cacheDir: join(root, 'cache'),
    });
    expect(again.faces.map((f) => f.fileName)).toEqual(font.faces.map((f) => f.fileName));
    expect(readdirSync(join(root, 'cache')).length).toBe(font.faces.length);
  }, 60_000);
});
