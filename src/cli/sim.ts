// npm run sim -- --scenario ID --seed SEED [--bot NAME | --bot-file PATH] [--months N] [--level K] [--team NAME] [--json] [--out FILE]
// Plays one game with a bot and prints a month-by-month summary, or with --json one JSON object
// {scenarioId, seed, bot, status, reason, score, rating, hash, months, level, team, resultCode} where
// `months` is the list of month summaries (its length is the number of months played) and
// `resultCode` the game's result code (null, with the reason on stderr, for a seed no code can
// carry). --months sets a shorter term; --level K a step of the difficulty ladder (1–3, 1 = the
// scenario as written); --team names the team the code carries. --out writes the
// replay file. Exit 0 when the game was played, 2 on a usage error (unknown scenario or bot,
// missing option, a term or team name that cannot be), 1 when the replay cannot be written.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BOT_NAMES, type Bot, getBot } from '../bots';
import { loadBotFile } from '../bots/botFile';
import { playGame } from '../bots/play';
import { encodeResult, normaliseTeam } from '../codes';
import { levelRule, MIN_LEVEL, stateHash, termMonthsProblem } from '../core';
import { DICTS } from '../i18n';
import { makeReplay, replayToJson } from '../replay';
import { loadScenarioById, loadScenarioFiles } from '../scenarios/node';
import { consoleIo, type Io, isMain, run } from './io';
import { levelArg } from './level';

const USAGE =
  'usage: npm run sim -- --scenario ID --seed SEED [--bot NAME | --bot-file PATH] [--months N] [--level K] [--team NAME] [--json] [--out FILE]';

/** The bot used when --bot is not given: `balanced` once it is registered, else `random`. */
export function defaultBot(): string {
  return BOT_NAMES.includes('balanced') ? 'balanced' : 'random';
}

export interface MonthSummary {
  month: number;
  energyUsed: number;
  satisfaction: number;
  safety: number;
  vitality: number;
  fragmentation: number;
  budget: number;
  openConcerns: number;
  resolved: number;
}

/** Terminal columns a string takes (CJK characters are two wide). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

const padLeft = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;

const COLUMNS: { head: string; key: keyof MonthSummary }[] = [
  { head: '月 month', key: 'month' },
  { head: '精力 used', key: 'energyUsed' },
  { head: '满意 satisf.', key: 'satisfaction' },
  { head: '平安 safety', key: 'safety' },
  { head: '活力 vitality', key: 'vitality' },
  { head: '碎片化 frag.', key: 'fragmentation' },
  { head: '经费 budget', key: 'budget' },
  { head: '诉求 open', key: 'openConcerns' },
  { head: '解决 resolved', key: 'resolved' },
];

export function monthTable(months: readonly MonthSummary[]): string[] {
  const widths = COLUMNS.map((c) => width(c.head));
  const row = (cells: string[]) => cells.map((c, i) => padLeft(c, widths[i]!)).join('  ');
  return [row(COLUMNS.map((c) => c.head)), ...months.map((m) => row(COLUMNS.map((c) => String(m[c.key]))))];
}

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  let values: {
    scenario?: string;
    seed?: string;
    bot?: string;
    'bot-file'?: string;
    json?: boolean;
    out?: string;
    months?: string;
    level?: string;
    team?: string;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        bot: { type: 'string' },
        'bot-file': { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        months: { type: 'string' },
        level: { type: 'string' },
        team: { type: 'string' },
      },
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`sim: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.scenario === undefined || values.seed === undefined) {
    io.err(`sim: --scenario and --seed are required\n${USAGE}`);
    return 2;
  }
  if (values.bot !== undefined && values['bot-file'] !== undefined) {
    io.err(`sim: give --bot or --bot-file, not both\n${USAGE}`);
    return 2;
  }
  let bot: Bot | undefined;
  if (values['bot-file'] !== undefined) {
    const loadedBot = await loadBotFile(values['bot-file']);
    if (!loadedBot.ok) {
      io.err(`sim: ${loadedBot.error}`);
      return 2;
    }
    bot = loadedBot.bot;
  } else {
    const botName = values.bot ?? defaultBot();
    bot = getBot(botName);
    if (!bot) {
      io.err(`sim: unknown bot "${botName}"; known bots: ${BOT_NAMES.join(', ')}`);
      return 2;
    }
  }
  const loaded = loadScenarioById(values.scenario);
  if (!loaded.ok) {
    const known = loadScenarioFiles().scenarios.map((s) => s.id);
    const missing = loaded.error.detail.includes('no such file');
    io.err(
      missing
        ? `sim: unknown scenario "${values.scenario}"; known scenarios: ${known.join(', ') || '(none)'}`
        : `sim: scenario "${values.scenario}" is invalid: ${loaded.error.message}`,
    );
    return 2;
  }
  const scenario = loaded.scenario;
  const seed = values.seed;
  let term: number | undefined;
  if (values.months !== undefined) {
    term = /^\d{1,3}$/.test(values.months) ? Number(values.months) : Number.NaN;
    const problem = termMonthsProblem(scenario, term);
    if (problem) {
      io.err(`sim: --months: ${problem.replace(/got null$/, `got "${values.months}"`)}`);
      return 2;
    }
  }
  const level = levelArg(values.level);
  if (!level.ok) {
    io.err(`sim: --level: ${level.message}`);
    return 2;
  }
  const team = normaliseTeam(values.team ?? '');
  if (!team.ok) {
    io.err(`sim: --team: ${team.message}`);
    return 2;
  }

  let game: ReturnType<typeof playGame>;
  try {
    game = playGame(scenario, seed, bot, {
      ...(term === undefined ? {} : { months: term }),
      ...(level.level !== MIN_LEVEL ? { level: level.level } : {}),
    });
  } catch (e) {
    // An outside bot's bug (an illegal action, a throw): one bounded line, nothing written.
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`sim: ${msg.length > 300 ? `${msg.slice(0, 297)}…` : msg}`);
    return 1;
  }
  const { state } = game;
  const months: MonthSummary[] = state.history.map((h, i) => ({
    month: h.turn,
    energyUsed: game.energyUsed[i] ?? 0,
    satisfaction: h.satisfaction,
    safety: h.safety,
    vitality: h.vitality,
    fragmentation: h.fragmentation,
    budget: h.budget,
    openConcerns: h.openConcerns,
    resolved: h.resolved,
  }));
  const score = state.assessment?.score ?? null;
  const rating = state.assessment?.rating ?? null;
  const hash = stateHash(state);
  const replay = makeReplay(game.start, game.actions, state);
  const coded = encodeResult(replay, team.team);
  const resultCode = coded.ok ? coded.code : null;
  if (!coded.ok) io.err(`sim: no result code: ${coded.refusal.message}`);

  if (values.json) {
    io.out(
      JSON.stringify({
        scenarioId: scenario.id,
        seed,
        bot: bot.name,
        status: state.status,
        reason: state.lossReason,
        score,
        rating,
        hash,
        months,
        level: level.level,
        team: team.team === '' ? null : team.team,
        resultCode,
      }),
    );
  } else {
    io.out(
      `${scenario.title.zh} · ${scenario.title.en} — scenario ${scenario.id}, seed ${seed}, bot ${bot.name}` +
        (level.level !== MIN_LEVEL ? `, level ${level.level} ${levelRule(level.level).name.zh}` : ''),
    );
    for (const line of monthTable(months)) io.out(line);
    const ratingText = rating ? `${DICTS.zh.rating[rating]} (${rating})` : '—';
    const reason = state.lossReason ? ` — ${DICTS.zh.loss[state.lossReason]} (${state.lossReason})` : '';
    io.out(
      `status ${state.status}${reason} · 考核 score ${score ?? '—'} ${ratingText} · ` +
        `${game.actions.length} actions · hash ${hash}`,
    );
    if (resultCode) io.out(`result code ${resultCode}`);
  }

  if (values.out !== undefined) {
    try {
      writeFileSync(values.out, `${replayToJson(replay)}\n`);
    } catch (e) {
      io.err(`sim: cannot write the replay to ${values.out}: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
    if (!values.json) io.out(`replay written to ${values.out}`);
  }
  return 0;
}

if (isMain(import.meta.url)) run(main);
