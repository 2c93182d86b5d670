// A room session's challenge: the scenario, seed and term every team plays. The one place where what
// a facilitator sends to open a session is parsed and checked: a challenge code (src/codes, the one
// a facilitator reads aloud) or the fields themselves.
import { randomBytes } from 'node:crypto';
import { decodeChallenge } from '../codes';
import { type Scenario, termMonthsProblem } from '../core';
import type { ScenarioLookup } from '../replay';

export interface Challenge {
  scenarioId: string;
  seed: string;
  /** Term length in months. */
  months: number;
}

export type ChallengeResult =
  | { ok: true; challenge: Challenge }
  /** `reason`: for a refused code, the code reader's own refusal (`badCheck`, `badCharacter`, …). */
  | { ok: false; field: string; message: string; reason?: string };

/** Longer than any challenge code or link a person pastes: refused before decoding. */
export const CODE_INPUT_MAX = 256;

export const SEED_MAX = 64;

const bad = (field: string, message: string): ChallengeResult => ({ ok: false, field, message });

/** A fresh seed a person can read aloud: 8 letters and digits without confusable ones. */
export function freshSeed(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * `{challenge: {scenarioId, seed?, months?}}` or `{code}` → a checked challenge, or the field that is
 * wrong and why. A missing seed gets a fresh one; a missing term the scenario's own.
 */
export function parseChallengeInput(
  body: Record<string, unknown>,
  scenarios: ScenarioLookup,
): ChallengeResult {
  if (body.code !== undefined) {
    if (body.challenge !== undefined) return bad('code', 'send either {code} or {challenge}, not both');
    return fromCode(body.code, scenarios);
  }
  const raw = body.challenge;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return bad('challenge', 'expected an object {scenarioId, seed?, months?}');
  const c = raw as Record<string, unknown>;
  if (typeof c.scenarioId !== 'string' || !/^[a-z0-9-]{1,64}$/.test(c.scenarioId))
    return bad('challenge.scenarioId', 'expected a scenario id (lower-case letters, digits, -)');
  const scenario: Scenario | undefined = scenarios(c.scenarioId);
  if (!scenario) return bad('challenge.scenarioId', `unknown scenario "${c.scenarioId}"`);
  let seed: string;
  if (c.seed === undefined || c.seed === null || c.seed === '') seed = freshSeed();
  else if (typeof c.seed !== 'string') return bad('challenge.seed', 'expected text');
  else {
    seed = c.seed.normalize('NFC').trim();
    if (seed.length === 0 || [...seed].length > SEED_MAX)
      return bad('challenge.seed', `expected 1 to ${SEED_MAX} characters`);
    if (/\p{C}/u.test(seed)) return bad('challenge.seed', 'control or invisible characters are not allowed');
  }
  let months = scenario.months;
  if (c.months !== undefined) {
    if (!Number.isSafeInteger(c.months)) return bad('challenge.months', 'expected a whole number of months');
    // A shorter term (a 45-minute session) as the challenge codes carry it; the core's own bounds.
    const problem = termMonthsProblem(scenario, c.months);
    if (problem) return bad('challenge.months', problem);
    months = c.months as number;
  }
  return { ok: true, challenge: { scenarioId: scenario.id, seed, months } };
}

/**
 * A challenge code as the facilitator typed or pasted it (or a link holding one): decoded by the same
 * reader as the page's, so a mistyped character is refused with its position, a cut code as cut, a
 * code of other rules or another scenario version by that name.
 */
function fromCode(code: unknown, scenarios: ScenarioLookup): ChallengeResult {
  if (typeof code !== 'string') return bad('code', 'expected the challenge code as text');
  if (code.length > CODE_INPUT_MAX)
    return {
      ok: false,
      field: 'code',
      reason: 'oversized',
      message: `too long for a challenge code: ${code.length} characters`,
    };
  const d = decodeChallenge(code, scenarios);
  if (!d.ok) return { ok: false, field: 'code', reason: d.refusal.code, message: d.refusal.message };
  const { challenge, scenario } = d;
  // The room's sessions are played at level 1 (the team page starts the session's scenario, seed and
  // term): a harder level's code is refused by name rather than opened as level 1 without a word.
  if ((challenge.level ?? 1) !== 1)
    return {
      ok: false,
      field: 'code',
      reason: 'levelUnsupported',
      message: `this code is of level ${challenge.level}; the live room plays level 1 challenges only`,
    };
  return {
    ok: true,
    challenge: { scenarioId: scenario.id, seed: challenge.seed, months: challenge.months ?? scenario.months },
  };
}
