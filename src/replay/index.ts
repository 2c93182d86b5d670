// Replays: the format, making one from a game, and verifying one by re-running it. Pure.

export { forkReplay, type MonthStart, statesByMonth } from './months';
export {
  makeReplay,
  plainAction,
  REPLAY_FORMAT,
  type Replay,
  type ReplayResult,
  replayToJson,
  resultOf,
} from './replay';
export {
  describe,
  type JsonLimits,
  type JsonProblem,
  lineColumn,
  oneLine,
  parseJson,
  scanJson,
} from './untrusted';
export {
  REPLAY_LIMITS,
  type ReplayRejection,
  type ReplayRejectionCode,
  type ResultField,
  type ScenarioLookup,
  type VerifyResult,
  verifyReplay,
  verifyReplayText,
} from './verify';
