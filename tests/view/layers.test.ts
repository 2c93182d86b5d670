// One way through the house: src/ui (Phaser) → src/dom (HTML) → src/view (view models) → src/core.
// Reads the import statements of every source file and refuses an import against that direction,
// and any Phaser or DOM in src/view. The checker is tested on a planted breach so it can fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** What each layer may import: folders of src, and packages. Layers not listed are not checked here. */
const ALLOWED: Record<string, { folders: readonly string[]; packages: readonly string[] }> = {
  core: { folders: ['core'], packages: ['seedrandom', 'immer'] },
  i18n: { folders: ['i18n', 'core'], packages: [] },
  view: { folders: ['view', 'core', 'i18n'], packages: [] },
  // app/store for the save's types; bots/par is loaded on the debrief for par; codes for the one seed rule.
  dom: { folders: ['dom', 'view', 'core', 'i18n', 'app', 'bots', 'codes'], packages: [] },
};

/** Browser and engine names that have no place in a framework-free layer. */
const FORBIDDEN_GLOBALS: Record<string, RegExp> = {
  view: /\b(document|window|HTMLElement|Element|Node|Phaser|localStorage|requestAnimationFrame)\b/,
};

interface SourceFile {
  /** Path below src, with forward slashes: `view/board.ts`. */
  path: string;
  text: string;
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Every module a file imports or re-exports, statically or dynamically. */
function importsOf(text: string): string[] {
  const code = stripComments(text);
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The code with string literals and comments blanked, for the forbidden-globals check. */
function codeOnly(text: string): string {
  return stripComments(text).replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

/** Each import against the direction, as "file → target". */
function violations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const layer = f.path.split('/')[0]!;
    const rule = ALLOWED[layer];
    if (!rule) continue;
    for (const spec of importsOf(f.text)) {
      if (spec.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(f.path), spec));
        const folder = target.split('/')[0]!;
        if (target.startsWith('..') || !rule.folders.includes(folder)) out.push(`${f.path} → ${target}`);
      } else {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!rule.packages.includes(pkg)) out.push(`${f.path} → ${spec}`);
      }
    }
    const forbidden = FORBIDDEN_GLOBALS[layer];
    const hit = forbidden ? forbidden.exec(codeOnly(f.text)) : null;
    if (hit) out.push(`${f.path} uses ${hit[1]}`);
  }
  return out;
}

function sourceFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.name.endsWith('.ts'))
      out.push({ path: relative(SRC, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
  }
  return out;
}

describe('dependencies run one way: ui → dom → view → core', () => {
  const files = sourceFiles(SRC);

  it('the source tree has the layers the checker reads', () => {
    const layers = new Set(files.map((f) => f.path.split('/')[0]));
    for (const l of ['core', 'view', 'dom', 'ui', 'i18n']) expect(layers).toContain(l);
    expect(files.filter((f) => f.path.startsWith('view/')).length).toBeGreaterThanOrEqual(5);
  });

  it('no file imports against the direction, and src/view holds no Phaser or DOM', () => {
    expect(violations(files)).toEqual([]);
  });

  it('the checker refuses a view model importing the HTML layer or Phaser, and the HTML layer importing a scene', () => {
    const planted: SourceFile[] = [
      { path: 'view/bad.ts', text: "import { h } from '../dom/h';\nimport type * as P from 'phaser';" },
      { path: 'view/worse.ts', text: "export { GRAPH } from '../ui/layout';\nconst el = document.body;" },
      { path: 'dom/bad.ts', text: "import { Board } from '../ui/Board';" },
      { path: 'dom/lazy.ts', text: "void import('../ui/Title');" },
      { path: 'core/bad.ts', text: "import { chips } from '../view';" },
    ];
    expect(violations(planted)).toEqual([
      'view/bad.ts → dom/h',
      'view/bad.ts → phaser',
      'view/worse.ts → ui/layout',
      'view/worse.ts uses document',
      'dom/bad.ts → ui/Board',
      'dom/lazy.ts → ui/Title',
      'core/bad.ts → view',
    ]);
  });

  it('the checker reads type-only, re-exporting, side-effect and dynamic imports, and ignores comments and strings', () => {
    const text = [
      "import type { A } from './a';",
      "import {\n  b,\n  c,\n} from '../core';",
      "export * from './d';",
      "import './e.css';",
      "const m = await import('../bots/par');",
      "// import { x } from '../ui/x';",
      "const s = 'window';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../core', './d', './e.css', '../bots/par']);
    expect(violations([{ path: 'view/ok.ts', text: "const s = 'document';\n// window" }])).toEqual([]);
  });

  it('every file of src/view is read (none hides in a folder the checker skips)', () => {
    const onDisk = readdirSync(join(SRC, 'view'), { recursive: true }) as string[];
    const ts = onDisk.filter((p) => p.endsWith('.ts')).map((p) => `view/${p.split(sep).join('/')}`);
    expect(files.map((f) => f.path).filter((p) => p.startsWith('view/'))).toEqual(expect.arrayContaining(ts));
  });
});
