// The lecture's words shown in the game are the lecture's: every Chinese concept quote is found,
// piece by piece (the pieces between ellipses), in the source text.
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../src/core';
import { zh } from '../../src/i18n/zh';
import { readLecture } from '../../src/scenarios/node';

/** The lecture mixes ASCII and full-width punctuation; compare without it. */
const bare = (s: string) => s.replace(/[\s,，.。;；:："“”"'‘’、!！?？()（）]/g, '');

describe('concept quotes are verbatim lecture passages', () => {
  const lecture = bare(readLecture());
  it.each([...CONCEPTS])('%s', (id) => {
    const pieces = zh.concept[id].quote
      .split('……')
      .map(bare)
      .filter((p) => p.length > 0);
    expect(pieces.length).toBeGreaterThan(0);
    for (const p of pieces) expect(lecture).toContain(p);
  });
});
