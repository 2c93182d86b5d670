// A scenario's binding lever (scenario.binding): whether an action pulls it. The `ignore-lever`
// bot plays balanced without ever pulling it, which measures what the lever is worth there.
import type { Action, LeverPattern, Scenario } from '../core';

export function matchesLever(p: LeverPattern, a: Action): boolean {
  if (p.type !== a.type) return false;
  if (p.reform !== undefined && (a.type !== 'adoptReform' || a.reform !== p.reform)) return false;
  if (p.programme !== undefined && (a.type !== 'develop' || a.programme !== p.programme)) return false;
  if (p.force !== undefined && (a.type !== 'strengthen' || a.force !== p.force)) return false;
  if (p.forces !== undefined) {
    if (a.type !== 'coordinate' && a.type !== 'respond') return false;
    if (!p.forces.every((f) => a.forces.includes(f))) return false;
  }
  return true;
}

export function pullsLever(sc: Scenario, a: Action): boolean {
  return sc.binding?.lever.some((p) => matchesLever(p, a)) ?? false;
}
