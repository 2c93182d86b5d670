// The player's actions. Each runs on a writable state (step's immer draft, or runActions' private
// copy) after validate.ts has passed it, so it cannot fail.
import { balanceIndex } from './balance';
import { PROGRAMME, STRENGTHEN } from './content';
import type { Force } from './ids';
import { change, changeBudget, changeForce, changeMode, concernTarget, note } from './log';
import { div } from './math';
import { applyReform, reformCoordinationGain } from './reforms';
import type { Action, Concern, ConcernTemplate, GameEvent, GameState, ReasonCode } from './types';
import { actionCost } from './validate';

/** Alignment a coordination restores: 政治 统领 — it grows with the political level. */
export function coordinationGain(s: GameState): number {
  const gain = 4 + div(s.modes.political, 4) + reformCoordinationGain(s);
  // 政治统领 neglected: the core's call carries half the weight.
  return s.modes.political < NEGLECTED_POLITICAL ? div(gain, 2) : gain;
}

/** Below this 政治 (the level at which any mode counts as neglected) coordination is halved. */
const NEGLECTED_POLITICAL = 40;

/** 统筹协调: only the core can bring the forces back to one purpose. */
export function coordinate(s: GameState, forces: Force[]): void {
  const gain = coordinationGain(s);
  for (const f of forces) {
    changeForce(s, f, 'alignment', gain, 'coordinate', 'coordination', f);
    if (!s.coordinated.includes(f)) s.coordinated.push(f);
  }
  twoCommittees(s);
}

/** Whether 两委"两张皮" still holds the community back (a scenario's cap, lifted by 一肩挑 / 交叉任职). */
export function twoCommitteesCap(s: GameState): number | null {
  const cap = s.scenario.tuning.twoCommitteesCap;
  if (cap === undefined || s.reforms.includes('oneShoulder') || s.reforms.includes('crossPosting'))
    return null;
  return cap;
}

/** 两张皮: the residents' committee will not move with the Party organization beyond the cap. */
export function twoCommittees(s: GameState): void {
  const cap = twoCommitteesCap(s);
  const a = s.forces.community.alignment;
  if (cap !== null && a > cap)
    changeForce(s, 'community', 'alignment', cap - a, 'twoCommittees', 'one-shoulder', 'community');
}

export function develop(s: GameState, programmeId: Action & { type: 'develop' }): void {
  const p = PROGRAMME[programmeId.programme];
  // Diminishing returns above 70: one mode pushed high does not buy balance.
  const gain = s.modes[p.mode] >= 70 ? div(p.gain, 2) : p.gain;
  changeMode(s, p.mode, gain, 'develop', p.concept);
  for (const side of p.side) change(s, side.target, side.delta, 'develop', p.concept, programmeId.programme);
  if (p.sideForce)
    changeForce(
      s,
      p.sideForce.force,
      'capacity',
      p.sideForce.capacity,
      'develop',
      p.concept,
      programmeId.programme,
    );
  // 居民议事会: residents who deliberate stop being spectators (议事协商).
  if (p.mode === 'autonomy')
    change(s, 'spectators', -SPECTATORS_COUNCIL, 'participation', 'direct-democracy');
}

/** Spectators won back by one 居民议事会. */
export const SPECTATORS_COUNCIL = 6;
/** Spectators made by one 包办. */
export const SPECTATORS_TOP_DOWN = 10;

/** 党建带群建: growing a force. Newcomers are not yet aligned — growth must be paired with coordination. */
export function strengthen(s: GameState, force: Force): void {
  const st = STRENGTHEN[force];
  // 自治不足: volunteers do not come forward where residents have no say.
  const gain = force === 'volunteers' && s.modes.autonomy < 35 ? div(st.gain, 2) : st.gain;
  // Logged as what moved: a weak-自治 growth is explained by 自治, not by the programme.
  if (gain === st.gain) changeForce(s, force, 'capacity', gain, 'strengthen', st.concept, force);
  else changeForce(s, force, 'capacity', gain, 'weakAutonomy', 'autonomy', force);
  changeForce(s, force, 'alignment', -4, 'newcomersUnaligned', 'two-extremes', force);
}

/**
 * Responses a force can carry in a month before it is stretched thin: 分工协作 — each force has
 * only so much time, and more capacity carries more.
 */
export function forceCarry(s: GameState, f: Force): number {
  return 1 + div(s.forces[f].capacity, 30);
}

/**
 * How much one response moves a concern: the needed forces' strength (capacity × alignment, a
 * third once a force is past what it can carry this month) × the modes it needs × 五治 balance.
 * A force whose role the concern does not need adds nothing (不是简单叠加, 而是分工协作).
 */
export function responseProgress(
  s: GameState,
  c: Concern,
  forces: Force[],
): { progress: number; stalled: boolean } {
  const needed = c.needs.forces;
  let forceScore = 0;
  let stalled = false;
  for (const f of forces) {
    if (!needed.includes(f)) continue;
    const fs = s.forces[f];
    let v = Math.min(100, div(fs.capacity * fs.alignment, 60));
    if (s.committed[f] >= forceCarry(s, f)) v = div(v, 3);
    forceScore += v;
    if (fs.alignment < 35 && needed.length >= 2) stalled = true;
  }
  forceScore = Math.min(100, div(forceScore, needed.length));
  let modeScore = 0;
  for (const m of c.needs.modes) modeScore += s.modes[m];
  modeScore = div(modeScore, c.needs.modes.length);
  const raw = div(forceScore * 3 + modeScore * 2, 5);
  let progress = div(raw * 2 * (50 + div(balanceIndex(s.modes), 2)), 100);
  if (stalled) progress = div(progress, 2);
  return { progress: Math.max(5, progress), stalled };
}

/**
 * 行政包办: the core answers by itself, with no force's time — quick now (见效快), and it grows
 * with 政治; the price comes later, in spectators (形式上有权、实际上无权).
 */
export function topDownProgress(s: GameState): number {
  return 80 + s.modes.political;
}

export function respond(s: GameState, a: Action & { type: 'respond' }, events: GameEvent[]): void {
  const c = s.concerns.find((x) => x.id === a.concern)!;
  let progress: number;
  if (a.topDown) {
    progress = topDownProgress(s);
    s.topDownThisMonth += 1;
    change(s, 'spectators', SPECTATORS_TOP_DOWN, 'topDownResponse', 'direct-democracy', c.id);
  } else {
    const r = responseProgress(s, c, a.forces);
    progress = r.progress;
    if (r.stalled) note(s, concernTarget(c.id), -progress, 'jointStalled', 'fragmentation', c.id);
    for (const f of a.forces) {
      if (s.committed[f] >= forceCarry(s, f))
        note(s, `forces.${f}.load`, 1, 'overstretched', 'five-forces', f);
      s.committed[f] += 1;
      // Sent where its role is not needed: the force's time is spent and it pulls away (简单叠加).
      if (!c.needs.forces.includes(f)) changeForce(s, f, 'alignment', -3, 'roleMismatch', 'five-forces', f);
    }
  }
  const before = c.progress;
  c.progress = Math.min(c.size, c.progress + progress);
  note(
    s,
    concernTarget(c.id),
    c.progress - before,
    a.topDown ? 'topDownResponse' : 'respond',
    'nerve-endings',
    c.id,
  );
  if (c.progress >= c.size) resolve(s, c, a.topDown ? [] : a.forces, events);
}

/** A resolution's timeliness, 0–100: 100 in the month the concern arrived, 15 less a month after. */
export function timeliness(monthsWaited: number): number {
  return Math.max(0, 100 - 15 * monthsWaited);
}

const RESOLVE_SATISFACTION: Record<Concern['kind'], number> = {
  worry: 3,
  annoyance: 4,
  anguish: 6,
  dispute: 3,
  emergency: 4,
};

function resolve(s: GameState, c: Concern, forces: Force[], events: GameEvent[]): void {
  s.concerns = s.concerns.filter((x) => x.id !== c.id);
  s.resolvedCount += 1;
  s.resolvedByKind[c.kind] += 1;
  s.resolutionCredit += timeliness(s.turn - c.arrived);
  change(s, 'satisfaction', RESOLVE_SATISFACTION[c.kind], 'resolved', 'nerve-endings', c.id);
  if (c.kind === 'dispute' || c.kind === 'emergency') {
    // 枫桥经验: a dispute settled before it grows keeps the peace.
    const early = c.escalations === 0;
    change(s, 'safety', early ? 4 : 2, 'resolved', early ? 'fengqiao' : 'five-capacities', c.id);
  }
  if (forces.includes('volunteers') || forces.includes('socialOrgs')) {
    change(s, 'vitality', 1, 'participation', 'co-governance', c.id);
    change(s, 'spectators', -1, 'participation', 'co-governance', c.id);
  }
  events.push({ type: 'concernResolved', concern: c.id });
}

/** A one-time reform: its immediate changes now, its lasting effect from then on (reforms.ts). */
export function adoptReform(s: GameState, a: Action & { type: 'adoptReform' }): void {
  s.reforms.push(a.reform);
  applyReform(s, a.reform);
}

/** 减负: 专项清理 unnecessary administrative tasks. */
export function clearBurden(s: GameState): void {
  change(s, 'burden', -12, 'clearBurden', 'burden-relief');
}

const SPEND_REASON: Record<Action['type'], ReasonCode> = {
  coordinate: 'coordinate',
  develop: 'develop',
  strengthen: 'strengthen',
  respond: 'respond',
  adoptReform: 'reform',
  clearBurden: 'clearBurden',
  endMonth: 'income',
};

/** Pays an action's cost (after validation, so it never goes negative). */
export function pay(s: GameState, a: Action): void {
  const cost = actionCost(s, a);
  s.energy -= cost.energy;
  if (cost.budget) changeBudget(s, -cost.budget, SPEND_REASON[a.type], 'co-governance', a.type);
}

/** A concern in play from its template. */
export function concernFrom(
  s: GameState,
  t: ConcernTemplate,
  turn: number,
  hiddenFor: number,
  isShock: boolean,
): Concern {
  const c: Concern = {
    id: `c${s.nextConcernNo}`,
    template: t.id,
    kind: t.kind,
    title: t.title,
    needs: t.needs,
    progress: 0,
    size: t.size,
    deadline: t.deadline,
    hiddenFor,
    escalations: 0,
    arrived: turn,
    isShock,
  };
  s.nextConcernNo += 1;
  s.arrivedCount += 1;
  return c;
}
