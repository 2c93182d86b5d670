// Opening a challenge from a link (`…#c=CODE`, what `npm run challenge` prints): the code is read
// by src/codes (the same refusals by name as everywhere), and the hash is cleared so that coming
// back to the title does not open it again.
import { decodeChallenge, type ScenarioLookup } from '../codes';

export interface LinkedChallenge {
  scenarioId: string;
  seed: string;
  months?: number;
  level?: number;
}

export type LinkRead = { ok: true; challenge: LinkedChallenge } | { ok: false; message: string } | null;

/** The challenge a location hash holds: null when it holds none. */
export function readChallengeHash(hash: string, scenarios: ScenarioLookup): LinkRead {
  if (!/^#c=/.test(hash)) return null;
  const r = decodeChallenge(hash, scenarios);
  if (!r.ok) return { ok: false, message: r.refusal.message };
  const { challenge } = r;
  return {
    ok: true,
    challenge: {
      scenarioId: challenge.scenarioId,
      seed: challenge.seed,
      ...(challenge.months !== undefined ? { months: challenge.months } : {}),
      ...(challenge.level !== undefined ? { level: challenge.level } : {}),
    },
  };
}

/** Reads and clears the page's challenge link (once per page load). */
export function takeChallengeLink(scenarios: ScenarioLookup): LinkRead {
  if (typeof location === 'undefined') return null;
  const read = readChallengeHash(location.hash, scenarios);
  if (read) {
    try {
      history.replaceState(null, '', location.pathname + location.search);
    } catch {
      // The link stays in the address bar; it is only read once per load anyway.
    }
  }
  return read;
}
