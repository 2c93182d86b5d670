// The lecture in the player's language: the passages the scenarios quote (briefing, debrief, the
// facilitator's guide) are read in English by an English player, from one table (src/i18n/lectureEn.ts)
// keyed by the verbatim Chinese; Chinese players read the lecture itself.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { loadScenarioFiles } from '../../src/scenarios/node';
import { lecturePassage } from '../../src/view';

const { scenarios } = loadScenarioFiles();
const passages = new Set(scenarios.flatMap((s) => s.learningPoints.map((lp) => lp.quote)));
const HAN = /[\u3400-\u9fff]/;

afterEach(() => setLang('zh'));

describe('the lecture quoted in English — 共建共治共享 is taught to every trainee', () => {
  it('every passage a shipped scenario quotes has an English rendering, with no Chinese left in it', () => {
    const missing = [...passages].filter((q) => !en.lecture[q]);
    expect(missing).toEqual([]);
    for (const q of passages) expect(en.lecture[q]).not.toMatch(HAN);
  });

  it('the table holds no rendering of a passage no scenario quotes (a changed quote is not left behind)', () => {
    expect(Object.keys(en.lecture).filter((q) => !passages.has(q))).toEqual([]);
  });

  it('an English player reads the rendering; a Chinese player reads the lecture, in Chinese punctuation', async () => {
    const q = '切实防止出现人民形式上有权、实际上无权的现象。';
    expect(lecturePassage(q)).toEqual({ text: q, lang: 'zh-CN' });
    const comma = '自治,强调基层群众对基层事务参与的主动性、积极性,解决的是基层治理的活力问题;';
    expect(lecturePassage(comma).text).toBe(
      '自治，强调基层群众对基层事务参与的主动性、积极性，解决的是基层治理的活力问题；',
    );
    await setLang('en');
    expect(lecturePassage(q)).toEqual({
      text: 'Firmly prevent the people from holding rights in form but not in fact.',
      lang: 'en',
    });
    // A passage the table does not know (a scenario written later) is shown as the lecture writes it.
    expect(lecturePassage('基层治理的新问题。')).toEqual({ text: '基层治理的新问题。', lang: 'zh-CN' });
  });
});
