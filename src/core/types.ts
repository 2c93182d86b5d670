import type {
  ConceptId,
  ConcernKind,
  Force,
  LossReason,
  Metric,
  Mode,
  ProgrammeId,
  Rating,
  ReformId,
} from './ids';

/** Chinese first, English available. */
export interface Text {
  zh: string;
  en: string;
}

export type ModeLevels = Record<Mode, number>;

export interface ForceState {
  /** 0–100: how much the force can do. */
  capacity: number;
  /** 0–100: how far it moves with the core rather than on its own agenda. */
  alignment: number;
}

// ───────────────────────────── scenario (data, validated by src/scenarios/schema.ts) ─────────────

export interface ConcernTemplate {
  /** Unique inside the scenario; concerns in play refer to it. */
  id: string;
  kind: ConcernKind;
  title: Text;
  /** What answering it takes: the modes and forces whose strength counts. */
  needs: { modes: Mode[]; forces: Force[] };
  /** Relative weight when drawing the month's new concerns. */
  weight: number;
  /** Months until it escalates if unresolved. */
  deadline: number;
  /** Hidden concerns arrive unperceived (神经末梢). */
  hidden: boolean;
  /** Progress needed to resolve it (100 = ordinary). */
  size: number;
}

export interface Shock {
  /** The month (1-based) in which it arrives. */
  month: number;
  /** Announced at the end of the month before (预警). */
  forecast: boolean;
  concern: ConcernTemplate;
}

export type ObjectiveMetric = Metric | 'resolved';

export interface Objective {
  id: string;
  text: Text;
  metric: ObjectiveMetric;
  op: 'atLeast' | 'atMost';
  value: number;
  /** Only with metric 'resolved': count only concerns of this kind. */
  kind?: ConcernKind;
}

/** Weights of the 考核 (integers, summing to 100). */
export interface ScoringWeights {
  satisfaction: number;
  safety: number;
  vitality: number;
  cohesion: number; // 100 − fragmentation
  balance: number; // 五治 balance
  resolution: number; // share of concerns resolved
  objectives: number; // share of scenario objectives met
}

export interface LearningPoint {
  concept: ConceptId;
  /** A verbatim passage of the lecture (page markers removed). */
  quote: string;
  text: Text;
}

export interface ScenarioStart {
  energy: number; // 精力 per month before burden
  budget: number; // 经费 at the start
  income: number; // 经费 arriving each month
  modes: ModeLevels;
  forces: Record<Force, ForceState>;
  fragmentation: number;
  satisfaction: number;
  safety: number;
  vitality: number;
  burden: number;
}

export interface ScenarioTuning {
  /** Base alignment lost by every force each month (各自为政). */
  driftBase: number;
  /** Administrative burden pushed down each month (before 减负清单). */
  burdenPerMonth: number;
  /** New concerns a month: at least min, at most max. */
  concernsMin: number;
  concernsMax: number;
  /** Satisfaction below this for `floorMonths` months in a row loses the game. */
  satisfactionFloor: number;
  floorMonths: number;
  /** Chance (percent) that a dispute arises in a month, before 德治 lowers or raises it. */
  disputeChance: number;
  /**
   * 两委"两张皮": the community's alignment cannot rise above this until 一肩挑 or 交叉任职 is
   * adopted (village-to-residence). Absent: no cap.
   */
  twoCommitteesCap?: number;
  /**
   * Per cent of the difficulty ladder's burden and drift that each step above level 1 takes here,
   * levels 2, 3, … in order (absent, or an entry missing = 100): where a place already presses on
   * what a step adds, the step adds less; where it leaves slack there, more (src/core/levels.ts).
   * Tuned with the balance report so each step is a step in every scenario.
   */
  ladderScale?: number[];
  /**
   * The same per cent in a term shorter than the scenario (src/core/pace.ts), levels 2, 3, … (absent,
   * or an entry missing = ladderScale's): a compressed story presses differently, so each step is
   * tuned for the short term too. A full term never reads it.
   */
  shortTermLadderScale?: number[];
}

/**
 * An action the scenario turns on, as a pattern: an action matches when every field named here is
 * equal (lists: the action's list holds every force named). E.g. `{ "type": "adoptReform", "reform":
 * "oneShoulder" }`, `{ "type": "coordinate", "forces": ["volunteers"] }`.
 */
export interface LeverPattern {
  type: Action['type'];
  reform?: ReformId;
  programme?: ProgrammeId;
  force?: Force;
  forces?: Force[];
}

/** What this scenario binds on: the lever its learning points teach, which a player cannot ignore. */
export interface Binding {
  lever: LeverPattern[];
  text: Text;
}

export interface Scenario {
  id: string;
  title: Text;
  background: Text;
  months: number;
  difficulty: number;
  start: ScenarioStart;
  tuning: ScenarioTuning;
  deck: ConcernTemplate[];
  /** Templates for disputes that arise when 德治 is weak (矛盾纠纷). */
  disputes: ConcernTemplate[];
  shocks: Shock[];
  objectives: Objective[];
  scoring: ScoringWeights;
  learningPoints: LearningPoint[];
  questions: Text[];
  binding?: Binding;
}

// ───────────────────────────── game state ─────────────────────────────

export interface Concern {
  /** `c1`, `c2`, … in order of arrival. */
  id: string;
  template: string;
  kind: ConcernKind;
  title: Text;
  needs: { modes: Mode[]; forces: Force[] };
  progress: number;
  size: number;
  /** Months left before it escalates. */
  deadline: number;
  /** Months until it is perceived; 0 = visible. */
  hiddenFor: number;
  escalations: number;
  arrived: number;
  isShock: boolean;
}

/** One change to a number the player sees, and why. */
export interface LogEntry {
  turn: number;
  /** e.g. `satisfaction`, `modes.law`, `forces.socialOrgs.alignment`, `budget`, `concern.c3`. */
  target: string;
  delta: number;
  reason: ReasonCode;
  concept: ConceptId;
  /** A force, mode, concern or reform the reason refers to. */
  ref?: string;
}

export type ReasonCode =
  | 'coordinate'
  | 'develop'
  | 'strengthen'
  | 'newcomersUnaligned'
  | 'respond'
  | 'resolved'
  | 'jointStalled'
  | 'topDownResponse'
  | 'reform'
  | 'clearBurden'
  | 'drift'
  | 'ownAgenda'
  | 'duplicatedEffort'
  | 'rivalCentre'
  | 'misalignment'
  | 'imbalance'
  | 'cohesion'
  | 'modeDecay'
  | 'weakLaw'
  | 'weakVirtue'
  | 'weakAutonomy'
  | 'weakSmart'
  | 'weakPolitical'
  | 'overreach'
  | 'escalated'
  | 'pending'
  | 'failed'
  | 'perceived'
  | 'adminBurden'
  | 'burdenHeavy'
  | 'income'
  | 'charityIncome'
  | 'arrival'
  | 'shock'
  | 'recovery'
  | 'participation'
  | 'energyReset'
  | 'overstretched'
  | 'roleMismatch'
  | 'spectators'
  | 'twoCommittees'
  | 'prepared'
  | 'disputeGrew';

/** What the world stream drew for one month: independent of play (fairness). */
export interface MonthSnapshot {
  turn: number;
  modes: ModeLevels;
  alignment: Record<Force, number>;
  capacity: Record<Force, number>;
  fragmentation: number;
  satisfaction: number;
  safety: number;
  vitality: number;
  burden: number;
  budget: number;
  openConcerns: number;
  resolved: number;
  spectators: number;
}

export interface Assessment {
  score: number; // 0–1000
  rating: Rating;
  /** Each component 0–100 before weighting. */
  parts: Record<keyof ScoringWeights, number>;
  objectivesMet: string[];
}

export type Status = 'playing' | 'won' | 'lost';

export interface GameState {
  rulesVersion: number;
  scenarioId: string;
  seed: string;
  /** The scenario's rules-relevant data; kept by reference, never edited. */
  scenario: Scenario;
  turn: number; // 1-based month
  maxTurns: number;
  energy: number;
  maxEnergy: number;
  budget: number;
  modes: ModeLevels;
  forces: Record<Force, ForceState>;
  fragmentation: number;
  satisfaction: number;
  safety: number;
  vitality: number;
  burden: number;
  concerns: Concern[];
  nextConcernNo: number;
  resolvedCount: number;
  resolvedByKind: Record<ConcernKind, number>;
  /**
   * Σ over resolved concerns of their timeliness, 0–100 each: 100 in the month it arrived, 15 less
   * for every month it waited (一件一件加以解决 — and 及时). The 考核's resolution is its mean.
   */
  resolutionCredit: number;
  failedCount: number;
  arrivedCount: number;
  reforms: ReformId[];
  /** Forces coordinated this month (their drift is spared at month end). */
  coordinated: Force[];
  /** Months since each force was last called to a joint meeting (0: this month or last). */
  uncoordinated: Record<Force, number>;
  /** Responses each force has carried this month (分工协作: each carries only so much). */
  committed: Record<Force, number>;
  /** 包办 responses this month (overreach is judged on behaviour, not on 政治's level). */
  topDownThisMonth: number;
  /**
   * 0–100: residents turned spectators by 行政包办 (形式上有权、实际上无权). It lowers 自治 and
   * vitality and makes later concerns larger; participation wins it back.
   */
  spectators: number;
  /** Months in a row with satisfaction under the scenario's floor. */
  lowSatisfactionMonths: number;
  /** Shocks announced for next month (预警). */
  forecast: string[];
  /** alea's state for the world stream (arrivals only). */
  rng: [number, number, number, number];
  /** Append-only: entries are never edited once logged (cloneState shares them). */
  log: Readonly<LogEntry>[];
  /** Append-only: one snapshot a month, never edited (cloneState shares them). */
  history: Readonly<MonthSnapshot>[];
  status: Status;
  lossReason: LossReason | null;
  assessment: Assessment | null;
  /**
   * The difficulty ladder's step (src/core/levels.ts) when above 1; `scenario` is then the scenario
   * as played at that level. Absent = level 1.
   */
  level?: number;
}

// ───────────────────────────── actions ─────────────────────────────

export type Action =
  | { type: 'coordinate'; forces: Force[] }
  | { type: 'develop'; programme: ProgrammeId }
  | { type: 'strengthen'; force: Force }
  | { type: 'respond'; concern: string; forces: Force[]; topDown?: boolean }
  | { type: 'adoptReform'; reform: ReformId }
  | { type: 'clearBurden' }
  | { type: 'endMonth' };

export type ActionType = Action['type'];

export type RejectionCode =
  /** The action's shape is wrong: a missing or mistyped field, an unknown type, programme or reform. */
  | 'malformedAction'
  /** Not plain data: a sparse array, a getter, a class instance or proxy — reachable from script only. */
  | 'nonPlainAction'
  /** A force id that is not one of the five (五社). */
  | 'unknownForce'
  | 'gameOver'
  | 'notEnoughEnergy'
  | 'notEnoughBudget'
  | 'unknownConcern'
  | 'concernHidden'
  | 'noForces'
  | 'duplicateForce'
  | 'reformAdopted'
  | 'reformLocked'
  | 'nothingToClear'
  /** A bug in the rules or a corrupt state, never a player's input; the state is untouched. */
  | 'internalError';

export interface Rejection {
  code: RejectionCode;
  /** Human-readable, English; the UI translates by code. */
  message: string;
}

/** What a step did, for views to animate and announce. */
export type GameEvent =
  | { type: 'acted'; action: Action }
  | { type: 'concernResolved'; concern: string }
  | { type: 'concernEscalated'; concern: string; kind: ConcernKind }
  | { type: 'concernFailed'; concern: string }
  | { type: 'concernArrived'; concern: string; hidden: boolean }
  | { type: 'concernPerceived'; concern: string }
  | { type: 'shockForecast'; template: string }
  | { type: 'monthEnded'; turn: number }
  | { type: 'gameEnded'; status: Status; reason: LossReason | null };

export type StepResult =
  | { ok: true; state: GameState; events: GameEvent[] }
  | { ok: false; rejection: Rejection; state: GameState };
