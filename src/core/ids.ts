// The game's vocabulary as `as const` tables, so unions and validation share one source.

/** 五治 — the five governance modes. */
export const MODES = ['political', 'autonomy', 'law', 'virtue', 'smart'] as const;
export type Mode = (typeof MODES)[number];

/** 五社 — the five social forces. */
export const FORCES = ['community', 'socialOrgs', 'socialWorkers', 'volunteers', 'charity'] as const;
export type Force = (typeof FORCES)[number];

/** 操心事 / 烦心事 / 揪心事 / 矛盾纠纷 / 突发事件 */
export const CONCERN_KINDS = ['worry', 'annoyance', 'anguish', 'dispute', 'emergency'] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];

/** The outcome metrics a player watches. */
export const METRICS = ['satisfaction', 'safety', 'vitality', 'burden', 'fragmentation'] as const;
export type Metric = (typeof METRICS)[number];

/** Lecture principles, ids from docs/concepts.md. */
export const CONCEPTS = [
  'one-core',
  'coordination',
  'fragmentation',
  'internal-friction',
  'two-extremes',
  'five-governances',
  'political',
  'autonomy',
  'law',
  'virtue',
  'smart',
  'five-forces',
  'nerve-endings',
  'five-capacities',
  'fengqiao',
  'burden-relief',
  'direct-democracy',
  'one-shoulder',
  'party-leads-mass',
  'co-governance',
] as const;
export type ConceptId = (typeof CONCEPTS)[number];

/** Programmes that develop a governance mode (docs/design.md §3). */
export const PROGRAMMES = [
  'expandCoverage', // 扩大组织覆盖 (政治)
  'partyMembersDown', // 党员干部下沉 (政治, top-down)
  'residentsCouncil', // 居民议事会 (自治)
  'legalAdviser', // 法律顾问进社区 (法治)
  'goodFamily', // 评选好家风 (德治)
  'civilizationPractice', // 新时代文明实践 (德治)
  'smartPlatform', // 网格化 + 智慧平台 (智治)
] as const;
export type ProgrammeId = (typeof PROGRAMMES)[number];

/** One-time reforms with lasting effects. */
export const REFORMS = [
  'oneShoulder', // 一肩挑
  'crossPosting', // 交叉任职
  'burdenList', // 减负清单
  'gridManagement', // 网格化管理
  'socialWorkStation', // 社工站
  'volunteerPoints', // 志愿服务积分
  'communityFoundation', // 社区基金会
  'regionalPartyBuilding', // 区域化党建联建共建
] as const;
export type ReformId = (typeof REFORMS)[number];

export const RATINGS = ['excellent', 'good', 'pass', 'fail'] as const; // 优秀 良好 合格 不合格
export type Rating = (typeof RATINGS)[number];

export const LOSS_REASONS = ['fragmentation', 'safety', 'satisfaction', 'assessment'] as const;
export type LossReason = (typeof LOSS_REASONS)[number];
