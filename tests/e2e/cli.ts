// The project's command-line tools as the browser tests call them: each tool's own main() run in this
// process, its printed lines read back — what `npm run challenge|sim|verify -- … --json` print, without
// a node + tsx start per call (1–2 s each on the shared machine). One real process is still started,
// as a workshop would: room-workshop.test.ts runs `src/cli/verify.ts` on the room's stored replays.
import { main as challengeMain } from '../../src/cli/challenge.ts';
import type { Io } from '../../src/cli/io.ts';
import { main as simMain } from '../../src/cli/sim.ts';
import { type VerifyLine, main as verifyMain } from '../../src/cli/verify.ts';
import { runCli } from '../cli/helpers.ts';

type Main = (argv: readonly string[], io: Io) => Promise<number>;

/** The tool's last printed line as JSON; a failing exit is an error, with what it printed on stderr. */
async function lastJson<T>(name: string, main: Main, argv: string[]): Promise<T> {
  const r = await runCli(main, argv);
  if (r.code !== 0)
    throw new Error(`npm run ${name} -- ${argv.join(' ')} exited ${r.code}: ${r.err.join('\n')}`);
  return JSON.parse(r.out.join('\n').trim().split('\n').pop() as string) as T;
}

/** `npm run challenge -- --scenario ID --seed SEED [--months N] --json`: the challenge code. */
export async function challengeCli(scenario: string, seed: string, months?: number): Promise<string> {
  const argv = ['--scenario', scenario, '--seed', seed, ...(months ? ['--months', String(months)] : [])];
  return (await lastJson<{ code: string }>('challenge', challengeMain, [...argv, '--json'])).code;
}

export interface SimLine {
  team: string;
  score: number;
  resultCode: string;
}

/** `npm run sim -- --scenario ID --seed SEED --bot BOT --team TEAM [--months N] --json`. */
export function simCli(o: {
  scenario: string;
  seed: string;
  bot: string;
  team: string;
  months?: number;
}): Promise<SimLine> {
  const argv = ['--scenario', o.scenario, '--seed', o.seed, '--bot', o.bot];
  if (o.months) argv.push('--months', String(o.months));
  return lastJson<SimLine>('sim', simMain, [...argv, '--team', o.team, '--json']);
}

/** `npm run verify -- --json INPUT…`: one line an input (its exit is 1 when one is refused; the lines say which). */
export async function verifyCli(inputs: string[]): Promise<VerifyLine[]> {
  const r = await runCli(verifyMain, ['--json', ...inputs]);
  if (r.code === 2) throw new Error(`npm run verify exited 2: ${r.err.join('\n')}`);
  return r.out
    .join('\n')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as VerifyLine);
}
