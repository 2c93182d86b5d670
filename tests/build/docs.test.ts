// A clone of the project is complete: the design and the concept list live in docs/, the concept list
// quotes exactly what the game shows (and what the lecture says), and no document points outside the
// project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONCEPTS } from '../../src/core/ids.ts';
import { zh } from '../../src/i18n/zh.ts';
import { readLecture } from '../../src/scenarios/node.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The lecture mixes ASCII and full-width punctuation; compare without it (as tests/i18n/quotes.test.ts). */
const bare = (s: string) => s.replace(/[\s,，.。;；:："“”"'‘’、!！?？()（）]/g, '');

/** docs/concepts.md's table: id → quote (the third column, with `\|` unescaped). */
function conceptRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of read('docs/concepts.md').split('\n')) {
    const m = /^\| `([a-z-]+)` \| [^|]+ \| (.+?) \| [^|]+ \|$/.exec(line);
    if (m) rows.set(m[1]!, [...(rows.get(m[1]!) ?? []), m[2]!.replace(/\\\|/g, '|')]);
  }
  return rows;
}

describe('the concept list in the project (docs/concepts.md)', () => {
  const rows = conceptRows();

  test('lists every concept id of the rules once, and nothing else', () => {
    expect([...rows.keys()].sort()).toEqual([...CONCEPTS].sort());
    for (const [id, quotes] of rows) expect(quotes, id).toHaveLength(1);
  });

  test('quotes each idea exactly as the game shows it — one concept, one quote', () => {
    for (const id of CONCEPTS) expect(rows.get(id)?.[0], id).toBe(zh.concept[id].quote);
  });

  test('every quote is the lecture’s own words, piece by piece between ellipses', () => {
    const lecture = bare(readLecture());
    for (const [id, [quote]] of rows) {
      const pieces = quote!.split('……').map(bare).filter(Boolean);
      expect(pieces.length, id).toBeGreaterThan(0);
      for (const p of pieces) expect(lecture, `${id}: ${p}`).toContain(p);
    }
  });
});

describe('the documents of a clone', () => {
  test('the README links the design and the concept list', () => {
    const readme = read('README.md');
    expect(readme).toContain('(docs/design.md)');
    expect(readme).toContain('(docs/concepts.md)');
  });

  test('no document names a design file outside the project', () => {
    for (const doc of DOCS) {
      const text = read(doc);
      for (const outside of [
        'GAME.md',
        'CONCEPTS.md',
        'ARCHITECTURE.md',
        'TOOLCHAIN.md',
        'LOOK.md',
        '../shared',
      ])
        expect(text.includes(outside), `${doc} mentions ${outside}`).toBe(false);
    }
  });

  test('every relative link of the README and docs/ leads to a file of the project', () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      for (const [, target] of read(doc).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!existsSync(join(ROOT, dirname(doc), target!))) broken.push(`${doc} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
