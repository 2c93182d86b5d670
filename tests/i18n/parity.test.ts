// One key set for both languages: every string the game shows exists in Chinese and in English,
// with the same placeholders, and every name the rules can produce has a translation.
import { describe, expect, it } from 'vitest';
import {
  CONCEPTS,
  CONCERN_KINDS,
  FORCES,
  LOSS_REASONS,
  METRICS,
  MODES,
  PROGRAMMES,
  RATINGS,
  REFORMS,
} from '../../src/core';
import { format } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';

/** Every leaf of a nested table as `path → string`. */
function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof obj === 'string') {
    out.set(prefix, obj);
    return out;
  }
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    for (const [p, s] of leaves(v, prefix ? `${prefix}/${k}` : k)) out.set(p, s);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n: Chinese and English share one key set', () => {
  // All but the lecture's renderings: Chinese reads the lecture itself (tests/i18n/lecture.test.ts).
  const zhLeaves = leaves({ ...zh, lecture: {} });
  const enLeaves = leaves({ ...en, lecture: {} });

  it('both languages define exactly the same keys', () => {
    const missingInEn = [...zhLeaves.keys()].filter((k) => !enLeaves.has(k));
    const missingInZh = [...enLeaves.keys()].filter((k) => !zhLeaves.has(k));
    expect(missingInEn).toEqual([]);
    expect(missingInZh).toEqual([]);
  });

  it('no string is empty', () => {
    const empty = [...zhLeaves, ...enLeaves].filter(([, s]) => s.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('a string and its translation take the same placeholders', () => {
    const mismatched = [...zhLeaves.keys()].filter(
      (k) => placeholders(zhLeaves.get(k)!).join() !== placeholders(enLeaves.get(k) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('every mode, force, concern kind, programme, reform, rating, loss and concept has a name in both', () => {
    for (const d of [zh, en]) {
      for (const m of MODES) expect([d.mode[m], d.modeBadge[m], d.modeWeak[m]].every(Boolean)).toBe(true);
      for (const f of FORCES)
        expect(
          [d.force[f], d.forceShort[f], d.forceBadge[f], d.forceRole[f], d.strengthen[f]].every(Boolean),
        ).toBe(true);
      for (const k of CONCERN_KINDS) expect(d.concernKind[k]).toBeTruthy();
      for (const m of METRICS) expect(d.metric[m] && d.metricHelp[m]).toBeTruthy();
      for (const p of PROGRAMMES) expect(d.programme[p] && d.programmeHelp[p]).toBeTruthy();
      for (const r of REFORMS) expect(d.reform[r] && d.reformHelp[r]).toBeTruthy();
      for (const r of RATINGS) expect(d.rating[r]).toBeTruthy();
      for (const l of LOSS_REASONS) expect(d.loss[l]).toBeTruthy();
      for (const c of CONCEPTS) expect(d.concept[c].name && d.concept[c].quote).toBeTruthy();
    }
  });

  it('badges are one character, so colour is never the only cue', () => {
    for (const m of MODES) expect([...zh.modeBadge[m]]).toHaveLength(1);
    for (const f of FORCES) expect([...zh.forceBadge[f]]).toHaveLength(1);
    expect(new Set(MODES.map((m) => zh.modeBadge[m])).size).toBe(MODES.length);
    expect(new Set(FORCES.map((f) => zh.forceBadge[f])).size).toBe(FORCES.length);
  });

  it('a mode and a force never wear the same badge, in either language (五治 and 五社 told apart)', () => {
    for (const d of [zh, en]) {
      const all = [...MODES.map((m) => d.modeBadge[m]), ...FORCES.map((f) => d.forceBadge[f])];
      expect(new Set(all).size, all.join(' ')).toBe(MODES.length + FORCES.length);
      // Short enough for the round and square badges: at most two letters.
      for (const b of all) expect([...b].length).toBeLessThanOrEqual(2);
    }
  });

  it('the contract names other tools rely on are exact', () => {
    expect(zh.ui['title.newGame']).toContain('新游戏');
    expect(en.ui['title.newGame']).toContain('New game');
    expect(zh.ui['title.continue']).toContain('继续');
    expect(en.ui['title.continue']).toContain('Continue');
    expect(zh.ui['briefing.start']).toContain('开始');
    expect(en.ui['briefing.start']).toContain('Start');
    expect(zh.ui['action.endMonth']).toContain('结束本月');
    expect(en.ui['action.endMonth']).toContain('End month');
    expect(zh.ui['lang.switch']).toBe('English');
    expect(en.ui['lang.switch']).toBe('中文');
    expect(Object.values(zh.rating)).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(Object.values(en.rating)).toEqual(['Excellent', 'Good', 'Pass', 'Fail']);
  });

  it('a placeholder is filled, and a missing one stays visible', () => {
    expect(format('第 {turn} 月 / {max}', { turn: 3, max: 12 })).toBe('第 3 月 / 12');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
