// Codes: challenges to read aloud, results to hand over. Pure — the page and the CLI share it.
export {
  CHALLENGE_FORMAT,
  challengeCode,
  challengeLink,
  type DecodedChallenge,
  decodeChallenge,
} from './challenge';
export { type Challenge, makeChallenge, type ScenarioLookup } from './fields';
export type { CodeRefusal, CodeRefusalCode, CodeResult } from './refusal';
export {
  type DecodedResult,
  decodeResult,
  encodeResult,
  MAX_RESULT_CODE_CHARS,
  RESULT_FORMAT,
} from './result';
export { SCENARIO_TABLE } from './scenarioTable';
export { freshSeed, normaliseSeed, SEED_ALPHABET, SEED_MAX } from './seed';
export { normaliseTeam, TEAM_MAX } from './team';
export { type CodeVerdict, verifyResultCode } from './verify';
