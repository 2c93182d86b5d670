// The offline install's update waits for the end of a term (issue 12): the prompt is never shown
// while a term is played, is hidden if a term starts, and a "later" holds until a term has been played.
import { describe, expect, it } from 'vitest';
import { putOff, type UpdateGate, updateStep } from '../../src/app/updateGate';

const idle: UpdateGate = { waiting: false, shown: false, putOff: false };

/** Runs the page's once-a-second check over a sequence of "in a term?" answers; returns the steps. */
function run(gate: UpdateGate, inTerm: boolean[]): { steps: string[]; gate: UpdateGate } {
  const steps: string[] = [];
  for (const x of inTerm) {
    const next = updateStep(gate, x);
    steps.push(next.step);
    gate = next.gate;
  }
  return { steps, gate };
}

describe('the update prompt waits for the end of a term', () => {
  it('nothing waiting: nothing shown, in or out of a term', () => {
    expect(run(idle, [false, true, false]).steps).toEqual(['none', 'none', 'none']);
  });

  it('an update arriving during a term is not offered until the term is over, then once', () => {
    const waiting = { ...idle, waiting: true };
    expect(run(waiting, [true, true, false, false]).steps).toEqual(['none', 'none', 'show', 'none']);
  });

  it('a shown prompt is hidden when a term begins, and offered again after it', () => {
    const waiting = { ...idle, waiting: true };
    expect(run(waiting, [false, true, true, false]).steps).toEqual(['show', 'hide', 'none', 'show']);
  });

  it('"later" keeps it away between terms until a term has been played', () => {
    const shown = updateStep({ ...idle, waiting: true }, false).gate;
    const later = putOff(shown);
    expect(run(later, [false, false]).steps).toEqual(['none', 'none']);
    expect(run(later, [false, true, false]).steps).toEqual(['none', 'none', 'show']);
  });
});
