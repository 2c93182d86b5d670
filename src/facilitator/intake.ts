// What the facilitator hands in — a result code or a replay file — checked on the one verification
// path every replay takes (src/codes verifyResultCode → src/replay verifyReplay), then held to the
// session's challenge. Pure (no DOM): a refusal is a value with a name and one line, never a throw,
// so a batch goes on past it.
import { decodeChallenge, normaliseTeam, verifyResultCode } from '../codes';
import { type Action, newGame } from '../core';
import {
  oneLine,
  parseJson,
  REPLAY_LIMITS,
  type Replay,
  type ScenarioLookup,
  verifyReplayText,
} from '../replay';
import { actionMonths } from '../view/months';
import { type Game, gameOptions, monthHealthFrom, monthScores, type SessionChallenge } from '../view/ranking';

export type Refusal = { code: string; message: string };

export type Checked = { ok: true; game: Game; replay: Replay } | { ok: false; reason: Refusal };

/** The codes in a pasted block: one per line, or separated by spaces, commas or semicolons. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;，；]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The team a replay file names (its optional `team` field), normalised ('' when it has none or a bad
 * one), and its optional `attempt` (null when absent or not a whole number from 1).
 */
function fileExtras(text: string): { team: string; attempt: number | null } {
  const parsed = parseJson(text, REPLAY_LIMITS);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
    return { team: '', attempt: null };
  const v = parsed.value as { team?: unknown; attempt?: unknown };
  const attempt =
    Number.isSafeInteger(v.attempt) && (v.attempt as number) >= 1 ? (v.attempt as number) : null;
  if (typeof v.team !== 'string') return { team: '', attempt };
  const t = normaliseTeam(v.team);
  return { team: t.ok ? t.team : '', attempt };
}

/** The challenge a session plays, from a challenge code (or a link holding one). */
export function challengeOfCode(
  code: string,
  scenarios: ScenarioLookup,
): { ok: true; challenge: SessionChallenge; code: string } | { ok: false; reason: Refusal } {
  const d = decodeChallenge(code, scenarios);
  if (!d.ok) return { ok: false, reason: { code: d.refusal.code, message: d.refusal.message } };
  return {
    ok: true,
    code: d.code,
    challenge: {
      scenarioId: d.challenge.scenarioId,
      seed: d.challenge.seed,
      months: d.challenge.months ?? d.scenario.months,
      ...((d.challenge.level ?? 1) > 1 ? { level: d.challenge.level } : {}),
    },
  };
}

/**
 * Checks one result code or replay-file text against the session's challenge. `seq` is its place in
 * the session's order of arrival. Refusals: the code's own (badCheck, truncated, foreignRules …), the
 * verifier's (illegalAction, resultDiffers …), and `otherChallenge` for a game of another challenge.
 */
export function checkInput(
  text: string,
  challenge: SessionChallenge,
  scenarios: ScenarioLookup,
  seq: number,
): Checked {
  const trimmed = text.trim();
  let replay: Replay;
  let team: string;
  let attempt: number | null;
  let score: number | null;
  let rating: Game['rating'];
  let status: Game['status'];
  let hash: string;
  if (trimmed.startsWith('{')) {
    const v = verifyReplayText(trimmed, scenarios);
    if (!v.ok) return { ok: false, reason: { code: v.reason.code, message: v.reason.message } };
    ({ replay, score, rating, status, hash } = v);
    ({ team, attempt } = fileExtras(trimmed));
  } else {
    const v = verifyResultCode(trimmed, scenarios);
    if (!v.ok) return { ok: false, reason: { code: v.reason.code, message: oneLine(v.reason.message) } };
    replay = v.replay;
    ({ score, rating, status, hash } = v.verified);
    team = replay.team ?? '';
    attempt = replay.attempt ?? null;
  }
  const scenario = scenarios(replay.scenarioId);
  if (!scenario) return { ok: false, reason: { code: 'unknownScenario', message: replay.scenarioId } };
  const months = replay.months ?? scenario.months;
  if (
    replay.scenarioId !== challenge.scenarioId ||
    replay.seed !== challenge.seed ||
    months !== challenge.months ||
    (replay.level ?? 1) !== (challenge.level ?? 1)
  )
    return {
      ok: false,
      reason: {
        code: 'otherChallenge',
        message: oneLine(
          `a game of another challenge: ${replay.scenarioId}, seed "${replay.seed}", ${months} months, level ${replay.level ?? 1} — this session plays ${challenge.scenarioId}, seed "${challenge.seed}", ${challenge.months} months, level ${challenge.level ?? 1}`,
        ),
      },
    };
  const actions: readonly Action[] = replay.actions;
  const played = actionMonths(actions).filter((m) => m[m.length - 1]?.type === 'endMonth').length;
  return {
    ok: true,
    replay,
    game: {
      id: `${hash}-${actions.length}`,
      team,
      seq,
      attempt,
      months: Math.min(played, challenge.months),
      status,
      score,
      rating,
      hash,
      monthScores: monthScores(scenario, challenge, actions),
      monthHealth: monthHealthFrom(newGame(scenario, challenge.seed, gameOptions(challenge)), actions).map(
        (x) => x.health,
      ),
      actions,
    },
  };
}
