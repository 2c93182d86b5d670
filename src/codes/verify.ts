// A result code checked end to end: decoded (./result.ts), then verified on the one path every
// replay takes (src/replay's verifyReplay). No second verifier: this only joins the two.
import { type Replay, type ReplayRejectionCode, type VerifyResult, verifyReplay } from '../replay';
import type { ScenarioLookup } from './fields';
import type { CodeRefusalCode } from './refusal';
import { decodeResult } from './result';

export type CodeVerdict =
  | { ok: true; replay: Replay; verified: Extract<VerifyResult, { ok: true }> }
  | {
      ok: false;
      /** The decoded replay when the code itself was sound and its game was refused. */
      replay: Replay | null;
      reason: { code: CodeRefusalCode | ReplayRejectionCode; message: string };
    };

export function verifyResultCode(text: string, scenarios: ScenarioLookup): CodeVerdict {
  const decoded = decodeResult(text, scenarios);
  if (!decoded.ok) return { ok: false, replay: null, reason: decoded.refusal };
  const verified = verifyReplay(decoded.replay, scenarios);
  if (!verified.ok) return { ok: false, replay: decoded.replay, reason: verified.reason };
  return { ok: true, replay: decoded.replay, verified };
}
