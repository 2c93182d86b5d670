// Costs and effects of programmes, forces' strengthening and reforms: rules as data, read by
// step (effects) and by the UI (costs, names via i18n keys `programme.<id>` etc.).
import { type ConceptId, FORCES, type Force, type Mode, type ProgrammeId, type ReformId } from './ids';

export interface Cost {
  energy: number;
  budget: number;
}

export interface Programme {
  mode: Mode;
  cost: Cost;
  /** Raise of its mode. */
  gain: number;
  /** Top-down programmes count toward overreach (只强调一核). */
  topDown: boolean;
  /** Side effects, applied with the gain. */
  side: { target: 'vitality' | 'satisfaction' | 'safety'; delta: number }[];
  sideForce?: { force: Force; capacity: number };
  concept: ConceptId;
}

export const PROGRAMME: Readonly<Record<ProgrammeId, Programme>> = {
  expandCoverage: {
    mode: 'political',
    cost: { energy: 1, budget: 2 },
    gain: 8,
    topDown: true,
    side: [],
    concept: 'political',
  },
  partyMembersDown: {
    mode: 'political',
    cost: { energy: 1, budget: 4 },
    gain: 5,
    topDown: true,
    side: [],
    sideForce: { force: 'volunteers', capacity: 5 },
    concept: 'party-leads-mass',
  },
  residentsCouncil: {
    mode: 'autonomy',
    cost: { energy: 1, budget: 4 },
    gain: 8,
    topDown: false,
    side: [{ target: 'vitality', delta: 2 }],
    concept: 'autonomy',
  },
  legalAdviser: {
    mode: 'law',
    cost: { energy: 1, budget: 8 },
    gain: 9,
    topDown: false,
    side: [{ target: 'safety', delta: 1 }],
    concept: 'law',
  },
  goodFamily: {
    mode: 'virtue',
    cost: { energy: 1, budget: 3 },
    gain: 7,
    topDown: false,
    side: [{ target: 'satisfaction', delta: 1 }],
    concept: 'virtue',
  },
  civilizationPractice: {
    mode: 'virtue',
    cost: { energy: 1, budget: 5 },
    gain: 5,
    topDown: false,
    side: [],
    sideForce: { force: 'volunteers', capacity: 3 },
    concept: 'virtue',
  },
  smartPlatform: {
    mode: 'smart',
    cost: { energy: 1, budget: 12 },
    gain: 10,
    topDown: false,
    side: [],
    concept: 'smart',
  },
};

export interface Strengthening {
  cost: Cost;
  gain: number;
  concept: ConceptId;
}

/** 建设社区平台 · 培育社会组织 · 引进社工 · 招募志愿者 · 链接慈善资源 */
export const STRENGTHEN: Record<Force, Strengthening> = {
  community: { cost: { energy: 1, budget: 8 }, gain: 10, concept: 'five-forces' },
  socialOrgs: { cost: { energy: 1, budget: 6 }, gain: 10, concept: 'party-leads-mass' },
  socialWorkers: { cost: { energy: 1, budget: 10 }, gain: 10, concept: 'five-forces' },
  volunteers: { cost: { energy: 1, budget: 2 }, gain: 10, concept: 'party-leads-mass' },
  charity: { cost: { energy: 1, budget: 0 }, gain: 10, concept: 'five-forces' },
};

/** A change a reform makes at once, logged as `reform` with the reform's concept. */
export type ReformChange =
  | { force: Force; field: 'capacity' | 'alignment'; delta: number }
  | { mode: Mode; delta: number }
  | { metric: 'burden'; delta: number };

/**
 * What a reform keeps doing once adopted, each read by the one month-end (or action) rule it bends.
 * A new kind needs its rule: the switches over `kind` end in assertNever.
 */
export type ReformLasting =
  /** 各自为政 slowed for these forces: drift halved, or one less a month (drift, monthEnd.ts). */
  | { kind: 'drift'; forces: readonly Force[]; rule: 'halve' | 'lessOne' }
  /** 行政有余: the burden pushed down each month is halved (adminBurden, monthEnd.ts). */
  | { kind: 'burdenPush'; rule: 'halve' }
  /** 经费 from charity each month (income, monthEnd.ts). */
  | { kind: 'charityIncome'; bonus: number }
  /** Months a hidden concern stays unseen (hiddenDelay, monthEnd.ts). */
  | { kind: 'hiddenDelay'; less: number }
  /** Alignment a coordination restores (coordinationGain, actions.ts). */
  | { kind: 'coordinationGain'; bonus: number };

/** One reform, whole: what it costs, what it teaches, what it does at once and what it keeps doing. */
export interface ReformRule {
  cost: Cost;
  /** Minimum 政治 to push it through. */
  requiresPolitical: number;
  concept: ConceptId;
  /** Applied in order when adopted. */
  immediate: readonly ReformChange[];
  lasting: ReformLasting;
}

/** The former name of ReformRule. */
export type Reform = ReformRule;

const ALL_FORCES_ALIGN: ReformChange[] = FORCES.map((force) => ({ force, field: 'alignment', delta: 5 }));

// Typed as a Record over ReformId, so the compiler checks the table whole: a reform id without an
// entry, or an entry without its cost, concept, immediate or lasting effect, does not compile.
export const REFORM: Readonly<Record<ReformId, ReformRule>> = {
  oneShoulder: {
    cost: { energy: 2, budget: 0 },
    requiresPolitical: 40,
    concept: 'one-shoulder',
    immediate: [{ force: 'community', field: 'alignment', delta: 10 }],
    lasting: { kind: 'drift', forces: ['community'], rule: 'halve' },
  },
  crossPosting: {
    cost: { energy: 2, budget: 0 },
    requiresPolitical: 30,
    concept: 'one-shoulder',
    immediate: [
      { force: 'community', field: 'alignment', delta: 6 },
      { force: 'socialOrgs', field: 'alignment', delta: 6 },
    ],
    lasting: { kind: 'drift', forces: ['community', 'socialOrgs'], rule: 'lessOne' },
  },
  burdenList: {
    cost: { energy: 2, budget: 0 },
    requiresPolitical: 0,
    concept: 'burden-relief',
    immediate: [{ metric: 'burden', delta: -15 }],
    lasting: { kind: 'burdenPush', rule: 'halve' },
  },
  gridManagement: {
    cost: { energy: 1, budget: 15 },
    requiresPolitical: 0,
    concept: 'smart',
    immediate: [{ mode: 'smart', delta: 8 }],
    lasting: { kind: 'hiddenDelay', less: 1 },
  },
  socialWorkStation: {
    cost: { energy: 1, budget: 20 },
    requiresPolitical: 0,
    concept: 'five-forces',
    immediate: [{ force: 'socialWorkers', field: 'capacity', delta: 12 }],
    lasting: { kind: 'drift', forces: ['socialWorkers'], rule: 'lessOne' },
  },
  volunteerPoints: {
    cost: { energy: 1, budget: 8 },
    requiresPolitical: 0,
    concept: 'party-leads-mass',
    immediate: [{ force: 'volunteers', field: 'capacity', delta: 5 }],
    lasting: { kind: 'drift', forces: ['volunteers'], rule: 'halve' },
  },
  communityFoundation: {
    cost: { energy: 2, budget: 10 },
    requiresPolitical: 0,
    concept: 'five-forces',
    immediate: [{ force: 'charity', field: 'capacity', delta: 8 }],
    lasting: { kind: 'charityIncome', bonus: 3 },
  },
  regionalPartyBuilding: {
    cost: { energy: 2, budget: 5 },
    requiresPolitical: 35,
    concept: 'coordination',
    immediate: ALL_FORCES_ALIGN,
    lasting: { kind: 'coordinationGain', bonus: 4 },
  },
};

/** 召开联席会议: one or two forces for 1 精力, up to four for 2, all five for 3. */
export function coordinateCost(forceCount: number): Cost {
  return { energy: forceCount <= 2 ? 1 : forceCount <= 4 ? 2 : 3, budget: 0 };
}

export const RESPOND_COST: Cost = { energy: 1, budget: 0 };
export const CLEAR_BURDEN_COST: Cost = { energy: 1, budget: 0 };
