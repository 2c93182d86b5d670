// npm run bench — a benchmark, not a test. Prints, measured side by side in one run:
//  - actions/s through `step` as shipped (immer `produce` per action, autoFreeze on, the causal log
//    kept out of the draft), through a naive immer step with the log inside the draft (rebuilt here
//    from the core's `admit`/`apply`, so the log's place rests on a measurement), and through
//    `runActions` (the bulk path: one private mutable copy for the whole game, no immer);
//  - complete games/s verified with `verifyReplay` on one core (target ≥ 5,000 games/s), in this
//    process (which has just played and kept the games: V8 then pretenures the core's short-lived
//    objects) and in a clean child process that only reads the replay files, as
//    `npm run verify` does — the target is judged on the clean process;
//  - the size in bytes of a typical replay file.
// Options: --games N (replays generated, default 200), --seconds S (per timed section, default 3),
// --bot NAME (who plays them, default balanced: full-term games).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Immer } from 'immer';
import { BOT_NAMES, getBot } from '../bots';
import { playGame } from '../bots/play';
import {
  type Action,
  admit,
  apply,
  type GameEvent,
  type GameState,
  runActions,
  type Scenario,
  step,
} from '../core';
import { makeReplay, type Replay, replayToJson, verifyReplay, verifyReplayText } from '../replay';
import { loadScenarioFiles } from '../scenarios/node';
import { consoleIo, type Io, isMain, run } from './io';
import { median } from './stats';

export const VERIFY_TARGET = 5_000;

interface Game {
  start: GameState;
  actions: Action[];
}

/**
 * Runs `body` over the games round after round for about `seconds` of this process's CPU time and
 * returns games and actions per CPU second. CPU time, not wall time: the machine is shared, and
 * other processes' load must not count against the core (wall-clock rates are returned too).
 */
function timed(games: readonly Game[], seconds: number, body: (g: Game) => void) {
  const actionsPerRound = games.reduce((n, g) => n + g.actions.length, 0);
  let rounds = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let cpu = 0;
  do {
    for (const g of games) body(g);
    rounds += 1;
    const used = process.cpuUsage(cpu0);
    cpu = (used.user + used.system) / 1e6;
  } while (cpu < seconds);
  const wall = (performance.now() - t0) / 1000;
  const n = rounds * games.length;
  return {
    gamesPerSecond: n / cpu,
    actionsPerSecond: (rounds * actionsPerRound) / cpu,
    wallGamesPerSecond: n / wall,
    wallActionsPerSecond: (rounds * actionsPerRound) / wall,
  };
}

/** A naive immer step: the same guards and rules, the whole state (log included) drafted. */
function naiveImmerStepper() {
  const immer = new Immer({ autoFreeze: true });
  return (state: GameState, raw: unknown): GameState => {
    const action = admit(state, raw);
    if ('code' in action) throw new Error(`bench: rejected ${action.code}`);
    const events: GameEvent[] = [];
    const sc = state.scenario;
    return immer.produce(state, (draft) => {
      apply(draft as GameState, sc, action, events);
    });
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rate = (cpu: number, wall: number) => `${fmt(cpu).padStart(10)}  [${fmt(wall)}]`;

/**
 * The clean-process half: verifies the replay texts in FILE (a JSON list) for S CPU seconds and prints
 * one JSON line {gamesPerSecond, wallGamesPerSecond}. Run by `main` in a child process.
 */
function verifyOnly(file: string, seconds: number, io: Io): number {
  const texts = JSON.parse(readFileSync(file, 'utf8')) as string[];
  const byId = new Map(loadScenarioFiles().scenarios.map((s) => [s.id, s]));
  const lookup = (id: string) => byId.get(id);
  const parsed: unknown[] = texts.map((t) => JSON.parse(t));
  const items = parsed.map((p) => ({ start: null as unknown as GameState, actions: [], p }));
  // Warm up, then measure.
  timed(items, Math.min(0.5, seconds / 4), (g) => verifyReplay((g as Game & { p: unknown }).p, lookup));
  const v = timed(items, seconds, (g) => {
    if (!verifyReplay((g as Game & { p: unknown }).p, lookup).ok) throw new Error('bench: a replay failed');
  });
  io.out(JSON.stringify({ gamesPerSecond: v.gamesPerSecond, wallGamesPerSecond: v.wallGamesPerSecond }));
  return 0;
}

/** Runs `verifyOnly` in a fresh node with the same loader (tsx); null when the child fails. */
function verifyInCleanProcess(
  texts: string[],
  seconds: number,
): { gamesPerSecond: number; wallGamesPerSecond: number } | null {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const file = join(dir, 'replays.json');
    writeFileSync(file, JSON.stringify(texts));
    const r = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--verify-only',
        file,
        '--seconds',
        String(seconds),
      ],
      { encoding: 'utf8' },
    );
    const line = r.stdout.trim().split('\n').pop() ?? '';
    return r.status === 0
      ? (JSON.parse(line) as { gamesPerSecond: number; wallGamesPerSecond: number })
      : null;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      games: { type: 'string' },
      seconds: { type: 'string' },
      bot: { type: 'string' },
      'verify-only': { type: 'string' },
    },
  });
  if (values['verify-only']) return verifyOnly(values['verify-only'], Number(values.seconds ?? 3), io);
  const gameCount = Number(values.games ?? 200);
  const seconds = Number(values.seconds ?? 3);
  if (!(gameCount >= 1 && seconds > 0)) {
    io.err('usage: npm run bench [-- --games N --seconds S]');
    return 2;
  }
  const loaded = loadScenarioFiles();
  const scenarios: Scenario[] = loaded.scenarios;
  if (scenarios.length === 0) {
    io.err('bench: no valid scenario in scenarios/ (run npm run scenarios:check)');
    return 1;
  }
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const lookup = (id: string) => byId.get(id);
  // Full-term games by default: a workshop verifies whole games, not early losses.
  const botName = values.bot ?? 'balanced';
  const player = getBot(botName);
  if (!player) {
    io.err(`bench: unknown bot "${botName}" (known: ${BOT_NAMES.join(', ')})`);
    return 2;
  }

  io.out(
    `bench: node ${process.version}, ${scenarios.length} scenarios, ${gameCount} games with the ${botName} bot; ` +
      `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`,
  );
  io.out("  rates are per second of this process's CPU time (one core); wall-clock rates in [brackets]");
  const games: Game[] = [];
  const replays: Replay[] = [];
  for (let i = 0; i < gameCount; i++) {
    const sc = scenarios[i % scenarios.length]!;
    const g = playGame(sc, `bench-${i}`, player);
    games.push({ start: g.start, actions: g.actions });
    replays.push(makeReplay(g.start, g.actions, g.state));
  }
  const texts = replays.map(replayToJson);
  const parsed: unknown[] = texts.map((t) => JSON.parse(t));
  for (const [i, p] of parsed.entries()) {
    const r = verifyReplay(p, lookup);
    if (!r.ok) {
      io.err(`bench: replay ${i} does not verify: ${r.reason.message}`);
      return 1;
    }
  }
  const actionsPerGame = games.reduce((n, g) => n + g.actions.length, 0) / games.length;
  io.out(`  ${actionsPerGame.toFixed(1)} actions a game on average\n`);

  const s1 = timed(games, seconds, (g) => {
    let st = g.start;
    for (const a of g.actions) st = step(st, a).state;
  });
  const s2 = timed(games, seconds, (g) => {
    runActions(g.start, g.actions);
  });
  const v1 = timed(
    parsed.map((p, i) => ({ ...games[i]!, p })),
    seconds,
    (g) => {
      verifyReplay((g as Game & { p: unknown }).p, lookup);
    },
  );
  const v2 = timed(
    texts.map((t, i) => ({ ...games[i]!, t })),
    seconds,
    (g) => {
      verifyReplayText((g as Game & { t: string }).t, lookup);
    },
  );
  // Last: freezing reaches the shared scenario objects and start states too.
  const naive = naiveImmerStepper();
  const s3 = timed(games, seconds, (g) => {
    let st = g.start;
    for (const a of g.actions) st = naive(st, a);
  });

  io.out('actions/s (one core)');
  io.out(
    `  step: immer produce, autoFreeze on, log outside ${rate(s1.actionsPerSecond, s1.wallActionsPerSecond)}`,
  );
  io.out(
    `  naive immer step, log inside the draft         ${rate(s3.actionsPerSecond, s3.wallActionsPerSecond)}`,
  );
  io.out(
    `  runActions, one mutable copy a game            ${rate(s2.actionsPerSecond, s2.wallActionsPerSecond)}`,
  );
  io.out(
    `  step / naive immer: ${(s1.actionsPerSecond / s3.actionsPerSecond).toFixed(1)}×; ` +
      `runActions / step: ${(s2.actionsPerSecond / s1.actionsPerSecond).toFixed(1)}×\n`,
  );
  const clean = verifyInCleanProcess(texts, seconds);
  const pass = (clean?.gamesPerSecond ?? 0) >= VERIFY_TARGET;
  io.out('complete games/s verified (one core)');
  io.out(
    clean
      ? `  verifyReplay, clean process (as npm run verify) ${rate(clean.gamesPerSecond, clean.wallGamesPerSecond)}   target ≥ ${fmt(VERIFY_TARGET)}: ${pass ? 'met' : 'NOT MET'}`
      : '  verifyReplay, clean process: the child process failed',
  );
  io.out(
    `  verifyReplay, this process (after playing)     ${rate(v1.gamesPerSecond, v1.wallGamesPerSecond)}`,
  );
  io.out(
    `  verifyReplayText (JSON text)                   ${rate(v2.gamesPerSecond, v2.wallGamesPerSecond)}\n`,
  );

  const sizes = texts.map((t) => new TextEncoder().encode(t).length);
  io.out('replay size (compact JSON, bytes)');
  io.out(
    `  random bot: median ${median(sizes)}, min ${Math.min(...sizes)}, max ${Math.max(...sizes)}` +
      ` (${Math.round(median(sizes) / actionsPerGame)} bytes an action)`,
  );
  const balanced = BOT_NAMES.includes('balanced') ? getBot('balanced') : undefined;
  if (balanced) {
    const bs = scenarios.map((sc) => {
      const g = playGame(sc, 'bench-0', balanced);
      return new TextEncoder().encode(replayToJson(makeReplay(g.start, g.actions, g.state))).length;
    });
    io.out(`  balanced bot: median ${median(bs)}, min ${Math.min(...bs)}, max ${Math.max(...bs)}`);
  }
  return 0;
}

if (isMain(import.meta.url)) run(main);
