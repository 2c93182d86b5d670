// npm run challenge -- --scenario ID [--seed S] [--months N] [--level K] [--base URL] [--json]
// Makes a challenge code for a training session. Prints what it holds, its link and, on the last
// line, the code; with --json one object {code, link}. Without --seed a fresh seed is drawn (here,
// from node:crypto — the core never draws). The link is `BASE#c=CODE` (BASE defaults to empty: the
// page's own address goes in front). Exit 0 with a code, 2 on a usage error or a refused input
// (unknown scenario, a seed or term that cannot be, each with the reason).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { challengeCode, challengeLink, freshSeed, makeChallenge } from '../codes';
import { levelRule, MIN_LEVEL, termBounds } from '../core';
import { loadScenarioById, loadScenarioFiles } from '../scenarios/node';
import { consoleIo, type Io, isMain, run } from './io';
import { levelArg } from './level';

const USAGE =
  'usage: npm run challenge -- --scenario ID [--seed S] [--months N] [--level K] [--base URL] [--json]';

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  let values: {
    scenario?: string;
    seed?: string;
    months?: string;
    level?: string;
    base?: string;
    json?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        months: { type: 'string' },
        level: { type: 'string' },
        base: { type: 'string' },
        json: { type: 'boolean' },
      },
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`challenge: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.scenario === undefined) {
    io.err(`challenge: --scenario is required\n${USAGE}`);
    return 2;
  }
  const loaded = loadScenarioById(values.scenario);
  if (!loaded.ok) {
    const known = loadScenarioFiles().scenarios.map((s) => s.id);
    io.err(
      loaded.error.detail.includes('no such file')
        ? `challenge: unknown scenario "${values.scenario}"; known scenarios: ${known.join(', ') || '(none)'}`
        : `challenge: scenario "${values.scenario}" is invalid: ${loaded.error.message}`,
    );
    return 2;
  }
  const scenario = loaded.scenario;
  let months: number | undefined;
  if (values.months !== undefined) {
    months = /^\d{1,3}$/.test(values.months) ? Number(values.months) : Number.NaN;
    if (Number.isNaN(months)) {
      const { min, max } = termBounds(scenario);
      io.err(`challenge: --months must be a whole number of months (${min}–${max}), got "${values.months}"`);
      return 2;
    }
  }
  const level = levelArg(values.level);
  if (!level.ok) {
    io.err(`challenge: --level: ${level.message}`);
    return 2;
  }
  const seed = values.seed ?? freshSeed(randomBytes(6));
  const made = makeChallenge(scenario, seed, months, level.level);
  if (!made.ok) {
    io.err(`challenge: ${made.refusal.message}`);
    return 2;
  }
  const { challenge } = made;
  const code = challengeCode(challenge);
  const link = challengeLink(code, values.base ?? '');
  if (values.json) {
    io.out(JSON.stringify({ code, link }));
    return 0;
  }
  io.out(
    `${scenario.title.zh} · ${scenario.title.en} — scenario ${scenario.id}, seed ${challenge.seed}, ` +
      `${challenge.months ?? scenario.months} months, level ${challenge.level ?? MIN_LEVEL} ` +
      `${levelRule(challenge.level ?? MIN_LEVEL).name.zh}, rules ${challenge.rulesVersion}`,
  );
  io.out(`link ${link}`);
  io.out(code);
  return 0;
}

if (isMain(import.meta.url)) run(main);
