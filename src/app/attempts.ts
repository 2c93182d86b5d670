// Which of a team's finished games of a challenge a game is, as this browser counts them: the number
// a game gets when it ends (saved with it, carried by its result code) and the first game's code.
// Apart from src/app/challenge.ts so the store can use it without the bundled scenarios (its
// scenarios are the ones it is given).
import { challengeCode, makeChallenge } from '../codes';
import type { GameState, Scenario } from '../core';

/** The challenge code of a game, given the scenarios as written (by id); null when it cannot have one. */
export function challengeCodeAt(
  state: GameState,
  scenarioOf: (id: string) => Scenario | undefined,
): string | null {
  // Above level 1 the state holds the scenario as played at its level; the code names the scenario as
  // written and the level (it hashes the leveled one itself).
  const base = state.level === undefined ? state.scenario : scenarioOf(state.scenarioId);
  if (!base) return null;
  const months = state.maxTurns === base.months ? undefined : state.maxTurns;
  const made = makeChallenge(base, state.seed, months, state.level);
  return made.ok ? challengeCode(made.challenge) : null;
}

/** Where each team's first finished result of a challenge is kept in this browser. */
export const FIRST_RESULT_PREFIX = 'community-secretary.challenge.first.';

/** One key per challenge and team: teams taking turns at one computer each have their own first game. */
export function firstResultKey(challenge: string, team: string): string {
  // encodeURIComponent escapes '|', so no (challenge, team) pair can spell another's key.
  return `${FIRST_RESULT_PREFIX}${encodeURIComponent(challenge)}|${encodeURIComponent(team)}`;
}

/** Where the number of a team's finished games of a challenge in this browser is kept. */
export const FINISHED_COUNT_PREFIX = 'community-secretary.challenge.finished.';

function finishedCountKey(challenge: string, team: string): string {
  return `${FINISHED_COUNT_PREFIX}${encodeURIComponent(challenge)}|${encodeURIComponent(team)}`;
}

/**
 * Numbers a team's game of a challenge that has just finished: 1 for its first finished game in this
 * browser, 2 for the next… (result codes carry it, so a session ranks a team's first game whichever
 * code is pasted first). Called once, when the game ends; the number is kept in the game's save. A
 * first game recorded by an older build (its code kept, no count) counts as one. Storage that
 * refuses numbers the game as the count it read plus one: a failed write never makes a first game
 * a later one.
 */
export function numberFinished(storage: Storage | null, challenge: string, team: string): number {
  const key = finishedCountKey(challenge, team);
  let before = 0;
  try {
    const raw = storage?.getItem(key) ?? null;
    const n = raw === null ? 0 : Number.parseInt(raw, 10);
    before = Number.isSafeInteger(n) && n > 0 ? n : 0;
    if (before === 0 && storage?.getItem(firstResultKey(challenge, team)) != null) before = 1;
  } catch {
    before = 0;
  }
  try {
    storage?.setItem(key, String(before + 1));
  } catch {
    // Nothing to do: the number stands.
  }
  return before + 1;
}

export interface Attempt {
  /** This game is the team's first finished game of the challenge here: its code is the one to hand in. */
  counts: boolean;
  /** The result code that counts (this game's, or the earlier one's); null when this browser lost it. */
  countingCode: string | null;
}

/**
 * Records a team's finished challenge game and says whether it counts: a team's first finished
 * game of a challenge in this browser is the one that counts, every later one is practice.
 * `attempt` is the game's number (numberFinished) when it has one: a game numbered after the first
 * is practice even where the first one's code was never kept. Idempotent (the debrief is drawn again
 * on a language switch or a reload). Storage that refuses leaves this game counting — a failed
 * write must not turn a real result into "practice".
 */
export function recordFinished(
  storage: Storage | null,
  challenge: string,
  team: string,
  resultCode: string,
  attempt?: number,
): Attempt {
  const key = firstResultKey(challenge, team);
  let first: string | null = null;
  try {
    first = storage?.getItem(key) ?? null;
  } catch {
    first = null;
  }
  if (attempt !== undefined && attempt > 1)
    return { counts: false, countingCode: first !== resultCode ? first : null };
  if (first !== null && first !== resultCode && attempt === undefined)
    return { counts: false, countingCode: first };
  // The game numbered 1 counts, and its code replaces one an older build kept under the same key.
  if (first !== resultCode)
    try {
      storage?.setItem(key, resultCode);
    } catch {
      // Nothing to do: this game still counts.
    }
  return { counts: true, countingCode: resultCode };
}

/** Whether a team has finished a challenge here already (a new game of it is practice). */
export function hasFinished(storage: Storage | null, challenge: string, team: string): boolean {
  try {
    return (
      (storage?.getItem(firstResultKey(challenge, team)) ?? null) !== null ||
      (storage?.getItem(finishedCountKey(challenge, team)) ?? null) !== null
    );
  } catch {
    return false;
  }
}
