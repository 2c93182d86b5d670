// The sentences the screens show, built from the view models in the current language: names of
// actions and of what the log refers to, cause lines, deadlines, event lines, the live region's
// sentences. Strings only (no DOM): the HTML layer puts them into elements.
import {
  type Action,
  actionCost,
  type ConcernOutlook,
  type Cost,
  coordinateCost,
  FORCES,
  type Force,
  FRAGMENTATION_LOSS,
  type GameEvent,
  type GameState,
  type LogEntry,
  type Mode,
  NEGLECTED,
  type Objective,
  PROGRAMMES,
  type ProgrammeId,
  REFORMS,
  type ReformId,
  SAFETY_LOSS,
  SMART_CHEAP,
  SMART_DEAR,
} from '../core';
import { dict, format, lang, pick, signed, t } from '../i18n';
import type { Availability } from './board';
import { type Cause, groupCauses, isForceDrift } from './causes';
import type { TurningPoint } from './debrief';
import type { MonthSummary, Why } from './summary';

/** Where the names of concerns come from (the store remembers those that left the board). */
export interface Names {
  concernTitle(id: string): { zh: string; en: string } | null;
}

const ACTION_KEY = {
  coordinate: 'action.coordinate',
  develop: 'action.develop',
  strengthen: 'action.strengthen',
  respond: 'action.respond',
  adoptReform: 'action.reform',
  clearBurden: 'action.clearBurden',
  endMonth: 'action.endMonth',
} as const;

/** A readable name for a log entry's `ref`: a force, programme, reform, concern or action. */
export function refName(ref: string, names: Names): string {
  const d = dict();
  if ((FORCES as readonly string[]).includes(ref)) return d.forceShort[ref as Force];
  if ((PROGRAMMES as readonly string[]).includes(ref)) return d.programme[ref as ProgrammeId];
  if ((REFORMS as readonly string[]).includes(ref)) return d.reform[ref as ReformId];
  if (ref in ACTION_KEY) return t(ACTION_KEY[ref as keyof typeof ACTION_KEY]);
  const title = names.concernTitle(ref);
  if (title) return pick(title);
  return ref;
}

/** A readable name for a log target (`satisfaction`, `modes.law`, `forces.x.alignment`, `concern.c3` …). */
export function targetName(target: string, names: Names): string {
  const d = dict();
  const parts = target.split('.');
  const head = parts[0] ?? target;
  if (head === 'modes' && parts[1]) return d.mode[parts[1] as Mode] ?? target;
  if (head === 'forces' && parts[1]) {
    const force = d.forceShort[parts[1] as Force] ?? parts[1];
    if (parts[2] === 'capacity') return t('tip.capacityOf', { force });
    if (parts[2] === 'load') return t('tip.loadOf', { force });
    return t('tip.alignmentOf', { force });
  }
  if (head === 'concern' && parts[1]) return refName(parts[1], names);
  if (head === 'concerns') return t('board.concerns');
  // Residents turned spectators by 行政包办 (形式上有权、实际上无权): a state figure with no chip of its own.
  if (head === 'spectators') return t('tip.spectators');
  if (head in d.metric) return d.metric[head as keyof typeof d.metric];
  return target;
}

/** One cause as a line: "社会组织 · 自行其是 −4". */
export function causeText(c: Cause, names: Names, withTarget = false): string {
  const reason = reasonName(c);
  const who = c.ref ? refName(c.ref, names) : null;
  const target = withTarget ? targetName(c.target, names) : null;
  const what = target ? `${target}${t('ui.colon')}` : '';
  // A concern's own entries name it as their target and as what they are about: said once.
  const named = who && who !== reason && who !== target ? `${who} · ` : '';
  return `${what}${named}${reason} ${signed(c.delta)}`;
}

const CJK = /[\u3400-\u9fff]/;
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * A Chinese passage set in Chinese punctuation. The lecture's transcript writes ASCII commas and quotes
 * between Chinese words (神经末梢,要及时感知; "铁路警察,各管一段"); the data keeps them, as the scenario
 * check compares quotes verbatim, and the screen shows ，and “ ”. ASCII punctuation next to a Chinese
 * character becomes full-width; ASCII double quotes in a Chinese passage open and close in turn. A text
 * with no Chinese character is returned as it is.
 */
export function zhPunctuation(text: string): string {
  if (!CJK.test(text)) return text;
  let quotes = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      out += quotes++ % 2 === 0 ? '“' : '”';
      continue;
    }
    const full = FULL_WIDTH[ch];
    const beside =
      CJK.test(text[i - 1] ?? '') || CJK.test(text[i + 1] ?? '') || /[“”…]/.test(text[i - 1] ?? '');
    out += full && beside ? full : ch;
  }
  return out;
}

/**
 * How a term that ended early ended ("提前结束于第 8 月：碎片化失控，各自为政"), or null for a term played to
 * its end (or failed only at its assessment). The debrief and the review's last step both say it.
 */
export function lossLine(state: GameState): string | null {
  if (state.status !== 'lost' || !state.lossReason || state.lossReason === 'assessment') return null;
  return t(state.turn < state.maxTurns ? 'debrief.lost' : 'debrief.lostLastMonth', {
    turn: state.turn,
    reason: dict().loss[state.lossReason],
  });
}

/**
 * A passage of the lecture as the player reads it: its rendering in the player's language where the
 * language table has one (English), else the Chinese as written, in Chinese punctuation.
 */
export function lecturePassage(quote: string): { text: string; lang: 'zh-CN' | 'en' } {
  const rendered = lang() === 'zh' ? undefined : dict().lecture[quote];
  return rendered ? { text: rendered, lang: 'en' } : { text: zhPunctuation(quote), lang: 'zh-CN' };
}

/** Wraps a passage in quotation marks unless it already opens with one; a Chinese one in Chinese punctuation. */
export function quoted(text: string): string {
  const set = zhPunctuation(text);
  return /^[“"「『]/.test(set) ? set : `“${set}”`;
}

/** The heading of a month's causes in a tooltip. */
export function monthHeading(turn: number, state: GameState): string {
  return t(turn === state.turn ? 'tip.monthNow' : 'tip.month', { n: turn });
}

/** An action's name, with what it names (the forces met, the reform adopted …). */
export function actionName(a: Action): string {
  const d = dict();
  switch (a.type) {
    case 'coordinate':
      return `${t('action.coordinate')}${t('ui.paren', { x: a.forces.map((f) => d.forceShort[f]).join(t('ui.and')) })}`;
    case 'develop':
      return d.programme[a.programme];
    case 'strengthen':
      return d.strengthen[a.force];
    case 'respond':
      return a.topDown ? `${t('action.respond')} · ${d.reason.topDownResponse}` : t('action.respond');
    case 'adoptReform':
      return `${t('action.reform')}${t('ui.colon')}${d.reform[a.reform]}`;
    case 'clearBurden':
      return t('action.clearBurden');
    case 'endMonth':
      return t('action.endMonth');
  }
}

/** The live region's sentence after an action: what it was and what it changed most. */
export function actionSentence(
  action: Action,
  prevLog: readonly LogEntry[],
  nextLog: readonly LogEntry[],
  names: Names,
): string {
  // The log is bounded: once full, the new entries are the last ones (at most a few per action).
  const added = nextLog.length >= prevLog.length ? nextLog.slice(prevLog.length) : nextLog.slice(-8);
  const top = groupCauses(added)
    .filter((c) => !c.target.startsWith('concern.'))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, 3)
    .map((c) => causeText(c, names, true));
  const resolvedOrMoved = added
    .filter(
      (e) => e.target.startsWith('concern.') && (e.reason === 'respond' || e.reason === 'topDownResponse'),
    )
    .map((e) => `${targetName(e.target, names)} +${e.delta}`);
  const effects = [...resolvedOrMoved, ...top].join(t('ui.sep')) || t('board.noChange');
  return t('board.actionDone', { action: actionName(action), effects });
}

/** How long a concern has, as the core's outlook says: "this month" when it escalates or fails at this
 * month's end; with weak 法治 taking a month off, it says so, with the line (法治 may still read 41–43 on
 * the panel: the month end's fade takes it under, and a play-tester read "法治薄弱" as a contradiction). */
export function deadlineText(o: ConcernOutlook): string {
  const left = o.due ? t('board.deadlineNow') : t('board.deadline', { n: o.monthsLeft });
  return o.hastened ? `${left}${t('ui.sep')}${t('board.hastened', { line: NEGLECTED })}` : left;
}

/** The joint meeting's cost by size, from the core's coordinateCost: "1–2 方精力1，3–4 方精力2，5 方精力3". */
export function coordinateCostText(): string {
  const bands: { from: number; to: number; energy: number }[] = [];
  for (let n = 1; n <= FORCES.length; n++) {
    const energy = coordinateCost(n).energy;
    const last = bands[bands.length - 1];
    if (last && last.energy === energy) last.to = n;
    else bands.push({ from: n, to: n, energy });
  }
  return bands
    .map((b, i) => {
      const forces =
        b.from === b.to ? String(b.from) : t('dialog.coordinateCostRange', { from: b.from, to: b.to });
      const key =
        i === 0
          ? 'dialog.coordinateCostFirst'
          : b.from === b.to && b.to === FORCES.length
            ? 'dialog.coordinateCostAll'
            : 'dialog.coordinateCostNext';
      return t(key, { forces, energy: b.energy });
    })
    .join(t('dialog.coordinateCostSep'));
}

/** What the joint meeting does and costs (the dialog's and the button's help). */
export function coordinateHelp(): string {
  return t('dialog.coordinateHelp', { costs: coordinateCostText() });
}

type MetricHelpId = keyof ReturnType<typeof dict>['metricHelp'];

/**
 * What a figure means (the first line of its tooltip), with the core's loss line where it has one; with the
 * state, satisfaction's floor and how many month ends under it lose the term.
 */
export function metricHelp(id: MetricHelpId, state?: GameState): string {
  if (id === 'satisfaction' && state) {
    const { satisfactionFloor: floor, floorMonths: months } = state.scenario.tuning;
    return t('tip.satisfactionFloor', { floor, months });
  }
  const line = id === 'safety' ? SAFETY_LOSS : id === 'fragmentation' ? FRAGMENTATION_LOSS : '';
  return format(dict().metricHelp[id], { line });
}

export function costText(cost: Cost): string {
  const parts: string[] = [];
  if (cost.energy > 0) parts.push(t('cost.energy', { n: cost.energy }));
  else parts.push(t('cost.free'));
  if (cost.budget > 0) parts.push(t('cost.budget', { n: cost.budget }));
  return parts.join(t('cost.sep'));
}

/**
 * An action's price as the rules charge it now (智治 makes what costs 经费 dearer below SMART_DEAR and
 * cheaper from SMART_CHEAP: the core's smartPrice), with its list price beside it when the two differ.
 * A play-tester's 网格化智慧平台 said 经费12 and took 18.
 */
export function priceText(state: GameState, action: Action, list: Cost, short = false): string {
  const now = actionCost(state, action);
  if (now.budget === list.budget) return costText(now);
  // A board button has room for a mark only (▲ dearer, ▼ cheaper); its tooltip gives the list price.
  if (short) return `${costText(now)}${now.budget > list.budget ? '▲' : '▼'}`;
  return t('cost.changed', { cost: costText(now), list: list.budget });
}

/** Why prices differ from their list price this month, or null when they do not (智治 in between). */
export function smartPriceNote(state: GameState): string | null {
  if (state.modes.smart < SMART_DEAR)
    return t('cost.smartDear', { dear: SMART_DEAR, smart: state.modes.smart });
  if (state.modes.smart >= SMART_CHEAP)
    return t('cost.smartCheap', { cheap: SMART_CHEAP, smart: state.modes.smart });
  return null;
}

export function rejectionText(a: Availability): string {
  return a.reason ? dict().rejection[a.reason] : '';
}

export function objectiveText(o: Objective): string {
  return pick(o.text);
}

/** One line for a month-end event, or null for those the summary does not list. */
/**
 * An event in words. `lateSeen`: the concern was perceived at the same month end it escalated or failed
 * (it grew out of sight: 神经末梢 did not reach it), said in one line rather than as two events.
 */
export function eventText(e: GameEvent, names: Names, state: GameState, lateSeen = false): string | null {
  const d = dict();
  const title = (id: string) => {
    const x = names.concernTitle(id);
    return x ? pick(x) : id;
  };
  switch (e.type) {
    case 'concernResolved':
      return t('event.resolved', { title: title(e.concern) });
    case 'concernEscalated':
      return t(lateSeen ? 'event.escalatedUnseen' : 'event.escalated', {
        kind: d.concernKind[e.kind],
        title: title(e.concern),
      });
    case 'concernFailed':
      return t(lateSeen ? 'event.failedUnseen' : 'event.failed', { title: title(e.concern) });
    case 'concernArrived':
      return e.hidden ? t('event.arrivedHidden') : t('event.arrived', { title: title(e.concern) });
    case 'concernPerceived':
      return t('event.perceived', { title: title(e.concern) });
    case 'shockForecast': {
      const shock = state.scenario.shocks.find((s) => s.concern.id === e.template);
      return t('event.forecast', { title: shock ? pick(shock.concern.title) : e.template });
    }
    case 'gameEnded':
      return e.status === 'lost' && e.reason ? t('event.lost', { reason: d.loss[e.reason] }) : t('event.won');
    default:
      return null;
  }
}

/**
 * A cause's reason in a few words: 未纳入统筹, or 月底仍有漂离（参会，减半） for a held drift. A force's drift
 * with 政治 weak is named for both its causes: a play-tester who never held a meeting read only "政治偏弱"
 * and concluded the cure was 政治, not the 联席会议.
 */
export function reasonName(c: Cause): string {
  const name =
    c.reason === 'weakPolitical' && isForceDrift(c)
      ? t(c.held ? 'reason.weakPoliticalHeld' : 'reason.weakPoliticalLeftOut')
      : c.held
        ? t('reason.driftHeld')
        : dict().reason[c.reason];
  if (!c.forces?.length) return name;
  return `${name}${t('summary.forces', { forces: c.forces.map((f) => dict().forceShort[f]).join(t('ui.and')) })}`;
}

/**
 * Why a line of the month summary moved, in one short line: the reason alone when it is the whole change
 * ("未纳入统筹"), else each cause with its amount and what the others add up to ("诉求升级 −10 · 自治偏弱 −3 ·
 * 其余 −2"). Empty when the log has no cause for it.
 */
export function whyText(why: Why): string {
  const [only] = why.causes;
  if (why.causes.length === 1 && why.rest === 0 && only) return reasonName(only);
  const parts = why.causes.map((c) => `${reasonName(c)} ${signed(c.delta)}`);
  if (why.rest !== 0 && parts.length) parts.push(t('summary.rest', { n: signed(why.rest) }));
  return parts.join(' · ');
}

/** The month summary in one sentence, for the live region: each change with its main reason. */
export function summarySentence(s: MonthSummary): string {
  const d = dict();
  const parts = s.changes.map((c) => {
    const main = c.why.causes[0];
    return `${d.metric[c.id]} ${signed(c.delta)}${main ? t('summary.because', { reason: reasonName(main) }) : ''}`;
  });
  for (const a of s.alignment)
    if (a.nowDrifting) parts.push(t('debrief.tpDrifted', { force: d.forceShort[a.force] }));
  return t('summary.live', { turn: s.turn, changes: parts.join(t('ui.and')) || t('summary.nothing') });
}

/** A turning point's heading: its month and what turned. */
export function turningPointTitle(tp: TurningPoint, names: Names): string {
  const d = dict();
  let what: string;
  switch (tp.kind) {
    case 'forceDrifted':
      what = t('debrief.tpDrifted', { force: d.force[tp.force!] });
      break;
    case 'forceRegained':
      what = t('debrief.tpRegained', { force: d.force[tp.force!] });
      break;
    case 'metric':
      what = `${d.metric[tp.metric!]} ${signed(tp.delta)}`;
      break;
    case 'escalated':
      what = t('debrief.tpEscalated', { title: refName(tp.concern!, names) });
      break;
    case 'failed':
      what = t('debrief.tpFailed', { title: refName(tp.concern!, names) });
      break;
    case 'lost':
      what = d.loss[tp.loss!];
      break;
  }
  return tp.fromTurn !== undefined
    ? t('debrief.turningPointHeadSpan', { from: tp.fromTurn, turn: tp.turn, what })
    : t('debrief.turningPointHead', { turn: tp.turn, what });
}
