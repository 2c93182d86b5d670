// The game's Phaser build (scripts/phaser-game.cjs) leaves out most of Phaser. TypeScript cannot see that
// (the types are Phaser's full ones), so this reads the game's code and the build's entry and checks that
// every `Phaser.X…` the code names and every `….add.x(…)` factory it calls is in the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ENTRY = readFileSync(join(ROOT, 'scripts', 'phaser-game.cjs'), 'utf8');
const PHASER_SRC = join(ROOT, 'node_modules', 'phaser', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
const code = sourceFiles(join(ROOT, 'src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** The keys of an object literal `name = { … }` in the entry (only its own level). */
function keysOf(name: string): Set<string> {
  const start = ENTRY.indexOf(`var ${name} = {`);
  if (start < 0) throw new Error(`no "var ${name} = {" in scripts/phaser-game.cjs`);
  const keys = new Set<string>();
  let depth = 0;
  for (const line of ENTRY.slice(start).split('\n').slice(1)) {
    const key = /^\s*(\w+):/.exec(line)?.[1];
    if (depth === 0 && key) keys.add(key);
    depth += (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
    if (depth < 0) break;
  }
  return keys;
}

const topLevel = keysOf('Phaser');
const gameObjects = keysOf('GameObjects');
const constants = new Set(
  [...readFileSync(join(PHASER_SRC, 'const.js'), 'utf8').matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]!),
);
const factories = new Set(
  [...ENTRY.matchAll(/require\('phaser-src\/([\w/]+Factory)'\)/g)].flatMap((m) => {
    const file = readFileSync(join(PHASER_SRC, `${m[1]}.js`), 'utf8');
    return [...file.matchAll(/GameObjectFactory\.register\('(\w+)'/g)].map((r) => r[1]!);
  }),
);

describe("the game's Phaser build", () => {
  test('has every Phaser namespace, constant and game object class the game names', () => {
    const missing: string[] = [];
    for (const [, first, second] of code.matchAll(/\bPhaser\.([A-Z]\w*)(?:\.(\w+))?/g)) {
      if (first === 'Types') continue; // types only
      if (!topLevel.has(first!) && !constants.has(first!)) missing.push(`Phaser.${first}`);
      else if (first === 'GameObjects' && second && !gameObjects.has(second))
        missing.push(`Phaser.GameObjects.${second}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  test('registers every game object factory the scenes call (this.add.…)', () => {
    const used = new Set([...code.matchAll(/\.add\.(\w+)\(/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !factories.has(name))).toEqual([]);
  });
});
