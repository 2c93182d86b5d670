// The month's end (docs/design.md §4): the world moves. Steps in the design's order, each its own rule.
import { concernFrom, twoCommittees, twoCommitteesCap } from './actions';
import { assess } from './assess';
import { balanceIndex } from './balance';
import { FORCES, type Force, MODES, type Mode } from './ids';
import { shortTermLadder } from './levels';
import { change, changeBudget, changeForce, changeMode, concernTarget, note } from './log';
import { div } from './math';
import { monthlyEnergy } from './newGame';
import { monthPace, PACE_UNIT, paced, termMonth, termPace } from './pace';
import { reformBurdenPush, reformCharityIncome, reformDrift, reformHiddenDelay } from './reforms';
import { drawMonth } from './rng';
import type { Concern, ConcernTemplate, GameEvent, GameState, MonthSnapshot, Scenario } from './types';

/** Below this alignment a force pursues its own agenda (各自为政). */
export const UNALIGNED = 40;
/** A mode under this level is neglected and bites. */
export const NEGLECTED = 40;
/** Administrative burden from which it starts draining 自治 (行政有余、自治不足). */
export const BURDEN_HEAVY = 60;
/** The game is lost when fragmentation reaches this, or safety falls to this (read by the view too). */
export const FRAGMENTATION_LOSS = 100;
export const SAFETY_LOSS = 0;

export function monthEnd(s: GameState, sc: Scenario, events: GameEvent[]): void {
  const t = s.turn;
  drift(s, sc);
  twoCommittees(s);
  ownAgendas(s);
  fragment(s);
  neglectedModes(s);
  overreach(s);
  spectatorsToll(s);
  participation(s);
  ageConcerns(s, events);
  adminBurden(s, sc);
  income(s, sc);
  s.history.push(snapshot(s));
  if (checkLoss(s, sc)) {
    s.assessment = assess(s, sc);
    events.push({ type: 'monthEnded', turn: t });
    events.push({ type: 'gameEnded', status: s.status, reason: s.lossReason });
    return;
  }
  events.push({ type: 'monthEnded', turn: t });
  if (t >= s.maxTurns) {
    s.assessment = assess(s, sc);
    s.status = s.assessment.rating === 'fail' ? 'lost' : 'won';
    s.lossReason = s.status === 'lost' ? 'assessment' : null;
    events.push({ type: 'gameEnded', status: s.status, reason: s.lossReason });
    return;
  }
  s.turn = t + 1;
  arrivals(s, sc, s.turn, events);
  for (const f of FORCES) {
    s.uncoordinated[f] = s.coordinated.includes(f) ? 0 : s.uncoordinated[f] + 1;
    s.committed[f] = 0;
  }
  s.coordinated = [];
  s.topDownThisMonth = 0;
  const energy = monthlyEnergy(s);
  // A new month's 精力; burden takes its share first (行政有余、自治不足).
  note(
    s,
    'energy',
    energy - s.energy,
    'energyReset',
    energy < s.maxEnergy ? 'burden-relief' : 'co-governance',
  );
  s.energy = energy;
}

/** 各自为政: every force drifts from the core each month; strong forces and a weak 政治 drift faster. */
export function drift(s: GameState, sc: Scenario): void {
  const weak = weakPoliticalDrift(s) > 0;
  for (const f of FORCES)
    changeForce(
      s,
      f,
      'alignment',
      -forceDrift(s, sc, f),
      weak ? 'weakPolitical' : 'drift',
      'fragmentation',
      f,
    );
}

/** 政治统领 weakened: below NEGLECTED every force drifts faster, a point for each 4 below. */
function weakPoliticalDrift(s: GameState): number {
  return s.modes.political < NEGLECTED ? div(NEGLECTED - s.modes.political + 3, 4) : 0;
}

/** The alignment a force will lose at this month's end as things stand (the warning reads it too). */
export function forceDrift(s: GameState, sc: Scenario, f: Force): number {
  const driftBase = sc.tuning.driftBase + shortTermLadder(s).driftBase;
  const base = driftBase + div(s.forces[f].capacity, 25) + weakPoliticalDrift(s);
  // A force called to this month's joint meeting is held for the month; one left out of 统筹 last
  // month too goes its own way at the story's pace, faster in a short term (./pace.ts).
  // With 政治统领 neglected — or, for the residents' committee, while the 两委 are "两张皮" — the
  // meeting no longer holds a force against the story's pace.
  const coordinated = s.coordinated.includes(f);
  const unheld = s.modes.political < NEGLECTED || (f === 'community' && twoCommitteesCap(s) !== null);
  const atPace = coordinated ? unheld : s.uncoordinated[f] >= 1;
  let d = reformDrift(s, f, atPace ? paced(s, base) : base);
  if (coordinated) d = div(d, 2);
  return Math.max(1, d);
}

/** 内耗: unaligned forces draw on the shared budget and duplicate work; a strong one becomes a rival centre. */
export function ownAgendas(s: GameState): void {
  for (const f of FORCES) {
    const fs = s.forces[f];
    if (fs.alignment >= UNALIGNED) continue;
    changeBudget(s, -paced(s, 1 + div(fs.capacity, 15)), 'ownAgenda', 'internal-friction', f);
    change(s, 'satisfaction', -paced(s, 1), 'duplicatedEffort', 'internal-friction', f);
    if (fs.capacity >= 60) change(s, 'fragmentation', paced(s, 2), 'rivalCentre', 'two-extremes', f);
    // 两张皮: a residents' committee the meeting cannot hold (a short term's, forceDrift) that has
    // gone its own way is a second centre beside the Party organization until 一肩挑 / 交叉任职.
    else if (f === 'community' && termPace(s) !== PACE_UNIT && twoCommitteesCap(s) !== null)
      change(s, 'fragmentation', paced(s, 2), 'twoCommittees', 'one-shoulder', f);
  }
}

/** The fragmentation index moves with misalignment and with 五治 imbalance; aligned forces knit it back. */
export function fragment(s: GameState): void {
  // 没有党组织的统筹协调, 治理的碎片化现象必然发生: a neglected 政治 frays the whole.
  if (s.modes.political < NEGLECTED)
    change(
      s,
      'fragmentation',
      paced(s, 2 + div(NEGLECTED - s.modes.political, 5)),
      'weakPolitical',
      'political',
    );
  let pressure = 0;
  let aligned = 0;
  for (const f of FORCES) {
    const fs = s.forces[f];
    if (fs.alignment < 50) pressure += div((50 - fs.alignment) * (50 + fs.capacity), 100);
    if (fs.alignment >= 60) aligned += 1;
  }
  change(s, 'fragmentation', paced(s, div(pressure, 10)), 'misalignment', 'fragmentation');
  change(s, 'fragmentation', paced(s, div(100 - balanceIndex(s.modes), 15)), 'imbalance', 'five-governances');
  change(s, 'fragmentation', -paced(s, aligned), 'cohesion', 'coordination');
}

/** Each neglected mode bites in its own way; every mode fades a little without attention. */
export function neglectedModes(s: GameState): void {
  // Left alone every mode fades, and a high one faster: no level is kept without attention.
  // A mode neglected — under NEGLECTED, or left alone (modeLeftAlone) — sinks
  // at the story's pace, so a short term's neglect bites within it (./pace.ts); one the player
  // keeps up fades by the month, as in a full term.
  for (const m of MODES) {
    const decay = modeDecay(s.modes[m]);
    const neglected = s.modes[m] < NEGLECTED || modeLeftAlone(s, m);
    changeMode(s, m, -(neglected ? paced(s, decay) : decay), 'modeDecay', m);
    // Left alone since the term began, as month 2 shows: month 1's fade is taken at the story's
    // pace too, so a short term's neglect bites from the same point of the story as a full term's.
    if (s.history.length === 1 && termPace(s) !== PACE_UNIT && neverRaised(s, m)) {
      const first = modeDecay(s.history[0]!.modes[m]);
      changeMode(s, m, -(paced(s, first) - first), 'modeDecay', m);
    }
  }
  const lawGap = NEGLECTED - s.modes.law;
  if (lawGap > 0) {
    // 硬约束不足: no clear line between what may and may not be done — petty incidents, and open
    // disputes grow and come to a head sooner; the further below, the more.
    change(s, 'safety', -paced(s, 1 + div(lawGap, 10)), 'weakLaw', 'law');
    for (const c of s.concerns)
      if (c.kind === 'dispute' || c.kind === 'emergency') {
        c.deadline -= 1;
        const grow = paced(s, div(c.size * (10 + lawGap), 100));
        c.size += grow;
        note(s, concernTarget(c.id), -grow, 'weakLaw', 'law', c.id);
      }
  }
  const autonomyGap = NEGLECTED - s.modes.autonomy;
  if (autonomyGap > 0) {
    // 自治不足: residents without a say neither lift vitality nor are satisfied beyond a point,
    // which sinks as 自治 does.
    change(s, 'vitality', -paced(s, 3), 'weakAutonomy', 'autonomy');
    change(s, 'satisfaction', -paced(s, 1), 'weakAutonomy', 'direct-democracy');
    const cap = AUTONOMY_CAP - div(autonomyGap, 2);
    if (s.satisfaction > cap)
      change(s, 'satisfaction', cap - s.satisfaction, 'weakAutonomy', 'direct-democracy');
    if (s.vitality > cap) change(s, 'vitality', cap - s.vitality, 'weakAutonomy', 'autonomy');
  }
}

/** Months a mode must go without rising (no programme, no reform) to count as left alone. */
export const LEFT_ALONE_MONTHS = 3;

/**
 * Whether a mode has been left alone: it has not risen at any of the last LEFT_ALONE_MONTHS month
 * ends nor this month (read from the month snapshots, which every copy of a state keeps; the log is
 * not read by rules). A term younger than that has left nothing alone yet.
 */
export function modeLeftAlone(s: GameState, m: Mode): boolean {
  const h = s.history;
  // A short term begins with the story under way (./pace.ts): from its month 2 a mode the player has
  // not raised at all since the term began counts as left alone. A full term younger than
  // LEFT_ALONE_MONTHS has left nothing alone yet.
  if (h.length < LEFT_ALONE_MONTHS) return h.length >= 1 && termPace(s) !== PACE_UNIT && neverRaised(s, m);
  let later = s.modes[m];
  for (let i = h.length - 1; i >= h.length - LEFT_ALONE_MONTHS; i--) {
    const v = h[i]!.modes[m];
    if (later > v) return false;
    later = v;
  }
  return true;
}

/**
 * How far a mode is below NEGLECTED, as its neglect bites: in a short term the gap is the story's
 * (./pace.ts) — 德治's quarrels and 智治's blindness grow as the story's months would have let the
 * mode fall. A full term reads the mode's own gap.
 */
export function neglectGap(s: GameState, m: Mode): number {
  return paced(s, Math.max(0, NEGLECTED - s.modes[m]));
}

/** Whether a mode has risen at no month end, nor this month, since the term began (month snapshots). */
export function neverRaised(s: GameState, m: Mode): boolean {
  const h = s.history;
  let later = s.modes[m];
  for (let i = h.length - 1; i >= 0; i--) {
    const v = h[i]!.modes[m];
    if (later > v) return false;
    later = v;
  }
  return later <= s.scenario.start.modes[m];
}

/** What a mode loses in a month without attention: 1, and 1 more for every 25 of its level. */
export function modeDecay(level: number): number {
  return 1 + div(level, 25);
}
/** Satisfaction and vitality cannot rise above this while 自治 is neglected. */
export const AUTONOMY_CAP = 60;

/**
 * 只强调一核: judged on behaviour — how much the core did by itself this month — never on 政治 being
 * strong (read by the view too).
 */
export function overreaching(s: GameState): boolean {
  return s.topDownThisMonth >= OVERREACH_TOP_DOWN;
}

/** 只强调一核: top-down action beyond what participation can carry drains 自治 and vitality. */
export function overreach(s: GameState): void {
  if (overreaching(s)) {
    changeMode(s, 'autonomy', -3, 'overreach', 'two-extremes');
    change(s, 'vitality', -2, 'overreach', 'direct-democracy');
  }
}

/** Spectators a community absorbs before they cost anything. */
export const SPECTATORS_FREE = 15;

/** 包办 responses in one month from which it is overreach. */
export const OVERREACH_TOP_DOWN = 3;

/** 形式上有权、实际上无权: spectators drain 自治; a community left to participate slowly wins them back. */
export function spectatorsToll(s: GameState): void {
  // The price comes later: the first SPECTATORS_FREE spectators cost nothing yet.
  const drain = paced(s, div(Math.max(0, s.spectators - SPECTATORS_FREE), 6));
  if (drain) changeMode(s, 'autonomy', -drain, 'spectators', 'direct-democracy');
  // Residents made spectators come back by their own participation, month by month in any term:
  // a short term's story brings 包办's price within the term but not their return.
  if (s.spectators > 0) change(s, 'spectators', -2, 'participation', 'autonomy');
}

/** 活力 follows real participation: 自治 and aligned volunteers. */
export function participation(s: GameState): void {
  const v = s.forces.volunteers;
  const target =
    div(s.modes.autonomy + div(v.capacity * v.alignment, 100) * 2, 3) -
    div(Math.max(0, s.spectators - SPECTATORS_FREE), 3);
  const pace = monthPace(s);
  change(s, 'vitality', div((target - s.vitality) * pace, 4 * PACE_UNIT), 'participation', 'autonomy');
}

/** A concern with this little time left escalates (or fails) at the coming month end (read by the view too). */
export function dueAtMonthEnd(c: Concern): boolean {
  return c.deadline <= 1;
}

const ESCALATES_TO = { worry: 'annoyance', annoyance: 'anguish', dispute: 'emergency' } as const;

/** Concerns age; hidden ones come to light; overdue ones escalate one step, then fail. */
export function ageConcerns(s: GameState, events: GameEvent[]): void {
  const failed: string[] = [];
  // 一件一件加以解决: every perceived concern left open weighs on residents' satisfaction.
  const waiting = s.concerns.filter((c) => c.hiddenFor === 0).length;
  change(s, 'satisfaction', -div(waiting * 2, 3), 'pending', 'nerve-endings');
  const smartGap = neglectGap(s, 'smart');
  if (smartGap > 0) {
    // 群众的事没人知道: with 智治 neglected, residents whose concern nobody has even noticed lose
    // faith faster than those who wait for an answer.
    const unseen = s.concerns.length - waiting;
    change(s, 'satisfaction', -paced(s, unseen), 'weakSmart', 'smart');
  }
  for (const c of s.concerns) {
    if (c.hiddenFor > 0) {
      // 看不见的问题在变大: with 智治 neglected, what nobody sees grows before anyone answers it.
      if (smartGap > 0) {
        const grow = paced(s, div(c.size * (10 + smartGap), 100));
        c.size += grow;
        note(s, concernTarget(c.id), -grow, 'weakSmart', 'smart', c.id);
      }
      c.hiddenFor -= 1;
      if (c.hiddenFor === 0) {
        note(s, concernTarget(c.id), 1, 'perceived', 'nerve-endings', c.id);
        events.push({ type: 'concernPerceived', concern: c.id });
      }
    }
    const due = dueAtMonthEnd(c);
    c.deadline -= 1;
    if (!due) continue;
    const hitsSafety = c.kind === 'dispute' || c.kind === 'emergency';
    if (c.kind === 'worry' || c.kind === 'annoyance' || c.kind === 'dispute') {
      c.kind = ESCALATES_TO[c.kind];
      c.deadline = 2;
      c.escalations += 1;
      change(s, 'satisfaction', -3, 'escalated', 'nerve-endings', c.id);
      if (hitsSafety) change(s, 'safety', -5, 'escalated', 'fengqiao', c.id);
      events.push({ type: 'concernEscalated', concern: c.id, kind: c.kind });
    } else {
      failed.push(c.id);
      change(s, 'satisfaction', -6, 'failed', 'nerve-endings', c.id);
      if (hitsSafety) change(s, 'safety', -8, 'failed', 'five-capacities', c.id);
      s.failedCount += 1;
      events.push({ type: 'concernFailed', concern: c.id });
    }
  }
  if (failed.length) s.concerns = s.concerns.filter((c) => !failed.includes(c.id));
}

/** 行政有余、自治不足: superior departments push tasks down every month. */
export function adminBurden(s: GameState, sc: Scenario): void {
  // Until 减负清单 takes effect, a short term's month pushes down the story's pace of tasks (./pace.ts).
  const base = Math.max(0, sc.tuning.burdenPerMonth + shortTermLadder(s).burdenPerMonth);
  const relieved = reformBurdenPush(s, base);
  const push = relieved === base ? paced(s, base) : relieved;
  change(s, 'burden', push, 'adminBurden', 'burden-relief');
  if (s.burden >= BURDEN_HEAVY) changeMode(s, 'autonomy', -paced(s, 2), 'burdenHeavy', 'burden-relief');
}

export function income(s: GameState, sc: Scenario): void {
  changeBudget(s, sc.start.income, 'income', 'co-governance');
  const ch = s.forces.charity;
  const fromCharity = div(ch.capacity * ch.alignment, 1000) + reformCharityIncome(s);
  changeBudget(s, fromCharity, 'charityIncome', 'five-forces', 'charity');
  // Safety recovers slowly where the law holds.
  if (s.modes.law >= 50) change(s, 'safety', paced(s, 1), 'recovery', 'law');
}

/** Satisfaction under the scenario's floor: each month end spent there counts towards a loss. */
function belowFloor(s: GameState, sc: Scenario): boolean {
  return s.satisfaction < sc.tuning.satisfactionFloor;
}

/**
 * Satisfaction under the floor now: how many month ends in a row it has been there, and how many more the
 * term can take, counting this month's (1: the loss comes at this month's end if it is still under).
 * Null when it is not under the floor. The board warns with it; checkLoss applies the same rule.
 */
export function satisfactionFloorThreat(
  s: GameState,
): { floor: number; monthsBelow: number; monthEndsLeft: number } | null {
  const { satisfactionFloor: floor, floorMonths } = s.scenario.tuning;
  if (!belowFloor(s, s.scenario)) return null;
  return {
    floor,
    monthsBelow: s.lowSatisfactionMonths,
    monthEndsLeft: Math.max(1, floorMonths - s.lowSatisfactionMonths),
  };
}

function checkLoss(s: GameState, sc: Scenario): boolean {
  if (belowFloor(s, sc)) s.lowSatisfactionMonths += 1;
  else s.lowSatisfactionMonths = 0;
  if (s.fragmentation >= FRAGMENTATION_LOSS) s.lossReason = 'fragmentation';
  else if (s.safety <= SAFETY_LOSS) s.lossReason = 'safety';
  else if (s.lowSatisfactionMonths >= sc.tuning.floorMonths) s.lossReason = 'satisfaction';
  else return false;
  s.status = 'lost';
  return true;
}

function pickWeighted(list: ConcernTemplate[], roll: number): ConcernTemplate | undefined {
  let total = 0;
  for (const t of list) total += t.weight;
  if (total <= 0) return undefined;
  let r = roll % total;
  for (const t of list) {
    if (r < t.weight) return t;
    r -= t.weight;
  }
  return undefined;
}

/**
 * The month's arrivals, drawn from the world stream (a fixed number of draws, whatever was played).
 * Which templates arrive depends only on the challenge; whether a dispute arises also on 德治,
 * and how long a hidden concern stays hidden on 智治 and the volunteers (神经末梢).
 */
export function arrivals(s: GameState, sc: Scenario, turn: number, events: GameEvent[]): void {
  const { values, rng } = drawMonth(s.rng);
  s.rng = rng;
  const { concernsMin, concernsMax, disputeChance } = sc.tuning;
  const count = concernsMin + (values[0]! % (concernsMax - concernsMin + 1));
  for (let i = 0; i < count && i < 4; i++) {
    const t = pickWeighted(sc.deck, values[1 + i]!);
    // 神经末梢失灵: with 智治 neglected an ordinary concern may reach the core a month late; the
    // roll reads other bits of the same draw, so the stream is unchanged.
    const blind = !t?.hidden && div(values[1 + i]!, 128) % 100 < blindChance(s);
    if (t) addConcern(s, t, turn, false, events, blind);
  }
  // 德治 软约束: weak virtue lets more disputes arise, strong virtue fewer.
  // With 德治 neglected, a short term's month holds more of the story's quarrels (./pace.ts).
  const chance =
    disputeChance +
    (s.modes.virtue < NEGLECTED
      ? paced(s, div((50 - NEGLECTED + neglectGap(s, 'virtue')) * 3, 2))
      : div((50 - s.modes.virtue) * 3, 2));
  if (values[5]! % 100 < chance) dispute(s, sc, values[6]!, turn, events);
  // 软约束不足: with 德治 neglected, quarrels no longer stay small — a second one may break out.
  const virtueGap = neglectGap(s, 'virtue');
  if (virtueGap > 0 && values[7]! % 100 < paced(s, virtueGap * SECOND_DISPUTE_PER_POINT))
    dispute(s, sc, div(values[7]!, 100), turn, events);
  // 预警: a forecast shock meets a community that prepared for it (community and volunteers called
  // together in the month of the forecast) at a third of its size.
  const prepared = s.coordinated.includes('community') && s.coordinated.includes('volunteers');
  for (const shock of sc.shocks) {
    // The story's shocks come at the same point of a compressed term (./pace.ts).
    if (termMonth(s, shock.month) !== turn) continue;
    const c = addConcern(s, shock.concern, turn, true, events);
    if (shock.forecast && prepared) {
      const less = div(c.size * 2, 3);
      c.size -= less;
      note(s, concernTarget(c.id), -less, 'prepared', 'five-capacities', c.id);
    }
  }
  s.forecast = sc.shocks
    .filter((x) => x.forecast && termMonth(s, x.month) === turn + 1)
    .map((x) => x.concern.id);
  for (const id of s.forecast) events.push({ type: 'shockForecast', template: id });
}

/** Chance (per cent) of a second dispute in a month for each point 德治 is below NEGLECTED. */
export const SECOND_DISPUTE_PER_POINT = 3;

/** A dispute arises; with 德治 neglected it arrives larger, the further 德治 has fallen. */
function dispute(s: GameState, sc: Scenario, roll: number, turn: number, events: GameEvent[]): void {
  const t = pickWeighted(sc.disputes, roll);
  if (!t) return;
  const c = addConcern(s, t, turn, false, events);
  if (s.modes.virtue < NEGLECTED) {
    const grow = paced(s, div(c.size * (20 + neglectGap(s, 'virtue') * 2), 100));
    c.size += grow;
    note(s, concernTarget(c.id), grow, 'weakVirtue', 'virtue', c.id);
  }
}

/** Chance (per cent) per point of 智治 below NEGLECTED that an ordinary concern arrives unseen. */
export const BLIND_PER_POINT = 4;

/** Chance (per cent) that an ordinary concern arrives unseen for a month (智治 neglected). */
export function blindChance(s: GameState): number {
  return paced(s, neglectGap(s, 'smart') * BLIND_PER_POINT);
}

/**
 * Months a hidden concern stays unseen: 智治 and aligned volunteers shorten it; a neglected 智治
 * lengthens it a month more for every 10 points below NEGLECTED.
 */
export function hiddenDelay(s: GameState): number {
  const v = s.forces.volunteers;
  let d = 3 - div(s.modes.smart, 35);
  if (s.modes.smart < NEGLECTED) d += div(neglectGap(s, 'smart'), 10);
  if (v.capacity >= 50 && v.alignment >= 50) d -= 1;
  d -= reformHiddenDelay(s);
  return Math.max(0, d);
}

function addConcern(
  s: GameState,
  t: ConcernTemplate,
  turn: number,
  isShock: boolean,
  events: GameEvent[],
  blind = false,
): Concern {
  const hiddenFor = t.hidden ? hiddenDelay(s) : blind ? 1 : 0;
  const c = concernFrom(s, t, turn, hiddenFor, isShock);
  // Spectators wait to be served: what they would have handled themselves reaches the core larger.
  const more = div(c.size * Math.max(0, s.spectators - SPECTATORS_FREE), 50);
  if (more) {
    c.size += more;
    note(s, concernTarget(c.id), more, 'spectators', 'direct-democracy', c.id);
  }
  s.concerns.push(c);
  note(
    s,
    concernTarget(c.id),
    1,
    isShock ? 'shock' : 'arrival',
    isShock ? 'five-capacities' : 'nerve-endings',
    c.id,
  );
  if ((hiddenFor >= 2 || blind) && s.modes.smart < NEGLECTED)
    note(s, concernTarget(c.id), hiddenFor, 'weakSmart', 'smart', c.id);
  events.push({ type: 'concernArrived', concern: c.id, hidden: hiddenFor > 0 });
  return c;
}

function snapshot(s: GameState): MonthSnapshot {
  const alignment = {} as Record<Force, number>;
  const capacity = {} as Record<Force, number>;
  for (const f of FORCES) {
    alignment[f] = s.forces[f].alignment;
    capacity[f] = s.forces[f].capacity;
  }
  return {
    turn: s.turn,
    modes: { ...s.modes },
    alignment,
    capacity,
    fragmentation: s.fragmentation,
    satisfaction: s.satisfaction,
    safety: s.safety,
    vitality: s.vitality,
    burden: s.burden,
    budget: s.budget,
    openConcerns: s.concerns.length,
    resolved: s.resolvedCount,
    spectators: s.spectators,
  };
}
