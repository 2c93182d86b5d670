// The camera path's decoder (src/facilitator/scan.ts) on frames made from real result codes: the
// debrief's QR (lean-qr, the same `codeQr` the page draws) rasterised as a camera would see it —
// off-centre on a grey background, at a non-integer scale, low contrast, with noise — read by jsQR,
// then handed to the same intake as a pasted code. The camera itself (getUserMedia) is exercised in
// tests/e2e/scan.test.ts with Chromium's fake video device.
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { encodeResult, verifyResultCode } from '../../src/codes';
import { codeQr } from '../../src/codes/qr';
import { checkInput } from '../../src/facilitator/intake';
import { cameraProblem, decodePixels, type Pixels, SeenCodes } from '../../src/facilitator/scan';
import { makeReplay, type ScenarioLookup } from '../../src/replay';
import { bundledScenario } from '../../src/scenarios/bundled';

const lookup: ScenarioLookup = (id) => bundledScenario(id);

/** A width×height frame with the QR of `text` at (left, top), `px` pixels a module (may be fractional). */
function frame(
  text: string,
  { width = 640, height = 480, left = 90, top = 40, px = 3.3, dark = 45, light = 205, noise = 24 } = {},
): Pixels {
  const qr = codeQr(text);
  if (!qr) throw new Error('no QR');
  const quiet = 4;
  const data = new Uint8ClampedArray(width * height * 4);
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const mx = Math.floor((x - left) / px) - quiet;
      const my = Math.floor((y - top) / px) - quiet;
      const inside = mx >= 0 && my >= 0 && mx < qr.size && my < qr.size;
      const inCard = mx >= -quiet && my >= -quiet && mx < qr.size + quiet && my < qr.size + quiet;
      const base = inside && qr.modules[my]![mx] ? dark : inCard ? light : 128;
      const v = base + Math.round((rand() - 0.5) * noise);
      const i = (y * width + x) * 4;
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  return { data, width, height };
}

function resultCode(scenarioId: string, bot: string, team: string): string {
  const sc = bundledScenario(scenarioId)!;
  const g = playGame(sc, 'scan', getBot(bot)!);
  const e = encodeResult(makeReplay(g.start, g.actions, g.state), team);
  if (!e.ok) throw new Error(e.refusal.message);
  return e.code;
}

describe('scanning a result code with the camera', () => {
  it.each([
    ['old-neighbourhood', 'balanced', '第一组'],
    ['flood-season', 'top-down', 'Team 2'],
    ['village-to-residence', 'only-virtue', '三组'],
  ])(
    'a %s result code (%s bot) read off a noisy, scaled camera frame is the code itself, and the intake verifies it as if pasted',
    async (id, bot, team) => {
      const code = resultCode(id, bot, team);
      const read = await decodePixels(frame(code));
      expect(read).toBe(code);
      const sc = bundledScenario(id)!;
      const c = checkInput(read!, { scenarioId: id, seed: 'scan', months: sc.months }, lookup, 0);
      const direct = verifyResultCode(code, lookup);
      if (!direct.ok || !c.ok) throw new Error('not verified');
      expect(c.game.team).toBe(team);
      expect(c.game.score).toBe(direct.verified.score);
    },
  );

  it('a frame with no code in it reads as nothing (the scan goes on), not as a wrong code', async () => {
    const blank = frame('x', { left: 2000 });
    expect(await decodePixels(blank)).toBeNull();
  });

  it('a larger QR at a whole-number scale is read as well (a phone held close to the camera)', async () => {
    const code = resultCode('new-estate', 'balanced', 'A');
    expect(await decodePixels(frame(code, { px: 6, left: 20, top: 10, width: 640, height: 480 }))).toBe(code);
  });
});

describe('where a camera can be used', () => {
  const withCamera = { getUserMedia: () => undefined };
  it('plain http on a LAN is not a secure context: no camera, and the panel says why', () => {
    expect(cameraProblem({ isSecureContext: false, mediaDevices: withCamera })).toBe('insecure');
    expect(cameraProblem({ isSecureContext: false })).toBe('insecure');
  });
  it('a secure context without mediaDevices has no camera; with getUserMedia it has one', () => {
    expect(cameraProblem({ isSecureContext: true })).toBe('noCamera');
    expect(cameraProblem({ isSecureContext: true, mediaDevices: {} })).toBe('noCamera');
    expect(cameraProblem({ isSecureContext: true, mediaDevices: withCamera })).toBeNull();
  });
});

describe('a code held in front of the camera', () => {
  it('is handed in once, however many frames read it; another code is new', () => {
    const seen = new SeenCodes();
    expect(seen.fresh('ABC')).toBe(true);
    expect(seen.fresh('ABC')).toBe(false);
    expect(seen.fresh(' ABC ')).toBe(false);
    expect(seen.fresh('ABD')).toBe(true);
    expect(seen.fresh('')).toBe(false);
    expect(seen.size).toBe(2);
  });
});
