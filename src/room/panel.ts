// The room mode's two pieces of page: a card over the title (connect, join with a team name, start
// the session's challenge) and a one-line status that stays on every screen ("已送达 3 · 待发送 1").
// Everything the room sent is put in as text (h() makes text nodes), never as HTML.
import { RULES_VERSION } from '../core';
import { h } from '../dom/h';
import type { RoomView } from './client';
import { roomProblemText, rt } from './text';

export interface PanelHandlers {
  retry(): void;
  join(name: string): void;
  play(): void;
  continueGame(): void;
  dismiss(): void;
  /** The scenario's title in the page's language, or null when this page does not have it. */
  scenarioTitle(id: string): string | null;
  /** The saved game is the session's challenge, still being played. */
  canContinue(): boolean;
}

export class RoomPanel {
  readonly card: HTMLElement;
  readonly status: HTMLElement;
  private typed = '';

  constructor(host: HTMLElement) {
    this.card = h('section', {
      class: 'room-card',
      role: 'dialog',
      'aria-labelledby': 'room-card-title',
      'data-key': 'room-card',
      hidden: true,
    });
    this.status = h('p', { class: 'room-status', role: 'status', 'data-key': 'room-status', hidden: true });
    host.append(this.card, this.status);
  }

  render(view: RoomView, showCard: boolean, on: PanelHandlers): void {
    this.renderStatus(view);
    const focusWasInside = this.card.contains(document.activeElement);
    this.card.hidden = !showCard;
    this.card.dataset.phase = view.phase.kind;
    if (!showCard) {
      this.card.replaceChildren();
      return;
    }
    const title = h('h2', { id: 'room-card-title', class: 'room-title' }, rt('room.label'));
    const body = this.body(view, on);
    this.card.replaceChildren(title, ...body.filter((b): b is HTMLElement => b !== null));
    const target =
      this.card.querySelector<HTMLElement>('input:not([disabled])') ??
      this.card.querySelector<HTMLElement>('button.primary');
    if (target && (focusWasInside || !document.activeElement || document.activeElement === document.body))
      target.focus();
  }

  private body(view: RoomView, on: PanelHandlers): (HTMLElement | null)[] {
    const p = view.phase;
    const button = (label: string, key: string, fn: () => void, primary = false) =>
      h(
        'button',
        { type: 'button', class: `menu-button${primary ? ' primary' : ''}`, 'data-key': key, onclick: fn },
        label,
      );
    const offline = button(rt('room.offline'), 'room-offline', () => on.dismiss());
    switch (p.kind) {
      case 'connecting':
        return [h('p', { role: 'status' }, rt('room.connecting'))];
      case 'unreachable':
        return [
          h('p', { role: 'alert' }, rt('room.unreachable', { reason: p.reason })),
          h(
            'div',
            { class: 'room-buttons' },
            button(rt('room.retry'), 'room-retry', () => on.retry(), true),
            offline,
          ),
        ];
      case 'otherRules':
        return [
          h('p', { role: 'alert' }, rt('room.otherRules', { room: p.room, page: RULES_VERSION })),
          h('div', { class: 'room-buttons' }, offline),
        ];
      case 'noSession':
        return [
          h('p', null, rt('room.noSession')),
          h(
            'div',
            { class: 'room-buttons' },
            button(rt('room.retry'), 'room-retry', () => on.retry(), true),
            offline,
          ),
        ];
      case 'join': {
        const c = p.session.challenge;
        const scenario = on.scenarioTitle(c.scenarioId);
        const input = h('input', {
          id: 'room-team-name',
          type: 'text',
          autocomplete: 'off',
          spellcheck: 'false',
          maxlength: 24,
          value: this.typed,
          disabled: p.busy,
          'aria-invalid': p.error ? 'true' : null,
          'aria-describedby': p.error ? 'room-join-error' : null,
          'data-key': 'room-team-name',
          oninput: () => {
            this.typed = input.value;
          },
        });
        const submit = (e: Event) => {
          e.preventDefault();
          this.typed = input.value;
          on.join(input.value);
        };
        const error = p.error === null ? null : roomProblemText(p.error);
        return [
          h(
            'p',
            { class: 'room-session' },
            scenario === null
              ? rt('room.unknownScenario', { id: c.scenarioId })
              : rt('room.session', { scenario, seed: c.seed, months: c.months }),
            h('br', null),
            rt('room.teams', { teams: p.session.teams }),
          ),
          h(
            'form',
            { class: 'room-join', onsubmit: submit },
            h('label', { for: 'room-team-name' }, rt('room.teamName')),
            input,
            error ? h('p', { id: 'room-join-error', class: 'field-error', role: 'alert' }, error) : null,
            h(
              'div',
              { class: 'room-buttons' },
              h(
                'button',
                {
                  type: 'submit',
                  class: 'menu-button primary',
                  'data-key': 'room-join',
                  disabled: p.busy || scenario === null,
                },
                p.busy ? rt('room.joining') : rt('room.join'),
              ),
              offline,
            ),
          ),
          h('p', { class: 'panel-help' }, rt('room.hint')),
        ];
      }
      case 'joined': {
        const c = p.session.challenge;
        const continuing = on.canContinue();
        const scenario = on.scenarioTitle(c.scenarioId);
        return [
          h(
            'p',
            { class: 'room-joined', 'data-key': 'room-joined' },
            rt('room.joined', { team: view.member?.name ?? '' }),
          ),
          h(
            'p',
            { class: 'room-session' },
            scenario === null
              ? rt('room.unknownScenario', { id: c.scenarioId })
              : rt('room.session', { scenario, seed: c.seed, months: c.months }),
            h('br', null),
            rt('room.teams', { teams: p.session.teams }),
          ),
          // A game of the session in progress is continued, never started over: the room counts each
          // team's first finished game, and a fresh start would leave the first one behind, unfinished.
          h(
            'div',
            { class: 'room-buttons' },
            continuing ? button(rt('room.continue'), 'room-continue', () => on.continueGame(), true) : null,
            scenario === null || continuing
              ? null
              : button(rt('room.play'), 'room-play', () => on.play(), true),
            button(rt('room.freePlay'), 'room-free', () => on.dismiss()),
          ),
          h('p', { class: 'panel-help' }, continuing ? rt('room.continueOnly') : rt('room.hint')),
        ];
      }
    }
  }

  private renderStatus(view: RoomView): void {
    const m = view.member;
    this.status.hidden = m === null;
    if (!m) {
      this.status.replaceChildren();
      return;
    }
    const parts = [rt('room.status', { team: m.name, sent: view.sent })];
    if (view.pending > 0) parts.push(rt('room.pending', { n: view.pending }));
    if (view.sender === 'waiting') parts.push(rt('room.waiting'));
    if (view.offChallenge) parts.push(rt('room.notThisChallenge'));
    if (view.phase.kind === 'joined' && !view.phase.session.open) parts.push(rt('room.closed'));
    if (view.rank) parts.push(rt('room.rankLine', view.rank));
    const line = parts.join(' · ');
    this.status.dataset.sent = String(view.sent);
    this.status.dataset.pending = String(view.pending);
    this.status.dataset.sender = view.sender;
    this.status.classList.toggle('warn', view.sender === 'waiting' || view.refusal !== null);
    this.status.replaceChildren(h('span', null, line));
    if (view.refusal)
      this.status.append(
        h(
          'span',
          { class: 'room-refusal' },
          ` · ${rt('room.refused', { message: roomProblemText(view.refusal) })}`,
        ),
      );
  }
}
