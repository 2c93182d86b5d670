// Named saves on the title: every save with its name (editable), scenario and month, or the problem
// that refuses it; continue any one, rename it, delete it (a term in progress goes to the history as
// unfinished, so nothing is lost by a slip). Delete asks once more before it acts.
import { MAX_SLOT_NAME, MAX_SLOTS, type SlotInfo } from '../app/slots';
import { pick, t } from '../i18n';
import { h } from './h';
import { saveProblemText } from './saveStatus';

export interface SavesView {
  slots: readonly SlotInfo[];
  /** The slot whose delete was pressed once (the next press deletes). */
  confirmDelete: string | null;
  message: string | null;
}

export interface SavesHandlers {
  continueSlot(slot: string): void;
  rename(slot: string, name: string): void;
  remove(slot: string): void;
}

/** The name shown for a slot: the player's, or scenario and the date it was last played. */
export function slotLabel(s: SlotInfo): string {
  if (s.name) return s.name;
  const d = new Date(s.updated || 0);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = s.updated
    ? `${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
    : s.slot;
  return t('saves.defaultName', { scenario: s.game ? pick(s.game.title) : s.slot, date });
}

export function renderSaves(panel: HTMLElement, view: SavesView, on: SavesHandlers): void {
  panel.classList.add('wide');
  panel.append(
    h('h2', { class: 'panel-title' }, t('saves.heading')),
    h('p', { class: 'panel-help' }, t('saves.help', { max: MAX_SLOTS })),
    h('p', { class: 'panel-help', role: 'status', 'data-key': 'saves-message' }, view.message ?? ''),
  );
  const list = h('ul', { class: 'scenario-list saves-list' });
  view.slots.forEach((s, i) => {
    const id = `save-name-${i}`;
    const input = h('input', {
      id,
      type: 'text',
      value: s.name ?? '',
      placeholder: slotLabel(s),
      maxlength: MAX_SLOT_NAME,
      autocomplete: 'off',
      'data-key': `save-name-${s.slot}`,
    });
    const detail = s.game
      ? s.game.status === 'playing'
        ? t('saves.line', { scenario: pick(s.game.title), turn: s.game.turn, max: s.game.maxTurns })
        : t('saves.finished', { scenario: pick(s.game.title) })
      : s.problem
        ? saveProblemText(s.problem)
        : '';
    const confirming = view.confirmDelete === s.slot;
    list.append(
      h(
        'li',
        { class: 'save-item', 'data-slot': s.slot },
        h(
          'form',
          {
            class: 'save-rename',
            onsubmit: (e: Event) => {
              e.preventDefault();
              on.rename(s.slot, input.value);
            },
          },
          h('label', { for: id }, t('saves.name')),
          input,
          h(
            'button',
            { type: 'submit', class: 'text-button', 'data-key': `save-rename-${s.slot}` },
            t('saves.save'),
          ),
        ),
        h('p', { class: s.problem ? 'warn save-detail' : 'save-detail' }, detail),
        h(
          'div',
          { class: 'save-buttons' },
          s.game
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'menu-button primary',
                  'data-key': `save-continue-${s.slot}`,
                  onclick: () => on.continueSlot(s.slot),
                },
                t('saves.continue'),
              )
            : null,
          h(
            'button',
            {
              type: 'button',
              class: 'menu-button',
              'data-key': `save-delete-${s.slot}`,
              'aria-describedby': confirming ? `save-confirm-${i}` : null,
              onclick: () => on.remove(s.slot),
            },
            t('saves.delete'),
          ),
          confirming
            ? h('span', { id: `save-confirm-${i}`, class: 'warn', role: 'alert' }, t('saves.deleteConfirm'))
            : null,
        ),
      ),
    );
  });
  panel.append(list);
}
