// Team names: free text a team types, shown as text only (never as HTML), bounded.
// Normalising: Unicode NFC, trim, runs of white space become one space. Refused, with the reason:
// more than 24 characters, control characters, and the direction overrides that can make a name
// in a ranked table read as something else.
import { showChar } from './refusal';

export const TEAM_MAX = 24;

export type TeamResult =
  | { ok: true; team: string }
  | { ok: false; reason: 'control' | 'long'; message: string };

const CONTROL = /[\p{Cc}\p{Cs}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

export function normaliseTeam(input: string): TeamResult {
  const team = input.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const bad = CONTROL.exec(team);
  if (bad)
    return {
      ok: false,
      reason: 'control',
      message: `a team name cannot hold the control character ${showChar(bad[0])}`,
    };
  const length = [...team].length;
  if (length > TEAM_MAX)
    return {
      ok: false,
      reason: 'long',
      message: `a team name has at most ${TEAM_MAX} characters; this one has ${length} (nothing is cut: shorten it)`,
    };
  return { ok: true, team };
}
