// The scenario briefing: background, objectives, learning points with the lecture's words.

import { hasFinished } from '../app/challenge';
import { type ConceptId, PACE_UNIT, type Scenario, termPace } from '../core';
import { dict, pick, t } from '../i18n';
import { lecturePassage, objectiveText, quoted } from '../view';
import { pageStorage } from './challengeEntry';
import { quoteBlock } from './explain';
import { h } from './h';
import { howtoOffer } from './howto';
import { loadNameFont } from './nameFont';
import type { Overlay } from './overlay';

/** A challenge game's briefing also shows its code and the team (./challengeEntry.ts started it). */
export interface BriefingChallenge {
  /** '' for a game with only a shorter term (a new seed after a challenge). */
  code: string;
  team: string;
  months: number;
}

export interface BriefingHandlers {
  start(): void;
  back(): void;
}

export function renderBriefing(
  overlay: Overlay,
  scenario: Scenario,
  seed: string,
  on: BriefingHandlers,
  challenge?: BriefingChallenge,
): void {
  const root = overlay.show('briefing');
  const d = dict();
  const start = h(
    'button',
    {
      type: 'button',
      class: 'menu-button primary start-button',
      'data-key': 'start',
      onclick: () => on.start(),
    },
    t('briefing.start'),
  );
  root.append(
    h(
      'article',
      { class: 'briefing longtext', 'aria-labelledby': 'briefing-title' },
      h('p', { class: 'eyebrow' }, t('briefing.heading')),
      h('h1', { id: 'briefing-title' }, pick(scenario.title)),
      h(
        'p',
        { class: 'challenge-line' },
        t('briefing.challenge', {
          scenario: pick(scenario.title),
          seed,
          months: challenge?.months ?? scenario.months,
        }),
      ),
      challenge?.code ? challengeLine(challenge) : null,
      shortTermLine(scenario, challenge?.months ?? scenario.months),
      h(
        'div',
        { class: 'briefing-columns' },
        h(
          'section',
          { 'aria-labelledby': 'bg-h' },
          h('h2', { id: 'bg-h' }, t('briefing.background')),
          ...pick(scenario.background)
            .split(/\n+/)
            .map((p) => h('p', null, p)),
          h('h2', { id: 'obj-h' }, t('briefing.objectives')),
          h(
            'ul',
            { class: 'objectives', 'aria-labelledby': 'obj-h' },
            scenario.objectives.map((o) => h('li', null, objectiveText(o))),
          ),
        ),
        h(
          'section',
          { 'aria-labelledby': 'lp-h' },
          h('h2', { id: 'lp-h' }, t('briefing.learning')),
          h(
            'ol',
            { class: 'learning-points' },
            scenario.learningPoints.map((lp) =>
              h(
                'li',
                null,
                h('strong', null, d.concept[lp.concept].name),
                h('p', null, pick(lp.text)),
                lp.quote ? lectureQuote(lp.quote, lp.concept) : quoteBlock(lp.concept),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'briefing-actions' },
      h(
        'button',
        { type: 'button', class: 'text-button', 'data-key': 'back', onclick: () => on.back() },
        t('briefing.back'),
      ),
      howtoOffer(overlay),
      start,
    ),
  );
  start.focus();
}

function challengeLine(c: BriefingChallenge): HTMLElement {
  if (c.team) void loadNameFont();
  return h(
    'p',
    { class: 'challenge-line', 'data-key': 'briefing-code' },
    t('result.challenge', { code: c.code }),
    c.team ? ` · ${t('result.team', { team: c.team })}` : '',
    c.team && hasFinished(pageStorage(), c.code, c.team) ? ` · ${t('entry.practice')}` : '',
  );
}

/** The scenario's own lecture passage (verbatim Chinese), credited to its principle. */
export function lectureQuote(quote: string, concept: ConceptId): HTMLElement {
  const passage = lecturePassage(quote);
  return h(
    'blockquote',
    { class: 'quote' },
    h('span', { class: 'quote-text', lang: passage.lang }, quoted(passage.text)),
    h('cite', null, `— ${dict().concept[concept].name}`),
  );
}

/** A term shorter than the scenario's story compresses it (src/core/pace.ts): the briefing says so. */
function shortTermLine(scenario: Scenario, months: number): HTMLElement | null {
  if (months >= scenario.months) return null;
  const pace = termPace({ scenario, maxTurns: months }) / PACE_UNIT;
  return h(
    'p',
    { class: 'short-term' },
    t('briefing.shortTerm', { months, full: scenario.months, pace: String(Math.round(pace * 10) / 10) }),
  );
}
