// npm run bench:room -- [--teams N] [--rate R] [--max-seconds S] [--sync full|normal] [--batch N]
// (--batch 1: one commit a submission, no group commit: the comparison for the room's default)
// A benchmark, not a test; loopback only, bounded in count and time. Starts the real room
// (`npm run room`, its own process, on 127.0.0.1 with the per-address and per-team limits off:
// every simulated team shares one address) and plays N teams' whole games against it:
//  1. all at once: every team sends its months one after another as fast as the server answers
//     (the most the room can take: submissions/s, and the latency at that saturation);
//  2. paced: the same games offered at R submissions/s (the latency a room at that load sees).
// After each, the database must hold exactly the acknowledged submissions: nothing lost, nothing
// doubled (read back through the facilitator's API, and from the file after the server stops).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadScenarioFiles, PROJECT_ROOT } from '../scenarios/node';
import { botGame, type GameSubmission } from '../server/simulate';
import { SqliteRoomStore } from '../server/sqlite';
import { consoleIo, type Io, isMain, run } from './io';

const CHALLENGE = { scenarioId: 'new-estate', seed: 'bench-room' };
// Bots that play the whole 12-month term: 11 month-end checkpoints and the result, 12 submissions.
const BOTS = ['balanced', 'only-autonomy', 'only-virtue', 'only-smart'];

interface Team {
  token: string;
  subs: (GameSubmission & { id: string })[];
}

// The submissions go through node:http with a keep-alive agent and bodies serialised beforehand:
// fetch cost the load generator so much CPU on this shared 2-core machine that its own queueing,
// not the room, made the latency tail.
const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

function post(origin: string, path: string, token: string, body: string) {
  const url = new URL(path, origin);
  return new Promise<{ status: number; timing: string }>((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, timing: String(res.headers['server-timing'] ?? '') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function startRoom(
  dataFile: string,
  sync: string,
  batch: string | undefined,
): Promise<{ proc: ChildProcess; origin: string; key: string }> {
  const proc = spawn(
    process.execPath,
    [
      // e.g. ROOM_NODE_ARGS=--cpu-prof to profile the server under this load
      ...(process.env.ROOM_NODE_ARGS ? process.env.ROOM_NODE_ARGS.split(' ') : []),
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'src/cli/room.ts'),
      ...['--port', '0', '--host', '127.0.0.1', '--data', dataFile, '--no-build'],
      ...['--address-rate', '0', '--team-rate', '0', '--sync', sync],
      ...(batch ? ['--batch', batch] : []),
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let origin = '';
    proc.stdout?.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (origin && /\d+ writes in \d+ commits/.test(c.toString('utf8')))
        process.stdout.write(`  ${c.toString('utf8').trim()}\n`);
      for (const line of out.split('\n')) {
        if (line.startsWith('join: ')) origin = new URL(line.slice(6)).origin;
        if (line.startsWith('facilitator: ') && origin)
          return resolve({ proc, origin, key: line.slice(line.indexOf('#facilitator=') + 13) });
      }
    });
    proc.once('exit', (code) => reject(new Error(`the room exited (${code}): ${out}`)));
  });
}

async function api(origin: string, method: string, path: string, token: string, body?: unknown) {
  const r = await fetch(origin + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: JSON read field by field
  return { status: r.status, json: (await r.json()) as any, timing: r.headers.get('server-timing') ?? '' };
}

/** The server's own milliseconds for a submission (Server-Timing: wait, verify, store). */
function serverMs(header: string): { wait: number; verify: number; store: number; total: number } {
  const t = { wait: 0, verify: 0, store: 0, total: 0 };
  for (const m of header.matchAll(/(wait|verify|store|total);dur=([0-9.]+)/g))
    t[m[1] as keyof typeof t] = Number(m[2]);
  return t;
}

/** CPU seconds a process has used (Linux /proc; null elsewhere). */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

interface PhaseResult {
  acked: Set<string>;
  latencies: number[];
  /** Each team's first request (it opens the team's connection) apart from the rest. */
  first: number[];
  rest: number[];
  /** Inside the server: from the request's arrival (headers read) to its answer. */
  inside: number[];
  verify: number[];
  store: number[];
  seconds: number;
  refused: number;
}

/** Every team sends its months in order; `gate` paces the sends (a no-op when all at once). */
async function phase(
  origin: string,
  sid: string,
  teams: Team[],
  deadline: number,
  gate: () => Promise<void>,
): Promise<PhaseResult> {
  const acked = new Set<string>();
  const latencies: number[] = [];
  const first: number[] = [];
  const rest: number[] = [];
  const inside: number[] = [];
  const verify: number[] = [];
  const store: number[] = [];
  let refused = 0;
  const bodies = new Map<object, string>();
  teams.forEach((t, i) => {
    for (const s of t.subs)
      bodies.set(s, JSON.stringify({ id: s.id, attempt: `team-${i}-game-1`, replay: s.replay }));
  });
  const t0 = performance.now();
  await Promise.all(
    teams.map(async (t) => {
      for (const s of t.subs) {
        if (performance.now() > deadline) return;
        await gate();
        const start = performance.now();
        const r = await post(origin, `/api/sessions/${sid}/submissions`, t.token, bodies.get(s)!);
        const took = performance.now() - start;
        latencies.push(took);
        (s === t.subs[0] ? first : rest).push(took);
        const ms = serverMs(r.timing);
        inside.push(ms.total);
        verify.push(ms.verify);
        store.push(ms.store);
        if (r.status === 201) acked.add(`${t.token.split('.')[0]}/${s.id}`);
        else refused += 1;
      }
    }),
  );
  const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
  return {
    acked,
    latencies: sorted(latencies),
    first: sorted(first),
    rest: sorted(rest),
    inside: sorted(inside),
    verify: sorted(verify),
    store: sorted(store),
    seconds: (performance.now() - t0) / 1000,
    refused,
  };
}

/** A gate that lets `rate` sends a second through, evenly spaced. */
function pacer(rate: number): () => Promise<void> {
  let next = performance.now();
  return () => {
    const now = performance.now();
    next = Math.max(next + 1000 / rate, now);
    const wait = next - now;
    return wait > 0.5 ? new Promise((r) => setTimeout(r, wait)) : Promise.resolve();
  };
}

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      teams: { type: 'string', default: '200' },
      rate: { type: 'string', default: '500' },
      'max-seconds': { type: 'string', default: '120' },
      sync: { type: 'string', default: 'full' },
      batch: { type: 'string' },
    },
  });
  const teamCount = Number(values.teams);
  const rate = Number(values.rate);
  const maxSeconds = Number(values['max-seconds']);
  const sync = values.sync === 'normal' ? 'normal' : 'full';
  if (!(Number.isInteger(teamCount) && teamCount >= 1 && teamCount <= 2000 && rate > 0 && maxSeconds > 0)) {
    io.err(
      'usage: npm run bench:room -- [--teams 1..2000] [--rate R] [--max-seconds S] [--sync full|normal] [--batch N]',
    );
    return 2;
  }
  const scenario = loadScenarioFiles().scenarios.find((s) => s.id === CHALLENGE.scenarioId);
  if (!scenario) {
    io.err(`bench:room: no scenario ${CHALLENGE.scenarioId}`);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-room-'));
  const dataFile = join(dir, 'room.sqlite');
  io.out(
    `bench:room: node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (the machine is shared)`,
  );
  const games = BOTS.map((b) => botGame(scenario, CHALLENGE.seed, b).submissions);
  const room = await startRoom(dataFile, sync, values.batch);
  io.out(
    `  the room: pid ${room.proc.pid}, SQLite synchronous=${sync.toUpperCase()} (WAL), ` +
      (values.batch === '1'
        ? 'one commit a submission'
        : `group commit (at most ${values.batch ?? 'the default'} a commit)`),
  );
  const deadline = performance.now() + maxSeconds * 1000;
  let failed = false;
  let storedTotal = 0;
  try {
    for (const [name, gate] of [
      ['all at once', () => Promise.resolve()],
      [`paced at ${rate}/s`, pacer(rate)],
    ] as const) {
      const created = await api(room.origin, 'POST', '/api/sessions', room.key, { challenge: CHALLENGE });
      if (created.status !== 201) throw new Error(`cannot create a session: ${JSON.stringify(created.json)}`);
      const sid: string = created.json.session.id;
      const secret: string = created.json.secret;
      const teams: Team[] = [];
      for (let i = 0; i < teamCount; i++) {
        const j = await api(room.origin, 'POST', `/api/sessions/${sid}/teams`, '', { name: `team ${i}` });
        if (j.status !== 201) throw new Error(`team ${i} cannot join: ${JSON.stringify(j.json)}`);
        const subs = games[i % games.length]!.map((s, k) => ({
          ...s,
          id: `t${i}-sub-${String(k).padStart(3, '0')}`,
        }));
        teams.push({ token: j.json.token, subs });
      }
      const offered = teams.reduce((n, t) => n + t.subs.length, 0);
      const cpu0 = cpuSeconds(room.proc.pid);
      const load0 = loadavg()[0]!;
      const r = await phase(room.origin, sid, teams, deadline, gate);
      const cpu1 = cpuSeconds(room.proc.pid);
      const cpu = cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null;
      const listed = (await api(room.origin, 'GET', `/api/sessions/${sid}/submissions`, secret)).json
        .submissions as { teamId: string; id: string }[];
      const keys = listed.map((s) => `${s.teamId}/${s.id}`);
      const unique = new Set(keys);
      const exact =
        keys.length === r.acked.size && unique.size === keys.length && keys.every((k) => r.acked.has(k));
      storedTotal += keys.length;
      io.out(
        `\n${name}: ${teamCount} teams × ${offered / teamCount} submissions (${offered}); ` +
          `${r.acked.size} acknowledged, ${r.refused} refused, in ${r.seconds.toFixed(2)} s`,
      );
      io.out(
        `  verified submissions/s   ${(r.acked.size / r.seconds).toFixed(0)} (wall clock)` +
          (cpu
            ? `; ${(r.acked.size / cpu).toFixed(0)} per second of the server's CPU (${cpu.toFixed(2)} s used)`
            : ''),
      );
      io.out(
        `  latency ms               p50 ${pct(r.latencies, 0.5).toFixed(1)}   p99 ${pct(r.latencies, 0.99).toFixed(1)}   max ${(r.latencies[r.latencies.length - 1] ?? 0).toFixed(1)}`,
      );
      io.out(
        `    a team's first request p50 ${pct(r.first, 0.5).toFixed(1)}   p99 ${pct(r.first, 0.99).toFixed(1)}` +
          `;  the others p50 ${pct(r.rest, 0.5).toFixed(1)}   p99 ${pct(r.rest, 0.99).toFixed(1)}`,
      );
      io.out(
        `  inside the server ms     p50 ${pct(r.inside, 0.5).toFixed(1)}   p99 ${pct(r.inside, 0.99).toFixed(1)}` +
          `   (verify p50 ${pct(r.verify, 0.5).toFixed(2)} p99 ${pct(r.verify, 0.99).toFixed(2)};` +
          ` store p50 ${pct(r.store, 0.5).toFixed(2)} p99 ${pct(r.store, 0.99).toFixed(2)})`,
      );
      io.out(`  load average             ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`);
      io.out(
        `  database                 ${keys.length} stored, ${unique.size} distinct: ${exact ? 'exactly the acknowledged ones' : 'DIFFERS from the acknowledged ones'}`,
      );
      if (!exact || r.acked.size !== offered) failed = true;
    }
  } finally {
    const exited = new Promise((r) => room.proc.once('exit', r));
    room.proc.kill('SIGTERM');
    await exited;
  }
  const store = new SqliteRoomStore(dataFile);
  await store.init();
  const onDisk = await store.countSubmissions();
  await store.close();
  const own = process.cpuUsage();
  io.out(`\nthe load generator (this process) used ${((own.user + own.system) / 1e6).toFixed(2)} s of CPU`);
  io.out(`after SIGTERM the file holds ${onDisk} submissions (${storedTotal} acknowledged over both runs)`);
  io.out(
    `load average now ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  rmSync(dir, { recursive: true, force: true });
  return failed || onDisk !== storedTotal ? 1 : 0;
}

if (isMain(import.meta.url)) run(main);
