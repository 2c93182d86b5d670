// A team's challenge game, without the DOM: reading a typed or linked challenge code, the team name,
// the code of a game in progress, the game's result code, and which finished game counts (the first).
// The codes themselves are src/codes; this only joins them to the store and the browser's storage.
import { type Challenge, type CodeRefusal, decodeChallenge, normaliseTeam } from '../codes';
import type { GameState, Scenario } from '../core';
import { challengeCodeAt } from './attempts';
import { SCENARIOS } from './scenarios';

/** The longest team name, in characters (src/codes/team.ts). */
export { TEAM_MAX } from '../codes';
export {
  type Attempt,
  FINISHED_COUNT_PREFIX,
  FIRST_RESULT_PREFIX,
  firstResultKey,
  hasFinished,
  numberFinished,
  recordFinished,
} from './attempts';

/** What starts a challenge game: the challenge's world and the team that plays it. */
export interface ChallengeStart {
  scenarioId: string;
  seed: string;
  /** Term months when shorter than the scenario's own. */
  months?: number;
  /** The difficulty ladder's step when above 1 (src/core/levels.ts). */
  level?: number;
  team: string;
  /** The challenge code, as shown on the briefing and the board. */
  code: string;
}

export type ChallengeEntry =
  | { ok: true; challenge: Challenge; scenario: Scenario; code: string; term: number }
  | { ok: false; refusal: CodeRefusal }
  /** A result code pasted where a challenge code belongs. */
  | { ok: false; refusal: null; resultCode: true };

/** Reads what a trainee typed or pasted (a code or a `…#c=CODE` link). */
export function readChallengeEntry(text: string, scenarios: readonly Scenario[]): ChallengeEntry {
  const lookup = (id: string) => scenarios.find((s) => s.id === id);
  const decoded = decodeChallenge(text, lookup);
  if (decoded.ok)
    return {
      ok: true,
      challenge: decoded.challenge,
      scenario: decoded.scenario,
      code: decoded.code,
      term: decoded.challenge.months ?? decoded.scenario.months,
    };
  // A result code pasted here: say so rather than "mistyped". Told by its shape, not decoded, so the
  // result decoder stays out of the title's bytes (result codes start with B, C or D: formats 1–3).
  if (looksLikeResultCode(text.trim())) return { ok: false, refusal: null, resultCode: true };
  return { ok: false, refusal: decoded.refusal };
}

/**
 * base64url from "B", longer than any challenge code, or with what no challenge code holds ("_",
 * both cases): a result code, not a mistyped challenge code.
 */
export function looksLikeResultCode(text: string): boolean {
  if (!/^[BCD][A-Za-z0-9_-]{24,}$/.test(text)) return false;
  return (
    text.replace(/-/g, '').length > 31 || text.includes('_') || (/[a-z]/.test(text) && /[A-Z]/.test(text))
  );
}

/** The code in a page address's fragment (`#c=CODE`), or null. */
export function codeInHash(hash: string): string | null {
  const m = /(?:^#|&)c=([^&]*)/.exec(hash);
  if (!m) return null;
  try {
    const code = decodeURIComponent(m[1]!).trim();
    return code === '' ? null : code.slice(0, 200);
  } catch {
    return null;
  }
}

/**
 * Splits what was typed around its `n`th code character (1-based, dashes and spaces not counted —
 * as the codes layer counts), so the page can mark the character a refusal names.
 */
export function splitAtCodeChar(
  text: string,
  n: number,
): { before: string; char: string; after: string } | null {
  const chars = [...text];
  let seen = 0;
  for (let i = 0; i < chars.length; i++) {
    if (/[\s\-‐‑‒–—－]/u.test(chars[i]!)) continue;
    seen += 1;
    if (seen === n)
      return { before: chars.slice(0, i).join(''), char: chars[i]!, after: chars.slice(i + 1).join('') };
  }
  return null;
}

export type TeamEntry = { ok: true; team: string } | { ok: false; reason: 'empty' | 'long' | 'control' };

/** A team name as typed: normalised (src/codes/team), and required for a challenge game. */
export function readTeam(text: string): TeamEntry {
  const r = normaliseTeam(text);
  if (!r.ok) return { ok: false, reason: r.reason };
  if (r.team === '') return { ok: false, reason: 'empty' };
  return { ok: true, team: r.team };
}

/** The challenge code of a game (scenario, seed, term, level), or null when it cannot have one. */
export function challengeCodeOf(state: GameState): string | null {
  return challengeCodeAt(state, (id) => SCENARIOS.find((s) => s.id === id));
}

/** What starts the same challenge again (再玩一局 on a challenge), for the same team. */
export function sameChallenge(state: GameState, team: string): ChallengeStart | null {
  const code = challengeCodeOf(state);
  if (!code) return null;
  return {
    scenarioId: state.scenarioId,
    seed: state.seed,
    ...(state.maxTurns === state.scenario.months ? {} : { months: state.maxTurns }),
    ...(state.level === undefined ? {} : { level: state.level }),
    team,
    code,
  };
}
