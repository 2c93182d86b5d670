// A room session's challenge: the scenario, seed and term every team plays. The one place where what
// a facilitator sends to open a session is parsed and checked — when challenge codes land (src/codes),
// `parseChallengeInput` decodes them here and nothing else changes.
import { randomBytes } from 'node:crypto';
import { decodeChallenge } from '../codes';
import type { Scenario } from '../core';
import type { ScenarioLookup } from '../replay';

export interface Challenge {
  scenarioId: string;
  seed: string;
  /** Term length in months. */
  months: number;
}

export type ChallengeResult =
  | { ok: true; challenge: Challenge }
  | { ok: false; field: string; message: string };

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
  let raw = body.challenge;
  if (body.code !== undefined) {
    // A challenge code (src/codes) names the same three fields; they then pass the same checks.
    if (typeof body.code !== 'string') return bad('code', 'expected a challenge code (text)');
    const d = decodeChallenge(body.code, scenarios);
    if (!d.ok) return bad('code', d.refusal.message);
    raw = { scenarioId: d.challenge.scenarioId, seed: d.challenge.seed, months: d.challenge.months };
  }
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
    // The core plays a scenario's own term; other lengths arrive with the challenge codes' term option.
    if (c.months !== scenario.months)
      return bad(
        'challenge.months',
        `"${scenario.id}" is played over ${scenario.months} months in this build`,
      );
    months = c.months as number;
  }
  return { ok: true, challenge: { scenarioId: scenario.id, seed, months } };
}
