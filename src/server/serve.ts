// Starting and stopping a room: the store, the room's rules and the HTTP server in one process.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Scenario } from '../core';
import type { ScenarioLookup } from '../replay';
import { loadScenarioFiles } from '../scenarios/node';
import { createApp, DEFAULT_HTTP, type HttpOptions } from './http';
import { DEFAULT_LIMITS, Room, type RoomLimits } from './room';
import { SqliteRoomStore, type SyncMode } from './sqlite';
import type { RoomStore } from './store';

export interface RoomServerOptions {
  /** The SQLite file; created if missing. */
  dataFile: string;
  port: number;
  host: string;
  distDir: string | null;
  /** The host put in links (e.g. the LAN address); defaults to the bound one. */
  publicHost?: string;
  http?: Partial<Omit<HttpOptions, 'distDir' | 'publicOrigin'>>;
  limits?: Partial<RoomLimits>;
  /** SQLite's durability (./sqlite.ts): 'full' unless told. */
  sync?: SyncMode;
  /** Writes one commit holds at most (./sqlite.ts MAX_BATCH unless told; 1: no group commit). */
  batch?: number;
  /** Another store (tests, a league server); the SQLite file otherwise. */
  store?: RoomStore;
}

export interface RoomServer {
  room: Room;
  /** The bound port (the one asked for, or the one the OS chose for port 0). */
  port: number;
  /** http://host:port of the bound address (loopback when bound to all interfaces). */
  origin: string;
  /** The SQLite store's commits so far (null with another store). */
  commits(): { count: number; writes: number; ms: number } | null;
  close(): Promise<void>;
}

export function shippedScenarios(): ScenarioLookup {
  const { scenarios, errors } = loadScenarioFiles();
  for (const e of errors) process.stderr.write(`room: scenario skipped: ${e.message}\n`);
  const byId = new Map<string, Scenario>(scenarios.map((s) => [s.id, s]));
  return (id) => byId.get(id);
}

export async function startRoomServer(o: RoomServerOptions): Promise<RoomServer> {
  const store = o.store ?? new SqliteRoomStore(o.dataFile, o.sync ?? 'full', o.batch);
  const room = new Room(store, shippedScenarios(), { ...DEFAULT_LIMITS, ...o.limits });
  await room.start();
  let linkOrigin = '';
  const { app, endStreams } = createApp(room, {
    ...DEFAULT_HTTP,
    ...o.http,
    distDir: o.distDir,
    publicOrigin: () => linkOrigin,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, () => resolve(s));
    s.once('error', reject);
  });
  // Teams' browsers keep their connection between months; Node's 5 s default would close it under
  // them (and a client reusing it meets a reset).
  const http = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  const port = (server.address() as AddressInfo).port;
  const shown =
    o.host === '0.0.0.0' || o.host === '::' ? '127.0.0.1' : o.host.includes(':') ? `[${o.host}]` : o.host;
  const origin = `http://${shown}:${port}`;
  linkOrigin = `http://${o.publicHost ?? shown}:${port}`;
  let closing: Promise<void> | null = null;
  return {
    room,
    port,
    origin,
    commits: () => (store instanceof SqliteRoomStore ? { ...store.commits } : null),
    close() {
      closing ??= (async () => {
        endStreams();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await room.stop();
      })();
      return closing;
    },
  };
}
