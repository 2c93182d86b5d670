// The offline training room: a challenge, then the teams' result codes pasted (or replay files
// dropped) and each re-verified in this browser; the session kept in IndexedDB after every change.
import { challengeCode, challengeLink, freshSeed, makeChallenge, normaliseTeam, TEAM_MAX } from '../codes';
import { h } from '../dom/h';
import { t } from '../i18n';
import type { ScenarioLookup } from '../replay';
import { bundledScenario } from '../scenarios/bundled';
import type { Game, SessionChallenge } from '../view/ranking';
import { guideButton } from './guideButton';
import type { Shell } from './index';
import { type Checked, challengeOfCode, checkInput, splitCodes } from './intake';
import { type ParAnswer, parOf } from './par';
import { SeenCodes } from './scan';
import { scanPanel } from './scanPanel';
import {
  loadSession,
  type OfflineSession,
  readSession,
  SESSION_FORMAT,
  SESSION_VERSION,
  type SessionInput,
  saveSession,
  sessionText,
} from './session';
import { ft, refusalLine } from './text';
import {
  codeField,
  download,
  monthsSelect,
  qrImage,
  renderResults,
  scenarioSelect,
  scenarioTitle,
} from './view';

const lookup: ScenarioLookup = (id) => bundledScenario(id);
/** Replay files are ~6 KB; anything far larger is refused before it is read. */
const MAX_FILE_BYTES = 300_000;

interface Verified {
  games: Game[];
  /** The refusal's code and message, put into words when drawn (so a language switch re-words them). */
  refused: { label: string; code: string; message: string }[];
}

/**
 * Each input is verified once per challenge: adding a batch re-ranks everything but re-runs only the
 * new games (verifying with the month scores costs ~10 ms a game).
 */
const checked = new Map<string, Checked>();
function checkCached(text: string, c: SessionChallenge, seq: number): Checked {
  const key = `${c.scenarioId}|${c.seed}|${c.months}|${text}`;
  let r = checked.get(key);
  if (!r) {
    if (checked.size > 5000) checked.clear();
    r = checkInput(text, c, lookup, seq);
    checked.set(key, r);
  }
  return r.ok ? { ...r, game: { ...r.game, seq } } : r;
}

/** Re-verifies every input in order; a duplicate of an accepted game is refused as such. */
function verifyAll(s: OfflineSession): Verified {
  const games: Game[] = [];
  const refused: Verified['refused'] = [];
  const seen = new Set<string>();
  s.inputs.forEach((input, i) => {
    const label = input.source === 'file' ? (input.name ?? 'file') : shorten(input.text);
    const r = checkCached(input.text, s.challenge, i);
    if (!r.ok) {
      refused.push({ label, code: r.reason.code, message: r.reason.message });
      return;
    }
    // A replay file without a team is named by its file: rename the files to the teams' names.
    if (r.game.team === '' && input.source === 'file' && input.name) {
      const t = normaliseTeam(input.name.replace(/\.json$/i, '').slice(0, TEAM_MAX));
      if (t.ok) r.game.team = t.team;
    }
    const id = `${r.game.team}|${r.game.id}`;
    if (seen.has(id)) {
      refused.push({ label, code: 'duplicate', message: `${r.game.team || '—'}, ${r.game.hash}` });
      return;
    }
    seen.add(id);
    games.push(r.game);
  });
  return { games, refused };
}

const shorten = (s: string) => (s.length > 28 ? `${s.slice(0, 12)}…${s.slice(-12)}` : s);

export function openOffline(shell: Shell): () => void {
  let disposed = false;
  let session: OfflineSession | null = null;
  let verified: Verified = { games: [], refused: [] };
  let par: ParAnswer | null = null;
  let storageOk = true;
  let setupError = '';
  /** How many games the last batch added (worded when drawn). */
  let lastAdded: number | null = null;
  // What the camera read this visit: a code held up for seconds is added once, across re-renders.
  const scanned = new SeenCodes();

  const persist = async () => {
    storageOk = await saveSession(session);
  };

  const startSession = (code: string) => {
    const c = challengeOfCode(code, lookup);
    if (!c.ok) {
      setupError = refusalLine(c.reason.code, c.reason.message);
      render();
      return;
    }
    session = {
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      code: c.code,
      challenge: c.challenge,
      inputs: [],
      revealed: false,
    };
    verified = { games: [], refused: [] };
    par = null;
    void persist();
    render();
  };

  const loadPar = () => {
    if (!session) return;
    const s = session;
    void parOf(s.challenge).then((p) => {
      if (disposed || session !== s) return;
      par = p;
      renderResultsOnly();
    });
  };

  const addInputs = (inputs: SessionInput[]) => {
    if (!session || inputs.length === 0) return;
    const before = verified.games.length;
    session.inputs.push(...inputs);
    verified = verifyAll(session);
    lastAdded = verified.games.length - before;
    void persist().then(renderResultsOnly);
    renderResultsOnly();
  };

  // ——— rendering ———
  let resultsHost: HTMLElement | null = null;
  let refusedHost: HTMLElement | null = null;

  const renderResultsOnly = () => {
    if (!session || !resultsHost || !refusedHost) return;
    const s = session;
    renderResults(
      resultsHost,
      {
        challenge: s.challenge,
        code: s.code,
        teams: [],
        games: verified.games,
        revealed: s.revealed,
        par,
        serverPar: null,
      },
      {
        reveal: () => {
          s.revealed = true;
          void persist();
          renderResultsOnly();
        },
        exportSession: () =>
          download(
            `session-${s.challenge.scenarioId}-${s.challenge.seed}.json`,
            sessionText(s),
            'application/json',
          ),
      },
    );
    refusedHost.replaceChildren(
      lastAdded !== null ? h('p', { class: 'fac-added', role: 'status' }, ft('added', { n: lastAdded })) : '',
      storageOk ? '' : h('p', { class: 'fac-alert', role: 'alert' }, ft('storageFailed')),
      verified.refused.length
        ? h(
            'div',
            { class: 'fac-refused', role: 'alert' },
            h('h3', null, ft('refusedTitle')),
            h(
              'ul',
              null,
              verified.refused.map((r) =>
                h('li', null, h('code', null, r.label), ' ', refusalLine(r.code, r.message)),
              ),
            ),
          )
        : '',
    );
  };

  const render = () => {
    if (disposed) return;
    shell.main.replaceChildren();
    if (!session) {
      shell.main.append(setupForm());
      return;
    }
    const s = session;
    const link = challengeLink(s.code, location.href);
    const textarea = h('textarea', {
      id: 'fac-codes',
      rows: 6,
      spellcheck: 'false',
      autocomplete: 'off',
      'data-key': 'codes',
      'aria-describedby': 'fac-codes-help',
    });
    const fileInput = h('input', {
      type: 'file',
      id: 'fac-files',
      accept: '.json,application/json',
      multiple: true,
      class: 'fac-file-input',
      'data-key': 'files',
      onchange: () => void readFiles(fileInput.files),
    });
    const readFiles = async (files: FileList | null) => {
      if (!files) return;
      const inputs: SessionInput[] = [];
      for (const f of Array.from(files)) {
        const text = f.size > MAX_FILE_BYTES ? `{"tooLarge":${f.size}}` : await f.text();
        inputs.push({ text, source: 'file', name: f.name.slice(0, 200) });
      }
      fileInput.value = '';
      addInputs(inputs);
    };
    const intake = h(
      'section',
      {
        class: 'fac-intake no-print',
        ondragover: (e: DragEvent) => {
          e.preventDefault();
          intake.classList.add('drop');
        },
        ondragleave: () => intake.classList.remove('drop'),
        ondrop: (e: DragEvent) => {
          e.preventDefault();
          intake.classList.remove('drop');
          void readFiles(e.dataTransfer?.files ?? null);
        },
      },
      h('label', { for: 'fac-codes', class: 'fac-label' }, ft('codes')),
      h('p', { id: 'fac-codes-help', class: 'fac-help' }, ft('codesHelp')),
      textarea,
      h(
        'div',
        { class: 'fac-row' },
        h(
          'button',
          {
            type: 'button',
            class: 'fac-button primary',
            'data-key': 'add',
            onclick: () => {
              const codes = splitCodes(textarea.value);
              textarea.value = '';
              addInputs(codes.map((text) => ({ text, source: 'code' as const })));
              textarea.focus();
            },
          },
          ft('add'),
        ),
        h('label', { for: 'fac-files', class: 'fac-button' }, ft('chooseFiles')),
        fileInput,
      ),
      h('p', { class: 'fac-help' }, ft('dropHere')),
      scanPanel((text) => addInputs([{ text, source: 'code' }]), scanned),
    );
    refusedHost = h('div', { class: 'fac-intake-status no-print' });
    intake.append(refusedHost);
    resultsHost = h('div', { class: 'fac-results' });
    const qr = qrImage(link, `${ft('challengeCode')} ${s.code}`);
    shell.main.append(
      h(
        'section',
        { class: 'fac-challenge' },
        h(
          'div',
          { class: 'fac-challenge-text' },
          h('p', { class: 'fac-help' }, ft('projectCode')),
          h('p', { class: 'fac-code', 'data-key': 'challenge-code' }, s.code),
          h(
            'p',
            { class: 'fac-challenge-meta' },
            `${scenarioTitle(s.challenge.scenarioId)} · ${ft('seedShort')} ${s.challenge.seed} · ${ft('monthsN', { n: s.challenge.months })}${(s.challenge.level ?? 1) > 1 ? ` · ${t('level.badge', { name: t(`level.name${s.challenge.level}` as 'level.name1') })}` : ''}`,
          ),
          h('p', { class: 'fac-link no-print' }, `${ft('link')}: `, h('span', { class: 'fac-url' }, link)),
        ),
        qr,
        h(
          'button',
          {
            type: 'button',
            class: 'fac-button no-print',
            'data-key': 'new-session',
            onclick: () => {
              if (!window.confirm(ft('confirmNew'))) return;
              session = null;
              verified = { games: [], refused: [] };
              par = null;
              lastAdded = null;
              void persist();
              render();
            },
          },
          ft('newSession'),
        ),
      ),
      h('div', { class: 'fac-columns' }, intake, resultsHost),
    );
    renderResultsOnly();
    loadPar();
  };

  const setupForm = (): HTMLElement => {
    const codeInput = codeField('fac-challenge', 'challenge-input');
    const select = scenarioSelect('fac-scenario', 'scenario');
    const seed = codeField('fac-seed', 'seed');
    const months = monthsSelect(select, 'fac-months', 'months');
    const importInput = h('input', {
      type: 'file',
      id: 'fac-import',
      accept: '.json,application/json',
      class: 'fac-file-input',
      'data-key': 'import-session',
      onchange: async () => {
        const f = importInput.files?.[0];
        if (!f) return;
        const r = readSession(await f.text());
        if (!r.ok) {
          setupError = ft('sessionRefused', { reason: r.message });
          render();
          return;
        }
        session = r.session;
        verified = verifyAll(session);
        void persist();
        render();
      },
    });
    return h(
      'section',
      { class: 'fac-setup' },
      h('p', { class: 'fac-help' }, ft('setupHelp')),
      h(
        'form',
        {
          class: 'fac-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            startSession(codeInput.value);
          },
        },
        h('label', { for: 'fac-challenge', class: 'fac-label' }, ft('challengeCode')),
        codeInput,
        h('button', { type: 'submit', class: 'fac-button primary', 'data-key': 'start-code' }, ft('start')),
      ),
      h(
        'form',
        {
          class: 'fac-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            const sc = bundledScenario(select.value);
            if (!sc) return;
            const made = makeChallenge(
              sc,
              seed.value.trim() || freshSeed(crypto.getRandomValues(new Uint8Array(6))),
              Number(months.value),
            );
            if (!made.ok) {
              setupError = refusalLine(made.refusal.code, made.refusal.message);
              render();
              return;
            }
            startSession(challengeCode(made.challenge));
          },
        },
        h('p', { class: 'fac-label' }, ft('orChoose')),
        h('label', { for: 'fac-scenario' }, ft('scenario')),
        h(
          'div',
          { class: 'fac-row fac-scenario-row' },
          select,
          guideButton(() => select.value),
        ),
        h('label', { for: 'fac-seed' }, ft('seed')),
        seed,
        h('label', { for: 'fac-months' }, ft('months')),
        months,
        h('button', { type: 'submit', class: 'fac-button', 'data-key': 'start-choose' }, ft('start')),
      ),
      setupError ? h('p', { class: 'fac-alert', role: 'alert' }, setupError) : null,
      h('label', { for: 'fac-import', class: 'fac-button' }, ft('importSession')),
      importInput,
    );
  };

  shell.onLang(render);
  render();
  void loadSession().then((s) => {
    if (disposed || !s || session) return;
    session = s;
    verified = verifyAll(s);
    render();
  });
  return () => {
    disposed = true;
  };
}
