// Debrief: the 考核 — rating, score, the months, the turning points and the questions to discuss.
import * as Phaser from 'phaser';
import { sameChallenge } from '../app/challenge';
import { app } from '../app/context';
import { dailyOf, storeLevel } from '../app/dailyRun';
import { currentFork, endFork } from '../app/fork';
import { pageStorage } from '../app/slots';
import type { GameStore } from '../app/store';
import type { GameState } from '../core';
import { renderDebrief } from '../dom/debrief';
import { h } from '../dom/h';
import { showDebriefBest } from '../dom/history';
import { debriefReadiness } from '../dom/readiness';
import { t } from '../i18n';
import { hexToInt, LINE, PANEL } from '../view';
import { designCamera, markDrawn, onLanguage } from './sceneKit';
import { randomSeed } from './seed';

/** The result panel, loaded with its encoder and QR only when a debrief shows (not with the first board). */
function resultSlot(store: GameStore, state: GameState): HTMLElement {
  const slot = h('section', { class: 'result-panel', 'aria-busy': 'true' });
  void import('../dom/resultPanel').then(
    ({ resultPanel }) => slot.replaceWith(resultPanel(store, state)),
    () => {
      slot.setAttribute('aria-busy', 'false');
      slot.textContent = t('load.failed');
    },
  );
  return slot;
}

export class Debrief extends Phaser.Scene {
  /** A past term re-opened from the history (read-only, in memory), or null for the game just played. */
  private review: GameStore | null = null;

  constructor() {
    super('Debrief');
  }

  init(data?: { review?: GameStore }): void {
    this.review = data?.review ?? null;
  }

  create(): void {
    designCamera(this);
    const { overlay } = app();
    const store = this.review ?? app().store;
    const reviewing = this.review !== null;
    // A fork (played on from a reviewed month, in memory): its score beside the original's.
    const fork = currentFork();
    const state = store.state;
    if (!state) {
      this.scene.start('Title');
      return;
    }
    const g = this.add.graphics();
    g.fillStyle(hexToInt(PANEL), 1);
    g.fillRoundedRect(40, 30, 1840, 1020, 18);
    g.lineStyle(2, hexToInt(LINE), 1);
    g.strokeRoundedRect(40, 30, 1840, 1020, 18);
    // A team's challenge: "again" plays the same challenge (practice); a new seed is its own button.
    const same = store.team ? sameChallenge(state, store.team) : null;
    const fresh = () =>
      this.scene.start('Briefing', {
        scenarioId: state.scenarioId,
        seed: randomSeed(),
        ...(same?.months === undefined ? {} : { months: same.months }),
        ...(state.level === undefined ? {} : { level: state.level }),
      });
    const sameSeed = () =>
      this.scene.start('Briefing', {
        scenarioId: state.scenarioId,
        seed: state.seed,
        months: state.maxTurns,
        ...(state.level === undefined ? {} : { level: state.level }),
        // A daily challenge's first finished try is its day's; this one is practice.
        ...(dailyOf(
          state,
          app().scenarios.map((x) => x.id),
        )
          ? { practice: true }
          : {}),
      });
    const draw = () =>
      renderDebrief(
        overlay,
        state,
        store.actions.length,
        store,
        {
          again: () => (fork ? fork.again() : same ? this.scene.start('Briefing', same) : fresh()),
          home: () => {
            if (fork) {
              endFork();
              fork.back();
            } else this.scene.start(reviewing ? 'History' : 'Title');
          },
        },
        {
          // A fork's game is nobody's result to hand in: no result code for it.
          ...(fork ? {} : { panel: resultSlot(store, state) }),
          ...(same
            ? {
                againLabel: t('result.againChallenge'),
                actions: [
                  h(
                    'button',
                    { type: 'button', class: 'menu-button', 'data-key': 'again-new-seed', onclick: fresh },
                    t('result.newSeed'),
                  ),
                ],
              }
            : fork
              ? {}
              : {
                  // Solo practice: the same term again (same scenario, seed, term and level), to beat the
                  // best the history keeps for it; 再玩一局 stays a fresh seed.
                  actions: [
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'menu-button',
                        'data-key': 'again-same-seed',
                        onclick: sameSeed,
                      },
                      t('debrief.againSame'),
                    ),
                  ],
                }),
        },
        store.actions,
      );
    const drawAll = () => {
      draw();
      const home = overlay.screen.querySelector('[data-key="home"]');
      if (reviewing && home) home.textContent = t('hist.backToHistory');
      if (fork) {
        if (home) home.textContent = t('fork.back');
        const again = overlay.screen.querySelector('[data-key="again"]');
        if (again) again.textContent = t('fork.again', { turn: fork.turn });
        overlay.screen.querySelector('.challenge-line')?.after(
          h(
            'p',
            { class: 'fork-compare', 'data-key': 'fork-compare' },
            t('fork.compare', {
              original: fork.originalScore ?? '—',
              fork: state.assessment?.score ?? '—',
            }),
          ),
          h(
            'p',
            { class: 'fork-compare-detail' },
            t(fork.by === 'par' ? 'fork.byPar' : 'fork.byYou', { turn: fork.turn }),
          ),
        );
        // 每月决策: each month says whose it was, the original game's or the fork's (par, or the player).
        for (const li of overlay.screen.querySelectorAll<HTMLElement>('.timeline-month')) {
          const own = Number(li.dataset.turn) >= fork.turn;
          li.querySelector('.timeline-turn')?.append(
            h(
              'span',
              { class: `timeline-who${own ? ' fork' : ''}`, 'data-key': 'timeline-who' },
              own ? t(fork.by === 'par' ? 'fork.monthPar' : 'fork.monthYou') : t('fork.monthOriginal'),
            ),
          );
        }
      } else {
        void showDebriefBest(overlay.screen, state, reviewing);
        // The ladder's nudge (src/view/readiness.ts): ready for the next level, on this scenario.
        if (!reviewing)
          debriefReadiness(
            overlay.screen,
            state.level ?? 1,
            app().scenarios,
            state.scenarioId,
            (id, level) => {
              storeLevel(pageStorage(), level);
              this.scene.start('Briefing', { scenarioId: id, seed: randomSeed(), level });
            },
          );
      }
    };
    drawAll();
    onLanguage(this, drawAll);
    markDrawn(this);
  }
}
