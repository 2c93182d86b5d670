// Causes: the causal log grouped into "why did this move?" lines. Pure functions of the log.
import type { ConceptId, Force, GameState, LogEntry, ReasonCode } from '../core';

/** One line of "why did this move?": a reason, what it refers to, and the amount. */
export interface Cause {
  turn: number;
  target: string;
  reason: ReasonCode;
  concept: ConceptId;
  ref?: string;
  delta: number;
  /**
   * A month end's drift of a force that attended that month's joint meeting: it drifted half as much,
   * and is not "left out of coordination" (the core logs both as 'drift', or both as 'weakPolitical'
   * when 政治 is weak; the log is part of a replay's hash, so the view tells them apart).
   */
  held?: boolean;
  /** The forces a cause summed over several refs was about (the month summary's "自行其是（组、慈）"). */
  forces?: Force[];
}

/**
 * A force's month-end drift: logged as 'drift', or as 'weakPolitical' when 政治 is weak (the whole drift,
 * though most of it is the drift a force left out of 统筹 has anyway: src/core/monthEnd.ts, drift).
 */
export function isForceDrift(c: Pick<Cause, 'reason' | 'target'>): boolean {
  return (c.reason === 'drift' || c.reason === 'weakPolitical') && c.target.startsWith('forces.');
}

/** Does a log entry's target belong to what is asked? `forces.volunteers` matches both its fields. */
export function targetMatches(entryTarget: string, target: string): boolean {
  return entryTarget === target || entryTarget.startsWith(`${target}.`);
}

/**
 * Log entries summed per (month, target, reason, ref, concept), without the ones that cancel out,
 * ordered by month (latest first), then size of effect.
 */
export function groupCauses(log: readonly LogEntry[], keep: (e: LogEntry) => boolean = () => true): Cause[] {
  const groups = new Map<string, Cause>();
  for (const e of log) {
    if (!keep(e)) continue;
    const key = `${e.turn}|${e.target}|${e.reason}|${e.ref ?? ''}|${e.concept}`;
    const g = groups.get(key);
    if (g) g.delta += e.delta;
    else groups.set(key, toCause(e));
  }
  const causes = [...groups.values()].filter((c) => c.delta !== 0);
  for (const c of causes)
    if (
      isForceDrift(c) &&
      log.some((e) => e.turn === c.turn && e.target === c.target && e.reason === 'coordinate')
    )
      c.held = true;
  return causes.sort((a, b) => b.turn - a.turn || Math.abs(b.delta) - Math.abs(a.delta));
}

/** The causes of a target in the given months (what a tooltip lists). */
export function causesOf(log: readonly LogEntry[], target: string, turns: readonly number[]): Cause[] {
  return groupCauses(log, (e) => turns.includes(e.turn) && targetMatches(e.target, target));
}

/** One log entry as a cause line (a fresh object: grouping adds to it). */
export function toCause(e: LogEntry): Cause {
  const c: Cause = { turn: e.turn, target: e.target, reason: e.reason, concept: e.concept, delta: e.delta };
  if (e.ref !== undefined) c.ref = e.ref;
  return c;
}

/** The months a tooltip explains: this month so far and the whole previous month (its month end). */
export function recentTurns(state: GameState): number[] {
  return state.turn > 1 ? [state.turn, state.turn - 1] : [state.turn];
}

export function sumDelta(causes: readonly Cause[]): number {
  let s = 0;
  for (const c of causes) s += c.delta;
  return s;
}

/** The concept behind the largest cause: the lecture passage a tooltip quotes. */
export function leadingConcept(causes: readonly Cause[]): ConceptId | null {
  let best: Cause | null = null;
  for (const c of causes) if (!best || Math.abs(c.delta) > Math.abs(best.delta)) best = c;
  return best ? best.concept : null;
}

/**
 * The causes pushing in the given direction, largest first, at most four: a concern that failed is
 * explained by what worked against it, not by the response that moved it part of the way (a play-tester
 * read "回应诉求 +115" among the causes of a failure). Only when nothing pushed that way are the largest
 * of the others shown.
 */
export function topCauses(causes: readonly Cause[], direction: number): Cause[] {
  const largest = (list: readonly Cause[]) =>
    list
      .slice()
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
      .slice(0, 4);
  const pushing = causes.filter((c) => Math.sign(c.delta) === direction);
  return largest(pushing.length ? pushing : causes);
}
