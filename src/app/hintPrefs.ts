// What the guided first game remembers: the hints already seen and whether hints are off. Kept in
// localStorage beside the language; a missing or unreadable value means "nothing seen, hints on".
import { HINT_IDS, type HintId } from '../view/hints';

export const HINTS_KEY = 'community-secretary.hints';

export interface HintPrefs {
  off: boolean;
  seen: Set<HintId>;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readHintPrefs(): HintPrefs {
  const prefs: HintPrefs = { off: false, seen: new Set() };
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(HINTS_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (!raw || raw.length > 400) return prefs;
  try {
    const v = JSON.parse(raw) as { off?: unknown; seen?: unknown };
    prefs.off = v.off === true;
    if (Array.isArray(v.seen))
      for (const id of v.seen)
        if ((HINT_IDS as readonly unknown[]).includes(id)) prefs.seen.add(id as HintId);
  } catch {
    // Unreadable: start afresh.
  }
  return prefs;
}

export function writeHintPrefs(p: HintPrefs): void {
  try {
    storage()?.setItem(HINTS_KEY, JSON.stringify({ off: p.off, seen: [...p.seen] }));
  } catch {
    // Not kept: the hints show again next time, which is harmless.
  }
}
