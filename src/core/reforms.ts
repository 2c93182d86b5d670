// Reforms as rules: adopting one applies its immediate changes; its lasting effect is asked for by
// the one rule it bends (drift, adminBurden, income, hiddenDelay, coordinationGain). Both come from
// the reform's single entry in REFORM (content.ts).
import { REFORM, type ReformLasting } from './content';
import { type Force, REFORMS, type ReformId } from './ids';
import { change, changeForce, changeMode } from './log';
import { div } from './math';
import type { GameState } from './types';

type Kind = ReformLasting['kind'];
type LastingOf<K extends Kind> = Extract<ReformLasting, { kind: K }>;

// The reforms of each lasting kind, in REFORMS order: an effect never depends on the order in which
// reforms were adopted. A new kind fails to compile here until it has its list (and its reader below).
const BY_KIND: { [K in Kind]: { id: ReformId; effect: LastingOf<K> }[] } = {
  drift: [],
  burdenPush: [],
  charityIncome: [],
  hiddenDelay: [],
  coordinationGain: [],
};
for (const id of REFORMS) {
  const effect = REFORM[id].lasting;
  (BY_KIND[effect.kind] as { id: ReformId; effect: ReformLasting }[]).push({ id, effect });
}

/** Applies a reform's immediate changes, in the order its entry lists them. */
export function applyReform(s: GameState, id: ReformId): void {
  const r = REFORM[id];
  for (const ch of r.immediate) {
    if ('force' in ch) changeForce(s, ch.force, ch.field, ch.delta, 'reform', r.concept, id);
    else if ('mode' in ch) changeMode(s, ch.mode, ch.delta, 'reform', r.concept);
    else change(s, ch.metric, ch.delta, 'reform', r.concept, id);
  }
}

/** A force's monthly drift bent by the adopted reforms that steady it (一肩挑, 交叉任职, 社工站, 积分). */
export function reformDrift(s: GameState, force: Force, d: number): number {
  for (const { id, effect } of BY_KIND.drift) {
    if (!effect.forces.includes(force) || !s.reforms.includes(id)) continue;
    d = effect.rule === 'halve' ? div(d, 2) : d - 1;
  }
  return d;
}

/** The burden pushed down this month after 减负清单. */
export function reformBurdenPush(s: GameState, push: number): number {
  for (const { id } of BY_KIND.burdenPush) if (s.reforms.includes(id)) push = div(push, 2);
  return push;
}

/** Extra 经费 a month from adopted reforms (社区基金会). */
export function reformCharityIncome(s: GameState): number {
  let n = 0;
  for (const { id, effect } of BY_KIND.charityIncome) if (s.reforms.includes(id)) n += effect.bonus;
  return n;
}

/** Months fewer that a hidden concern stays unseen (网格化管理). */
export function reformHiddenDelay(s: GameState): number {
  let n = 0;
  for (const { id, effect } of BY_KIND.hiddenDelay) if (s.reforms.includes(id)) n += effect.less;
  return n;
}

/** Extra alignment a coordination restores (区域化党建). */
export function reformCoordinationGain(s: GameState): number {
  let n = 0;
  for (const { id, effect } of BY_KIND.coordinationGain) if (s.reforms.includes(id)) n += effect.bonus;
  return n;
}
