// README screenshots: a balanced-bot game resumed from a save at month 5 (board) and at its end (debrief).
// Usage: npm run build && npm run preview -- --port 4199 &  then  npx tsx scripts/readme-shots.ts http://127.0.0.1:4199/ docs/screenshots

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEFAULT_SLOT, saveKey } from '../src/app/store';
import { getBot } from '../src/bots/index';
import { playGame } from '../src/bots/play';
import { type Action, newGame, runActions } from '../src/core';
import { makeReplay, replayToJson } from '../src/replay';
import { loadScenarioFiles } from '../src/scenarios/node';

const [url, out] = [process.argv[2]!, process.argv[3]!];
const sc = loadScenarioFiles().scenarios.find((s) => s.id === 'old-neighbourhood')!;
const g = playGame(sc, 'readme-3', getBot('balanced')!);
/** The save is the replay file of the game so far. */
function save(actions: Action[]) {
  const start = newGame(sc, 'readme-3');
  return replayToJson(makeReplay(start, actions, runActions(start, actions).state));
}
let ends = 0;
let cut = 0;
g.actions.forEach((a, i) => {
  if (a.type === 'endMonth') {
    ends++;
    if (ends === 4) cut = i + 1;
  }
});
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1920, height: 1080 },
  args: [
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = ctx.pages()[0] ?? (await ctx.newPage());
for (const [name, actions] of [
  ['board', g.actions.slice(0, cut)],
  ['debrief', g.actions],
] as const) {
  await page.goto(url);
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [saveKey(DEFAULT_SLOT), save(actions as Action[])],
  );
  await page.goto(url);
  await page.getByRole('button', { name: /继续/ }).click();
  await page.waitForTimeout(1500);
  const summary = page.locator('[data-key="summary-next"]');
  if (await summary.count()) {
    await summary.first().click();
    await page.waitForTimeout(800);
  }
  await page.screenshot({ path: join(out, `${name}.png`) });
}
console.log('score', g.state.assessment);
await ctx.close();
