// When the offline install's waiting update may be offered (issue 12: "an update never replaces the
// game in the middle of a term"). Pure, so the rule is tested without a service worker: src/app/
// offline.ts asks it once a second and shows or hides the prompt as it says.

export interface UpdateGate {
  /** A new version is installed and waiting. */
  waiting: boolean;
  /** The prompt is on screen. */
  shown: boolean;
  /** The player said "later": not offered again until a term has been played. */
  putOff: boolean;
}

export type UpdateStep = 'show' | 'hide' | 'none';

/** What to do now, and the gate after it. */
export function updateStep(gate: UpdateGate, inTerm: boolean): { step: UpdateStep; gate: UpdateGate } {
  if (!gate.waiting) return { step: 'none', gate };
  if (inTerm)
    // Never during a term; a "later" lasts until the next term has been played.
    return { step: gate.shown ? 'hide' : 'none', gate: { ...gate, shown: false, putOff: false } };
  if (!gate.shown && !gate.putOff) return { step: 'show', gate: { ...gate, shown: true } };
  return { step: 'none', gate };
}

/** The player chose "later": the prompt goes, and stays away until a term has been played. */
export function putOff(gate: UpdateGate): UpdateGate {
  return { ...gate, shown: false, putOff: true };
}
