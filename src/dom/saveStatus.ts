// What the player is told about the save, on every screen, until it is resolved: a write that failed
// (with what to do: free space, or download the game as a replay file `npm run verify` accepts),
// a resumed save that is older than where the game had got, and a game another tab went on with
// (this tab turns read-only until the player takes it over here). Also the title's refusal texts.
import type { GameStore, SaveProblem } from '../app/store';
import { onLangChange, t } from '../i18n';
import { h } from './h';
import type { Overlay } from './overlay';

/** The sentence for a save that cannot be resumed. */
export function saveProblemText(p: SaveProblem): string {
  switch (p.code) {
    case 'damaged':
      return t('save.damaged', { detail: p.detail });
    case 'otherRules':
      return t('save.otherRules', { saved: p.saved, current: p.current });
    case 'unknownScenario':
      return t('save.unknownScenario', { id: p.id });
    case 'tampered':
      return t('save.tampered', { detail: p.detail });
    case 'legacy':
      return t('save.legacy');
  }
}

/** The file name a downloaded game gets: scenario, seed and month, safe on every file system. */
export function replayFileName(store: GameStore): string {
  const s = store.state;
  const part = (x: string) => x.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 40);
  return s ? `community-secretary-${part(s.scenarioId)}-${part(s.seed)}-m${s.turn}.json` : 'replay.json';
}

/** Offers the game so far as a replay file (a same-origin blob: URL; nothing leaves the page). */
export function downloadReplay(store: GameStore): boolean {
  const text = store.replayText();
  if (!text) return false;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: replayFileName(store), style: { display: 'none' } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/**
 * Shows the save's status on every screen, and keeps it in step with the store. The notice is a bar
 * docked at the bottom of the window, outside the game: the game's area shrinks by the bar's height
 * (CSS `--save-bar-height`), the canvas and its HTML layer scale down into what is left, so the notice
 * never covers the top bar or any control. `relayout` is called after the bar changed height (the page
 * re-fits the canvas then).
 */
export function mountSaveStatus(overlay: Overlay, store: GameStore, relayout: () => void = () => {}): void {
  // Dims a read-only game (its controls are inert) without hiding it.
  const cover = h('div', { class: 'save-cover', 'data-key': 'save-cover', hidden: true });
  const bar = h('div', {
    class: 'save-status',
    'data-key': 'save-status',
    role: 'region',
    hidden: true,
  });
  overlay.root.append(cover);
  document.body.append(bar);
  let height = -1;
  const dock = () => {
    const next = bar.hidden ? 0 : Math.ceil(bar.getBoundingClientRect().height);
    if (next === height) return;
    height = next;
    document.documentElement.style.setProperty('--save-bar-height', `${next}px`);
    relayout();
  };
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(dock).observe(bar);
  const button = (key: string, label: string, onclick: () => void, primary = false) =>
    h(
      'button',
      { type: 'button', class: `save-button${primary ? ' primary' : ''}`, 'data-key': key, onclick },
      label,
    );
  const ROW = { class: 'save-actions' };
  let shownProblem: string | null = null;

  const render = () => {
    const parts: HTMLElement[] = [];
    const health = store.health;
    const readOnly = store.ownership === 'elsewhere' && store.state !== null;
    if (readOnly) {
      parts.push(
        h(
          'div',
          { class: 'save-notice', role: 'alert', 'data-key': 'save-elsewhere' },
          h('strong', null, t('save.elsewhereTitle')),
          h('p', null, t('save.elsewhere')),
          shownProblem ? h('p', null, shownProblem) : null,
          h(
            'div',
            ROW,
            button(
              'save-take-over',
              t('save.takeOver'),
              () => {
                const r = store.takeOver();
                shownProblem = r.ok || r.empty ? null : saveProblemText(r.problem);
                render();
              },
              true,
            ),
          ),
        ),
      );
    }
    if (health.kind === 'failed' && store.state) {
      parts.push(
        h(
          'div',
          { class: 'save-notice', role: 'alert', 'data-key': 'save-failed' },
          h('strong', null, t('save.failedTitle', { turn: health.since })),
          h('p', null, t(health.reason === 'full' ? 'save.failedFull' : 'save.failedUnavailable')),
          h(
            'div',
            ROW,
            button('save-download', t('save.download'), () => downloadReplay(store), true),
            button('save-retry', t('save.retry'), () => {
              store.retrySave();
              render();
            }),
          ),
        ),
      );
    }
    const behind = store.behind;
    if (behind) {
      parts.push(
        h(
          'div',
          { class: 'save-notice', role: 'alert', 'data-key': 'save-behind' },
          h('strong', null, t('save.behindTitle')),
          h(
            'p',
            null,
            behind.savedTurn === 0
              ? t('save.lost', { reached: behind.reachedTurn })
              : t('save.behind', {
                  saved: behind.savedTurn,
                  reached: behind.reachedTurn,
                  missing: behind.missing,
                }),
          ),
          h(
            'div',
            ROW,
            button('save-behind-ok', t('save.behindOk'), () => store.dismissBehind()),
          ),
        ),
      );
    }
    bar.setAttribute('aria-label', t('save.region'));
    bar.replaceChildren(...parts);
    bar.hidden = parts.length === 0;
    cover.hidden = !readOnly;
    // A read-only game must not take clicks or keys below the notice.
    overlay.screen.inert = readOnly;
    overlay.modal.inert = readOnly;
    dock();
  };
  store.onStatus(render);
  store.subscribe(() => render());
  onLangChange(render);
  render();
}
