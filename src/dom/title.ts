// The title screen: continue, new game (choose a scenario), enter a challenge code.

import type { ChallengeStart } from '../app/challenge';
import { MAX_SLOTS } from '../app/slots';
import type { SaveProblem } from '../app/store';
import { normaliseSeed } from '../codes/seed';
import type { Scenario, Text } from '../core';
import { pick, t } from '../i18n';
import { type EntryState, renderChallengeEntry } from './challengeEntry';
import { type DailyView, dailyButton, levelChoice } from './daily';
import { h } from './h';
import { openHowto } from './howto';
import { moreBelow } from './moreBelow';
import { loadNameFont } from './nameFont';
import type { Overlay } from './overlay';
import { saveProblemText } from './saveStatus';
import { renderSaves, type SavesHandlers, type SavesView } from './saves';

export type SaveStatus =
  | { kind: 'none' }
  /** `finished`: the term saved last is over; 继续 then opens its debrief and says so. */
  | { kind: 'ok'; scenario: Text; turn: number; max: number; finished?: boolean }
  | { kind: 'refused'; problem: SaveProblem };

export type TitleMode = 'menu' | 'scenarios' | 'challenge' | 'saves';

export interface TitleView {
  mode: TitleMode;
  /** Scenario files that failed validation (left out of the list), one line each. */
  scenarioErrors: readonly string[];
  save: SaveStatus;
  scenarios: readonly Scenario[];
  /** The challenge-code entry (./challengeEntry.ts). */
  challenge: EntryState;
  /** Today's challenge (issue 12): its button on the menu. */
  daily?: DailyView;
  /** The ladder's level a new game is played at (a challenge code carries its own). */
  level?: number;
  /** Named saves (src/dom/saves.ts): the list, and the term a new game would replace (all slots taken). */
  saves?: { view: SavesView; on: SavesHandlers; replaces: { scenario: Text; turn: number } | null };
  /** A line from the screen before (a term just abandoned), shown atop the menu. */
  notice?: string | null;
}

export interface TitleHandlers {
  setMode(mode: TitleMode): void;
  continueGame(): void;
  choose(scenarioId: string, seed: string | null): void;
  startChallenge(challenge: ChallengeStart): void;
  daily?(): void;
  setLevel?(level: number): void;
  openHistory(): void;
}

/** The seed a challenge code can carry, normalised as src/codes does it (so "PEIXUN" is "peixun"), or null
 * when it is refused (empty, too long, or a character outside a-z, 0-9 and "-"). */
export function challengeSeed(input: string): string | null {
  const r = normaliseSeed(input);
  return r.ok ? r.seed : null;
}

export function renderTitle(overlay: Overlay, view: TitleView, on: TitleHandlers): void {
  const root = overlay.show('title');
  // Typed names (a team, a save's name) may need the names face.
  if (view.mode === 'challenge' || (view.saves?.view.slots.length ?? 0) > 0) void loadNameFont();
  const panel = h('div', { class: 'title-panel' });
  root.append(
    h('h1', { class: 'sr-only' }, `${t('app.title')} · ${t('app.subtitle')}`),
    h('p', { class: 'title-tagline' }, t('title.tagline')),
    panel,
  );
  if (view.mode === 'menu') menu(panel, view, on, () => openHowto(overlay));
  else if (view.mode === 'scenarios') scenarioList(panel, view, on);
  else if (view.mode === 'saves' && view.saves) {
    renderSaves(panel, view.saves.view, view.saves.on);
    panel.append(backButton(on));
  } else challengeForm(panel, view, on);
  // The menu's buttons, the scenarios, the saves and the way back: what a cut-off panel can hide.
  moreBelow(panel, '.menu-button, .scenario-button, .save-item, :scope > .text-button');
}

function menu(panel: HTMLElement, view: TitleView, on: TitleHandlers, howto: () => void): void {
  if (view.notice)
    panel.append(h('p', { class: 'panel-help', role: 'status', 'data-key': 'title-notice' }, view.notice));
  if (view.save.kind === 'refused') {
    panel.append(
      h(
        'div',
        { class: 'alert', role: 'alert' },
        h('strong', null, t('title.saveRefused')),
        h('p', null, saveProblemText(view.save.problem)),
        h('p', null, t('title.freshStartHint')),
      ),
    );
  }
  if (view.save.kind === 'ok') {
    const s = view.save;
    panel.append(
      h(
        'button',
        {
          type: 'button',
          class: 'menu-button primary',
          'data-key': 'continue',
          onclick: () => on.continueGame(),
        },
        h('span', { class: 'menu-main' }, s.finished ? t('title.lastDebrief') : t('title.continue')),
        h(
          'span',
          { class: 'menu-sub' },
          s.finished
            ? t('title.lastDebriefDetail', { scenario: pick(s.scenario) })
            : t('title.continueDetail', { scenario: pick(s.scenario), turn: s.turn, max: s.max }),
        ),
      ),
    );
  }
  const saves = view.saves?.view.slots.length ?? 0;
  if (saves > 1)
    panel.append(
      h(
        'button',
        { type: 'button', class: 'menu-button', 'data-key': 'saves', onclick: () => on.setMode('saves') },
        h('span', { class: 'menu-main' }, t('saves.titleButton', { n: saves })),
        h('span', { class: 'menu-sub' }, t('saves.titleButtonSub')),
      ),
    );
  panel.append(
    h(
      'button',
      {
        type: 'button',
        class: `menu-button${view.save.kind === 'ok' ? '' : ' primary'}`,
        'data-key': 'new',
        onclick: () => on.setMode('scenarios'),
      },
      h('span', { class: 'menu-main' }, t('title.newGame')),
      view.save.kind === 'refused' ? h('span', { class: 'menu-sub' }, t('title.freshStart')) : null,
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'menu-button',
        'data-key': 'challenge',
        onclick: () => on.setMode('challenge'),
      },
      h('span', { class: 'menu-main' }, t('title.challenge')),
      h('span', { class: 'menu-sub' }, t('title.challengeHelp')),
    ),
    h(
      'button',
      { type: 'button', class: 'menu-button', 'data-key': 'history', onclick: () => on.openHistory() },
      h('span', { class: 'menu-main' }, t('hist.titleButton')),
      h('span', { class: 'menu-sub', 'data-key': 'title-best' }, t('hist.titleButtonSub')),
    ),
    h(
      'button',
      { type: 'button', class: 'menu-button', 'data-key': 'howto', onclick: howto },
      h('span', { class: 'menu-main' }, t('howto.title')),
      h('span', { class: 'menu-sub' }, t('howto.titleSub')),
    ),
    // The facilitator's view is its own chunk: main.ts loads it when the hash names it.
    h(
      'button',
      {
        type: 'button',
        class: 'menu-button',
        'data-key': 'facilitator',
        onclick: () => {
          location.hash = 'facilitator';
        },
      },
      h('span', { class: 'menu-main' }, t('title.facilitator')),
    ),
  );
  if (view.daily && on.daily) panel.append(dailyButton(view.daily, on.daily));
}

/** One autosave: say so before a new game replaces the one in progress. */
function replacesSave(panel: HTMLElement, view: TitleView): void {
  if (view.saves) {
    // Named saves: a new game replaces a term only when every slot is taken.
    const r = view.saves.replaces;
    if (r)
      panel.append(
        h(
          'p',
          { class: 'panel-help warn', role: 'note' },
          t('saves.full', { max: MAX_SLOTS, scenario: pick(r.scenario), turn: r.turn }),
        ),
      );
    return;
  }
  if (view.save.kind !== 'ok') return;
  const s = view.save;
  panel.append(
    h(
      'p',
      { class: 'panel-help warn', role: 'note' },
      t('title.replacesSave', { scenario: pick(s.scenario), turn: s.turn }),
    ),
  );
}

function scenarioList(panel: HTMLElement, view: TitleView, on: TitleHandlers): void {
  panel.classList.add('wide');
  // 返回 beside the heading: at the list's end it was below the fold on a 1366×768 laptop.
  panel.append(
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { class: 'panel-title' }, t('title.chooseScenario')),
      backButton(on),
    ),
  );
  replacesSave(panel, view);
  if (view.level !== undefined && on.setLevel) panel.append(levelChoice(view.level, on.setLevel));
  if (view.scenarios.length === 0) panel.append(h('p', { role: 'alert' }, t('title.noScenarios')));
  const list = h('ul', { class: 'scenario-list' });
  for (const s of view.scenarios) {
    list.append(
      h(
        'li',
        null,
        h(
          'button',
          {
            type: 'button',
            class: 'scenario-button',
            'data-key': `scenario-${s.id}`,
            onclick: () => on.choose(s.id, null),
          },
          h('span', { class: 'scenario-title' }, pick(s.title)),
          h(
            'span',
            { class: 'scenario-meta' },
            `${t('title.months', { n: s.months })} · ${t('title.difficulty', { n: s.difficulty })}`,
            // The easiest scenario is where a first game belongs: said, not left to the order.
            s === view.scenarios[0] ? h('span', { class: 'scenario-starter' }, t('title.starter')) : null,
          ),
          h('span', { class: 'scenario-blurb' }, firstSentence(pick(s.background))),
        ),
      ),
    );
  }
  panel.append(list);
  if (view.scenarioErrors.length)
    panel.append(
      h(
        'div',
        { class: 'alert', role: 'status' },
        h('strong', null, t('title.scenarioErrors')),
        h(
          'ul',
          { class: 'scenario-errors' },
          view.scenarioErrors.map((e) => h('li', { lang: 'en' }, e)),
        ),
      ),
    );
}

function challengeForm(panel: HTMLElement, view: TitleView, on: TitleHandlers): void {
  panel.append(
    h('h2', { class: 'panel-title' }, t('title.challenge')),
    h('p', { class: 'panel-help' }, t('title.challengeHelp')),
  );
  replacesSave(panel, view);
  const entry = h('div', { class: 'challenge-entry' });
  panel.append(entry, backButton(on));
  renderChallengeEntry(entry, view.challenge, {
    scenarios: view.scenarios,
    start: (c) => on.startChallenge(c),
  });
}

function backButton(on: TitleHandlers): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'text-button', 'data-key': 'back', onclick: () => on.setMode('menu') },
    t('title.back'),
  );
}

function firstSentence(text: string): string {
  const m = /^[^。.!?！？]*[。.!?！？]?/.exec(text);
  const s = m?.[0] ?? text;
  return s.length > 90 ? `${s.slice(0, 88)}…` : s;
}
