// Scanning result codes with a camera, in Chromium: the fake video device plays a Y4M file showing a
// team's debrief QR (lean-qr, as the page draws it); the facilitator presses 用摄像头扫码 and the team
// appears in the table, verified through the same intake as a pasted code. The decoder (jsQR) is
// fetched only when the scan starts. On a plain-http LAN address (not a secure context) the view says
// why there is no camera and keeps paste and import.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.ts';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { challengeCode, encodeResult, makeChallenge } from '../../src/codes';
import { codeQr } from '../../src/codes/qr';
import { makeReplay } from '../../src/replay';
import { scenario as bundledScenario } from '../server/helpers';
import { RESULTS_DIR } from './helpers';

const SCENARIO = 'old-neighbourhood';
const SEED = 'saoma';
const TEAM = '扫码组';

/** A Y4M (4:2:0) clip of `frames` identical frames: the QR of `text` in grey surroundings. */
function y4m(text: string, width = 640, height = 480, frames = 10): Buffer {
  const qr = codeQr(text);
  if (!qr) throw new Error('no QR');
  const px = 5;
  const quiet = 4;
  const side = (qr.size + 2 * quiet) * px;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const y = Buffer.alloc(width * height, 120);
  for (let row = 0; row < side; row++)
    for (let col = 0; col < side; col++) {
      const mx = Math.floor(col / px) - quiet;
      const my = Math.floor(row / px) - quiet;
      const dark = mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.modules[my]![mx];
      y[(top + row) * width + left + col] = dark ? 30 : 225;
    }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const parts: Buffer[] = [header];
  for (let f = 0; f < frames; f++) parts.push(Buffer.from('FRAME\n'), y, chroma);
  return Buffer.concat(parts);
}

interface Browser {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
  close(): Promise<void>;
}

async function launchWith(args: string[]): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-scan-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  // The page's own requests (the service worker's precache fetches every asset, and is left out).
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    requests,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function openSession(page: Page, base: string, code: string): Promise<void> {
  await page.goto(`${base}#facilitator`);
  await page.waitForSelector('.fac-root [data-key="challenge-input"]');
  await page.fill('[data-key="challenge-input"]', code);
  await page.click('[data-key="start-code"]');
  await page.waitForSelector('[data-key="challenge-code"]');
}

describe('scanning a team’s QR with the camera', () => {
  let b: Browser;
  let challenge: string;
  let resultCode: string;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-scan-video-'));

  beforeAll(async () => {
    const sc = bundledScenario(SCENARIO);
    const made = makeChallenge(sc, SEED);
    if (!made.ok) throw new Error(made.refusal.message);
    challenge = challengeCode(made.challenge);
    const g = playGame(sc, SEED, getBot('balanced')!);
    const e = encodeResult(makeReplay(g.start, g.actions, g.state), TEAM);
    if (!e.ok) throw new Error(e.refusal.message);
    resultCode = e.code;
    const video = join(dir, 'qr.y4m');
    writeFileSync(video, y4m(resultCode));
    b = await launchWith([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the code off the fake camera, verifies it like a pasted one, and fetched the decoder only for the scan', async () => {
    const { page } = b;
    await openSession(page, inject('baseURL'), challenge);
    const decoder = () => b.requests.filter((u) => /jsQR[^/]*\.js$/i.test(u));
    expect(decoder()).toEqual([]);
    await page.click('[data-key="scan-start"]');
    await page.waitForSelector(`tr[data-team] th:has-text("${TEAM}")`, { timeout: 30_000 });
    const status = (await page.textContent('[data-key="scan-status"]')) ?? '';
    expect(status).toMatch(/已扫到 1 个/);
    // jsQR is fetched unless this Chromium has its own BarcodeDetector for QR codes.
    const native = await page.evaluate(() => 'BarcodeDetector' in window);
    if (!native) expect(decoder()).toHaveLength(1);
    expect(await page.textContent('[data-key="scan-decoder"]')).toContain(native ? '浏览器内置' : 'jsQR');
    mkdirSync(RESULTS_DIR, { recursive: true });
    const shot = join(RESULTS_DIR, 'facilitator-scan.png');
    await page.screenshot({ path: shot });
    // The same code held up again is not added twice; stopping releases the camera.
    await page.waitForTimeout(800);
    expect(await page.locator('tr[data-team]').count()).toBe(1);
    expect(await page.locator('.fac-refused').count()).toBe(0);
    await page.click('[data-key="scan-start"]');
    expect(
      await page.evaluate(() => (document.querySelector('.fac-scan-video') as HTMLVideoElement).srcObject),
    ).toBeNull();
    expect(b.errors).toEqual([]);
  }, 90_000);
});

describe('no camera on a plain-http LAN address', () => {
  let b: Browser;
  beforeAll(async () => {
    b = await launchWith([]);
    // http://lan.test/ is served the preview server's answers (as a LAN address would be): the same
    // page, but not a secure context. (The preview server itself only answers to its own host name.)
    const origin = new URL(inject('baseURL')).origin;
    await b.context.route('http://lan.test/**', async (route) => {
      const url = route.request().url().replace('http://lan.test', origin);
      try {
        await route.fulfill({ response: await route.fetch({ url }) });
      } catch {
        // A request still in flight when the test closes its browser (the page's lazy chunks, the
        // service worker's precache) has nobody left to answer: not a failure of the page.
      }
    });
  }, 60_000);
  afterAll(async () => {
    await b?.close();
  });

  it('says the camera needs https or localhost, and the paste box is there', async () => {
    const { page } = b;
    const base = new URL(inject('baseURL'));
    base.hostname = 'lan.test';
    base.port = '';
    const sc = bundledScenario(SCENARIO);
    const made = makeChallenge(sc, SEED);
    if (!made.ok) throw new Error(made.refusal.message);
    await openSession(page, base.href, challengeCode(made.challenge));
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    const note = (await page.textContent('[data-key="scan-unavailable"]')) ?? '';
    expect(note).toContain('https');
    expect(note).toContain('localhost');
    expect(await page.locator('[data-key="scan-start"]').count()).toBe(0);
    expect(await page.getByLabel('结果码').count()).toBe(1);
  }, 60_000);
});
