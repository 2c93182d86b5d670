// `npm run verify` gives every input of a batch its line even when checking one of them fails in a way
// nobody foresaw (a bug, not the file). Today no input makes the checks throw, so removing the per-input
// catch failed no test (issue 8); here one file makes the checker throw, as a future bug would.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/verify';
import { PROJECT_ROOT } from '../../src/scenarios/node';
import { runCli, tempDir } from './helpers';

vi.mock('../../src/replay', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/replay')>();
  return {
    ...real,
    verifyReplayText: (text: string, lookup: Parameters<typeof real.verifyReplayText>[1]) => {
      if (text.includes('"explode-the-checker"')) throw new RangeError('Maximum call stack size exceeded');
      return real.verifyReplayText(text, lookup);
    },
  };
});

const GOLDEN = join(PROJECT_ROOT, 'tests', 'golden', 'old-neighbourhood.random.json');

describe('npm run verify isolates each input', () => {
  it('a file whose check throws gets a one-line internal-error rejection; the files after it still verify', async () => {
    const dir = tempDir();
    const first = join(dir, 'first.json');
    const bad = join(dir, 'bad.json');
    const last = join(dir, 'last.json');
    copyFileSync(GOLDEN, first);
    writeFileSync(bad, '{"seed":"explode-the-checker"}');
    copyFileSync(GOLDEN, last);
    const r = await runCli(main, [first, bad, last]);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(3);
    expect(r.out[0]).toMatch(/first\.json verified /);
    expect(r.out[1]).toMatch(
      /bad\.json rejected: internal error: RangeError: Maximum call stack size exceeded$/,
    );
    expect(r.out[2]).toMatch(/last\.json verified /);
    expect(r.err).toEqual([]);
  });
});
