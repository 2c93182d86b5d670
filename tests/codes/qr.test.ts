// The QR helper: a 12-month result code fits a QR code of version ≤ 10 at level M (issue 10's target),
// and what it returns is a QR code (finder patterns where the standard puts them, SVG source).
import { describe, expect, it } from 'vitest';
import { getBot } from '../../src/bots';
import { playGame } from '../../src/bots/play';
import { challengeCode, challengeLink, encodeResult, makeChallenge } from '../../src/codes';
import { codeQr } from '../../src/codes/qr';
import { makeReplay } from '../../src/replay';
import { SHIPPED, shipped } from './helpers';

/** A 7×7 finder pattern (dark ring, light ring, dark 3×3 core) with its top-left corner at (x, y). */
function isFinder(m: boolean[][], x: number, y: number): boolean {
  for (let dy = 0; dy < 7; dy++)
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      if (m[y + dy]![x + dx] !== (ring !== 2)) return false;
    }
  return true;
}

describe('QR codes of codes', () => {
  it('the longest 12-month bot result code of each scenario fits version ≤ 10 at level M', () => {
    for (const s of SHIPPED) {
      const lengths = ['balanced', 'only-virtue', 'top-down'].map((bot) => {
        const g = playGame(s, 'qr', getBot(bot)!);
        const e = encodeResult(makeReplay(g.start, g.actions, g.state), '第一组第二组');
        if (!e.ok) throw new Error(e.refusal.message);
        return e.code;
      });
      const longest = lengths.sort((a, b) => b.length - a.length)[0]!;
      const qr = codeQr(longest, 10);
      expect(qr, `${s.id}: ${longest.length} characters`).not.toBeNull();
      expect(qr!.version).toBeLessThanOrEqual(10);
    }
  });

  it('is a QR code: size 17 + 4 × version, finder patterns in three corners, SVG source', () => {
    const made = makeChallenge(shipped('old-neighbourhood'), 'peixun');
    if (!made.ok) throw new Error(made.refusal.message);
    const qr = codeQr(challengeLink(challengeCode(made.challenge), 'https://example.test/'))!;
    expect(qr.size).toBe(17 + 4 * qr.version);
    expect(qr.modules).toHaveLength(qr.size);
    expect(isFinder(qr.modules, 0, 0)).toBe(true);
    expect(isFinder(qr.modules, qr.size - 7, 0)).toBe(true);
    expect(isFinder(qr.modules, 0, qr.size - 7)).toBe(true);
    expect(isFinder(qr.modules, qr.size - 7, qr.size - 7)).toBe(false);
    expect(qr.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('text too long for the largest version allowed gives null, not an exception', () => {
    expect(codeQr('x'.repeat(400), 10)).toBeNull();
  });
});
