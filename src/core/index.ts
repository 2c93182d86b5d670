// The core's public face. Everything outside src/core imports from here.

export {
  coordinationGain,
  forceCarry,
  responseProgress,
  topDownProgress,
  twoCommitteesCap,
} from './actions';
export {
  assess,
  objectiveCredit,
  objectiveMet,
  objectiveValue,
  partShortfall,
  RATING_THRESHOLDS,
  ratingOf,
  SCORE_MAX,
  STATE_PARTS,
  type StatePart,
  stateParts,
  weightedScore,
} from './assess';
export { balanceIndex, weakestMode } from './balance';
export * from './content';
export { HASH_VERSION, hashString, LOG_TAIL, scenarioHash, stateHash } from './hash';
export * from './ids';
export { forceSubsets, legalActions } from './legal';
export {
  LEVELS,
  type LevelRule,
  levelProblem,
  levelRule,
  MAX_LEVEL,
  MIN_LEVEL,
  scenarioAtLevel,
} from './levels';
export { LOG_LIMIT } from './log';
export {
  BURDEN_HEAVY,
  FRAGMENTATION_LOSS,
  hiddenDelay,
  NEGLECTED,
  OVERREACH_TOP_DOWN,
  overreaching,
  SAFETY_LOSS,
  satisfactionFloorThreat,
  UNALIGNED,
} from './monthEnd';
export { assertNever } from './never';
export {
  MIN_TERM_MONTHS,
  monthlyEnergy,
  type NewGameOptions,
  newGame,
  termBounds,
  termMonthsProblem,
} from './newGame';
export {
  type ConcernOutlook,
  concernOutlook,
  type ModeFall,
  type MonthEndOutlook,
  monthEndOutlook,
} from './outlook';
export { PACE_UNIT, paced, termMonth, termPace } from './pace';
export { type ActionParser, admit, apply, cloneState, runActions, step } from './step';
export * from './types';
export { actionCost, checkLegal, parseAction, parsePlainAction, SMART_CHEAP, SMART_DEAR } from './validate';
export { RULES_VERSION } from './version';
export { type FragmentationWarning, fragmentationWarning, WARN_MONTHS_TO_100 } from './warning';
