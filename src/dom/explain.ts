// "Why did this move?": names for what the log refers to, and tooltip content built from the causes
// with the lecture's words for the principle behind the largest one.
import {
  type ConceptId,
  FORCES,
  type Force,
  type GameState,
  type Mode,
  PROGRAMMES,
  type ProgrammeId,
  REFORMS,
  type ReformId,
} from '../core';
import { dict, lang, pick, signed, t } from '../i18n';
import { type Cause, causesOf, leadingConcept, recentTurns, sumDelta } from '../ui/selectors';
import { h } from './h';

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
    return parts[2] === 'capacity' ? t('tip.capacityOf', { force }) : t('tip.alignmentOf', { force });
  }
  if (head === 'concern' && parts[1]) return refName(parts[1], names);
  if (head === 'concerns') return t('board.concerns');
  if (head in d.metric) return d.metric[head as keyof typeof d.metric];
  return target;
}

/** One cause as a line: "社会组织 · 自行其是 −4". */
export function causeText(c: Cause, names: Names, withTarget = false): string {
  const d = dict();
  const reason = d.reason[c.reason];
  const who = c.ref ? refName(c.ref, names) : null;
  const what = withTarget ? `${targetName(c.target, names)}${t('ui.colon')}` : '';
  return `${what}${who && who !== reason ? `${who} · ` : ''}${reason} ${signed(c.delta)}`;
}

/** Wraps a passage in quotation marks unless it already opens with one. */
export function quoted(text: string): string {
  return /^[“"「『]/.test(text) ? text : `“${text}”`;
}

export function quoteBlock(concept: ConceptId): HTMLElement {
  const c = dict().concept[concept];
  return h(
    'blockquote',
    { class: 'quote', lang: lang() === 'zh' ? 'zh-CN' : 'en' },
    h('span', { class: 'quote-text' }, quoted(c.quote)),
    h('cite', null, `— ${c.name}`),
  );
}

function monthHeading(turn: number, state: GameState): string {
  return t(turn === state.turn ? 'tip.monthNow' : 'tip.month', { n: turn });
}

/**
 * Tooltip content for a figure: its name and value, what it means, this month's and last month's
 * causes with amounts, and the quote behind the largest cause.
 */
export function explainTarget(
  state: GameState,
  target: string,
  heading: string,
  help: string | null,
  names: Names,
  withTarget = false,
): Node[] {
  const turns = recentTurns(state);
  const causes = causesOf(state.log, target, turns);
  const out: Node[] = [h('strong', { class: 'tip-head' }, heading)];
  if (help) out.push(h('p', { class: 'tip-help' }, help));
  if (causes.length === 0) {
    out.push(h('p', { class: 'tip-none' }, t('tip.none')));
    return out;
  }
  for (const turn of turns) {
    const these = causes.filter((c) => c.turn === turn);
    if (these.length === 0) continue;
    out.push(
      h('p', { class: 'tip-month' }, `${monthHeading(turn, state)} ${signed(sumDelta(these))}`),
      h(
        'ul',
        { class: 'tip-causes' },
        these.slice(0, 6).map((c) => h('li', null, causeText(c, names, withTarget))),
      ),
    );
  }
  const concept = leadingConcept(causes);
  if (concept) out.push(quoteBlock(concept));
  return out;
}
