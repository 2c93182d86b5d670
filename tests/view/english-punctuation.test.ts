// English is written with English punctuation: a sentence built from parts (an action's name, a chart's
// label) takes its separators from the language table, never the Chinese full-width ones.
import { afterEach, describe, expect, it } from 'vitest';
import { FORCES, REFORMS } from '../../src/core';
import { setLang } from '../../src/i18n';
import { actionName } from '../../src/view';

const FULL_WIDTH = /[（）：，。；、]/;

afterEach(() => setLang('zh'));

describe('an action’s name in English has English punctuation', () => {
  it('the joint meeting with its forces, and a reform with its name', async () => {
    await setLang('en');
    const meeting = actionName({ type: 'coordinate', forces: [...FORCES] });
    const reform = actionName({ type: 'adoptReform', reform: REFORMS[0]! });
    expect(meeting).not.toMatch(FULL_WIDTH);
    expect(reform).not.toMatch(FULL_WIDTH);
    expect(meeting).toMatch(/^Joint meeting \(.+\)$/);
    // Chinese keeps its own.
    await setLang('zh');
    expect(actionName({ type: 'coordinate', forces: [...FORCES] })).toMatch(/（.+）$/);
  });
});
