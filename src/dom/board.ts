// The board's HTML layer: the top bar's figures (each explains itself), focus targets over the
// drawn modes and forces, the concern cards, the programme buttons and the action bar. Every action
// is a real <button> named in the current language; an unavailable one stays focusable and says why.
import {
  type Action,
  CLEAR_BURDEN_COST,
  coordinateCost,
  type GameState,
  type Mode,
  type ModeFall,
  NEGLECTED,
  PROGRAMME,
  PROGRAMMES,
  RESPOND_COST,
} from '../core';
import { dict, pick, signed, t } from '../i18n';
import {
  type ActionsView,
  type Availability,
  actionsView,
  BOTTOM_BAR,
  type Box,
  type Chip,
  chips,
  concernsView,
  coordinateHelp,
  costText,
  deadlineText,
  energyBreakdown,
  forcePosition,
  forcesView,
  GRAPH,
  LEFT_PANEL,
  metricHelp,
  modesView,
  monthEndOutlookOf,
  type Names,
  nodeRadius,
  priceText,
  RADAR,
  RIGHT_PANEL,
  radarPoint,
  smartPriceNote,
} from '../view';
import { applyAvailability, focusedKey, forceBadge, isUnavailable, modeBadge, restoreFocus } from './bits';
import { forceLoadLabel, loadText, lossBox, warningBox } from './boardWarning';
import { levelName } from './daily';
import {
  closeDialog,
  concernName,
  coordinateDialog,
  type DialogHost,
  reformDialog,
  respondDialog,
  strengthenDialog,
} from './dialogs';
import { explainTarget, quoteBlock } from './explain';
import { h } from './h';
import { moreBelow } from './moreBelow';
import type { Overlay } from './overlay';

export interface BoardHandlers {
  /** Sends an action to the rules; the board re-renders from the store. */
  act(action: Action): void;
  /** An unavailable control was used: say why. */
  refused(reason: string): void;
  /** The top bar's 菜单: back to the title, the replay file (src/dom/boardMenu.ts). None in a review (its bar leaves). */
  menu?(): void;
}

export function renderBoard(overlay: Overlay, state: GameState, names: Names, on: BoardHandlers): void {
  const keep = focusedKey();
  const list = overlay.screen.querySelector('.concern-list');
  const scroll = list ? list.scrollTop : 0;
  if (overlay.screenName !== 'board') overlay.show('board');
  overlay.tooltip.hide();
  overlay.root.dataset.month = String(state.turn);
  const view = actionsView(state);
  const host: DialogHost = { overlay, state, names, act: on.act };
  overlay.screen.replaceChildren(
    topBar(overlay, state, names, on),
    modesPanel(overlay, state, names, view, on),
    graphTargets(overlay, state, names, host),
    warningBox(state),
    lossBox(state),
    h('p', { class: 'legend' }, t('board.legend')),
    concernsPanel(state, view, host),
    actionBar(overlay, view, host, on),
  );
  const newList = overlay.screen.querySelector<HTMLElement>('.concern-list');
  if (newList) {
    newList.scrollTop = scroll;
    moreBelow(newList, ':scope > li:not(.more-below)');
  }
  // The control that had the keyboard keeps it. When it is gone (a new month after the summary, the board
  // after the briefing, an action taken in a dialog), the keyboard goes to the month's heading, never to
  // 结束本月: one Enter there would end a month nobody has played. Enter on the heading asks first while
  // 精力 is left (ui/Board.ts).
  overlay.tooltip.quietly(() => restoreFocus(overlay.screen, keep, keep ? 'board-month' : null));
  // With 精力 spent, the control pressed last is now unavailable, and Enter there would only say why (a
  // play-tester pressed it twice for 结束本月): the keyboard goes to the month's heading, where Enter ends
  // the month.
  const now = document.activeElement as HTMLElement | null;
  if (state.energy === 0 && now && overlay.screen.contains(now) && isUnavailable(now))
    overlay.tooltip.quietly(() => restoreFocus(overlay.screen, 'board-month', null));
}

/** What a mode's fall under the line at this month's end will do, in one sentence (warning and radar tip). */
function fallingText(f: ModeFall, state: GameState): string {
  const d = dict();
  const text = t('board.modeFalling', {
    mode: d.mode[f.mode],
    now: f.now,
    after: f.after,
    line: NEGLECTED,
    weak: d.modeWeak[f.mode],
  });
  // 自治 under the line holds satisfaction down at once: say how far, in the rules' own figure for this
  // month's end (a play-tester's satisfaction fell from 100 to 54 with only "自治 41→39" said before).
  const after = f.mode === 'autonomy' ? satisfactionDropAhead(state) : null;
  if (after === null) return text;
  return `${text}${t('ui.sep')}${t('board.satisfactionDrop', { now: state.satisfaction, after })}`;
}

/** A fall of satisfaction at the month end large enough for a mode's warning to quote it. */
const SATISFACTION_DROP_SAID = 5;

/** Satisfaction after this month's end when it falls by SATISFACTION_DROP_SAID or more, else null. */
function satisfactionDropAhead(state: GameState): number | null {
  const after = monthEndOutlookOf(state).satisfactionAfter;
  return after <= state.satisfaction - SATISFACTION_DROP_SAID ? after : null;
}

/**
 * On the line itself, not only in the badge's tooltip, what 自治's fall does to satisfaction at once: a
 * facilitator's play-test saw "▽ 月末将跌破 40：自 41→37", then 满意度 81 → 55 at the month end.
 */
function satisfactionDropSaid(falling: readonly ModeFall[], state: GameState): HTMLElement | null {
  const after = falling.some((f) => f.mode === 'autonomy') ? satisfactionDropAhead(state) : null;
  if (after === null) return null;
  return h(
    'span',
    { class: 'sat-drop', 'data-key': 'falling-satisfaction' },
    t('board.satisfactionDropShort', { now: state.satisfaction, after }),
  );
}

// ───────────────────────────── top bar ─────────────────────────────

function topBar(overlay: Overlay, state: GameState, names: Names, on: BoardHandlers): HTMLElement {
  return h(
    'header',
    { class: 'topbar' },
    on.menu
      ? h(
          'button',
          {
            type: 'button',
            class: 'board-menu',
            'data-key': 'board-menu',
            'aria-haspopup': 'dialog',
            onclick: () => on.menu?.(),
          },
          t('board.menu'),
        )
      : null,
    h('h1', { class: 'scenario-name', title: pick(state.scenario.title) }, pick(state.scenario.title)),
    h(
      'p',
      { class: 'month', 'data-key': 'board-month', tabindex: '-1' },
      t('board.month', { turn: state.turn, max: state.maxTurns }),
      // The ladder's level above 1 (the briefing named it; the board keeps saying it).
      state.level !== undefined && state.level > 1
        ? h('span', { class: 'board-level', 'data-key': 'board-level' }, ` · ${levelName(state.level)}`)
        : null,
    ),
    h(
      'ul',
      { class: 'chips' },
      chips(state).map((c) => h('li', null, chipButton(overlay, state, c, names))),
    ),
  );
}

function chipButton(overlay: Overlay, state: GameState, c: Chip, names: Names): HTMLElement {
  const d = dict();
  const name = d.metric[c.id];
  const arrow =
    c.delta > 0 ? t('metric.up', { n: c.delta }) : c.delta < 0 ? t('metric.down', { n: -c.delta }) : '';
  const label =
    c.id === 'energy'
      ? `${name} ${c.value} / ${c.max}`
      : `${name} ${c.value}${c.delta ? `${t('ui.comma')}${signed(c.delta)}` : ''}`;
  const b = h(
    'button',
    {
      type: 'button',
      class: `chip${c.danger ? ' danger' : ''}${c.worsening ? ' worsening' : ''}`,
      'data-key': `chip-${c.id}`,
      'data-tip-only': 'true',
      'aria-label': label,
    },
    h('span', { class: 'chip-name' }, name),
    h('span', { class: 'chip-value' }, String(c.value)),
    c.id === 'energy' ? h('span', { class: 'chip-max' }, `/${c.max}`) : null,
    arrow ? h('span', { class: `chip-delta${c.worsening ? ' worse' : ' better'}` }, arrow) : null,
  );
  overlay.tooltip.attach(b, () => {
    const heading = `${name} ${c.value}${c.delta ? ` ${signed(c.delta)}` : ''}`;
    if (c.id === 'energy') {
      const e = energyBreakdown(state);
      return [
        h('strong', { class: 'tip-head' }, heading),
        h('p', { class: 'tip-help' }, metricHelp('energy')),
        h('p', null, t('tip.energy', { base: e.base, lost: e.lostToBurden, spent: e.spent, left: e.left })),
        quoteBlock('burden-relief'),
      ];
    }
    return explainTarget(state, c.id, heading, metricHelp(c.id, state), names);
  });
  return b;
}

// ───────────────────────────── 五治 panel ─────────────────────────────

function modesPanel(
  overlay: Overlay,
  state: GameState,
  names: Names,
  view: ActionsView,
  on: BoardHandlers,
): HTMLElement {
  const d = dict();
  const mv = modesView(state);
  const panel = h('section', {
    class: 'panel modes-panel',
    'aria-labelledby': 'modes-h',
    style: box(LEFT_PANEL),
  });
  panel.append(h('h2', { id: 'modes-h', class: 'panel-title' }, d.ui['board.modes']));
  for (const l of mv.levels) {
    const p = radarPoint(l.mode, 100, 36);
    const b = h('button', {
      type: 'button',
      class: 'hotspot mode-spot',
      'data-key': `mode-${l.mode}`,
      'data-tip-only': 'true',
      'aria-label': `${d.mode[l.mode]} ${l.value}${l.neglected ? `${t('ui.comma')}${d.modeWeak[l.mode]}` : ''}`,
      style: spot(p.x - LEFT_PANEL.x, p.y - LEFT_PANEL.y, 30),
    });
    const fall = mv.falling.find((f) => f.mode === l.mode);
    overlay.tooltip.attach(b, () =>
      explainTarget(
        state,
        `modes.${l.mode}`,
        `${d.mode[l.mode]} ${l.value}`,
        l.neglected ? d.modeWeak[l.mode] : fall ? fallingText(fall, state) : null,
        names,
      ),
    );
    panel.append(b);
  }
  // Below the radar: the dent named in words, then the programmes taking the remaining height.
  const lower = h('div', {
    class: 'modes-lower',
    style: { top: `${RADAR.cy + RADAR.r + 56 - LEFT_PANEL.y}px` },
  });
  const warnings = h('div', { class: 'mode-warnings' });
  if (mv.neglected.length === 0)
    warnings.append(
      h(
        'p',
        { class: 'balanced' },
        t('board.balanced', { balance: t('board.balanceLabel', { balance: mv.balance }) }),
      ),
    );
  // Two short lines at most: the weak modes, then those this month's end takes under the line, each a
  // badge whose tip says what it does (as the radar's badges do). Whole sentences for four weak modes
  // (longer in English) did not fit above the programmes.
  const modeWarning = (mode: Mode, key: string, label: string, help: string, extra = '') => {
    const b = h(
      'button',
      {
        type: 'button',
        class: 'mode-warning',
        'data-key': key,
        'data-tip-only': 'true',
        'aria-label': `${label}${t('ui.comma')}${help}`,
      },
      modeBadge(mode, 'small'),
      extra ? ` ${extra}` : null,
    );
    overlay.tooltip.attach(b, () =>
      explainTarget(state, `modes.${mode}`, `${d.mode[mode]} ${state.modes[mode]}`, help, names),
    );
    return b;
  };
  if (mv.neglected.length > 0)
    warnings.append(
      h(
        'p',
        { class: 'warn mode-warning-line' },
        `▼ ${t('board.weakModes')} `,
        ...mv.neglected.map((m) => modeWarning(m, `weak-${m}`, d.mode[m], d.modeWeak[m])),
      ),
    );
  // The month before it bites: a mode this month's end takes under the line, and what that will do.
  if (mv.falling.length > 0)
    warnings.append(
      h(
        'p',
        { class: 'warn mode-warning-line', 'data-key': 'falling' },
        `▽ ${t('board.fallingModes', { line: NEGLECTED })} `,
        ...mv.falling.map((f) =>
          modeWarning(
            f.mode,
            `falling-${f.mode}`,
            d.mode[f.mode],
            fallingText(f, state),
            `${f.now}→${f.after}`,
          ),
        ),
        satisfactionDropSaid(mv.falling, state),
      ),
    );
  if (mv.overreachRisk) warnings.append(h('p', { class: 'warn' }, `▲ ${t('board.overreachRisk')}`));
  lower.append(warnings);
  const grid = h('div', { class: 'programmes', role: 'group', 'aria-label': t('board.programmes') });
  for (const p of PROGRAMMES) {
    const info = PROGRAMME[p];
    const b = h(
      'button',
      { type: 'button', class: 'action programme', 'data-key': `prog-${p}` },
      h('span', { class: 'action-main' }, modeBadge(info.mode, 'small'), ` ${d.programme[p]}`),
      h(
        'span',
        { class: 'action-sub' },
        priceText(state, { type: 'develop', programme: p }, info.cost, true),
      ),
    );
    applyAvailability(b, view.programmes[p]);
    const priceNote = smartPriceNote(state)
      ? `${priceText(state, { type: 'develop', programme: p }, info.cost)}${t('ui.sep')}${smartPriceNote(state)}`
      : null;
    overlay.tooltip.attach(b, () =>
      [
        h('strong', { class: 'tip-head' }, d.programme[p]),
        h('p', null, d.programmeHelp[p]),
        priceNote ? h('p', null, priceNote) : null,
        b.dataset.reason ? h('p', { class: 'warn' }, b.dataset.reason) : null,
        quoteBlock(info.concept),
      ].filter((x): x is HTMLElement => x !== null),
    );
    b.addEventListener('click', () => {
      if (isUnavailable(b)) on.refused(b.dataset.reason ?? '');
      else on.act({ type: 'develop', programme: p });
    });
    grid.append(b);
  }
  lower.append(grid);
  panel.append(lower);
  return panel;
}

// ───────────────────────────── the core and the five forces ─────────────────────────────

function graphTargets(overlay: Overlay, state: GameState, names: Names, host: DialogHost): HTMLElement {
  const d = dict();
  const wrap = h('div', {
    class: 'graph-targets',
    role: 'group',
    'aria-label': `${t('board.core')} · ${d.concept['five-forces'].name}`,
  });
  const core = h('button', {
    type: 'button',
    class: 'hotspot core-spot',
    'data-key': 'core',
    'aria-label': `${t('board.core')}${t('ui.colon')}${t('board.coreSub')}${t('ui.sentenceEnd')}${t('action.coordinate')}`,
    style: spot(GRAPH.cx, GRAPH.cy, GRAPH.coreR),
    onclick: () => coordinateDialog(host, []),
  });
  overlay.tooltip.attach(core, () => [
    h('strong', { class: 'tip-head' }, `${t('board.core')} · ${t('board.coreSub')}`),
    quoteBlock('one-core'),
    quoteBlock('coordination'),
  ]);
  wrap.append(core);
  for (const f of forcesView(state)) {
    const p = forcePosition(f.force, f.drift);
    const r = nodeRadius(f.capacity);
    const b = h('button', {
      type: 'button',
      class: 'hotspot force-spot',
      'data-key': `force-${f.force}`,
      'aria-label': `${t('board.forceLabel', {
        force: d.force[f.force],
        alignment: f.alignment,
        capacity: f.capacity,
        drift: f.drifting ? t('board.forceDrift') : '',
      })}${t('ui.sep')}${loadText(f)}`,
      style: spot(p.x, p.y, r + 4),
      onclick: () => coordinateDialog(host, [f.force]),
    });
    overlay.tooltip.attach(b, () => {
      const out = explainTarget(
        state,
        `forces.${f.force}`,
        `${d.force[f.force]} · ${d.forceRole[f.force]}${t('ui.colon')}${t('board.alignment', { n: f.alignment })} · ${t('board.capacity', { n: f.capacity })}`,
        f.drifting ? d.concept.fragmentation.name : null,
        names,
        true,
      );
      return out;
    });
    wrap.append(b, forceLoadLabel(f, p.x, p.y + r + 30));
  }
  return wrap;
}

// ───────────────────────────── concerns ─────────────────────────────

function concernsPanel(state: GameState, view: ActionsView, host: DialogHost): HTMLElement {
  const d = dict();
  const cv = concernsView(state);
  const list = h('ul', { class: 'concern-list' });
  if (cv.visible.length === 0) list.append(h('li', { class: 'empty' }, t('board.noConcerns')));
  for (const c of cv.visible) {
    const pct = Math.min(100, Math.round((c.progress * 100) / c.size));
    const outlook = cv.outlook.get(c.id)!;
    const urgent = outlook.due;
    const title = concernName(host, c);
    const label = `${d.concernKind[c.kind]}${t('ui.colon')}${title}${t('ui.sentenceEnd')}${t('board.needs')} ${c.needs.modes
      .map((m) => d.mode[m])
      .join(
        t('ui.and'),
      )}${t('ui.sep')}${c.needs.forces.map((f) => d.force[f]).join(t('ui.and'))}${t('ui.sentenceEnd')}${deadlineText(outlook)}${t('ui.comma')}${t(
      'board.progress',
      {
        progress: c.progress,
        size: c.size,
      },
    )}`;
    const b = h(
      'button',
      {
        type: 'button',
        class: `concern kind-${c.kind}${urgent ? ' urgent' : ''}`,
        'data-key': `concern-${c.id}`,
        'aria-label': `${t('action.respondTo', { title: label })}`,
      },
      h(
        'span',
        { class: 'concern-head' },
        h('span', { class: `kind kind-${c.kind}` }, d.concernKind[c.kind]),
        h('span', { class: 'concern-title' }, title),
      ),
      h(
        'span',
        { class: 'concern-needs' },
        `${t('board.needs')} `,
        c.needs.modes.map((m) => modeBadge(m, 'small')),
        h('span', { class: 'dot' }, '·'),
        c.needs.forces.map((f) => forceBadge(f, 'small')),
        h(
          'span',
          { class: `deadline${urgent ? ' warn' : ''}` },
          `${urgent ? '▲ ' : ''}${deadlineText(outlook)}`,
        ),
        c.escalations ? h('span', { class: 'warn' }, t('board.escalated', { n: c.escalations })) : null,
      ),
      h(
        'span',
        { class: 'progress', 'aria-hidden': 'true' },
        h('span', { class: 'progress-fill', style: { width: `${pct}%` } }),
      ),
    );
    applyAvailability(b, view.concerns[c.id] ?? { ok: false, reason: 'unknownConcern' });
    b.addEventListener('click', () => {
      if (isUnavailable(b)) host.overlay.announce(b.dataset.reason ?? '');
      else respondDialog(host, c.id);
    });
    list.append(h('li', null, b));
  }
  const foot = h('div', { class: 'concern-foot' });
  if (cv.hidden > 0)
    foot.append(
      h(
        'div',
        { class: 'hidden-concerns' },
        h('span', { class: 'hidden-count' }, `? ${t('board.hidden', { n: cv.hidden })}`),
        h('span', { class: 'hidden-help' }, t('board.hiddenHelp')),
      ),
    );
  foot.append(
    h(
      'p',
      { class: `forecast${cv.forecast.length ? ' warn' : ''}` },
      cv.forecast.length
        ? `▲ ${t('board.forecast', { list: cv.forecast.map((x) => pick(x)).join(t('ui.and')) })}`
        : t('board.noForecast'),
    ),
  );
  return h(
    'section',
    { class: 'panel concerns-panel', 'aria-labelledby': 'concerns-h', style: box(RIGHT_PANEL) },
    h(
      'h2',
      { id: 'concerns-h', class: 'panel-title' },
      t('board.concerns'),
      h('span', { class: 'count' }, ` ${cv.visible.length}`),
    ),
    list,
    foot,
  );
}

// ───────────────────────────── the action bar ─────────────────────────────

function actionBar(overlay: Overlay, view: ActionsView, host: DialogHost, on: BoardHandlers): HTMLElement {
  const button = (
    key: string,
    cls: string,
    main: string,
    sub: string,
    a: Availability,
    run: () => void,
    why?: string,
  ) => {
    const b = h(
      'button',
      { type: 'button', class: `action ${cls}`, 'data-key': key },
      h('span', { class: 'action-main' }, main),
      h('span', { class: 'action-sub' }, sub),
    );
    applyAvailability(b, a, why);
    b.addEventListener('click', () => {
      if (isUnavailable(b)) on.refused(b.dataset.reason ?? '');
      else run();
    });
    return b;
  };
  const coordinate = button(
    'act-coordinate',
    'coordinate',
    t('action.coordinate'),
    `${t('action.coordinateSub')} · ${costText(coordinateCost(1))}+`,
    view.coordinate,
    () => coordinateDialog(host, []),
  );
  overlay.tooltip.attach(coordinate, () => [
    h('strong', { class: 'tip-head' }, t('action.coordinate')),
    h('p', null, coordinateHelp()),
    quoteBlock('coordination'),
  ]);
  const end = h(
    'button',
    { type: 'button', class: 'action end-month', 'data-key': 'act-endMonth' },
    h('span', { class: 'action-main' }, t('action.endMonth')),
    h('span', { class: 'action-sub' }, t('action.endMonthKey')),
  );
  applyAvailability(end, view.endMonth);
  end.addEventListener('click', () => {
    closeDialog();
    if (isUnavailable(end)) on.refused(end.dataset.reason ?? '');
    else on.act({ type: 'endMonth' });
  });
  return h(
    'nav',
    { class: 'action-bar', 'aria-label': t('board.actions'), style: box(BOTTOM_BAR) },
    coordinate,
    button(
      'act-respond',
      'respond',
      t('action.respond'),
      `${t('action.respondSub')} · ${costText(RESPOND_COST)}`,
      view.respond,
      () => respondDialog(host, null),
      view.respond.reason === 'unknownConcern' ? t('board.nothingToAnswer') : undefined,
    ),
    button(
      'act-strengthen',
      'strengthen',
      t('action.strengthen'),
      t('action.strengthenSub'),
      view.strengthen,
      () => strengthenDialog(host),
    ),
    button('act-reform', 'reform', t('action.reform'), t('action.reformSub'), view.reform, () =>
      reformDialog(host),
    ),
    button(
      'act-clearBurden',
      'clear-burden',
      t('action.clearBurden'),
      `${t('action.clearBurdenSub')} · ${costText(CLEAR_BURDEN_COST)}`,
      view.clearBurden,
      () => on.act({ type: 'clearBurden' }),
    ),
    h('span', { class: 'spacer' }),
    end,
  );
}

// ───────────────────────────── geometry helpers ─────────────────────────────

function box(b: Box): Record<string, string> {
  return { left: `${b.x}px`, top: `${b.y}px`, width: `${b.w}px`, height: `${b.h}px` };
}

function spot(x: number, y: number, r: number): Record<string, string> {
  return { left: `${x - r}px`, top: `${y - r}px`, width: `${2 * r}px`, height: `${2 * r}px` };
}
