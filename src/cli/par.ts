// npm run par -- --scenario ID --seed SEED [--months N] [--level K] [--json]
// The challenge's par: the score the search bot reaches, so teams' scores compare across seeds.
import { parseArgs } from 'node:util';
import { parLine } from '../bots/par';
import { RULES_VERSION } from '../core';
import { loadScenarioById } from '../scenarios/node';
import { consoleIo, type Io, isMain, run } from './io';

const USAGE = 'usage: npm run par -- --scenario ID --seed SEED [--months N] [--level K] [--json]';

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  let values: { scenario?: string; seed?: string; months?: string; level?: string; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        months: { type: 'string' },
        level: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.scenario || values.seed === undefined) {
    io.err(USAGE);
    return 2;
  }
  const loaded = loadScenarioById(values.scenario);
  if (!loaded.ok) {
    io.err(loaded.error.message);
    return 2;
  }
  // A challenge is its scenario, seed, term and level: a 6-month session's par is not the 12-month one's.
  const whole = (name: string, v: string | undefined): number | undefined | string => {
    if (v === undefined) return undefined;
    return /^\d+$/.test(v) ? Number(v) : `--${name} must be a whole number, got ${JSON.stringify(v)}`;
  };
  const months = whole('months', values.months);
  const level = whole('level', values.level);
  for (const v of [months, level])
    if (typeof v === 'string') {
      io.err(`${v}\n${USAGE}`);
      return 2;
    }
  const options = {
    ...(months !== undefined ? { months: months as number } : {}),
    ...(level !== undefined ? { level: level as number } : {}),
  };
  const t0 = performance.now();
  let line: ReturnType<typeof parLine>;
  try {
    line = parLine(loaded.scenario, values.seed, options);
  } catch (e) {
    // newGame names a term or level the scenario does not allow.
    if (!(e instanceof RangeError)) throw e;
    io.err(`${e.message}\n${USAGE}`);
    return 2;
  }
  const ms = Math.round(performance.now() - t0);
  const a = line.state.assessment!;
  if (values.json)
    io.out(
      JSON.stringify({
        scenarioId: values.scenario,
        seed: values.seed,
        rulesVersion: RULES_VERSION,
        months: line.state.maxTurns,
        level: line.state.level ?? 1,
        par: a.score,
        rating: a.rating,
        status: line.state.status,
        ms,
      }),
    );
  else
    io.out(
      `par ${a.score} (${a.rating}) for ${values.scenario} seed ${values.seed} over ${line.state.maxTurns} months` +
        `${(line.state.level ?? 1) !== 1 ? ` at level ${line.state.level}` : ''} · found in ${ms} ms`,
    );
  return 0;
}

if (isMain(import.meta.url)) run((argv) => main(argv));
