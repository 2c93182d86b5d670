// `npm run bench:codes` — result-code figures for issue 10's targets. A benchmark, not a test: it
// prints figures and fails only if a code does not round-trip.
//   (a) result-code length, min / median / max, over the bots' games of the six shipped scenarios
//       (their own full terms — flood-season's is 10 months), SEEDS seeds each (default 5), the team
//       name "第一组" (9 UTF-8 bytes); per scenario and over all. The search bot is left out: it plans
//       by beam search and takes seconds a game.
//   (b) what deflate (zlib level 9, raw, the algorithm of fflate/pako) would save on the packed bytes,
//       to judge whether a compression library is worth its bytes.
//   (c) verifying 40 codes (decode + the one verification path), median of 5 rounds, in Node.
import { deflateRawSync } from 'node:zlib';
import { BOT_NAMES, getBot } from '../src/bots';
import { playGame } from '../src/bots/play';
import { spread } from '../src/cli/stats';
import { decodeResult, encodeResult, verifyResultCode } from '../src/codes';
import { fromBase64url } from '../src/codes/base64url';
import { codeQr } from '../src/codes/qr';
import { makeReplay } from '../src/replay';
import { loadScenarioFiles } from '../src/scenarios/node';

const SEEDS = Math.max(1, Number(process.env.SEEDS ?? 5));
const scenarios = loadScenarioFiles().scenarios;
const lookup = (id: string) => scenarios.find((s) => s.id === id);
const bots = BOT_NAMES.filter((b) => b !== 'search');

const stats = spread;

const all: number[] = [];
const codes: string[] = [];
let packed = 0;
let deflated = 0;
console.log(
  `result-code length (characters), ${bots.length} bots × ${SEEDS} seeds a scenario, team "第一组":`,
);
for (const scenario of scenarios) {
  const lengths: number[] = [];
  const actions: number[] = [];
  for (const bot of bots)
    for (let i = 0; i < SEEDS; i++) {
      const game = playGame(scenario, `bench-${i}`, getBot(bot)!);
      const replay = makeReplay(game.start, game.actions, game.state);
      const encoded = encodeResult(replay, '第一组');
      if (!encoded.ok) throw new Error(`${scenario.id} ${bot} ${i}: ${encoded.refusal.message}`);
      const back = decodeResult(encoded.code, lookup);
      if (!back.ok || JSON.stringify(back.replay.actions) !== JSON.stringify(replay.actions))
        throw new Error(`${scenario.id} ${bot} ${i}: the code does not round-trip`);
      lengths.push(encoded.code.length);
      actions.push(game.actions.length);
      codes.push(encoded.code);
      const bytes = fromBase64url(encoded.code);
      if (bytes.ok) {
        packed += bytes.bytes.length;
        deflated += deflateRawSync(bytes.bytes, { level: 9 }).length;
      }
    }
  all.push(...lengths);
  const l = stats(lengths);
  const a = stats(actions);
  console.log(
    `  ${scenario.id.padEnd(22)} ${String(scenario.months).padStart(2)} months  min ${l.min}  median ${l.median}  max ${l.max}` +
      `   (actions ${a.min}–${a.max})`,
  );
}
const t = stats(all);
console.log(`  all ${t.n} games: min ${t.min}  median ${t.median}  max ${t.max}  (target ≤ 200, about 150)`);
// QR capacity in byte mode at level M, from the QR standard's table (ISO/IEC 18004, version 10-M).
const QR_V10_M_BYTES = 213;
const longest = codes.reduce((a, b) => (b.length > a.length ? b : a));
const qr = codeQr(longest);
console.log(
  `QR: the longest code, ${t.max} characters, is version ${qr?.version ?? '(none)'} at level M or better ` +
    `(target ≤ 10; byte mode at 10-M holds ${QR_V10_M_BYTES})`,
);
console.log(
  `deflate (raw, level 9) on the packed bytes: ${packed} → ${deflated} bytes (${((100 * deflated) / packed).toFixed(0)} %)`,
);

const batch = codes.slice(0, 40);
const times: number[] = [];
for (let round = 0; round < 5; round++) {
  const t0 = performance.now();
  for (const code of batch) {
    const v = verifyResultCode(code, lookup);
    if (!v.ok) throw new Error(`a bot's code was refused: ${v.reason.message}`);
  }
  times.push(performance.now() - t0);
}
console.log(
  `verifying ${batch.length} codes (decode + verifyReplay): median ${stats(times).median.toFixed(1)} ms of 5 rounds (target < 1 s)`,
);
