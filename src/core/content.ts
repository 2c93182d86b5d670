// Costs and effects of programmes, forces' strengthening and reforms: rules as data, read by
// step (effects) and by the UI (costs, names via i18n keys `programme.<id>` etc.).
import type { ConceptId, Force, Mode, ProgrammeId, ReformId } from './ids';

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

export const PROGRAMME: Record<ProgrammeId, Programme> = {
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

export interface Reform {
  cost: Cost;
  /** Minimum 政治 to push it through. */
  requiresPolitical: number;
  concept: ConceptId;
}

export const REFORM: Record<ReformId, Reform> = {
  oneShoulder: { cost: { energy: 2, budget: 0 }, requiresPolitical: 40, concept: 'one-shoulder' },
  crossPosting: { cost: { energy: 2, budget: 0 }, requiresPolitical: 30, concept: 'one-shoulder' },
  burdenList: { cost: { energy: 2, budget: 0 }, requiresPolitical: 0, concept: 'burden-relief' },
  gridManagement: { cost: { energy: 1, budget: 15 }, requiresPolitical: 0, concept: 'smart' },
  socialWorkStation: { cost: { energy: 1, budget: 20 }, requiresPolitical: 0, concept: 'five-forces' },
  volunteerPoints: { cost: { energy: 1, budget: 8 }, requiresPolitical: 0, concept: 'party-leads-mass' },
  communityFoundation: { cost: { energy: 2, budget: 10 }, requiresPolitical: 0, concept: 'five-forces' },
  regionalPartyBuilding: { cost: { energy: 2, budget: 5 }, requiresPolitical: 35, concept: 'coordination' },
};

/** 召开联席会议: one or two forces for 1 精力, up to four for 2, all five for 3. */
export function coordinateCost(forceCount: number): Cost {
  return { energy: forceCount <= 2 ? 1 : forceCount <= 4 ? 2 : 3, budget: 0 };
}

export const RESPOND_COST: Cost = { energy: 1, budget: 0 };
export const CLEAR_BURDEN_COST: Cost = { energy: 1, budget: 0 };
