// src/core is pure (ARCHITECTURE rule 1): it imports nothing but immer, seedrandom and its own files,
// and reads no clock, no Math.random and no engine-dependent maths.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');
const files = readdirSync(CORE).filter((f) => f.endsWith('.ts'));
const source = (f: string) => readFileSync(join(CORE, f), 'utf8');
/** Source without comments, so a comment that names a forbidden thing is not a finding. */
const code = (f: string) =>
  source(f)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Every module specifier: static and type imports, re-exports, dynamic import(), require(). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const p of patterns) for (const m of text.matchAll(p)) out.push(m[1]!);
  return out;
}

describe('the core is pure', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain('step.ts');
  });

  it.each(files)('src/core/%s imports nothing but immer, seedrandom and its own files', (f) => {
    const text = code(f);
    expect(text).not.toMatch(/\bimport\s*\(/);
    expect(text).not.toMatch(/\brequire\s*\(/);
    for (const spec of specifiers(text)) {
      if (spec === 'immer' || spec === 'seedrandom') continue;
      expect(spec, `${f} imports ${spec}`).toMatch(/^\.\/[\w.-]+$/);
      const target = spec.replace(/^\.\//, '').replace(/\.ts$/, '');
      expect(files, `${f} imports ${spec}, not a file of src/core`).toContain(`${target}.ts`);
    }
  });

  it.each(files)('src/core/%s reads no clock, no Math.random and no engine-dependent maths', (f) => {
    const text = code(f);
    expect(text).not.toMatch(
      /\bMath\.(random|pow|exp|expm1|log|log2|log10|log1p|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot)\b/,
    );
    expect(text).not.toMatch(/\bDate\b|\bperformance\.now\b|\bcrypto\b/);
    expect(text).not.toMatch(/\b(window|document|globalThis|process)\b/);
    expect(text).not.toMatch(/\bphaser\b/i);
  });

  it('the specifier reader finds every kind of import (so the check above can fail)', () => {
    const sample = [
      "import { a } from './a';",
      "import type { B } from 'phaser';",
      "export * from './c';",
      "import './side-effect';",
      "const x = await import('node:fs');",
    ].join('\n');
    expect(specifiers(sample)).toEqual(
      expect.arrayContaining(['./a', 'phaser', './c', './side-effect', 'node:fs']),
    );
  });
});
