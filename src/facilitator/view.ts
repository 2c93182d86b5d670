// The facilitator's results, the same for both sources (pasted codes, the live room): the trust line,
// reveal, the podium, the ranked table, each team's months on one scale, the first month each team
// left par's line, exports and the debrief's questions. Team names are text nodes only, never HTML.
import { codeQr } from '../codes/qr';
import { type Action, newGame, termBounds } from '../core';
import { h } from '../dom/h';
import { dict, lang, pick, t } from '../i18n';
import { BUNDLED_SCENARIOS, bundledScenario } from '../scenarios/bundled';
import { actionName, movesByMonth, moveText } from '../view';
import { actionMonths, type CostliestMonth, costliestMonth } from '../view/months';
import {
  type CsvLabels,
  firstDivergence,
  type Game,
  gameOptions,
  podium,
  type Row,
  rankingCsv,
  rankTeams,
  type SessionChallenge,
  sameLines,
} from '../view/ranking';
import { sharedScale, teamChart } from './charts';
import { guideButton } from './guideButton';
import type { ParAnswer } from './par';
import { openOnBoard } from './review';
import { ft, QUESTIONS } from './text';

export interface ResultsModel {
  challenge: SessionChallenge;
  /** The challenge code (offline), or null (live sessions show their join link instead). */
  code: string | null;
  /** Teams known before any game (joined the room). */
  teams: readonly string[];
  games: readonly Game[];
  revealed: boolean;
  par: ParAnswer | null;
  /** The room's par when the worker has not answered yet. */
  serverPar: number | null;
}

export interface ResultsHandlers {
  reveal(): void;
  exportSession?(): void;
}

/** A one-line field for a code or a seed (no autocomplete, no spell check): both setup forms use it. */
export function codeField(id: string, key: string): HTMLInputElement {
  return h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'data-key': key });
}

/** The term a challenge plays (its scenario's bounds, longest first), following `scenario`'s choice. */
export function monthsSelect(scenario: HTMLSelectElement, id: string, key: string): HTMLSelectElement {
  const months = h('select', { id, 'data-key': key }) as HTMLSelectElement;
  const fill = () => {
    const sc = bundledScenario(scenario.value);
    months.replaceChildren();
    if (!sc) return;
    const { min, max } = termBounds(sc);
    for (let n = max; n >= min; n--) months.append(h('option', { value: String(n) }, String(n)));
  };
  scenario.addEventListener('change', fill);
  fill();
  return months;
}

/** The shipped scenarios as a choice, by title. */
export function scenarioSelect(id: string, key: string): HTMLSelectElement {
  return h(
    'select',
    { id, 'data-key': key },
    BUNDLED_SCENARIOS.map((sc) => h('option', { value: sc.id }, pick(sc.title))),
  );
}

export function scenarioTitle(id: string): string {
  const s = BUNDLED_SCENARIOS.find((x) => x.id === id);
  return s ? pick(s.title) : id;
}

/** A QR code as an <img> of its SVG (a data: URL: allowed by the page's CSP, drawn by the browser). */
export function qrImage(text: string, label: string): HTMLElement | null {
  const qr = codeQr(text);
  if (!qr) return null;
  return h('img', {
    class: 'fac-qr',
    alt: label,
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.svg)}`,
  });
}

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, class: 'fac-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const teamLabel = (name: string) => (name === '' ? ft('noTeam') : name);

/** A row's status; before the reveal a finished game says only that it is finished (see `hiddenOutcome`). */
function statusText(r: Row, revealed: boolean): string {
  if (hiddenOutcome(r, revealed)) return ft('statusDone');
  if (r.status === 'won') return ft('statusWon');
  if (r.status === 'lost') return ft('statusLost');
  if (r.status === 'playing') return ft('statusPlaying');
  return ft('statusJoined');
}

/**
 * Before 揭晓, whether a finished game passed is the reveal's to say: 通过 / 未通过 and a term cut short
 * ("5 / 6" months) would give the outcome away on the projector while teams are still playing.
 */
function hiddenOutcome(r: Row, revealed: boolean): boolean {
  return !revealed && (r.status === 'won' || r.status === 'lost');
}

const signedText = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/** The month a game lost the most points against par's line (null: never, or not known yet). */
function costliestVsPar(g: Game | null, par: ParAnswer | null): CostliestMonth | null {
  if (!g?.monthHealth?.length || !par?.monthHealth.length) return null;
  return costliestMonth(g.monthHealth, par.monthHealth);
}

/** The lines (par's, then the bots') a finished game follows move for move: the names the flag shows. */
function sameAsLines(g: Game | null, par: ParAnswer | null): string[] {
  if (!g?.actions || !par || g.status === 'playing') return [];
  return sameLines(g.actions, [{ name: ft('parName'), actions: par.actions }, ...par.lines]);
}

/**
 * A month of a game in words, the concerns answered named ("回应“加装电梯征求意见”（社区、社工）"), as
 * the player's debrief says them: a facilitator asks "why that concern?". Replayed from the challenge's
 * start; without its scenario (another build's), the actions' own names.
 */
function monthText(c: SessionChallenge, actions: readonly Action[], month: number): string {
  const sc = bundledScenario(c.scenarioId);
  if (sc) {
    const moves = movesByMonth(newGame(sc, c.seed, gameOptions(c)), actions).find((m) => m.turn === month);
    if (moves) return moves.moves.length ? moves.moves.map((m) => moveText(m)).join('；') : '—';
  }
  const names = (actionMonths(actions)[month - 1] ?? [])
    .filter((a) => a.type !== 'endMonth')
    .map((a) => {
      if (a.type === 'respond' && a.forces.length)
        return `${actionName(a)}（${a.forces.map((f) => dict().forceShort[f]).join(t('ui.and'))}）`;
      return actionName(a);
    });
  return names.length ? names.join('；') : '—';
}

export function csvLabels(): CsvLabels {
  const d = dict();
  return {
    header: [
      ft('colRank'),
      ft('colTeam'),
      ft('csvGame'),
      ft('csvAttempt'),
      ft('colStatus'),
      ft('colScore'),
      ft('colRating'),
      ft('colPar'),
      ft('colMonths'),
      ft('lostMost'),
    ],
    kind: {
      counted: ft('csvCounted'),
      practice: ft('csvPractice'),
      playing: ft('statusPlaying'),
      unfinished: ft('csvUnfinished'),
    },
    status: { won: ft('statusWon'), lost: ft('statusLost'), playing: ft('statusPlaying') },
    rating: d.rating,
  };
}

export function csvOf(m: ResultsModel): string {
  const par = m.par?.score ?? m.serverPar;
  const rows = rankTeams(m.teams, m.games, par);
  // A live session (no code) numbers each team's games in the room's order; offline, 局次 is only what a
  // code says (its team's browser's count), never the order the codes happened to be pasted in.
  return rankingCsv(
    rows,
    m.games,
    par,
    m.challenge.months,
    (g) => costliestVsPar(g, m.par)?.month ?? null,
    csvLabels(),
    {
      numberInOrder: m.code === null,
    },
  );
}

/** Renders the results into `host` (replacing what was there). */
/**
 * Until when a first press of 揭晓 waits for the second (ms since the epoch): module state, because the
 * results are drawn again whenever anything arrives and a fresh button must still know it was pressed.
 */
let revealArmedUntil = 0;
const REVEAL_CONFIRM_MS = 8000;

/**
 * 揭晓 asks once more: the ranking then stays on the projector (and a live room stops taking results), with
 * no way back; a play-test's facilitator found one press did it.
 */
function revealButton(on: ResultsHandlers): HTMLElement {
  const armed = () => Date.now() < revealArmedUntil;
  const b = h('button', { type: 'button', class: 'fac-button primary', 'data-key': 'reveal' });
  const show = () => {
    b.textContent = armed() ? ft('revealConfirm') : ft('reveal');
    b.toggleAttribute('data-armed', armed());
  };
  b.addEventListener('click', () => {
    if (armed()) {
      revealArmedUntil = 0;
      on.reveal();
      return;
    }
    revealArmedUntil = Date.now() + REVEAL_CONFIRM_MS;
    show();
    setTimeout(show, REVEAL_CONFIRM_MS + 50);
  });
  show();
  return b;
}

export function renderResults(host: HTMLElement, m: ResultsModel, on: ResultsHandlers): void {
  const par = m.par?.score ?? m.serverPar;
  const rows = rankTeams(m.teams, m.games, par);
  host.replaceChildren();

  const toolbar = h(
    'div',
    { class: 'fac-toolbar no-print' },
    m.revealed ? h('span', { class: 'fac-badge' }, ft('revealed')) : revealButton(on),
    h(
      'span',
      { class: 'fac-par', 'aria-live': 'polite' },
      par === null ? ft('parPending') : ft('par', { par }),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'fac-button',
        'data-key': 'export-csv',
        onclick: () =>
          download(
            `ranking-${m.challenge.scenarioId}-${m.challenge.seed}.csv`,
            csvOf(m),
            'text/csv;charset=utf-8',
          ),
      },
      ft('exportCsv'),
    ),
    on.exportSession
      ? h(
          'button',
          {
            type: 'button',
            class: 'fac-button',
            'data-key': 'export-session',
            onclick: () => on.exportSession?.(),
          },
          ft('exportSession'),
        )
      : null,
    h(
      'button',
      { type: 'button', class: 'fac-button', 'data-key': 'print', onclick: () => window.print() },
      ft('print'),
    ),
    guideButton(
      () => m.challenge.scenarioId,
      () => m.code,
    ),
  );
  host.append(
    toolbar,
    h(
      'p',
      { class: 'fac-trust', role: 'note' },
      ft('trust'),
      m.games.some((g) => g.attempt !== null) ? `${lang() === 'zh' ? '' : ' '}${ft('trustAttempt')}` : '',
    ),
  );

  if (m.revealed) {
    const steps = podium(rows);
    if (steps.length)
      host.append(
        h(
          'section',
          { class: 'fac-podium', 'aria-label': ft('podium') },
          steps.map((s) =>
            h(
              'div',
              { class: `fac-step fac-step-${s.rank}` },
              h('span', { class: 'fac-step-rank' }, String(s.rank)),
              s.teams.map((r) => h('span', { class: 'fac-step-team' }, teamLabel(r.team))),
              h('span', { class: 'fac-step-score' }, String(s.teams[0]?.score ?? '')),
            ),
          ),
        ),
      );
  }

  host.append(rankingTable(rows, m));
  // Once revealed, the challenge's header shrinks so the podium and the table fill the projector.
  host.closest('.fac-root')?.classList.toggle('fac-is-revealed', m.revealed);

  if (m.revealed && rows.some((r) => r.shown?.monthScores.length)) {
    const scale = sharedScale(rows, m.par?.monthScores ?? null, m.challenge.months);
    host.append(
      h(
        'section',
        { class: 'fac-months', 'aria-label': ft('monthsTitle') },
        h('h2', null, ft('monthsTitle')),
        h(
          'div',
          { class: 'fac-multiples' },
          rows
            .filter((r) => r.shown)
            .map((r) =>
              h(
                'figure',
                { class: 'fac-multiple' },
                h('figcaption', null, teamLabel(r.team), r.rank !== null ? ` · ${r.rank}` : ''),
                teamChart(
                  r,
                  m.par?.monthScores ?? null,
                  scale,
                  costliestVsPar(r.shown, m.par)?.month ?? null,
                ),
              ),
            ),
        ),
      ),
    );
    host.append(divergencePanel(rows, m));
  }
  host.append(questions());
}

function rankingTable(rows: readonly Row[], m: ResultsModel): HTMLElement {
  const par = m.par;
  // Before the reveal the room sees progress only: the order of arrival, no rank, no score.
  const shownRows = m.revealed ? rows : [...rows].sort((a, b) => firstSeq(a) - firstSeq(b));
  const hidden = h('span', { class: 'fac-hidden-score', 'aria-label': ft('hidden') }, '••••');
  const table = h(
    'table',
    { class: 'fac-table', 'data-key': 'ranking' },
    h('caption', null, ft('ranking'), ` · ${scenarioTitle(m.challenge.scenarioId)}`),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, ft('colRank')),
        h('th', { scope: 'col' }, ft('colTeam')),
        h('th', { scope: 'col', class: 'num' }, ft('colScore')),
        h('th', { scope: 'col' }, ft('colRating')),
        h('th', { scope: 'col', class: 'num' }, ft('colPar')),
        h('th', { scope: 'col', class: 'num' }, ft('colMonths')),
        h('th', { scope: 'col' }, ft('colStatus')),
        h('th', { scope: 'col' }, ft('lostMost')),
      ),
    ),
  );
  const body = h('tbody');
  for (const r of shownRows) {
    const costliest = costliestVsPar(r.counted, par);
    const same = m.revealed ? sameAsLines(r.counted, par) : [];
    body.append(
      h(
        'tr',
        { 'data-team': r.key, class: r.counted ? 'counted' : 'pending' },
        h(
          'td',
          { class: 'rank' },
          m.revealed && r.rank !== null ? `${r.rank}${r.tied ? ` (${ft('tied')})` : ''}` : '—',
        ),
        h(
          'th',
          { scope: 'row', class: 'team' },
          teamLabel(r.team),
          r.practice.length
            ? h('span', { class: 'fac-note' }, ft('practice', { n: r.practice.length }))
            : null,
          r.counted?.attempt && r.counted.attempt > 1
            ? h(
                'span',
                { class: 'fac-flag', 'data-key': 'later-attempt' },
                ft('laterAttempt', { n: r.counted.attempt, m: r.counted.attempt - 1 }),
              )
            : null,
          same.length
            ? h(
                'span',
                { class: 'fac-flag', 'data-key': 'same-line' },
                ft('sameLine', { names: same.join(lang() === 'zh' ? '、' : ', ') }),
              )
            : null,
          m.revealed ? onBoardButton(m, r.shown, 1, `on-board-${r.key}`) : null,
        ),
        h(
          'td',
          { class: 'num score' },
          r.score === null ? '' : m.revealed ? String(r.score) : hidden.cloneNode(true),
        ),
        h(
          'td',
          { class: 'rating' },
          r.rating === null ? '' : m.revealed ? dict().rating[r.rating] : hidden.cloneNode(true),
        ),
        h(
          'td',
          { class: 'num' },
          r.versusPar === null ? '' : m.revealed ? signedText(r.versusPar) : hidden.cloneNode(true),
        ),
        h(
          'td',
          { class: 'num months' },
          hiddenOutcome(r, m.revealed) ? hidden.cloneNode(true) : `${r.months} / ${m.challenge.months}`,
        ),
        h(
          'td',
          { class: `status status-${hiddenOutcome(r, m.revealed) ? 'done' : r.status}` },
          statusText(r, m.revealed),
        ),
        h(
          'td',
          null,
          !m.revealed || !r.counted
            ? ''
            : costliest === null
              ? r.counted.monthHealth?.length && par?.monthHealth.length
                ? ft('lostMostNone')
                : ''
              : ft('lostMostMonth', { n: costliest.month, lost: costliest.lost }),
        ),
      ),
    );
  }
  if (shownRows.length === 0)
    body.append(h('tr', null, h('td', { colspan: 8, class: 'fac-empty' }, ft('noGames'))));
  table.append(body);
  return h('div', { class: 'fac-table-wrap' }, table);
}

/** 在棋盘上回看: the team's game on the real board from `month`, read-only, where it can be forked. */
function onBoardButton(m: ResultsModel, g: Game | null, month: number, key: string): HTMLElement | null {
  if (!g?.actions) return null;
  const b = h(
    'button',
    {
      type: 'button',
      class: 'fac-button fac-on-board',
      'data-key': key,
      style: { marginInlineStart: '12px' },
    },
    month > 1 ? `${t('review.onBoard')} · ${ft('divergenceMonth', { n: month })}` : t('review.onBoard'),
  );
  b.addEventListener('click', () => openOnBoard(m.challenge, g, month, b));
  return b;
}

function firstSeq(r: Row): number {
  return Math.min(
    Number.MAX_SAFE_INTEGER,
    ...[r.counted, r.shown, ...r.practice].filter((g): g is Game => !!g).map((g) => g.seq),
  );
}

/** The line a team is compared with: par's, or another team's shown game. */
interface Other {
  label: string;
  actions: readonly Action[];
  monthScores: readonly number[];
  monthHealth: readonly number[];
}

/**
 * Choose a team, and par or another team to compare it with: the first month their choices differed,
 * what each did, and both scores after each month from there (issue 10: "pick two teams").
 */
function divergencePanel(rows: readonly Row[], m: ResultsModel): HTMLElement {
  const candidates = rows.filter((r) => r.shown?.actions);
  const out = h('div', { class: 'fac-divergence-detail', 'aria-live': 'polite' });
  let current = '';
  const otherOf = (key: string): Other | null => {
    if (!key)
      return m.par
        ? {
            label: ft('parName'),
            actions: m.par.actions,
            monthScores: m.par.monthScores,
            monthHealth: m.par.monthHealth,
          }
        : null;
    const r = candidates.find((x) => x.key === key);
    const g = r?.shown;
    return r && g?.actions
      ? {
          label: teamLabel(r.team),
          actions: g.actions,
          monthScores: g.monthScores,
          monthHealth: g.monthHealth ?? [],
        }
      : null;
  };
  // Month by month from the divergence: what the team did, what the other did, and both scores after it.
  const show = (key: string, month?: number, via?: 'prev' | 'next') => {
    current = key;
    out.replaceChildren();
    // A team is not compared with itself: its own name is not offered as the other (par is, again).
    for (const o of against.options) o.disabled = o.value !== '' && o.value === key;
    if (against.value !== '' && against.value === key) against.value = '';
    const r = candidates.find((x) => x.key === key);
    const g = r?.shown;
    const other = otherOf(against.value);
    if (!r || !g?.actions || !other) return;
    const vsPar = against.value === '';
    const d = firstDivergence(g.actions, other.actions);
    // The month to look at first: where the team lost the most points against the other line (where
    // their moves first differed is nearly always month 1 against par, whose first month is a full one).
    const c = costliestMonth(g.monthHealth ?? [], other.monthHealth);
    const ours = actionMonths(g.actions);
    const theirs = actionMonths(other.actions);
    const last = Math.max(1, ours.length, vsPar ? 1 : theirs.length);
    const n = Math.min(last, Math.max(1, month ?? c?.month ?? d?.month ?? 1));
    const score = (list: readonly number[]) => (list[n - 1] === undefined ? '—' : String(list[n - 1]));
    const team = teamLabel(r.team);
    out.append(
      h(
        'p',
        { class: 'fac-div-summary' },
        c
          ? ft('lostMostAt', { team, other: other.label, n: c.month, lost: c.lost })
          : ft('lostMostNever', { team, other: other.label }),
        // Two sentences: a space between them in English, none after a Chinese full stop.
        lang() === 'zh' ? '' : ' ',
        vsPar
          ? d
            ? ft('divergenceAt', { team, n: d.month })
            : `${team}: ${ft('divergenceNone')}`
          : d
            ? ft('divergenceBetween', { team, other: other.label, n: d.month })
            : ft('divergenceSame', { team, other: other.label }),
      ),
      h(
        'div',
        { class: 'fac-row fac-stepper' },
        h(
          'button',
          {
            type: 'button',
            class: 'fac-button',
            'data-key': 'month-prev',
            disabled: n <= 1,
            onclick: () => show(key, n - 1, 'prev'),
          },
          ft('prevMonth'),
        ),
        h('strong', { class: 'fac-step-month', 'data-key': 'step-month' }, ft('divergenceMonth', { n })),
        h(
          'button',
          {
            type: 'button',
            class: 'fac-button',
            'data-key': 'month-next',
            disabled: n >= last,
            onclick: () => show(key, n + 1, 'next'),
          },
          ft('nextMonth'),
        ),
      ),
      h(
        'p',
        { class: 'fac-div-team' },
        h('strong', null, ft('divergenceTeam', { team, n })),
        ' ',
        monthText(m.challenge, g.actions, n),
        h('span', { class: 'fac-note' }, ft('scoreAfter', { score: score(g.monthScores) })),
      ),
      h(
        'p',
        { class: vsPar ? 'fac-div-par' : 'fac-div-other' },
        h('strong', null, vsPar ? ft('divergencePar') : ft('divergenceOther', { other: other.label })),
        ' ',
        monthText(m.challenge, other.actions, n),
        h('span', { class: 'fac-note' }, ft('scoreAfter', { score: score(other.monthScores) })),
      ),
      onBoardButton(m, g, n, 'divergence-on-board') ?? '',
    );
    // Keep the keyboard where it was: on the button pressed, or its twin when that one is now disabled.
    if (via) {
      const again = out.querySelector<HTMLButtonElement>(`[data-key="month-${via}"]`);
      const twin = out.querySelector<HTMLButtonElement>(
        `[data-key="month-${via === 'prev' ? 'next' : 'prev'}"]`,
      );
      (again && !again.disabled ? again : twin)?.focus();
    }
  };
  const select = h(
    'select',
    {
      id: 'fac-div-team',
      'data-key': 'divergence-team',
      onchange: (e: Event) => show((e.target as HTMLSelectElement).value),
    },
    h('option', { value: '' }, ft('pick')),
    candidates.map((r) => h('option', { value: r.key }, teamLabel(r.team))),
  );
  const against = h(
    'select',
    {
      id: 'fac-div-other',
      'data-key': 'divergence-other',
      onchange: () => show(current),
    },
    h('option', { value: '' }, ft('parName')),
    candidates.map((r) => h('option', { value: r.key }, teamLabel(r.team))),
  ) as HTMLSelectElement;
  return h(
    'section',
    { class: 'fac-divergence no-print' },
    h('h2', null, ft('divergenceTitle')),
    h('label', { for: 'fac-div-team' }, ft('pick')),
    select,
    h('label', { for: 'fac-div-other', style: { marginInlineStart: '12px' } }, ft('compareWith')),
    against,
    out,
  );
}

function questions(): HTMLElement {
  const d = dict();
  return h(
    'section',
    { class: 'fac-questions' },
    h('h2', null, ft('questions')),
    h(
      'ol',
      null,
      QUESTIONS.map((q) =>
        h(
          'li',
          { 'data-concept': q.concept },
          h(
            'span',
            { class: 'fac-concept' },
            d.concept[q.concept as keyof typeof d.concept]?.name ?? q.concept,
          ),
          ' ',
          pick(q),
        ),
      ),
    ),
  );
}
