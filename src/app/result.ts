// A game's result code, for the debrief's result panel. Its own module (with the encoder behind it)
// so it is loaded with the panel, after the term, and not with the first board.
import { encodeResult } from '../codes/result';
import type { Replay } from '../replay';

/** The result code of a replay, or the named reason it has none. */
export function resultCodeOf(replay: Replay): { ok: true; code: string } | { ok: false; message: string } {
  const r = encodeResult(replay);
  return r.ok ? { ok: true, code: r.code } : { ok: false, message: r.refusal.message };
}
