// The title's challenge entry: a trainee types or pastes the facilitator's challenge code (or opens a
// `#c=CODE` link), sees which challenge it is — scenario, term, seed — or which character is wrong,
// names the team, and starts exactly that challenge. Everything typed is shown as text only.
import {
  type ChallengeEntry,
  type ChallengeStart,
  codeInHash,
  readChallengeEntry,
  readTeam,
  splitAtCodeChar,
  TEAM_MAX,
} from '../app/challenge';
import type { Scenario } from '../core';
import { pick, t } from '../i18n';
import './challenge.css';
import { h } from './h';

/** What the entry shows; kept by the title scene so a language switch redraws the same state. */
export interface EntryState {
  /** The code as typed. */
  code: string;
  team: string;
  /** The code has been checked (its verdict is shown). */
  checked: boolean;
  /** Start was pressed (a team-name problem is shown). */
  teamTried: boolean;
  /** Opened from a `#c=` link. */
  linked: boolean;
}

export function entryState(code = '', linked = false): EntryState {
  return { code, team: '', checked: code !== '', teamTried: false, linked };
}

export interface EntryContext {
  scenarios: readonly Scenario[];
  start(challenge: ChallengeStart): void;
}

/** The page's local storage, or null where the browser refuses it (private mode, policy). */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The code of a `#c=CODE` link the page was opened with, or null. The fragment is removed, so a
 * reload mid-game resumes the save instead of opening the entry again.
 */
export function takeLinkedCode(): string | null {
  const code = codeInHash(window.location.hash);
  if (code !== null)
    try {
      history.replaceState(null, '', window.location.pathname + window.location.search);
    } catch {
      // A page that cannot rewrite its address keeps the fragment; nothing else depends on it.
    }
  return code;
}

/**
 * A challenge link pasted into the address bar of an open game changes only the fragment, which
 * does not reload the page: reload it, so the title opens that challenge (every action is saved, so
 * nothing is lost).
 */
export function reloadOnChallengeLink(): void {
  window.addEventListener('hashchange', () => {
    if (codeInHash(window.location.hash) !== null) window.location.reload();
  });
}

/** Draws the entry into `host` (emptied first); redraws itself as the trainee checks and starts. */
export function renderChallengeEntry(host: HTMLElement, state: EntryState, ctx: EntryContext): void {
  const redraw = (focusId: string) => {
    renderChallengeEntry(host, state, ctx);
    host.querySelector<HTMLElement>(`#${focusId}`)?.focus();
  };
  host.replaceChildren();
  const entry = state.checked ? readChallengeEntry(state.code, ctx.scenarios) : null;
  const codeInput = h('input', {
    id: 'challenge-code',
    type: 'text',
    value: state.code,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    'aria-invalid': entry && !entry.ok ? 'true' : null,
    'aria-describedby': entry && !entry.ok ? 'challenge-code-error' : 'challenge-code-help',
    'data-key': 'challenge-code',
    oninput: () => {
      state.code = codeInput.value;
      // A changed code is unchecked again: hide its old verdict without redrawing under the cursor.
      if (state.checked) {
        state.checked = false;
        for (const el of host.querySelectorAll('.entry-verdict')) el.remove();
        codeInput.removeAttribute('aria-invalid');
      }
    },
  });
  host.append(
    h(
      'form',
      {
        class: 'challenge-form entry-form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          state.code = codeInput.value;
          state.checked = true;
          const r = readChallengeEntry(state.code, ctx.scenarios);
          redraw(r.ok ? 'challenge-team' : 'challenge-code');
        },
      },
      h('label', { for: 'challenge-code' }, t('entry.codeLabel')),
      codeInput,
      h(
        'button',
        { type: 'submit', class: 'menu-button entry-check', 'data-key': 'challenge-check' },
        t('entry.check'),
      ),
      h('p', { id: 'challenge-code-help', class: 'panel-help entry-help' }, t('entry.codeHelp')),
    ),
  );
  if (!entry) return;
  if (!entry.ok) {
    host.append(refusalBlock(state.code, entry));
    return;
  }
  host.append(foundBlock(state, entry, ctx, redraw));
}

function refusalBlock(typed: string, entry: Extract<ChallengeEntry, { ok: false }>): HTMLElement {
  const r = entry.refusal;
  const at = r?.code === 'badCharacter' ? r.position : r?.code === 'badCheck' ? r.suspect : null;
  const split = at !== null ? splitAtCodeChar(typed, at) : null;
  return h(
    'div',
    { id: 'challenge-code-error', class: 'entry-verdict entry-error', role: 'alert' },
    h('p', { class: 'field-error' }, refusalText(entry)),
    split
      ? h(
          'p',
          { class: 'entry-typed' },
          t('entry.markedAt'),
          h('span', { class: 'code-text' }, split.before, h('mark', null, split.char), split.after),
        )
      : null,
  );
}

/** The trainee's words for why a code was refused (the codes layer names the check; this says it). */
export function refusalText(entry: Extract<ChallengeEntry, { ok: false }>): string {
  const r = entry.refusal;
  if (r === null) return t('entry.isResultCode');
  switch (r.code) {
    case 'empty':
      return t('entry.empty');
    case 'badCharacter':
      return t('entry.badCharacter', { n: r.position, ch: r.character });
    case 'badCheck':
      return r.suspect !== null ? t('entry.badCheckAt', { n: r.suspect }) : t('entry.badCheck');
    case 'truncated':
      return t('entry.truncated');
    case 'oversized':
      return t('entry.oversized', { max: r.max });
    case 'foreignFormat':
      return t('entry.foreignFormat');
    case 'foreignRules':
      return t('entry.foreignRules', { found: r.found, expected: r.expected });
    case 'unknownScenario':
      return t('entry.unknownScenario');
    case 'scenarioChanged':
      return t('entry.scenarioChanged');
    default:
      return t('entry.other', { detail: r.message });
  }
}

function foundBlock(
  state: EntryState,
  entry: Extract<ChallengeEntry, { ok: true }>,
  ctx: EntryContext,
  redraw: (focusId: string) => void,
): HTMLElement {
  const team = readTeam(state.team);
  const showTeamError = state.teamTried && !team.ok;
  const teamInput = h('input', {
    id: 'challenge-team',
    type: 'text',
    value: state.team,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-invalid': showTeamError ? 'true' : null,
    'aria-describedby': showTeamError ? 'challenge-team-error' : 'challenge-team-help',
    'data-key': 'challenge-team',
    oninput: () => {
      state.team = teamInput.value;
      // A name that has become acceptable drops its old error (the form is not redrawn under the cursor).
      if (state.teamTried && readTeam(state.team).ok) {
        teamInput.form?.querySelector('#challenge-team-error')?.remove();
        teamInput.removeAttribute('aria-invalid');
      }
    },
  });
  return h(
    'div',
    { class: 'entry-verdict entry-found', 'data-challenge': entry.code },
    h(
      'div',
      { class: 'entry-summary', role: 'status' },
      h(
        'p',
        { class: 'entry-valid' },
        `✓ ${t('entry.valid')}`,
        ' ',
        h('span', { class: 'code-text' }, entry.code),
      ),
      h(
        'p',
        { class: 'entry-details' },
        t('entry.details', {
          scenario: pick(entry.scenario.title),
          months: entry.term,
          seed: entry.challenge.seed,
        }),
      ),
      state.linked ? h('p', { class: 'panel-help' }, t('entry.linked')) : null,
    ),
    h(
      'form',
      {
        class: 'challenge-form entry-form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          state.team = teamInput.value;
          state.teamTried = true;
          const r = readTeam(state.team);
          if (!r.ok) {
            redraw('challenge-team');
            return;
          }
          ctx.start({
            scenarioId: entry.scenario.id,
            seed: entry.challenge.seed,
            ...(entry.challenge.months === undefined ? {} : { months: entry.challenge.months }),
            ...(entry.challenge.level === undefined ? {} : { level: entry.challenge.level }),
            team: r.team,
            code: entry.code,
          });
        },
      },
      h('label', { for: 'challenge-team' }, t('entry.teamLabel')),
      teamInput,
      showTeamError
        ? h(
            'p',
            { id: 'challenge-team-error', class: 'field-error', role: 'alert' },
            !team.ok && team.reason === 'empty'
              ? t('entry.teamEmpty')
              : !team.ok && team.reason === 'control'
                ? t('entry.teamControl')
                : t('entry.teamLong', { max: TEAM_MAX }),
          )
        : h(
            'p',
            { id: 'challenge-team-help', class: 'panel-help entry-help' },
            t('entry.teamHelp', { max: TEAM_MAX }),
          ),
      h(
        'button',
        { type: 'submit', class: 'menu-button primary', 'data-key': 'challenge-start' },
        t('entry.start'),
      ),
    ),
  );
}
