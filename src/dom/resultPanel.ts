// The debrief's result-code panel: the code a team hands to its facilitator, as selectable text, a
// copy button (with a fallback where the clipboard API is missing, e.g. plain http on a LAN), a QR
// code drawn here from lean-qr's modules (no network), the replay file, and what a verified code
// proves. A challenge's first finished game here is the one that counts; later ones say "practice".
import { challengeCodeOf, recordFinished } from '../app/challenge';
import { resultCodeOf } from '../app/result';
import type { GameStore } from '../app/store';
import type { GameState } from '../core';
import { t } from '../i18n';
import './challenge.css';
import { pageStorage } from './challengeEntry';
import { h } from './h';
import { loadNameFont } from './nameFont';
import { downloadReplay } from './saveStatus';

/** Pixels a QR module takes on the canvas (the CSS size scales it for the screen). */
const MODULE_PX = 8;
/** The quiet zone around a QR code, in modules (the standard's 4). */
const QUIET = 4;

/** A checkpoint (issue 10 §2): the code of a game still in progress, at its month; nothing is recorded. */
export interface ResultPanelOptions {
  checkpoint?: boolean;
}

export function resultPanel(store: GameStore, state: GameState, opts: ResultPanelOptions = {}): HTMLElement {
  const checkpoint = opts.checkpoint === true && state.status === 'playing';
  const heading = checkpoint
    ? t('checkpoint.heading', { turn: state.turn, max: state.maxTurns })
    : t('result.heading');
  const replay = store.replay();
  const made = replay ? resultCodeOf(replay) : { ok: false as const, message: 'no game' };
  const panel = h('section', {
    class: `result-panel${checkpoint ? ' checkpoint' : ''}`,
    'aria-labelledby': 'result-h',
    'data-checkpoint': checkpoint ? state.turn : null,
  });
  if (!made.ok) {
    panel.append(
      h('h2', { id: 'result-h' }, heading),
      h('p', { role: 'note' }, t('result.none', { reason: made.message })),
    );
    return panel;
  }
  const code = made.code;
  if (store.team) void loadNameFont();
  const challenge = challengeCodeOf(state);
  // Only a named team's finished game is a challenge entry; a solo game still gets its code.
  const attempt =
    !checkpoint && store.team && challenge && state.status !== 'playing'
      ? recordFinished(pageStorage(), challenge, store.team, code, store.attempt || undefined)
      : null;
  const codeEl = h('code', { id: 'result-code', class: 'result-code', 'data-key': 'result-code' }, code);
  const status = h('p', { class: 'result-status', role: 'status', 'aria-live': 'polite' });
  const copy = h(
    'button',
    {
      type: 'button',
      class: 'menu-button primary',
      'data-key': 'result-copy',
      onclick: () => void copyCode(code, codeEl, status),
    },
    t('result.copy'),
  );
  const download = h(
    'button',
    {
      type: 'button',
      class: 'menu-button',
      'data-key': 'result-download',
      onclick: () => downloadReplay(store),
    },
    t('result.download'),
  );
  const qr = h('figure', { class: 'result-qr' });
  panel.append(
    h(
      'div',
      { class: 'result-main' },
      h('h2', { id: 'result-h' }, heading),
      // The live room's page rewrites this line for its session's game (src/room/index.ts): the room has it.
      h(
        'p',
        { class: 'panel-help', 'data-key': checkpoint ? 'checkpoint-help' : 'result-help' },
        checkpoint
          ? t('checkpoint.help', { turn: state.turn })
          : state.status === 'playing'
            ? t('result.unfinishedHelp', { turn: state.turn })
            : store.team
              ? t('result.help')
              : // A solo game is nobody's entry: the code is a record to keep (or to show in a session).
                t('result.helpSolo'),
      ),
      store.team ? h('p', { class: 'result-team' }, t('result.team', { team: store.team })) : null,
      challenge ? h('p', { class: 'result-challenge' }, t('result.challenge', { code: challenge })) : null,
      attempt?.counts
        ? h('p', { class: 'result-counts', 'data-key': 'result-counts' }, t('result.counts'))
        : null,
      codeEl,
      h('div', { class: 'result-actions' }, copy, download),
      status,
      attempt && !attempt.counts
        ? h(
            'div',
            { class: 'result-practice', role: 'note' },
            h(
              'p',
              { class: 'warn' },
              attempt.countingCode
                ? t('result.practice')
                : t('result.practiceLost', { attempt: store.attempt }),
            ),
            attempt.countingCode
              ? h('code', { class: 'result-code small', 'data-key': 'result-counting' }, attempt.countingCode)
              : null,
          )
        : null,
      h('p', { class: 'result-trust' }, t('result.trust')),
    ),
    qr,
  );
  void drawQr(qr, code).catch(() => qr.append(h('figcaption', null, t('load.failed'))));
  return panel;
}

/** Copies with the clipboard API where it exists; otherwise selects the code and says which keys copy it. */
async function copyCode(code: string, el: HTMLElement, status: HTMLElement): Promise<void> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(code);
    status.textContent = t('result.copied');
  } catch {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.selectAllChildren(el);
    status.textContent = t('result.copyManual');
  }
}

/** The QR code, drawn module by module on a canvas; lean-qr is loaded only when a debrief shows. */
async function drawQr(figure: HTMLElement, code: string): Promise<void> {
  const { codeQr } = await import('../app/resultQr');
  const qr = codeQr(code);
  if (!qr) {
    figure.append(h('figcaption', null, t('result.qrMissing')));
    return;
  }
  const side = (qr.size + 2 * QUIET) * MODULE_PX;
  const canvas = h('canvas', {
    width: side,
    height: side,
    role: 'img',
    'aria-label': t('result.qr'),
    'data-key': 'result-qr',
    'data-version': qr.version,
  });
  const g = canvas.getContext('2d');
  if (g) {
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, side, side);
    g.fillStyle = '#000000';
    qr.modules.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) g.fillRect((x + QUIET) * MODULE_PX, (y + QUIET) * MODULE_PX, MODULE_PX, MODULE_PX);
      });
    });
  }
  figure.append(canvas, h('figcaption', null, t('result.qr')));
}
