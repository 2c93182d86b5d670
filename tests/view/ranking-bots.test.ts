// "Same moves as a bot" (issue 10's ranked table): a result whose months are a bot's line — the same
// choices each month, in any order within the month — is flagged with that bot's name; one choice
// changed, or a game stopped earlier, is not. The lines are every bot's whole game on the challenge
// (the routine-* bots and balanced among them), computed from the challenge's start with its term.
import { describe, expect, it } from 'vitest';
import { BOT_NAMES } from '../../src/bots';
import type { Action } from '../../src/core';
import { botLines } from '../../src/dom/botLines';
import { loadScenarioById } from '../../src/scenarios/node';
import { actionMonths } from '../../src/view/months';
import { sameLines } from '../../src/view/ranking';

const CHALLENGE = { scenarioId: 'old-neighbourhood', seed: 'same-line', months: 6 };
const loaded = loadScenarioById(CHALLENGE.scenarioId);
if (!loaded.ok) throw new Error(loaded.error.message);
const lines = botLines(loaded.scenario, CHALLENGE);
const line = (name: string) => {
  const l = lines.find((x) => x.name === name);
  if (!l) throw new Error(`no line for ${name}`);
  return l;
};

describe('the bots’ lines on a challenge', () => {
  it('include balanced and every routine-* bot, each a whole game of the challenge’s term', () => {
    const names = lines.map((l) => l.name);
    expect(names).toContain('balanced');
    for (const n of BOT_NAMES.filter((b) => b.startsWith('routine-'))) expect(names).toContain(n);
    for (const l of lines) {
      const months = actionMonths(l.actions).length;
      expect(months, l.name).toBeGreaterThan(0);
      expect(months, l.name).toBeLessThanOrEqual(CHALLENGE.months);
    }
  });
});

describe('sameLines — a result that is a bot’s line, move for move', () => {
  it('a game equal to balanced’s line is flagged as balanced’s', () => {
    const own = [...line('balanced').actions];
    expect(sameLines(own, lines)).toContain('balanced');
  });

  it('the same choices in another order within each month are the same line', () => {
    const reordered = actionMonths(line('balanced').actions).flatMap((m) => {
      const body = m.filter((a) => a.type !== 'endMonth').reverse();
      return [...body, ...m.filter((a) => a.type === 'endMonth')];
    });
    expect(sameLines(reordered, lines)).toContain('balanced');
  });

  it('one month played otherwise, or a game that stopped earlier, is not the line', () => {
    const months = actionMonths(line('balanced').actions);
    // The last month with a choice in it loses that choice: the month differs.
    const i = months.findLastIndex((m) => m.some((a) => a.type !== 'endMonth'));
    expect(i).toBeGreaterThanOrEqual(0);
    const changed: Action[] = months.flatMap((m, k) => (k === i ? m.slice(1) : m));
    expect(sameLines(changed, lines)).not.toContain('balanced');
    const shorter = months.slice(0, months.length - 1).flat();
    expect(sameLines(shorter, lines)).not.toContain('balanced');
  });

  it('a line is named for each bot it equals, and for none when it equals no bot', () => {
    expect(sameLines([{ type: 'endMonth' }], lines)).toEqual([]);
    const routine = line(BOT_NAMES.find((b) => b.startsWith('routine-'))!);
    const named = sameLines(routine.actions, lines);
    expect(named).toContain(routine.name);
    // Every bot named really has those months.
    for (const n of named)
      expect(actionMonths(line(n).actions).length).toBe(actionMonths(routine.actions).length);
  });
});
