// The debrief: rating and score, the months as charts, the turning points with their causes and the
// lecture passage behind each, the discussion questions. Printable (see the print stylesheet).
import {
  type Action,
  type ConceptId,
  FORCES,
  type GameState,
  MODES,
  objectiveCredit,
  objectiveValue,
  SCORE_MAX,
  type ScoringWeights,
  stateHash,
  weightedScore,
} from '../core';
import { dict, pick, signed, t } from '../i18n';
import {
  CHART_ALIGNMENT_COLOUR,
  causeText,
  chartSeries,
  costliestPart,
  INK,
  lossLine,
  MODE_COLOUR,
  type Names,
  OI,
  objectiveText,
  type ScorePart,
  turningPoints,
  turningPointTitle,
} from '../view';
import { lectureQuote } from './briefing';
import { lineChart } from './charts';
import { divergenceSection, parBesideScore, playerMonths, timelineSection } from './debriefPlay';
import { quoteBlock } from './explain';
import { h } from './h';
import type { Overlay } from './overlay';

export interface DebriefHandlers {
  again(): void;
  home(): void;
}

/** What a challenge game adds (./resultPanel.ts): the result-code panel, and how "again" reads. */
export interface DebriefExtras {
  /** Shown right under the rating. */
  panel?: HTMLElement;
  /** The label of the "again" button (a challenge replays the same challenge, as practice). */
  againLabel?: string;
  /** More buttons, before "again". */
  actions?: HTMLElement[];
}

const DASHES = ['', '10 6', '3 5', '14 4 3 4', '6 3'];

export function renderDebrief(
  overlay: Overlay,
  state: GameState,
  actionCount: number,
  names: Names,
  on: DebriefHandlers,
  extras: DebriefExtras = {},
  /** The game's actions: the timeline and par's divergence are read from them. */
  moves: readonly Action[] = [],
): void {
  const root = overlay.show('debrief');
  const d = dict();
  const a = state.assessment;
  const sc = state.scenario;
  const article = h('article', { class: 'debrief longtext', 'aria-labelledby': 'debrief-h' });
  // Rating and score.
  const head = h(
    'header',
    { class: 'debrief-head' },
    h(
      'div',
      null,
      h('p', { class: 'eyebrow' }, t('debrief.heading')),
      h('h1', { id: 'debrief-h' }, pick(sc.title)),
      h(
        'p',
        { class: 'challenge-line' },
        t('debrief.scenario', { scenario: pick(sc.title), seed: state.seed, months: state.maxTurns }),
      ),
      lossLine(state) ? h('p', { class: 'warn loss', role: 'note' }, lossLine(state)) : null,
    ),
    a
      ? h(
          'div',
          { class: `rating rating-${a.rating}` },
          h('span', { class: 'rating-label' }, t('debrief.rating')),
          h('span', { class: 'rating-word' }, d.rating[a.rating]),
          h('span', { class: 'rating-score' }, t('debrief.score', { score: a.score, max: SCORE_MAX })),
          parBesideScore(state, moves, a.score),
        )
      : // Only a term given up before its end has no assessment (re-opened from the history).
        h(
          'p',
          { class: 'warn', 'data-key': 'debrief-unfinished' },
          t('debrief.unfinished', { turn: state.turn }),
        ),
  );
  article.append(head);
  if (extras.panel) article.append(extras.panel);
  if (a) {
    const parts = Object.keys(a.parts) as (keyof ScoringWeights)[];
    // The parts' sum (the core's): shown beside the score when a lost term was scored below it.
    const total = weightedScore(a.parts, sc.scoring);
    article.append(
      h(
        'section',
        { class: 'debrief-parts', 'aria-labelledby': 'parts-h' },
        h('h2', { id: 'parts-h' }, t('debrief.parts')),
        h(
          'ul',
          { class: 'parts' },
          parts.map((k) =>
            h(
              'li',
              null,
              h('span', { class: 'part-name' }, d.scorePart[k]),
              h(
                'span',
                { class: 'part-bar', 'aria-hidden': 'true' },
                h('span', { style: { width: `${a.parts[k]}%` } }),
              ),
              h('span', { class: 'part-value' }, `${a.parts[k]} × ${sc.scoring[k]}%`),
            ),
          ),
        ),
        // A term lost before its end is scored below what its parts add up to: say so, with both figures,
        // first: the loss cost more than any part (a play-test's lost teams read only 失分最多的是活力).
        total !== a.score
          ? h(
              'p',
              { class: 'parts-cut', 'data-key': 'parts-cut' },
              t('debrief.partsCut', { total, score: a.score }),
            )
          : null,
        costliestLine(a.parts, sc.scoring, total !== a.score),
        // The parts are term means; the charts and the last summary show the last month (a play-test asked
        // why satisfaction read 61 here and 34 there).
        h('p', { class: 'parts-note', 'data-key': 'parts-means' }, t('debrief.partsMeans')),
        sc.objectives.length
          ? h(
              'div',
              null,
              h('h3', null, t('debrief.objectives')),
              h(
                'ul',
                { class: 'objectives' },
                sc.objectives.map((o) => {
                  const met = a.objectivesMet.includes(o.id);
                  return h(
                    'li',
                    { class: met ? 'met' : 'not-met' },
                    t('debrief.objectiveLine', {
                      mark: met ? '●' : '○',
                      text: objectiveText(o),
                      status: t(met ? 'debrief.met' : 'debrief.notMet'),
                      // What was reached, beside the points (a play-test read 47 分 with no figure to check).
                      reached: t(o.metric === 'resolved' ? 'debrief.reachedResolved' : 'debrief.reached', {
                        value: objectiveValue(state, o),
                      }),
                      credit: objectiveCredit(state, o),
                    }),
                  );
                }),
              ),
              h('p', { class: 'parts-note', 'data-key': 'objectives-graded' }, t('debrief.objectivesGraded')),
            )
          : null,
      ),
    );
  }
  // Charts of the months.
  const points = chartSeries(state);
  const months = points.map((p) => p.turn);
  const charts = h(
    'section',
    { class: 'debrief-charts', 'aria-labelledby': 'charts-h' },
    h('h2', { id: 'charts-h' }, t('debrief.charts')),
  );
  if (points.length < 2) charts.append(h('p', null, t('debrief.noHistory')));
  else
    charts.append(
      h(
        'div',
        { class: 'chart-row' },
        lineChart(
          t('debrief.chartModes'),
          MODES.map((m, i) => ({
            name: d.mode[m],
            badge: d.modeBadge[m],
            colour: MODE_COLOUR[m],
            dash: DASHES[i],
            values: points.map((p) => p.modes[m]),
          })),
          months,
        ),
        lineChart(
          t('debrief.chartAlignment'),
          FORCES.map((f, i) => ({
            name: d.forceShort[f],
            badge: d.forceBadge[f],
            colour: CHART_ALIGNMENT_COLOUR[f],
            dash: DASHES[i],
            values: points.map((p) => p.alignment[f]),
          })),
          months,
        ),
        lineChart(
          t('debrief.chartOutcomes'),
          [
            {
              name: d.metric.fragmentation,
              badge: t('debrief.badgeFragmentation'),
              colour: INK,
              dash: '10 6',
              values: points.map((p) => p.fragmentation),
            },
            {
              name: d.metric.satisfaction,
              badge: t('debrief.badgeSatisfaction'),
              colour: OI.blue,
              values: points.map((p) => p.satisfaction),
            },
            {
              name: d.metric.safety,
              badge: t('debrief.badgeSafety'),
              colour: OI.green,
              dash: '3 5',
              values: points.map((p) => p.safety),
            },
          ],
          months,
        ),
      ),
    );
  article.append(charts);
  // Turning points.
  const tps = turningPoints(state);
  // A principle's words once: a later turning point of the same principle names it and points back (a
  // play-test found one quote repeated under all four, which read as filler).
  const quotedConcepts = new Set<ConceptId>();
  const conceptOf = (concept: ConceptId): HTMLElement => {
    if (quotedConcepts.has(concept))
      return h(
        'p',
        { class: 'tp-concept' },
        t('debrief.sameConcept', { name: dict().concept[concept].name }),
      );
    quotedConcepts.add(concept);
    return quoteBlock(concept);
  };
  article.append(
    h(
      'section',
      { class: 'debrief-turning', 'aria-labelledby': 'tp-h' },
      h('h2', { id: 'tp-h' }, t('debrief.turningPoints')),
      tps.length === 0
        ? h('p', null, t('debrief.noTurningPoints'))
        : h(
            'ol',
            { class: 'turning-points' },
            tps.map((tp) =>
              h(
                'li',
                { class: `tp tp-${tp.kind}` },
                h('h3', null, turningPointTitle(tp, names)),
                tp.causes.length
                  ? h(
                      'p',
                      { class: 'tp-causes' },
                      `${t('debrief.causes')}${t('ui.colon')}`,
                      [
                        ...tp.causes.map((c) =>
                          causeText(c, names, tp.kind === 'escalated' || tp.kind === 'failed'),
                        ),
                        // The other causes, summed, so the lines add up to the change in the title.
                        ...(tp.rest ? [t('debrief.restCauses', { n: signed(tp.rest) })] : []),
                      ].join(t('ui.sep')),
                    )
                  : null,
                conceptOf(tp.concept),
              ),
            ),
          ),
    ),
  );
  // The player's decisions month by month, and where they left par's line (debriefPlay.ts).
  if (a) article.append(divergenceSection(state, moves));
  article.append(timelineSection(playerMonths(state, moves)));
  // Discussion questions and learning points.
  article.append(
    h(
      'section',
      { class: 'debrief-questions', 'aria-labelledby': 'q-h' },
      h('h2', { id: 'q-h' }, t('debrief.questions')),
      h(
        'ol',
        null,
        sc.questions.map((q) => h('li', null, pick(q))),
      ),
      h('h2', null, t('debrief.learning')),
      h(
        'ul',
        { class: 'learning-points' },
        sc.learningPoints.map((lp) =>
          h(
            'li',
            null,
            h('strong', null, d.concept[lp.concept].name),
            h('p', null, pick(lp.text)),
            lectureQuote(lp.quote, lp.concept),
          ),
        ),
      ),
      h('p', { class: 'replay-line' }, t('debrief.replay', { n: actionCount, hash: stateHash(state) })),
    ),
  );
  const actions = h(
    'div',
    { class: 'debrief-actions' },
    h(
      'button',
      { type: 'button', class: 'menu-button', 'data-key': 'print', onclick: () => window.print() },
      t('debrief.print'),
    ),
    h(
      'button',
      { type: 'button', class: 'menu-button', 'data-key': 'home', onclick: () => on.home() },
      t('debrief.home'),
    ),
    ...(extras.actions ?? []),
    h(
      'button',
      { type: 'button', class: 'menu-button primary', 'data-key': 'again', onclick: () => on.again() },
      extras.againLabel ?? t('debrief.again'),
    ),
  );
  root.append(article, actions);
  article.tabIndex = -1;
  (root.querySelector<HTMLElement>('[data-key="again"]') ?? article).focus({ preventScroll: true });
}

/** "失分最多的是活力：47 × 25%，比满分少 133 分。" and what raises it (the rules' levers, in words). */
function costliestLine(
  parts: Readonly<Record<ScorePart, number>>,
  scoring: Readonly<ScoringWeights>,
  lost: boolean,
): HTMLElement | null {
  const c = costliestPart(parts, scoring);
  if (!c) return null;
  return h(
    'p',
    { class: 'parts-costliest', 'data-key': 'parts-costliest' },
    h(
      'strong',
      null,
      t(lost ? 'debrief.costliestAmong' : 'debrief.costliest', {
        part: dict().scorePart[c.part],
        value: parts[c.part],
        weight: scoring[c.part],
        lost: c.lost,
      }),
    ),
    ' ',
    dict().partLever[c.part],
  );
}
