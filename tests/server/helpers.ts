// Shared by the room tests: a small HTTP client for the API, a Server-Sent-Events reader, the room
// run as a real child process (for kill -9), and teams' games made by the bots.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../../src/core';
import type { ScenarioLookup } from '../../src/replay';
import { loadScenarioFiles, PROJECT_ROOT } from '../../src/scenarios/node';

export const SHIPPED: Scenario[] = loadScenarioFiles().scenarios;
export const lookup: ScenarioLookup = (id) => SHIPPED.find((s) => s.id === id);
export const scenario = (id: string): Scenario => {
  const s = lookup(id);
  if (!s) throw new Error(`no shipped scenario ${id}`);
  return s;
};

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'cs-room-'));

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test-side JSON, read field by field
  json: any;
  headers: Headers;
}

export function client(origin: string) {
  return async function call(
    method: string,
    path: string,
    o: { body?: unknown; token?: string; raw?: string; type?: string } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (o.body !== undefined || o.raw !== undefined) headers['content-type'] = o.type ?? 'application/json';
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    const r = await fetch(origin + path, {
      method,
      headers,
      body: o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body)),
    });
    const text = await r.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: r.status, json, headers: r.headers };
  };
}

export interface SseEvent {
  event: string;
  // biome-ignore lint/suspicious/noExplicitAny: test-side JSON
  data: any;
}

/** Reads a Server-Sent-Events stream into a list; `until` waits for an event matching a test. */
export async function events(url: string) {
  const abort = new AbortController();
  const r = await fetch(url, { signal: abort.signal });
  const list: SseEvent[] = [];
  const waiters: { test: (e: SseEvent) => boolean; resolve: () => void }[] = [];
  const reading = (async () => {
    if (!r.body) return;
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for await (const chunk of r.body) {
        buf += decoder.decode(chunk as Uint8Array, { stream: true });
        let cut = buf.indexOf('\n\n');
        while (cut >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).trim();
          }
          if (data) {
            const e = { event, data: JSON.parse(data) };
            list.push(e);
            for (const w of [...waiters])
              if (w.test(e)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve();
              }
          }
          cut = buf.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    status: r.status,
    headers: r.headers,
    list,
    until(test: (e: SseEvent) => boolean, ms = 5000): Promise<void> {
      if (list.some(test)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no such event within ${ms} ms`)), ms);
        waiters.push({
          test,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    async close() {
      abort.abort();
      await reading;
    },
  };
}

export interface Child {
  proc: ChildProcess;
  origin: string;
  roomKey: string;
  lines: string[];
}

/** `npm run room` as a real process on a free loopback port (no game build: the API only, unless
 * `extraArgs` says `--dist DIR`). */
export function spawnRoom(dataFile: string, extraArgs: readonly string[] = []): Promise<Child> {
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'src/cli/room.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      dataFile,
      '--no-build',
      ...extraArgs,
    ],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let join_ = '';
    const timer = setTimeout(() => reject(new Error(`room did not start: ${lines.join('\n')}`)), 20_000);
    let buf = '';
    const onData = (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      let nl = buf.indexOf('\n');
      while (nl >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        lines.push(line);
        if (line.startsWith('join: ')) join_ = line.slice(6);
        if (line.startsWith('facilitator: ')) {
          clearTimeout(timer);
          const origin = new URL(join_).origin;
          resolve({ proc, origin, roomKey: line.slice(line.indexOf('#facilitator=') + 13), lines });
        }
        nl = buf.indexOf('\n');
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (c: Buffer) => lines.push(`stderr: ${c.toString('utf8')}`));
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`room exited (${code}) before it was ready: ${lines.join('\n')}`));
    });
  });
}

/** kill -9, and wait until the process is gone. */
export function killHard(c: Child): Promise<void> {
  return new Promise((resolve) => {
    if (c.proc.exitCode !== null || c.proc.signalCode !== null) return resolve();
    c.proc.once('exit', () => resolve());
    c.proc.kill('SIGKILL');
  });
}
