// "Why did this move?": tooltip content built from the causes (src/view), with the lecture's words for
// the principle behind the largest one.
import type { ConceptId, GameState } from '../core';
import { dict, lang, signed, t } from '../i18n';
import {
  causesOf,
  causeText,
  leadingConcept,
  monthHeading,
  type Names,
  quoted,
  recentTurns,
  sumDelta,
} from '../view';
import { h } from './h';

export function quoteBlock(concept: ConceptId): HTMLElement {
  const c = dict().concept[concept];
  return h(
    'blockquote',
    { class: 'quote', lang: lang() === 'zh' ? 'zh-CN' : 'en' },
    h('span', { class: 'quote-text' }, quoted(c.quote)),
    h('cite', null, `— ${c.name}`),
  );
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
