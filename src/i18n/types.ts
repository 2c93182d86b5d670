import type {
  ConceptId,
  ConcernKind,
  Force,
  LossReason,
  Metric,
  Mode,
  ProgrammeId,
  Rating,
  ReasonCode,
  ReformId,
  RejectionCode,
  ScoringWeights,
} from '../core';
import type { zhUi } from './zh';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Every UI string key; the Chinese table is the source of the key set. */
export type UiKey = keyof typeof zhUi;

export interface ConceptText {
  /** Short name of the principle, e.g. 各自为政 · 碎片化. */
  name: string;
  /** The lecture's words (Chinese original, or an English rendering). */
  quote: string;
}

/** One language's strings. Both languages must fill exactly the same keys. */
export interface Dict {
  ui: Record<UiKey, string>;
  mode: Record<Mode, string>;
  /** Badge of one character (政 自 法 德 智 / P A L V S). */
  modeBadge: Record<Mode, string>;
  /** What a dent in this mode costs, in words (法治偏弱：矛盾纠纷更易升级). */
  modeWeak: Record<Mode, string>;
  force: Record<Force, string>;
  /** Short node label on the board. */
  forceShort: Record<Force, string>;
  forceBadge: Record<Force, string>;
  /** The force's role in 五社联动 (平台 / 载体 / 支撑 / 依托 / 助推). */
  forceRole: Record<Force, string>;
  /** The strengthen action for the force (培育社会组织 …). */
  strengthen: Record<Force, string>;
  concernKind: Record<ConcernKind, string>;
  metric: Record<Metric | 'energy' | 'budget' | 'balance', string>;
  /** Short description of what a metric means (first line of its tooltip). */
  metricHelp: Record<Metric | 'energy' | 'budget', string>;
  programme: Record<ProgrammeId, string>;
  programmeHelp: Record<ProgrammeId, string>;
  reform: Record<ReformId, string>;
  reformHelp: Record<ReformId, string>;
  reason: Record<ReasonCode, string>;
  rejection: Record<RejectionCode, string>;
  rating: Record<Rating, string>;
  loss: Record<LossReason, string>;
  scorePart: Record<keyof ScoringWeights, string>;
  /** What raises a score part, in the rules' terms (the debrief's line on the part that cost the most). */
  partLever: Record<keyof ScoringWeights, string>;
  concept: Record<ConceptId, ConceptText>;
  /**
   * The lecture's passages the scenarios quote, rendered in this language and keyed by the verbatim
   * Chinese. Chinese needs none (empty); a passage without a rendering is shown as the lecture writes it.
   */
  lecture: Readonly<Record<string, string>>;
}
