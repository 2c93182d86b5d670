// npm run par -- --scenario ID --seed SEED [--json]
// The challenge's par: the score the search bot reaches, so teams' scores compare across seeds.
import { parseArgs } from 'node:util';
import { parLine } from '../bots/par';
import { RULES_VERSION } from '../core';
import { loadScenarioById } from '../scenarios/node';
import { consoleIo, type Io, isMain, run } from './io';

const USAGE = 'usage: npm run par -- --scenario ID --seed SEED [--json]';

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  let values: { scenario?: string; seed?: string; json?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
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
  const t0 = performance.now();
  const line = parLine(loaded.scenario, values.seed);
  const ms = Math.round(performance.now() - t0);
  const a = line.state.assessment!;
  if (values.json)
    io.out(
      JSON.stringify({
        scenarioId: values.scenario,
        seed: values.seed,
        rulesVersion: RULES_VERSION,
        par: a.score,
        rating: a.rating,
        status: line.state.status,
        ms,
      }),
    );
  else io.out(`par ${a.score} (${a.rating}) for ${values.scenario} seed ${values.seed} · found in ${ms} ms`);
  return 0;
}

if (isMain(import.meta.url)) run((argv) => main(argv));
