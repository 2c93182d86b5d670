// "You are ready for the next level — start": the ladder's nudge on the title and the debrief, read
// from the run history by the rule in src/view/readiness.ts. Silent when the player is not ready, at
// the top level, or when the history cannot be read.
import { history } from '../app/history';
import type { Scenario } from '../core';
import { pick, t } from '../i18n';
import { readiness } from '../view/readiness';
import { levelName } from './daily';
import { h } from './h';
import './player.css';
import { termRows } from './history';

/**
 * Appends the note (with its start button) to `host` when the history says the player is ready to
 * step up from `level`. `scenarioId`: the scenario to step up on (the debrief's); absent, the one
 * the rule names (the latest qualifying term's). Returns whether it showed.
 */
export async function showReadiness(
  host: HTMLElement,
  level: number,
  scenarios: readonly Scenario[],
  start: (scenarioId: string, level: number) => void,
  scenarioId?: string,
): Promise<boolean> {
  const kept = history();
  if (!kept) return false;
  const load = await kept.load();
  const r = readiness(termRows(load.entries), level);
  if (!r.ready || !host.isConnected) return false;
  const scenario = scenarios.find((s) => s.id === (scenarioId ?? r.scenarioId));
  if (!scenario) return false;
  host.querySelector('[data-key="ready-note"]')?.remove();
  const name = levelName(r.next);
  host.append(
    h(
      'div',
      { class: 'ready-note', role: 'status', 'data-key': 'ready-note', 'data-level': r.next },
      h('p', null, t('ready.note', { level: name })),
      h('p', { class: 'ready-why' }, t('ready.why', { good: r.good, looked: r.looked })),
      h(
        'button',
        {
          type: 'button',
          class: 'menu-button primary',
          'data-key': 'ready-start',
          onclick: () => start(scenario.id, r.next),
        },
        t('ready.start', { level: name, scenario: pick(scenario.title) }),
      ),
    ),
  );
  return true;
}

/** The debrief's place for the note: right under the rating, before the result panel. */
export function debriefReadiness(
  screen: HTMLElement,
  level: number,
  scenarios: readonly Scenario[],
  scenarioId: string,
  start: (scenarioId: string, level: number) => void,
): void {
  const head = screen.querySelector('.debrief-head');
  if (!head) return;
  const slot = h('div', { class: 'ready-slot' });
  head.after(slot);
  void showReadiness(slot, level, scenarios, start, scenarioId).then((shown) => {
    if (!shown) slot.remove();
  });
}

/** The title's place for the note: the top of the menu, where it is seen without scrolling. */
export function titleReadiness(
  panel: HTMLElement,
  level: number,
  scenarios: readonly Scenario[],
  start: (scenarioId: string, level: number) => void,
): void {
  const slot = h('div', { class: 'ready-slot' });
  panel.prepend(slot);
  void showReadiness(slot, level, scenarios, start).then((shown) => {
    if (!shown) slot.remove();
  });
}
