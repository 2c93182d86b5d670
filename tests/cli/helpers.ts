// Running a CLI entry point in-process: its exit code and the lines it printed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io';

export async function runCli(
  main: (argv: readonly string[], io: Io) => Promise<number>,
  argv: string[],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** A fresh temporary folder for files a test writes. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cs-cli-'));
}
