// The lecture's words are shown in Chinese punctuation. Its transcript writes ASCII commas and quotes
// between Chinese words; the data keeps them (scenario quotes are checked verbatim against it), and the
// screen sets them as ，and “ ” (zhPunctuation in src/view/sentences.ts): the words never change.
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../src/core';
import { zh } from '../../src/i18n/zh';
import { quoted, zhPunctuation } from '../../src/view';
import { shippedScenario } from '../ui/fakes';

const ASCII_BESIDE_CJK = /[\u3400-\u9fff][,;:?!"()]|[,;:?!"()][\u3400-\u9fff]/;
const words = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '');

describe('lecture passages are set in Chinese punctuation — 神经末梢', () => {
  it('an ASCII comma between Chinese words becomes ，and ASCII quotes open and close as “ ”', () => {
    expect(zhPunctuation('神经末梢,要及时感知')).toBe('神经末梢，要及时感知');
    expect(zhPunctuation('治理主体"各自为政、各行其是"……"铁路警察,各管一段"……')).toBe(
      '治理主体“各自为政、各行其是”……“铁路警察，各管一段”……',
    );
    expect(quoted('有事好商量,有事多商量')).toBe('“有事好商量，有事多商量”');
  });

  it('a passage with no Chinese in it is left as it is', () => {
    const english =
      'Governing actors "each go their own way", as the saying goes: one stretch each (so to speak)!';
    expect(zhPunctuation(english)).toBe(english);
  });

  it('every concept quote and every learning point of the shipped scenarios: no ASCII mark beside a Chinese word, the same words', () => {
    const passages = [
      ...CONCEPTS.map((id) => zh.concept[id].quote),
      ...[
        'old-neighbourhood',
        'new-estate',
        'village-to-residence',
        'administrative-village',
        'burden-relief',
        'flood-season',
      ]
        .flatMap((id) => shippedScenario(id).learningPoints ?? [])
        .map((lp) => lp.quote)
        .filter((q): q is string => typeof q === 'string'),
    ];
    expect(passages.filter((p) => ASCII_BESIDE_CJK.test(p)).length).toBeGreaterThan(10);
    for (const p of passages) {
      const shown = quoted(p);
      expect(shown).not.toMatch(ASCII_BESIDE_CJK);
      expect(words(shown)).toBe(words(p));
    }
  });
});
