// The building blocks of the codes, checked against figures that do not come from the code itself:
// CRC-32's published check value, Node's own base64url, and the check symbols' guarantee
// (distance 3: every single change and every adjacent swap is caught) tried exhaustively.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBase32, writeBase32 } from '../../src/codes/base32';
import { fromBase64url, toBase64url } from '../../src/codes/base64url';
import { checkSymbols, verifyCheck } from '../../src/codes/check32';
import { crc6 } from '../../src/codes/crc6';
import { crc32 } from '../../src/codes/crc32';
import { SCENARIO_TABLE } from '../../src/codes/scenarioTable';
import { SHIPPED } from './helpers';

describe('CRC-32 and CRC-6', () => {
  it('CRC-32 gives the published check value of "123456789" (0xCBF43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('CRC-6 catches every burst of up to six flipped bits in the 18-bit header', () => {
    const base = Array.from({ length: 18 }, (_, i) => ((i * 7) % 3) & 1);
    const good = crc6(base);
    for (let start = 0; start < 18; start++)
      for (let pattern = 1; pattern < 64; pattern++) {
        if ((pattern & 1) === 0) continue; // a burst starts with a flipped bit
        const bits = base.map((b, i) =>
          i >= start && i < start + 6 && (pattern >> (i - start)) & 1 ? b ^ 1 : b,
        );
        if (bits.every((b, i) => b === base[i])) continue;
        expect(crc6(bits)).not.toBe(good);
      }
  });
});

describe('base64url', () => {
  it('writes what Node’s own base64url writes, and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        const back = fromBase64url(text);
        expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
      }),
    );
  });

  it('has one spelling per code: a last character with stray low bits is refused', () => {
    // "AB" holds one byte (0x00) and four unused bits that must be zero; "AA" is its spelling.
    expect(fromBase64url('AA').ok).toBe(true);
    expect(fromBase64url('AB')).toMatchObject({ ok: false, kind: 'badCharacter', position: 2 });
    expect(fromBase64url('AAAAA')).toMatchObject({ ok: false, kind: 'badLength' });
  });
});

describe('Crockford base32 with two check symbols', () => {
  it('reads case-insensitively, takes O for 0 and I/L for 1, and skips dashes and spaces', () => {
    const r = readBase32('ab-1o i l');
    expect(r).toEqual({ ok: true, symbols: [10, 11, 1, 0, 1, 1] });
    expect(writeBase32([10, 11, 1, 0, 1, 1], 3)).toBe('AB1-011');
  });

  it('names the first character that is no code character, counting code characters only', () => {
    expect(readBase32('AB-CU')).toEqual({ ok: false, position: 4, character: 'U' });
  });

  it('catches every single changed symbol and points at it, up to the 31-symbol limit', () => {
    for (const length of [8, 14, 29]) {
      const data = Array.from({ length }, (_, i) => (i * 13 + 5) % 32);
      const word = [...data, ...checkSymbols(data)];
      expect(verifyCheck(word)).toEqual({ ok: true });
      for (let at = 0; at < word.length; at++)
        for (let v = 0; v < 32; v++) {
          if (v === word[at]) continue;
          const typo = word.slice();
          typo[at] = v;
          const verdict = verifyCheck(typo);
          expect(verdict).toMatchObject({ ok: false, suspect: at + 1, corrected: word });
        }
    }
  });

  it('catches every swap of two neighbouring different symbols', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 31 }), { minLength: 2, maxLength: 29 }), (data) => {
        const word = [...data, ...checkSymbols(data)];
        for (let at = 0; at + 1 < word.length; at++) {
          if (word[at] === word[at + 1]) continue;
          const swapped = word.slice();
          [swapped[at], swapped[at + 1]] = [swapped[at + 1]!, swapped[at]!];
          expect(verifyCheck(swapped).ok).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the scenario table', () => {
  it('numbers every shipped scenario, each once (append-only: a missing one could not be coded)', () => {
    for (const s of SHIPPED) expect(SCENARIO_TABLE).toContain(s.id);
    expect(new Set(SCENARIO_TABLE).size).toBe(SCENARIO_TABLE.length);
  });
});
