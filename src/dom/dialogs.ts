// Modal dialogs for the actions that need choices: who attends the joint meeting, which concern to
// answer with which forces, which force to strengthen, which reform to adopt. Keyboard: Tab stays
// inside, Escape closes, focus returns to the button that opened it.
import {
  type Action,
  actionCost,
  type Concern,
  FORCES,
  type Force,
  forceCarry,
  type GameState,
  REFORM,
  REFORMS,
  responseProgress,
  STRENGTHEN,
  topDownProgress,
} from '../core';
import { dict, onLangChange, pick, t } from '../i18n';
import {
  type Availability,
  actionsView,
  availability,
  concernsView,
  coordinateHelp,
  costText,
  deadlineText,
  isUnaligned,
  type Names,
  priceText,
} from '../view';
import { applyAvailability, forceBadge, isUnavailable, modeBadge } from './bits';
import { h, uid } from './h';
import type { Overlay } from './overlay';

export interface DialogHost {
  overlay: Overlay;
  state: GameState;
  /** Concern titles as the game tells them apart (numbered when a template recurs). */
  names: Names;
  act(action: Action): void;
}

/** A concern's title as the player sees it everywhere. */
export function concernName(host: { names: Names }, c: Concern): string {
  return pick(host.names.concernTitle(c.id) ?? c.title);
}

let closeCurrent: (() => void) | null = null;

export function dialogOpen(): boolean {
  return closeCurrent !== null;
}

export function closeDialog(): void {
  closeCurrent?.();
}

/** Opens a modal dialog; returns its body element. */
export function openDialog(
  overlay: Overlay,
  title: string | (() => string),
  build: (body: HTMLElement, close: () => void) => void,
): void {
  const titleText = () => (typeof title === 'string' ? title : title());
  closeCurrent?.();
  const opener = document.activeElement as HTMLElement | null;
  const openerKey = opener?.dataset?.key ?? null;
  const titleId = uid('dlg');
  const body = h('div', { class: 'dialog-body' });
  const closeButton = h(
    'button',
    { type: 'button', class: 'dialog-close', 'aria-label': t('dialog.close') },
    '×',
  );
  const box = h(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    h('div', { class: 'dialog-head' }, h('h2', { id: titleId }, titleText()), closeButton),
    body,
  );
  const backdrop = h('div', { class: 'backdrop' }, box);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') trapTab(box, e);
  };
  // A language switch re-renders the open dialog in place: the title, and the body built again by
  // the same builder (which reads t() as it builds), with the player's choices so far kept.
  const offLang = onLangChange(() => {
    if (closeCurrent !== close) return;
    const h2 = box.querySelector(`#${CSS.escape(titleId)}`);
    if (h2) h2.textContent = titleText();
    closeButton.setAttribute('aria-label', t('dialog.close'));
    const before = [...body.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map(
      (el) =>
        el instanceof HTMLInputElement ? { checked: el.checked, value: el.value } : { value: el.value },
    );
    const focused = [...body.querySelectorAll<HTMLElement>('*')].indexOf(
      document.activeElement as HTMLElement,
    );
    body.replaceChildren();
    build(body, close);
    // A scene that re-renders for the language clears the modal layer (Overlay.show): put it back.
    if (!backdrop.isConnected) {
      overlay.modal.append(backdrop);
      overlay.screen.inert = true;
    }
    const after = [...body.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
    if (after.length === before.length) {
      after.forEach((el, i) => {
        const was = before[i]!;
        if (
          el instanceof HTMLInputElement &&
          was.checked !== undefined &&
          (el.type === 'checkbox' || el.type === 'radio')
        ) {
          if (el.checked !== was.checked) {
            el.checked = was.checked;
            el.dispatchEvent(new Event('change', { bubbles: true }));
          }
        } else if (el.value !== was.value) {
          el.value = was.value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
    }
    const again = focused >= 0 ? body.querySelectorAll<HTMLElement>('*')[focused] : null;
    (again ?? box.querySelector<HTMLElement>('input, button:not(.dialog-close)'))?.focus({
      preventScroll: true,
    });
  });
  const close = () => {
    if (closeCurrent !== close) return;
    closeCurrent = null;
    offLang();
    box.removeEventListener('keydown', onKey);
    backdrop.remove();
    overlay.screen.inert = false;
    const back = openerKey
      ? overlay.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(openerKey)}"]`)
      : null;
    (back ?? opener)?.focus({ preventScroll: true });
  };
  closeCurrent = close;
  closeButton.addEventListener('click', close);
  backdrop.addEventListener('mousedown', (e) => {
    if (e.target === backdrop) close();
  });
  box.addEventListener('keydown', onKey);
  build(body, close);
  overlay.modal.append(backdrop);
  overlay.screen.inert = true;
  overlay.tooltip.hide();
  const first =
    box.querySelector<HTMLElement>('[data-autofocus]') ??
    box.querySelector<HTMLElement>('input, button:not(.dialog-close)');
  first?.focus();
}

function trapTab(box: HTMLElement, e: KeyboardEvent): void {
  const items = [...box.querySelectorAll<HTMLElement>('button, input, select, [tabindex="0"]')].filter(
    (el) => !el.hasAttribute('disabled') && el.offsetParent !== null,
  );
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

function forceCheckbox(
  state: GameState,
  force: Force,
  checked: boolean,
  needed: boolean | null,
  onChange: () => void,
  /** The month's load matters only where the force is sent to work (回应诉求), not at the meeting. */
  withLoad = true,
): { row: HTMLElement; input: HTMLInputElement } {
  const d = dict();
  const fs = state.forces[force];
  const id = uid(`f-${force}`);
  const input = h('input', { type: 'checkbox', id, value: force, onchange: onChange });
  input.checked = checked;
  const notes: string[] = [
    t('board.alignment', { n: fs.alignment }),
    t('board.capacity', { n: fs.capacity }),
  ];
  if (isUnaligned(fs.alignment)) notes.push(t('board.drifting'));
  // 分工协作: what this force has already taken on this month, against what it can carry.
  if (withLoad) {
    const carry = forceCarry(state, force);
    const load = state.committed[force];
    notes.push(t(load >= carry ? 'board.loadFull' : 'board.load', { load, carry }));
  }
  const row = h(
    'div',
    { class: `choice${needed ? ' needed' : ''}${isUnaligned(fs.alignment) ? ' drifting' : ''}` },
    input,
    h(
      'label',
      { for: id },
      forceBadge(force),
      h('span', { class: 'choice-name' }, d.force[force]),
      needed ? h('span', { class: 'need-tag' }, t('dialog.needMatch')) : null,
      h('span', { class: 'choice-note' }, notes.join(' · ')),
    ),
  );
  return { row, input };
}

function goButton(label: string, key: string): HTMLButtonElement {
  return h('button', { type: 'submit', class: 'go-button', 'data-key': key }, label);
}

function setGo(button: HTMLButtonElement, label: string, a: Availability): void {
  button.replaceChildren(label);
  applyAvailability(button, a);
}

// ───────────────────────────── 召开联席会议 ─────────────────────────────

export function coordinateDialog(host: DialogHost, preselect: Force[] = []): void {
  const { state } = host;
  openDialog(
    host.overlay,
    () => t('dialog.coordinateTitle'),
    (body, close) => {
      const inputs: HTMLInputElement[] = [];
      const go = goButton('', 'dlg-go');
      const chosen = () => inputs.filter((i) => i.checked).map((i) => i.value as Force);
      const update = () => {
        const forces = chosen();
        const action: Action = { type: 'coordinate', forces };
        const cost = costText(
          actionCost(state, { type: 'coordinate', forces: forces.length ? forces : ['community'] }),
        );
        setGo(go, t('dialog.coordinateGo', { cost }), availability(state, action));
      };
      const fieldset = h(
        'fieldset',
        { class: 'choices' },
        h('legend', { class: 'sr-only' }, t('dialog.coordinateTitle')),
      );
      for (const f of FORCES) {
        const { row, input } = forceCheckbox(state, f, preselect.includes(f), null, update, false);
        inputs.push(input);
        fieldset.append(row);
      }
      if (preselect.length) inputs.find((i) => i.value === preselect[0])?.setAttribute('data-autofocus', '');
      const form = h(
        'form',
        {
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (isUnavailable(go)) return;
            close();
            host.act({ type: 'coordinate', forces: chosen() });
          },
        },
        h('p', { class: 'dialog-help' }, coordinateHelp()),
        fieldset,
        h('div', { class: 'dialog-actions' }, go),
      );
      body.append(form);
      update();
    },
  );
}

// ───────────────────────────── 回应诉求 ─────────────────────────────

export function respondDialog(host: DialogHost, concernId: string | null): void {
  const { state } = host;
  // In the board's order (most urgent first), so "回应诉求" with no concern chosen opens on the one the
  // board lists first.
  const { visible, outlook } = concernsView(state);
  const left = (c: Concern) => deadlineText(outlook.get(c.id)!);
  let concern: Concern | undefined = visible.find((c) => c.id === concernId) ?? visible[0];
  if (!concern) return;
  const title = () =>
    concernId && concern
      ? t('dialog.respondTitle', { title: concernName(host, concern) })
      : t('action.respond');
  openDialog(host.overlay, title, (body, close) => {
    const d = dict();
    const forceInputs: HTMLInputElement[] = [];
    const forceBox = h('fieldset', { class: 'choices' }, h('legend', null, t('dialog.respondForces')));
    const topDownId = uid('topdown');
    const topDown = h('input', { type: 'checkbox', id: topDownId });
    const estimate = h('p', { class: 'estimate', 'aria-live': 'polite' });
    const go = goButton('', 'dlg-go');
    const chosen = () => forceInputs.filter((i) => i.checked).map((i) => i.value as Force);
    const action = (): Action =>
      topDown.checked
        ? { type: 'respond', concern: concern!.id, forces: [], topDown: true }
        : { type: 'respond', concern: concern!.id, forces: chosen() };
    const update = () => {
      const c = concern!;
      for (const i of forceInputs) i.disabled = topDown.checked;
      const a = action();
      const verdict = availability(state, a);
      setGo(go, t('dialog.respondGo', { cost: costText(actionCost(state, a)) }), verdict);
      // No estimate for a response the core would refuse for want of forces.
      const noForces = verdict.reason === 'noForces';
      const gain = topDown.checked
        ? topDownProgress(state)
        : noForces
          ? 0
          : responseProgress(state, c, chosen()).progress;
      const stalled = !topDown.checked && !noForces && responseProgress(state, c, chosen()).stalled;
      estimate.textContent = t(stalled ? 'dialog.estimateStalled' : 'dialog.estimate', {
        gain: Math.min(gain, c.size - c.progress),
        progress: c.progress,
        size: c.size,
      });
    };
    const buildForces = () => {
      const c = concern!;
      forceInputs.length = 0;
      forceBox.replaceChildren(h('legend', null, t('dialog.respondForces')));
      for (const f of FORCES) {
        const needed = c.needs.forces.includes(f);
        const { row, input } = forceCheckbox(state, f, needed, needed, update);
        forceInputs.push(input);
        forceBox.append(row);
      }
    };
    if (!concernId && visible.length > 1) {
      const pickBox = h(
        'fieldset',
        { class: 'choices concern-choices' },
        h('legend', null, t('dialog.respondPick')),
      );
      for (const c of visible) {
        const id = uid('concern');
        const radio = h('input', {
          type: 'radio',
          name: 'concern',
          id,
          value: c.id,
          onchange: () => {
            concern = c;
            buildForces();
            update();
          },
        });
        radio.checked = c === concern;
        pickBox.append(
          h(
            'div',
            { class: 'choice' },
            radio,
            h(
              'label',
              { for: id },
              h('span', { class: `kind kind-${c.kind}` }, d.concernKind[c.kind]),
              h('span', { class: 'choice-name' }, concernName(host, c)),
              h('span', { class: 'choice-note' }, left(c)),
            ),
          ),
        );
      }
      body.append(pickBox);
    } else {
      body.append(needsLine(concern!, left(concern!)));
    }
    buildForces();
    topDown.addEventListener('change', update);
    body.append(
      h(
        'form',
        {
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (isUnavailable(go)) return;
            close();
            host.act(action());
          },
        },
        forceBox,
        h(
          'div',
          { class: 'choice topdown' },
          topDown,
          h('label', { for: topDownId }, t('dialog.respondTopDown')),
        ),
        estimate,
        h('div', { class: 'dialog-actions' }, go),
      ),
    );
    update();
  });
}

function needsLine(c: Concern, deadline: string): HTMLElement {
  return h(
    'p',
    { class: 'needs-line' },
    `${t('board.needs')} `,
    c.needs.modes.map((m) => modeBadge(m)),
    ' · ',
    c.needs.forces.map((f) => forceBadge(f)),
    ` · ${deadline} · ${t('board.progress', { progress: c.progress, size: c.size })}`,
  );
}

// ───────────────────────────── 壮大五社 ─────────────────────────────

export function strengthenDialog(host: DialogHost): void {
  const { state } = host;
  const view = actionsView(state);
  openDialog(
    host.overlay,
    () => t('dialog.strengthenTitle'),
    (body, close) => {
      const d = dict();
      body.append(h('p', { class: 'dialog-help' }, t('dialog.strengthenHelp')));
      const list = h('div', { class: 'option-list' });
      for (const f of FORCES) {
        const fs = state.forces[f];
        const st = STRENGTHEN[f];
        const b = h(
          'button',
          { type: 'button', class: 'option', 'data-key': `strengthen-${f}` },
          forceBadge(f),
          h('span', { class: 'option-name' }, d.strengthen[f]),
          h(
            'span',
            { class: 'option-note' },
            `${t('board.capacity', { n: fs.capacity })} · ${t('board.alignment', { n: fs.alignment })} · ${priceText(state, { type: 'strengthen', force: f }, st.cost)}`,
          ),
        );
        applyAvailability(b, view.strengthenEach[f]);
        b.addEventListener('click', () => {
          if (isUnavailable(b)) return;
          close();
          host.act({ type: 'strengthen', force: f });
        });
        list.append(b);
      }
      body.append(list);
    },
  );
}

// ───────────────────────────── 推行改革 ─────────────────────────────

export function reformDialog(host: DialogHost): void {
  const { state } = host;
  const view = actionsView(state);
  openDialog(
    host.overlay,
    () => t('dialog.reformTitle'),
    (body, close) => {
      const d = dict();
      const list = h('div', { class: 'option-list two-col' });
      for (const r of REFORMS) {
        const info = REFORM[r];
        const adopted = state.reforms.includes(r);
        const notes = [priceText(state, { type: 'adoptReform', reform: r }, info.cost)];
        if (info.requiresPolitical > 0) notes.push(t('dialog.reformNeeds', { n: info.requiresPolitical }));
        const b = h(
          'button',
          { type: 'button', class: `option${adopted ? ' adopted' : ''}`, 'data-key': `reform-${r}` },
          h('span', { class: 'option-name' }, d.reform[r], adopted ? ` · ${t('dialog.reformAdopted')}` : ''),
          h('span', { class: 'option-help' }, d.reformHelp[r]),
          h('span', { class: 'option-note' }, notes.join(' · ')),
        );
        applyAvailability(b, view.reforms[r]);
        b.addEventListener('click', () => {
          if (isUnavailable(b)) return;
          close();
          host.act({ type: 'adoptReform', reform: r });
        });
        list.append(b);
      }
      body.append(list);
    },
  );
}
