// A concern's name as the screens show it. Two concerns of one template (two cases of 停车位一位难求, at
// once or months apart) are told apart by a number after the second one's title: the board's cards,
// the respond dialog, the causal sentences (through the store) and the moves of a replayed game (the
// review's and the debrief's panels) all number them here, so one concern has one name everywhere.
import type { ConcernKind, GameState, Text } from '../core';

/** A concern seen during the game, remembered after it leaves the board (for explanations). */
export interface ConcernRecord {
  /** The concern's title, numbered from its template's second concern on: 停车位一位难求（2）. */
  title: Text;
  kind: ConcernKind;
  template: string;
  /** Which of its template's concerns in this game it is (1 = the first). */
  nth: number;
}

/**
 * Records each concern of `s` as it first appears (and again when it changes kind), numbering it among
 * the concerns of its template already in `into`. Call it on every state of a game, in order.
 */
export function collectConcerns(s: GameState, into: Record<string, ConcernRecord>): void {
  for (const c of s.concerns) {
    const known = into[c.id];
    if (known && known.kind === c.kind) continue;
    let nth = known?.nth ?? 1;
    if (!known) for (const r of Object.values(into)) if (r.template === c.template) nth += 1;
    const title = nth === 1 ? c.title : { zh: `${c.title.zh}（${nth}）`, en: `${c.title.en} (${nth})` };
    into[c.id] = { title, kind: c.kind, template: c.template, nth };
  }
}
