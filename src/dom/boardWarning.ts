// The board's two issue-9 readouts: each force's load this month against what it can carry (分工协作,
// the core's forceCarry), and the early warning of 各自为政 from the core's trend rule. Both in words
// with a mark (▲, ■), never colour alone.

import type { GameState } from '../core';
import { t } from '../i18n';
import { type ForceView, lossWarningView, warningView } from '../view';
import { h } from './h';

/** "本月负荷 1/2" (and "已满" when it has carried all it can). */
export function loadText(f: ForceView): string {
  return t(f.full ? 'board.loadFull' : 'board.load', { load: f.load, carry: f.carry });
}

/** The load under a force's node: a row of pips, filled for each task taken, and the figures. */
export function forceLoadLabel(f: ForceView, x: number, y: number): HTMLElement {
  const pips = Array.from({ length: Math.max(f.carry, f.load) }, (_, i) =>
    h(
      'span',
      { class: `pip${i < f.load ? ' taken' : ''}${i >= f.carry ? ' over' : ''}` },
      i < f.load ? '■' : '□',
    ),
  );
  return h(
    'span',
    {
      class: `force-load${f.full ? ' full' : ''}`,
      'data-key': `load-${f.force}`,
      'aria-hidden': 'true',
      style: { left: `${x}px`, top: `${y}px` },
    },
    h('span', { class: 'pips' }, pips),
    ` ${f.load}/${f.carry}`,
  );
}

/** The fragmentation warning, or an empty placeholder when the core's rule does not warn. */
export function warningBox(state: GameState): HTMLElement {
  return cornerBox('frag-warning', warningView(state));
}

/** The danger of losing the term otherwise (satisfaction under its floor, safety near its line), or an
 * empty placeholder: in the graph's upper-right corner, across from the 碎片化 warning. */
export function lossBox(state: GameState): HTMLElement {
  return cornerBox('loss-warning', lossWarningView(state));
}

/** One of the graph's corner warnings (`kind` is its class and key): a headline and its lines. */
function cornerBox(kind: string, w: { head: string; lines: readonly string[] } | null): HTMLElement {
  if (!w) return h('div', { class: `${kind} empty`, 'data-key': kind, hidden: true });
  return h(
    'div',
    { class: kind, 'data-key': kind, role: 'status' },
    h('strong', { class: 'frag-warning-head' }, w.head),
    w.lines.length
      ? h(
          'ul',
          null,
          w.lines.map((l) => h('li', null, l)),
        )
      : null,
  );
}
