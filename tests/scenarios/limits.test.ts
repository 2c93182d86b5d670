// Scenario bounds that removing the guard failed no test for (issue 8), pinned at their exact bound:
// ids, the background's length, the number of discussion questions. The others are in untrusted.test.ts.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/scenarios/schema';
import { errorOf, parseAs, shippedData } from './helpers';

// biome-ignore lint/suspicious/noExplicitAny: a scenario file edited as plain data
const base = (): any => shippedData('old-neighbourhood');

describe('scenario bounds at their exact value', () => {
  it(`an id of ${LIMITS.idLength.max} characters passes, one more is refused by its path`, () => {
    const at = base();
    at.deck[0].id = 'a'.repeat(LIMITS.idLength.max);
    expect(parseAs(at).ok).toBe(true);
    const over = base();
    over.deck[0].id = 'a'.repeat(LIMITS.idLength.max + 1);
    const { issues } = errorOf(parseAs(over));
    expect(issues.map((i) => i.path)).toContain('deck[0].id');
    expect(issues.find((i) => i.path === 'deck[0].id')?.detail).toContain(String(LIMITS.idLength.max));
  });

  it(`a background of ${LIMITS.backgroundLength.max} characters passes, one more is refused`, () => {
    const at = base();
    at.background.zh = '社'.repeat(LIMITS.backgroundLength.max);
    expect(parseAs(at).ok).toBe(true);
    const over = base();
    over.background.zh = '社'.repeat(LIMITS.backgroundLength.max + 1);
    const { issues } = errorOf(parseAs(over));
    expect(issues.map((i) => i.path)).toContain('background.zh');
  });

  it(`${LIMITS.questions.max} discussion questions pass, one more is refused`, () => {
    const at = base();
    at.questions = Array.from({ length: LIMITS.questions.max }, () => at.questions[0]);
    expect(parseAs(at).ok).toBe(true);
    const over = base();
    over.questions = Array.from({ length: LIMITS.questions.max + 1 }, () => over.questions[0]);
    const { issues } = errorOf(parseAs(over));
    expect(issues.map((i) => i.path)).toContain('questions');
  });
});
