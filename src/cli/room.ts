// npm run room -- [--port P] [--data FILE] [--host H] [--no-build] [--dist DIR] [--address-rate N]
//                  [--team-rate N] [--sync full|normal] [--batch N]
// Serves the game and the live room's API (docs/room-api.md) from one process with one SQLite file,
// prints the teams' address (a line starting "join: "), its QR code, and the facilitator's secret
// link (a line starting "facilitator: "), then runs until SIGINT or SIGTERM.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../scenarios/node';
import { joinHost, lanAddresses, terminalQr } from '../server/addresses';
import { buildGame, staleReason } from '../server/build';
import { startRoomServer } from '../server/serve';
import { MAX_BATCH } from '../server/sqlite';
import { consoleIo, type Io, isMain } from './io';

export const DEFAULT_PORT = 8787;
const USAGE =
  'usage: npm run room -- [--port P] [--data FILE] [--host H] [--no-build] [--dist DIR] [--address-rate N] [--team-rate N] [--sync full|normal] [--batch N]';

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: {
        port: { type: 'string', default: String(DEFAULT_PORT) },
        data: { type: 'string', default: 'room.sqlite' },
        host: { type: 'string', default: '0.0.0.0' },
        'no-build': { type: 'boolean', default: false },
        // Serve a build made elsewhere (the browser tests' own), as it is: no staleness check, no build.
        dist: { type: 'string' },
        'address-rate': { type: 'string' },
        'team-rate': { type: 'string' },
        sync: { type: 'string', default: 'full' },
        batch: { type: 'string', default: String(MAX_BATCH) },
      },
    }));
  } catch (e) {
    io.err(`room: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`room: --port must be a whole number 0–65535, got ${values.port}\n${USAGE}`);
    return 2;
  }
  const rate = (flag: string): number | undefined => {
    const v = values[flag];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0)
      throw new Error(`--${flag} must be a number ≥ 0 (0 = no limit), got ${v}`);
    return n;
  };
  let addressRate: number | undefined;
  let teamRate: number | undefined;
  try {
    addressRate = rate('address-rate');
    teamRate = rate('team-rate');
  } catch (e) {
    io.err(`room: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }

  const batch = Number(values.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) {
    io.err(`room: --batch must be a whole number from 1 to 10000, got ${values.batch}\n${USAGE}`);
    return 2;
  }
  const sync = values.sync;
  if (sync !== 'full' && sync !== 'normal') {
    io.err(`room: --sync must be full or normal, got ${sync}\n${USAGE}`);
    return 2;
  }

  const distDir = join(PROJECT_ROOT, 'dist');
  let serveDist: string | null = distDir;
  const stale = values.dist !== undefined ? null : staleReason(PROJECT_ROOT, distDir);
  if (values.dist !== undefined) serveDist = String(values.dist);
  else if (stale && !values['no-build']) {
    io.err(`room: building the game (${stale}) …`);
    if (!buildGame(PROJECT_ROOT)) {
      io.err('room: the build failed (see above)');
      return 1;
    }
  } else if (stale === 'no build yet') serveDist = null;

  const host = String(values.host);
  let server: Awaited<ReturnType<typeof startRoomServer>>;
  try {
    server = await startRoomServer({
      dataFile: String(values.data),
      sync,
      batch,
      port,
      host,
      distDir: serveDist,
      http: {
        ...(addressRate !== undefined
          ? { perAddress: { burst: Math.max(1, addressRate * 2), perSecond: addressRate } }
          : {}),
        ...(teamRate !== undefined
          ? { perTeam: { burst: Math.max(1, teamRate * 10), perSecond: teamRate } }
          : {}),
      },
      publicHost: joinHost(host),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(
      code === 'EADDRINUSE'
        ? `room: port ${port} is in use: choose another with --port`
        : /database is locked|SQLITE_BUSY/i.test(String((e as Error).message ?? e))
          ? `room: ${values.data} is in use by another room (one room a data file): stop it or choose another --data`
          : `room: cannot start: ${e instanceof Error ? e.message : String(e)}`,
    );
    return 1;
  }
  // A failed commit (a full or failing disk): stop at once, so a restart rebuilds from the file;
  // the teams' pages keep what was not acknowledged and send it again.
  server.room.onFatal = (e: unknown) => {
    io.err(`room: the database failed to commit (${e instanceof Error ? e.message : String(e)}): stopping`);
    process.exit(1);
  };
  const origin = `http://${joinHost(host)}:${server.port}`;
  const join_ = `${origin}/#room`;
  io.out(
    `room: serving ${serveDist ? 'the game and ' : ''}the room API on ${host}:${server.port}, data in ${values.data}`,
  );
  if (!serveDist) io.out('room: no game build (--no-build): the API only');
  const others = host === '0.0.0.0' ? lanAddresses().slice(1) : [];
  for (const a of others) io.out(`also: http://${a}:${server.port}/#room`);
  // Said before the join and facilitator lines: those come last, so a reader (or a test) that waits
  // for "facilitator:" has seen everything the start says.
  const open = server.room.listSessions().filter((s) => s.open);
  if (open.length)
    io.out(`room: resumed ${open.length} open session(s): ${open.map((s) => s.id).join(', ')}`);
  io.out(terminalQr(join_, process.stdout.isTTY === true));
  io.out(`join: ${join_}`);
  io.out(`facilitator: ${origin}/#facilitator=${server.room.key}`);

  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      io.out(`room: ${signal}: closing (every acknowledged submission is already on disk)`);
      server.close().then(
        () => {
          const c = server.commits();
          if (c && c.count > 0)
            io.out(
              `room: ${c.writes} writes in ${c.count} commits (${(c.writes / c.count).toFixed(1)} a commit, ${(c.ms / c.count).toFixed(2)} ms each)`,
            );
          resolve(0);
        },
        (e: unknown) => {
          io.err(`room: error while closing: ${String(e)}`);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

if (isMain(import.meta.url))
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
