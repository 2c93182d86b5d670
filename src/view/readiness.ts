// When the game says a player is ready for the next step of the ladder (issue 12: "can step up a level
// when the game says they are ready"). Pure: it reads the kept terms (src/view/history.ts TermRow) and
// the ladder's bounds from the core; the browser decides nothing of its own.
//
// The rule: among the player's last READY_WINDOW finished terms at a level (any scenario, abandoned
// terms left out), at least READY_GOOD were rated 良好 or better, and the latest was not failed (no
// "step up" right after a 不合格). Then the next level is offered on the scenario of the latest good
// term. Never above the top level, and no longer once the player has finished a term at a higher
// level (they have stepped up already).
import { MAX_LEVEL, MIN_LEVEL, type Rating } from '../core';
import type { TermRow } from './history';

/** How many of the latest terms at a level are looked at. */
export const READY_WINDOW = 3;
/** How many of them must be rated 良好 or better. */
export const READY_GOOD = 2;
/** The ratings that count as "good or better" (the core's rating bands, named, never scores). */
export const READY_RATINGS: readonly Rating[] = ['good', 'excellent'];

export type Readiness =
  | {
      ready: true;
      /** The level the player is ready for. */
      next: number;
      /** The scenario to step up on: the latest of the terms that qualified. */
      scenarioId: string;
      /** Terms rated good or better among the ones looked at. */
      good: number;
      looked: number;
    }
  | {
      ready: false;
      reason: 'topLevel' | 'alreadyHigher' | 'notYet' | 'justFailed';
      good: number;
      looked: number;
    };

const levelOf = (r: TermRow): number => r.level ?? MIN_LEVEL;

/** Whether the player is ready to step up from `level`, by the rule above. */
export function readiness(rows: readonly TermRow[], level: number): Readiness {
  const finished = rows.filter((r) => !r.abandoned && r.rating !== null);
  if (level >= MAX_LEVEL) return { ready: false, reason: 'topLevel', good: 0, looked: 0 };
  if (finished.some((r) => levelOf(r) > level))
    return { ready: false, reason: 'alreadyHigher', good: 0, looked: 0 };
  const latest = finished
    .filter((r) => levelOf(r) === level)
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, READY_WINDOW);
  const qualifying = latest.filter((r) => r.rating !== null && READY_RATINGS.includes(r.rating));
  const first = qualifying[0];
  if (qualifying.length < READY_GOOD || !first)
    return { ready: false, reason: 'notYet', good: qualifying.length, looked: latest.length };
  if (latest[0]?.rating === 'fail')
    return { ready: false, reason: 'justFailed', good: qualifying.length, looked: latest.length };
  return {
    ready: true,
    next: level + 1,
    scenarioId: first.scenarioId,
    good: qualifying.length,
    looked: latest.length,
  };
}
