// The history screen: each challenge's best, the scores over time (plain SVG), every past term with
// a button that re-opens its debrief, and export / import / clear. Every outcome is said aloud (the
// message line is a live region) and a refusal names what was wrong.
import { type HistoryEntry, type HistoryLoad, history } from '../app/history';
import type { GameState, Scenario } from '../core';
import { dict, pick, signed, t } from '../i18n';
import {
  challengeBests,
  type PersonalBest,
  personalBest,
  practiceSeries,
  scenarioBests,
  type TermRow,
} from '../view/history';
import { h, svg } from './h';
import type { Overlay } from './overlay';
import './history.css';

export interface HistoryMessage {
  text: string;
  warn: boolean;
}

export interface HistoryScreenView {
  /** Null while the history is being read. */
  load: HistoryLoad | null;
  message: HistoryMessage | null;
  /** The first press of "clear" asks; the second clears. */
  confirmClear: boolean;
  scenarios: readonly Scenario[];
}

export interface HistoryHandlers {
  back(): void;
  open(entry: HistoryEntry): void;
  /** Step through the term on the board, read-only. */
  review?(entry: HistoryEntry): void;
  exportFile(): void;
  importFile(file: File): void;
  clear(): void;
}

/** The rows the view models read, from verified entries. */
export function termRows(entries: readonly HistoryEntry[]): TermRow[] {
  return entries.map((e) => ({
    id: e.record.id,
    at: e.record.at,
    abandoned: e.record.abandoned,
    scenarioId: e.state.scenarioId,
    seed: e.state.seed,
    months: e.state.maxTurns,
    ...(e.state.level !== undefined ? { level: e.state.level } : {}),
    score: e.record.abandoned ? null : e.score,
    rating: e.record.abandoned ? null : (e.state.assessment?.rating ?? null),
    ...(e.record.par !== undefined ? { par: e.record.par } : {}),
  }));
}

/** A record's local date and time, short. */
export function when(at: string): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The local date (YYYY-MM-DD) of a record or of now. */
export function localDay(at: string | Date): string {
  return when(typeof at === 'string' ? at : at.toISOString()).slice(0, 10);
}

function scenarioTitle(scenarios: readonly Scenario[], id: string): string {
  const s = scenarios.find((x) => x.id === id);
  return s ? pick(s.title) : id;
}

/** "Your best on this challenge: 812, +36 today (+20 against par)" — or null with nothing kept. */
export function bestText(pb: PersonalBest | null, scenario: string): string | null {
  if (!pb) return null;
  let s =
    pb.scope === 'challenge'
      ? t('hist.debriefBest', { best: pb.best })
      : t('hist.debriefScenarioBest', { scenario, best: pb.best });
  if (pb.gainToday !== null && pb.gainToday > 0) s += t('hist.today', { gain: signed(pb.gainToday) });
  if (pb.overPar !== null) s += t('hist.bestOverPar', { diff: signed(pb.overPar) });
  return s;
}

export function renderHistory(overlay: Overlay, view: HistoryScreenView, on: HistoryHandlers): void {
  const root = overlay.show('history');
  const article = h('article', { class: 'history longtext', 'aria-labelledby': 'history-h' });
  article.append(h('h1', { id: 'history-h' }, t('hist.heading')));
  const message = h(
    'p',
    {
      class: `history-message${view.message?.warn ? ' warn' : ''}`,
      role: 'status',
      'data-key': 'history-message',
    },
    view.message?.text ?? '',
  );
  article.append(message);
  const load = view.load;
  if (!load) article.append(h('p', null, t('hist.loading')));
  else if (load.unavailable) article.append(h('p', { class: 'warn', role: 'alert' }, t('hist.unavailable')));
  else {
    if (load.skipped.length)
      article.append(
        h(
          'p',
          { class: 'warn', role: 'alert', 'data-key': 'history-skipped' },
          t('hist.skipped', {
            n: load.skipped.length,
            detail: load.skipped
              .map((s) => s.message)
              .join('；')
              .slice(0, 300),
          }),
        ),
      );
    if (load.entries.length === 0) article.append(h('p', null, t('hist.empty')));
    else body(article, load, view, on);
  }
  root.append(article, actions(load, view, on));
  (root.querySelector<HTMLElement>('[data-key="history-back"]') ?? article).focus({ preventScroll: true });
}

function body(article: HTMLElement, load: HistoryLoad, view: HistoryScreenView, on: HistoryHandlers): void {
  const d = dict();
  const rows = termRows(load.entries);
  article.append(h('h2', null, t('hist.bests')), bestsList(rows, view.scenarios));
  const series = practiceSeries(rows);
  if (series)
    article.append(
      h('h2', null, t('hist.chartOf', { scenario: scenarioTitle(view.scenarios, series.scenarioId) })),
      h(
        'div',
        { class: 'history-chart', 'data-key': 'history-chart' },
        scoreChart(series.points.map((p) => p.score)),
      ),
    );
  const list = h('ol', { class: 'history-terms', reversed: true, 'data-key': 'history-terms' });
  for (const e of [...load.entries].reverse()) {
    const s = e.state;
    const a = s.assessment;
    list.append(
      h(
        'li',
        { class: e.record.abandoned ? 'abandoned' : null, 'data-record': e.record.id },
        h('span', { class: 'history-when' }, when(e.record.at)),
        h(
          'span',
          { class: 'history-challenge' },
          t('hist.challenge', { scenario: pick(s.scenario.title), seed: s.seed, months: s.maxTurns }),
        ),
        h(
          'span',
          { class: 'history-score' },
          e.record.abandoned
            ? t('hist.abandoned', { turn: s.turn })
            : a
              ? t('hist.termScore', { score: a.score, rating: d.rating[a.rating] })
              : '',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'text-button',
            'data-key': `history-open-${e.record.id}`,
            onclick: () => on.open(e),
          },
          t('hist.open'),
        ),
        on.review
          ? h(
              'button',
              {
                type: 'button',
                class: 'text-button',
                'data-key': `history-review-${e.record.id}`,
                onclick: () => on.review?.(e),
              },
              t('review.onBoard'),
            )
          : null,
      ),
    );
  }
  article.append(h('h2', null, t('hist.terms')), list);
}

/** Each challenge's best, with its score − par once par is worked out. */
function bestsList(rows: readonly TermRow[], scenarios: readonly Scenario[]): HTMLElement {
  const d = dict();
  return h(
    'ul',
    { class: 'history-bests', 'data-key': 'history-bests' },
    challengeBests(rows).map((b) =>
      h(
        'li',
        { 'data-challenge': b.key },
        h(
          'span',
          { class: 'history-challenge' },
          t('hist.challenge', {
            scenario: scenarioTitle(scenarios, b.scenarioId),
            seed: b.seed,
            months: b.months,
          }),
        ),
        h(
          'strong',
          { class: 'history-best' },
          t('hist.bestLine', {
            score: b.best.score ?? 0,
            rating: b.best.rating ? d.rating[b.best.rating] : '',
            plays: b.plays,
          }),
        ),
        b.best.par !== undefined
          ? h(
              'span',
              { class: 'history-par' },
              t('hist.overPar', { diff: signed((b.best.score ?? 0) - b.best.par) }),
            )
          : null,
      ),
    ),
  );
}

/**
 * Par arrives after the screen is drawn: only the bests list is replaced, so a press under way or the
 * focus a keyboard user has moved down the list is not lost to a redraw of the whole screen.
 */
export function refreshBests(root: HTMLElement, load: HistoryLoad, scenarios: readonly Scenario[]): void {
  root.querySelector('[data-key="history-bests"]')?.replaceWith(bestsList(termRows(load.entries), scenarios));
}

function actions(load: HistoryLoad | null, view: HistoryScreenView, on: HistoryHandlers): HTMLElement {
  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'sr-only',
    id: 'history-file',
    tabindex: -1,
    'data-key': 'history-file',
  });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) on.importFile(f);
    file.value = '';
  });
  const has = !!load && load.entries.length > 0;
  return h(
    'div',
    { class: 'history-actions' },
    file,
    h(
      'button',
      { type: 'button', class: 'menu-button', 'data-key': 'history-back', onclick: () => on.back() },
      t('hist.back'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'menu-button',
        'data-key': 'history-clear',
        disabled: !has,
        onclick: () => on.clear(),
      },
      t('hist.clear'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'menu-button',
        'data-key': 'history-import-file',
        onclick: () => file.click(),
      },
      t('hist.importFile'),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'menu-button primary',
        'data-key': 'history-export',
        disabled: !has,
        onclick: () => on.exportFile(),
      },
      t('hist.export'),
    ),
    view.confirmClear
      ? h(
          'p',
          { class: 'warn history-confirm', role: 'alert' },
          t('hist.clearConfirm', { n: load?.entries.length ?? 0 }),
        )
      : null,
  );
}

/** Saves text as a file through the browser's download. */
export function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name, style: { display: 'none' } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const SW = 1200;
const SH = 260;
const SP = { l: 64, r: 24, t: 24, b: 40 };

/** Scores 0–1000 of each term in order, as one line with its points labelled (plain SVG). */
export function scoreChart(scores: readonly number[]): SVGSVGElement {
  const iw = SW - SP.l - SP.r;
  const ih = SH - SP.t - SP.b;
  const n = scores.length;
  const x = (i: number) => SP.l + (n <= 1 ? iw / 2 : (iw * i) / (n - 1));
  const y = (v: number) => SP.t + ih - (ih * Math.max(0, Math.min(1000, v))) / 1000;
  const root = svg('svg', {
    viewBox: `0 0 ${SW} ${SH}`,
    width: SW,
    height: SH,
    class: 'chart-svg history-svg',
    role: 'img',
    'aria-label': t('hist.chartLabel', { values: scores.join(', ') }),
  });
  for (const v of [0, 500, 1000])
    root.append(
      svg('line', { x1: SP.l, x2: SP.l + iw, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: SP.l - 8, y: y(v) + 6, class: 'axis', 'text-anchor': 'end' }, String(v)),
    );
  if (n > 1)
    root.append(
      svg('polyline', {
        points: scores.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '),
        fill: 'none',
        stroke: '#b8141f',
        'stroke-width': 4,
      }),
    );
  // Few enough points to label each; past 24, only every few.
  const every = Math.max(1, Math.ceil(n / 24));
  scores.forEach((v, i) => {
    root.append(svg('circle', { cx: x(i), cy: y(v), r: 7, fill: '#b8141f' }));
    if (i % every === 0 || i === n - 1)
      root.append(svg('text', { x: x(i), y: y(v) - 12, class: 'axis', 'text-anchor': 'middle' }, String(v)));
  });
  return root;
}

/** On the title's History button: the best of the challenge played last, and its score − par. */
export async function showTitleBest(screen: HTMLElement, scenarios: readonly Scenario[]): Promise<void> {
  const kept = history();
  if (!kept) return;
  const load = await kept.load();
  const el = screen.querySelector<HTMLElement>('[data-key="title-best"]');
  const rows = termRows(load.entries);
  // The scenario played last, its best at that level over every seed: a solo game gets a new seed each
  // time, so the last challenge's "best" was only the last game (a play-tester read 273 beside a 753).
  const last = challengeBests(rows)[0];
  if (!el || !last) return;
  const b = scenarioBests(rows, last.best.level ?? 1).get(last.scenarioId);
  if (!b) return;
  el.textContent = t('hist.titleBest', {
    scenario: scenarioTitle(scenarios, b.scenarioId),
    score: b.score,
    rating: b.rating ? dict().rating[b.rating] : '',
  });
}

/**
 * The scenario list's bests: under each scenario, the player's best there at the chosen level ("你的最佳
 * 812（良好）· 已玩 3 局"), what a new game of it tries to beat. Replaced when the level changes.
 */
export async function showScenarioBests(screen: HTMLElement, level: number): Promise<void> {
  const kept = history();
  if (!kept || !screen.querySelector('.scenario-button')) return;
  const bests = scenarioBests(termRows((await kept.load()).entries), level);
  for (const button of screen.querySelectorAll<HTMLElement>('.scenario-button')) {
    button.querySelector('.scenario-best')?.remove();
    const b = bests.get((button.dataset.key ?? '').replace(/^scenario-/, ''));
    if (!b) continue;
    button.append(
      h(
        'span',
        { class: 'scenario-best' },
        t('title.scenarioBest', {
          score: b.score,
          rating: b.rating ? dict().rating[b.rating] : '',
          plays: b.plays,
        }),
      ),
    );
  }
}

/**
 * Under the debrief's rating: the player's best where this term was played (with today's gain and
 * score − par when known), and whether the term was kept. `reviewing`: a past term, already kept.
 */
export async function showDebriefBest(
  screen: HTMLElement,
  state: GameState,
  reviewing: boolean,
): Promise<void> {
  const kept = history();
  const rating = screen.querySelector<HTMLElement>('.rating');
  if (!kept || !rating || !state.assessment) return;
  const load = await kept.load();
  const line = h('p', { class: 'history-best-line', 'data-key': 'debrief-best', role: 'status' });
  const pb = personalBest(
    termRows(load.entries),
    {
      scenarioId: state.scenarioId,
      seed: state.seed,
      months: state.maxTurns,
      ...(state.level !== undefined ? { level: state.level } : {}),
    },
    localDay,
    localDay(new Date()),
  );
  line.textContent =
    bestText(pb, pick(state.scenario.title)) ??
    t('hist.firstScore', { scenario: pick(state.scenario.title) });
  const w = kept.lastWrite;
  if (!reviewing && w && !w.ok) {
    line.textContent += ` ${w.reason === 'full' ? t('hist.full') : t('hist.writeFailed', { detail: w.message })}`;
    line.classList.add('warn');
  }
  rating.querySelector('[data-key="debrief-best"]')?.remove();
  rating.append(line);
}
