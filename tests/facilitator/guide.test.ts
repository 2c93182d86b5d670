// The printable facilitator guide (src/facilitator/guideModel.ts + guideText.ts): for every shipped
// scenario, in both languages, a 45-minute plan on the short term and a 90-minute plan on the full
// term that add up minute by minute; what the scenario teaches by concept id and lecture quote; its
// binding lever named as the game names the actions; prompts that name what the screens show.
import { afterEach, describe, expect, it } from 'vitest';
import { CONCEPTS, termBounds } from '../../src/core';
import { guideModel, leverName } from '../../src/facilitator/guideModel';
import { PLANS, PROMPTS } from '../../src/facilitator/guideText';
import { ft } from '../../src/facilitator/text';
import { LANGS, setLang, t } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { BUNDLED_SCENARIOS } from '../../src/scenarios/bundled';
import { zhPunctuation } from '../../src/view';

afterEach(() => setLang('zh'));

const cases = BUNDLED_SCENARIOS.flatMap((sc) => LANGS.map((l) => [sc.id, l] as const));

describe('the facilitator guide of each scenario', () => {
  it('covers every shipped scenario', () => {
    expect(BUNDLED_SCENARIOS.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)(
    '%s (%s): the 45- and 90-minute plans run from minute 0 to the end without a gap — briefing, play, codes, debrief',
    (id, l) => {
      setLang(l);
      const sc = BUNDLED_SCENARIOS.find((s) => s.id === id)!;
      const m = guideModel(sc);
      expect(m.plans.map((p) => p.minutes)).toEqual([45, 90]);
      // 45 minutes plays the shortest term (6 months), 90 the scenario's full term.
      expect(m.plans.map((p) => p.months)).toEqual([termBounds(sc).min, termBounds(sc).max]);
      for (const plan of m.plans) {
        const bounds = plan.steps.map((s) => s.minutes.split('–').map(Number) as [number, number]);
        expect(bounds[0]![0]).toBe(0);
        expect(bounds.at(-1)![1]).toBe(plan.minutes);
        for (let i = 1; i < bounds.length; i++) expect(bounds[i]![0]).toBe(bounds[i - 1]![1]);
        for (const [from, to] of bounds) expect(to).toBeGreaterThan(from);
        expect(new Set(plan.steps.map((s) => s.phase))).toEqual(
          new Set(['briefing', 'play', 'collect', 'debrief']),
        );
        // The play step says how many months are played.
        expect(plan.steps.find((s) => s.phase === 'play')!.what).toContain(String(plan.months));
      }
    },
  );

  it.each(cases)('%s (%s): every placeholder is filled — no {name} left in the printed text', (id, l) => {
    setLang(l);
    const m = guideModel(BUNDLED_SCENARIOS.find((s) => s.id === id)!);
    const all = [
      ...m.plans.flatMap((p) => [p.title, ...p.steps.map((s) => s.what)]),
      ...m.prompts.map((p) => p.text),
      m.lever?.actions ?? '',
      m.meta,
    ];
    for (const text of all) expect(text).not.toMatch(/\{\w+\}/);
  });

  it.each(cases)(
    '%s (%s): it teaches the scenario’s learning points by concept id, with the lecture’s own words',
    (id, l) => {
      setLang(l);
      const sc = BUNDLED_SCENARIOS.find((s) => s.id === id)!;
      const m = guideModel(sc);
      expect(m.teaches.map((x) => x.concept)).toEqual(sc.learningPoints.map((lp) => lp.concept));
      for (const x of m.teaches) {
        expect(CONCEPTS as readonly string[]).toContain(x.concept);
        expect(x.name.length).toBeGreaterThan(0);
      }
      // The lecture's own words: the Chinese (in Chinese punctuation) for a Chinese reader, their English
      // rendering for an English one.
      expect(m.teaches.map((x) => x.quote)).toEqual(
        sc.learningPoints.map((lp) =>
          l === 'zh'
            ? { text: zhPunctuation(lp.quote), lang: 'zh-CN' }
            : { text: en.lecture[lp.quote], lang: 'en' },
        ),
      );
      expect(m.questions).toHaveLength(sc.questions.length);
    },
  );

  it.each(cases)(
    '%s (%s): the binding lever is named as the board names its actions, in the plans and the prompts',
    (id, l) => {
      setLang(l);
      const sc = BUNDLED_SCENARIOS.find((s) => s.id === id)!;
      const m = guideModel(sc);
      if (!sc.binding) {
        expect(m.lever).toBeNull();
        return;
      }
      const names = sc.binding.lever.map(leverName);
      for (const n of names) {
        expect(n.length).toBeGreaterThan(0);
        expect(m.lever?.actions).toContain(n);
        expect(m.plans.every((p) => p.steps.some((s) => s.what.includes(n)))).toBe(true);
        expect(m.prompts.some((p) => p.text.includes(n))).toBe(true);
      }
    },
  );

  it.each(LANGS)(
    '(%s) the prompts send the room to what the facilitator view and the debrief show, by their own titles',
    (l) => {
      setLang(l);
      const m = guideModel(BUNDLED_SCENARIOS[0]!);
      const text = m.prompts.map((p) => p.text).join('\n');
      for (const title of [
        ft('divergenceTitle'),
        ft('lostMost'),
        ft('monthsTitle'),
        t('debrief.turningPoints'),
        t('debrief.parts'),
        t('debrief.charts'),
      ])
        expect(text).toContain(title);
      // Each prompt tied to a principle names it; the lever's prompt is the scenario's own.
      for (const p of m.prompts) if (p.concept) expect(CONCEPTS as readonly string[]).toContain(p.concept);
    },
  );

  it('the guide’s words exist in Chinese and English, and they differ', () => {
    for (const text of [...PLANS.flatMap((p) => p.steps.map((s) => s.what)), ...PROMPTS.map((p) => p.text)]) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/[a-z]{3}/);
      expect(text.zh).not.toBe(text.en);
      // The same placeholders in both languages, so a language never loses a screen's name.
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(names(text.en)).toEqual(names(text.zh));
    }
  });
});
