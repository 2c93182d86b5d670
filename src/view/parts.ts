// The score's parts read for the player: which one cost the most points, and what raises it. A play-tester
// read 活力 47 × 25% in the list and found nothing on the debrief that said it had cost the most, or why.
import { partShortfall, type ScoringWeights } from '../core';

export type ScorePart = keyof ScoringWeights;

/**
 * The part that lost the most of the 1000 points (the core's partShortfall), and how many; the heavier
 * part on a tie. Null when no part lost any.
 */
export function costliestPart(
  parts: Readonly<Record<ScorePart, number>>,
  scoring: Readonly<ScoringWeights>,
): { part: ScorePart; lost: number } | null {
  let best: { part: ScorePart; lost: number } | null = null;
  for (const part of Object.keys(parts) as ScorePart[]) {
    const lost = partShortfall(parts[part], scoring[part]);
    if (lost <= 0) continue;
    if (!best || lost > best.lost || (lost === best.lost && scoring[part] > scoring[best.part]))
      best = { part, lost };
  }
  return best;
}
