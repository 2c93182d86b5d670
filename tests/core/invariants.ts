// What must hold in every reachable state (docs/design.md §7: "no reachable state breaks an invariant").
// Returns the violations as readable lines, so a failing property says what broke and where.
import { CONCEPTS, FORCES, type GameState, LOG_LIMIT, type LogEntry, MODES } from '../../src/core';

const LEVEL_FIELDS = ['fragmentation', 'satisfaction', 'safety', 'vitality', 'burden'] as const;
const CONCEPT_SET = new Set<string>(CONCEPTS);

/** Every number under `value` is a finite integer (no NaN, no fractions). Skips the given top-level keys. */
function integers(value: unknown, path: string, out: string[], skip: ReadonlySet<string>) {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) out.push(`${path} = ${value} is not an integer`);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    if (path === '' && skip.has(k)) continue;
    integers(v, path ? `${path}.${k}` : k, out, skip);
  }
}

function level(v: number, path: string, out: string[]) {
  if (!(v >= 0 && v <= 100)) out.push(`${path} = ${v} is outside 0–100`);
}

/** Checks one log entry. */
export function entryViolations(e: LogEntry, where: string): string[] {
  const out: string[] = [];
  if (!Number.isInteger(e.delta) || e.delta === 0) out.push(`${where}: delta ${e.delta}`);
  if (!CONCEPT_SET.has(e.concept)) out.push(`${where}: unknown concept ${e.concept}`);
  if (typeof e.reason !== 'string' || !e.reason) out.push(`${where}: no reason`);
  if (typeof e.target !== 'string' || !e.target) out.push(`${where}: no target`);
  if (!Number.isInteger(e.turn)) out.push(`${where}: turn ${e.turn}`);
  return out;
}

/** The state's invariants. The log is checked by length here; its entries as they are added (entryViolations). */
export function violations(s: GameState): string[] {
  const out: string[] = [];
  integers(s, '', out, new Set(['scenario', 'log', 'rng']));
  // alea's state: an integer carry and three fractions that are exact multiples of 2^-32 (so they survive
  // JSON and every engine computes them alike) — the one place of the state that is not integer.
  const [carry, ...fractions] = s.rng;
  if (!Number.isInteger(carry)) out.push(`rng carry ${carry} is not an integer`);
  for (const f of fractions)
    if (!(f >= 0 && f < 1 && Number.isInteger(f * 2 ** 32))) out.push(`rng fraction ${f} is not k·2^-32`);
  for (const m of MODES) level(s.modes[m], `modes.${m}`, out);
  for (const f of FORCES) {
    level(s.forces[f].capacity, `forces.${f}.capacity`, out);
    level(s.forces[f].alignment, `forces.${f}.alignment`, out);
  }
  for (const k of LEVEL_FIELDS) level(s[k], k, out);
  if (!(s.energy >= 0 && s.energy <= s.maxEnergy)) out.push(`energy ${s.energy} outside 0..${s.maxEnergy}`);
  if (!(s.budget >= 0)) out.push(`budget ${s.budget} is negative`);
  if (!(s.turn >= 1 && s.turn <= s.maxTurns)) out.push(`turn ${s.turn} outside 1..${s.maxTurns}`);
  if (s.log.length > LOG_LIMIT) out.push(`log has ${s.log.length} entries > LOG_LIMIT`);
  if (s.history.length > s.maxTurns) out.push(`history has ${s.history.length} months > ${s.maxTurns}`);
  for (const h of s.history) {
    for (const m of MODES) level(h.modes[m], `history[${h.turn}].modes.${m}`, out);
    for (const f of FORCES) {
      level(h.alignment[f], `history[${h.turn}].alignment.${f}`, out);
      level(h.capacity[f], `history[${h.turn}].capacity.${f}`, out);
    }
    for (const k of LEVEL_FIELDS) level(h[k], `history[${h.turn}].${k}`, out);
    if (h.budget < 0) out.push(`history[${h.turn}].budget negative`);
  }
  const ids = new Set<string>();
  for (const c of s.concerns) {
    if (ids.has(c.id)) out.push(`concern id ${c.id} twice`);
    ids.add(c.id);
    if (!(c.progress >= 0 && c.progress < c.size))
      out.push(`${c.id}.progress ${c.progress} outside 0..<${c.size}`);
    if (!(c.hiddenFor >= 0)) out.push(`${c.id}.hiddenFor ${c.hiddenFor}`);
    if (!(c.deadline >= 1)) out.push(`${c.id}.deadline ${c.deadline} < 1 while open`);
    if (!(c.escalations >= 0)) out.push(`${c.id}.escalations ${c.escalations}`);
    if (!(c.arrived >= 1 && c.arrived <= s.turn)) out.push(`${c.id}.arrived ${c.arrived} vs turn ${s.turn}`);
  }
  let byKind = 0;
  for (const n of Object.values(s.resolvedByKind)) byKind += n;
  if (byKind !== s.resolvedCount)
    out.push(`resolvedByKind sums to ${byKind}, resolvedCount ${s.resolvedCount}`);
  for (const k of [
    'resolvedCount',
    'failedCount',
    'arrivedCount',
    'lowSatisfactionMonths',
    'topDownThisMonth',
  ] as const)
    if (s[k] < 0) out.push(`${k} ${s[k]} negative`);
  if (new Set(s.reforms).size !== s.reforms.length) out.push('a reform adopted twice');
  if (new Set(s.coordinated).size !== s.coordinated.length) out.push('a force listed twice as coordinated');
  if (s.status === 'playing') {
    if (s.assessment !== null || s.lossReason !== null) out.push('playing with an assessment or loss reason');
  } else {
    const a = s.assessment;
    if (!a) out.push(`${s.status} without an assessment`);
    else {
      if (!(a.score >= 0 && a.score <= 1000)) out.push(`score ${a.score} outside 0..1000`);
      for (const [k, v] of Object.entries(a.parts)) level(v, `assessment.parts.${k}`, out);
      if (s.status === 'lost' && a.rating !== 'fail') out.push(`lost but rated ${a.rating}`);
      if (s.status === 'won' && a.rating === 'fail') out.push('won but rated fail');
    }
    if ((s.status === 'lost') !== (s.lossReason !== null))
      out.push(`status ${s.status} with reason ${s.lossReason}`);
  }
  return out;
}
