// 玩法说明 / How to play (issue 10 §5, issue 12): 精力, 经费, each action, the month end, 各自为政 and
// the 考核, before the first month. Every cost and threshold is read from the core's tables (never
// restated here), every name from the i18n tables the board uses, and the lecture's words come from
// the concept quotes. Opened from the title and the briefing; a first-time player is offered it on the
// briefing (not forced), and the offer is remembered once taken or declined. This page is loaded on
// demand (src/dom/howto.ts opens it), so the first board does not carry it.
import {
  CLEAR_BURDEN_COST,
  type ConceptId,
  FORCES,
  PROGRAMME,
  PROGRAMMES,
  RATING_THRESHOLDS,
  REFORM,
  REFORMS,
  RESPOND_COST,
  SCORE_MAX,
  STRENGTHEN,
} from '../core';
import { dict, t } from '../i18n';
import { coordinateCostText, costText, metricHelp } from '../view';
import { openDialog } from './dialogs';
import { quoteBlock } from './explain';
import { h } from './h';
import { markHowtoSeen } from './howto';
import './player.css';
import type { Overlay } from './overlay';

/** Opens the page as a dialog (Tab stays inside, Esc closes, focus goes back to the opener). */
export function openHowto(overlay: Overlay): void {
  markHowtoSeen('read');
  // A language switch re-renders the page in place (openDialog rebuilds an open dialog).
  openDialog(
    overlay,
    () => t('howto.title'),
    (body, close) => {
      const box = body.parentElement;
      box?.classList.add('howto-dialog');
      // Focus starts at the top (the close button), so the page opens at its beginning, not its end.
      const x = box?.querySelector('.dialog-close');
      x?.setAttribute('data-autofocus', 'true');
      body.append(howtoContent(), h('div', { class: 'dialog-actions' }, doneButton(close)));
    },
  );
}

function doneButton(close: () => void): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'go-button',
      'data-key': 'howto-done',
      'data-autofocus': 'true',
      onclick: close,
    },
    t('howto.done'),
  );
}

function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'howto-section', 'aria-labelledby': `howto-${id}`, 'data-key': `howto-${id}` },
    h('h3', { id: `howto-${id}` }, title),
    ...children,
  );
}

const para = (text: string): HTMLElement => h('p', null, text);
const quote = (c: ConceptId): HTMLElement => quoteBlock(c);

/** The page's content: pure reading of the core's tables and the current language. */
export function howtoContent(): HTMLElement {
  const d = dict();
  return h(
    'div',
    { class: 'howto', 'data-key': 'howto' },
    h('p', { class: 'howto-intro' }, t('howto.intro')),
    quote('one-core'),
    section(
      'energy',
      t('howto.energyTitle'),
      para(metricHelp('energy')),
      para(t('howto.energy')),
      quote('burden-relief'),
    ),
    section('budget', t('howto.budgetTitle'), para(metricHelp('budget')), para(t('howto.budget'))),
    section('actions', t('howto.actionsTitle'), actionsTable(), ...actionDetails()),
    section('monthEnd', t('howto.monthEndTitle'), para(t('howto.monthEnd')), quote('nerve-endings')),
    section(
      'fragmentation',
      d.concept.fragmentation.name,
      para(metricHelp('fragmentation')),
      para(t('howto.fragmentation')),
      para(t('howto.shortTerm')),
      quote('fragmentation'),
    ),
    section(
      'score',
      t('howto.scoreTitle'),
      para(
        t('howto.score', {
          max: SCORE_MAX,
          parts: Object.values(d.scorePart).join(t('ui.and')),
          pass: RATING_THRESHOLDS.pass,
          good: RATING_THRESHOLDS.good,
          excellent: RATING_THRESHOLDS.excellent,
        }),
      ),
      para(
        t('howto.loss', {
          list: [d.loss.fragmentation, d.loss.safety, d.loss.satisfaction].join(t('ui.sep')),
        }),
      ),
      para(t('howto.par')),
      quote('co-governance'),
    ),
    section('keys', t('howto.keysTitle'), para(t('howto.keys'))),
  );
}

/** One row per action of the board's action bar: its name, its cost (from the core), what it does. */
function actionsTable(): HTMLElement {
  const rows: [string, string, string][] = [
    [t('action.coordinate'), coordinateCostText(), t('howto.coordinate')],
    [t('action.respond'), costText(RESPOND_COST), t('howto.respond')],
    [t('action.develop'), t('howto.seeBelow'), t('howto.develop')],
    [t('action.strengthen'), t('howto.seeBelow'), t('howto.strengthen')],
    [t('action.reform'), t('howto.seeBelow'), t('howto.reform')],
    [t('action.clearBurden'), costText(CLEAR_BURDEN_COST), t('howto.clearBurden')],
    [t('action.endMonth'), t('cost.free'), t('howto.endMonth')],
  ];
  return h(
    'table',
    { class: 'howto-actions' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t('howto.colAction')),
        h('th', { scope: 'col' }, t('howto.colCost')),
        h('th', { scope: 'col' }, t('howto.colWhat')),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map(([name, cost, what]) =>
        h('tr', null, h('th', { scope: 'row' }, name), h('td', null, cost), h('td', null, what)),
      ),
    ),
  );
}

/** The programmes, the forces to strengthen and the reforms, each with its cost: folded (<details>). */
function actionDetails(): HTMLElement[] {
  const d = dict();
  const list = (key: string, title: string, items: [string, string, string][]) =>
    h(
      'details',
      { class: 'howto-more', 'data-key': `howto-${key}` },
      h('summary', null, title),
      h(
        'ul',
        null,
        items.map(([name, cost, what]) =>
          h('li', null, h('strong', null, name), ` · ${cost}`, what ? h('span', null, ` — ${what}`) : null),
        ),
      ),
    );
  return [
    list(
      'programmes',
      t('howto.programmesList'),
      PROGRAMMES.map((p) => [d.programme[p], costText(PROGRAMME[p].cost), d.programmeHelp[p]]),
    ),
    list(
      'strengthen',
      t('howto.strengthenList'),
      FORCES.map((f) => [d.strengthen[f], costText(STRENGTHEN[f].cost), d.forceRole[f]]),
    ),
    list(
      'reforms',
      t('howto.reformsList'),
      REFORMS.map((r) => [
        d.reform[r],
        `${costText(REFORM[r].cost)}${t('cost.sep')}${t('dialog.reformNeeds', { n: REFORM[r].requiresPolitical })}`,
        d.reformHelp[r],
      ]),
    ),
  ];
}
