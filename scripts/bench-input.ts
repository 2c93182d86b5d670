// npm run bench:input — issue 8's targets, measured and printed (a benchmark, not a timed test):
//   1. crafted inputs of ≤ 10 MB (replay files, saves, scenario files) are refused in < 100 ms each;
//   2. a batch of 1,000 replay files with 10 % damaged verifies every good one (npm run verify's main).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GameStore, saveKey } from '../src/app/store';
import { getBot } from '../src/bots';
import { playGame } from '../src/bots/play';
import { main as verifyMain } from '../src/cli/verify';
import { makeReplay, replayToJson, verifyReplay, verifyReplayText } from '../src/replay';
import { parseScenario } from '../src/scenarios/load';
import { loadScenarioFiles, readLecture } from '../src/scenarios/node';

const scenarios = loadScenarioFiles().scenarios;
const lookup = (id: string) => scenarios.find((s) => s.id === id);
const bot = getBot('random');
if (!bot) throw new Error('no random bot');
const lecture = readLecture();
const MB = 1_000_000;

const good = (() => {
  const g = playGame(scenarios[0]!, 'bench', bot);
  return replayToJson(makeReplay(g.start, g.actions, g.state));
})();
const scenarioText = JSON.stringify(
  JSON.parse((await import('node:fs')).readFileSync(join('scenarios', `${scenarios[0]!.id}.json`), 'utf8')),
);
const withField = (text: string, field: string, raw: string) => {
  const f = JSON.parse(text);
  f[field] = '@@';
  return JSON.stringify(f).replace('"@@"', raw);
};
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** Memory storage for the save path. */
class Mem {
  m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  clear() {
    this.m.clear();
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}
const loadSave = (text: string) => {
  const storage = new Mem();
  storage.setItem(saveKey('auto'), text);
  const r = new GameStore(storage, { get: lookup }).load();
  return r.ok ? 'LOADED' : r.empty ? 'empty' : r.problem.code;
};

/** Each case: its name, how to build the input (not timed), and the check (timed). */
type Case = [string, () => unknown, (input: never) => string];
const text = (f: (t: string) => string): ((t: string) => string) => f;
const cases: Case[] = [
  ['replay: 10 MB of "[" (5 M deep)', () => deep(5 * MB), text((t) => code(verifyReplayText(t, lookup)))],
  ...['format', 'seed', 'actions', 'result'].map(
    (f): Case => [
      `replay: 5,000-deep ${f}`,
      () => withField(good, f, deep(5000)),
      text((t) => code(verifyReplayText(t, lookup))),
    ],
  ),
  [
    'replay: 10 MB seed',
    () => withField(good, 'seed', `"${'s'.repeat(10 * MB)}"`),
    text((t) => code(verifyReplayText(t, lookup))),
  ],
  [
    'replay: 0.99 MB of one string',
    () => withField(good, 'seed', `"${'s'.repeat(990_000)}"`),
    text((t) => code(verifyReplayText(t, lookup))),
  ],
  [
    'replay: 0.25 MB, 12,000 actions (inside the size bound)',
    () => withField(good, 'actions', `[${Array(12_000).fill('{"type":"endMonth"}').join(',')}]`),
    text((t) => code(verifyReplayText(t, lookup))),
  ],
  [
    'replay object: sparse actions of length 10 M',
    () => ({ ...JSON.parse(good), actions: new Array(10 * MB) }),
    (o: unknown) => code(verifyReplay(o, lookup)),
  ],
  [
    'replay object: 10 MB seed',
    () => ({ ...JSON.parse(good), seed: 's'.repeat(10 * MB) }),
    (o: unknown) => code(verifyReplay(o, lookup)),
  ],
  ['save: 10 MB of "[" in the slot', () => `{"format":${deep(5 * MB - 6)}}`, text(loadSave)],
  ['save: 5 MB seed', () => withField(good, 'seed', `"${'s'.repeat(5 * MB)}"`), text(loadSave)],
  [
    'scenario: 10 MB title',
    () => withField(scenarioText, 'title', `{"zh":"${'长'.repeat(10 * MB - 50)}","en":"t"}`),
    text(scen),
  ],
  ['scenario: 6 MB id', () => withField(scenarioText, 'id', `"${'a'.repeat(6 * MB)}"`), text(scen)],
  ['scenario: 20,000 shocks (11 MB)', () => shocks(20_000), text(scen)],
  ['scenario: 300 shocks (250 KB, inside the size bound)', () => shocks(300), text(scen)],
  ['scenario: 10 MB of {"a":', () => '{"a":'.repeat(2 * MB), text(scen)],
];
function shocks(n: number): string {
  const s = JSON.parse(scenarioText);
  s.shocks = Array.from({ length: n }, (_, i) => ({
    ...s.shocks[0],
    concern: { ...s.shocks[0].concern, id: `s-${i}` },
  }));
  return JSON.stringify(s);
}
function code(r: ReturnType<typeof verifyReplay>): string {
  return r.ok ? 'VERIFIED' : r.reason.code;
}
function scen(text: string): string {
  const r = parseScenario(text, `scenarios/${scenarios[0]!.id}.json`, lecture);
  return r.ok ? 'ACCEPTED' : r.error.message.slice(0, 70);
}

console.log('crafted inputs (target: each refused in < 100 ms; time excludes building the input;');
console.log(
  `  "cold" is the first call of its kind in this process, "warm" the next; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
);
let worst = 0;
for (const [name, build, check] of cases) {
  const input = build() as never;
  const size = typeof input === 'string' ? `${((input as string).length / MB).toFixed(2)} M chars` : 'object';
  const c0 = performance.now();
  check(input);
  const cold = performance.now() - c0;
  const t0 = performance.now();
  const out = check(input);
  const ms = performance.now() - t0;
  worst = Math.max(worst, ms, cold);
  console.log(
    `  cold ${cold.toFixed(1).padStart(6)} ms  warm ${ms.toFixed(1).padStart(6)} ms  ${name} [${size}]  → ${out}`,
  );
}
console.log(`  worst ${worst.toFixed(1)} ms: ${worst < 100 ? 'target met' : 'TARGET MISSED'}`);

// The batch: 900 good replays of the shipped scenarios, 100 damaged in ten ways.
const dir = mkdtempSync(join(tmpdir(), 'bench-input-'));
const files: string[] = [];
const damages = [
  (t: string) => t.slice(0, t.length >> 1),
  (t: string) => withField(t, 'format', deep(5000)),
  (t: string) => withField(t, 'seed', deep(5000)),
  (t: string) => withField(t, 'result', deep(5000)),
  (t: string) => t.replace('"actions":[', `"actions":[${deep(5000)},`),
  (t: string) => t.replace(/"hash":"[0-9a-f]{16}"\}\}$/, '"hash":"0123456789abcdef"}}'),
  (t: string) => withField(t, 'seed', `"${'s'.repeat(2 * MB)}"`),
  (t: string) => t.replace('{', '{"seed":"x",'),
  () => '\u0000'.repeat(100),
  (t: string) => withField(t, 'scenarioId', '"moon-base"'),
];
const t0 = performance.now();
for (let i = 0; i < 1000; i++) {
  const s = scenarios[i % scenarios.length]!;
  const g = playGame(s, `batch-${i}`, bot);
  let text = replayToJson(makeReplay(g.start, g.actions, g.state));
  if (i % 10 === 9) text = damages[((i / 10) % damages.length) | 0]!(text);
  const file = join(dir, `${String(i).padStart(4, '0')}.json`);
  writeFileSync(file, text);
  files.push(file);
}
const made = performance.now() - t0;
const lines: string[] = [];
const t1 = performance.now();
const exit = await verifyMain(files, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
const took = performance.now() - t1;
const verified = lines.filter((l) => / verified /.test(l)).length;
const rejected = lines.filter((l) => / rejected: /.test(l)).length;
const goodVerified = files.filter(
  (f, i) => i % 10 !== 9 && lines.some((l) => l.startsWith(`${f} verified`)),
).length;
console.log(
  `\nbatch of ${files.length} replay files, 10 % damaged (written in ${(made / 1000).toFixed(1)} s)`,
);
console.log(`  npm run verify's main: ${lines.length} lines in ${took.toFixed(0)} ms, exit ${exit}`);
console.log(
  `  verified ${verified}, rejected ${rejected}; good files verified ${goodVerified}/900: ${goodVerified === 900 && lines.length === 1000 ? 'target met' : 'TARGET MISSED'}`,
);
console.log(`  longest line ${Math.max(...lines.map((l) => l.length))} characters`);
rmSync(dir, { recursive: true, force: true });
