// One tooltip for the whole overlay: shown on hover, keyboard focus or tap; its content is built
// when shown (so it always explains the current state). The focused element is described by it.
// A tap (touch or pen) pins it (issue 10 §6, a tablet): it stays open, with a close button, until
// the player taps elsewhere, taps the same figure again, closes it or presses Esc.
import { t } from '../i18n';
import { H, W } from '../view';
import { h } from './h';
import type { Overlay } from './overlay';
import './player.css';

export type TipContent = () => Node | Node[];

export class Tooltip {
  readonly el: HTMLElement;
  private owner: HTMLElement | null = null;
  /** Focus moved by the program (after a re-render), not by the player: no tooltip. */
  private quiet = false;
  /** Opened by a tap: kept open until a tap elsewhere or a close. */
  private pinned = false;
  /** The current tap began inside the pinned tooltip (its text or its close button): not "elsewhere". */
  private tapInside = false;

  constructor(private readonly overlay: Overlay) {
    this.el = h('div', { id: 'tip', class: 'tip', role: 'tooltip', hidden: true });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.owner) this.hide();
    });
    // A tap elsewhere closes a pinned tooltip; a tap on it (or on its owner) does not.
    document.addEventListener(
      'pointerdown',
      (e) => {
        if (!this.pinned) return;
        const at = e.target instanceof Node ? e.target : null;
        this.tapInside = !!at && this.el.contains(at);
        if (!this.tapInside && !(at && this.owner?.contains(at))) this.hide();
      },
      true,
    );
  }

  /** Makes `target` explain itself with `content` on hover, focus and tap. */
  attach(target: HTMLElement, content: TipContent): void {
    const show = () => this.show(target, content);
    // How the press that ends in a click began ('' for a keyboard click), and whether this figure's
    // tooltip was already open then (so a tap's own focus and hover do not count as "already open").
    let pressedBy = '';
    let openAtPress = false;
    target.addEventListener('pointerdown', (e) => {
      pressedBy = e.pointerType;
      openAtPress = this.owner === target && !this.el.hidden;
    });
    target.addEventListener('mouseenter', () => {
      if (!this.pinned) show();
    });
    target.addEventListener('focus', () => {
      if (!this.quiet && !this.pinned) show();
    });
    target.addEventListener('mouseleave', () => {
      if (document.activeElement !== target && !this.pinned) this.hide(target);
    });
    target.addEventListener('blur', () => {
      if (this.pinned && this.tapInside) return;
      this.hide(target);
    });
    target.addEventListener('click', () => {
      const tap = pressedBy === 'touch' || pressedBy === 'pen';
      pressedBy = '';
      if (tap) {
        if (openAtPress && this.pinned && target.dataset.tipOnly === 'true') this.hide(target);
        else this.show(target, content, true);
      } else if (this.owner === target && !this.el.hidden && target.dataset.tipOnly === 'true')
        this.hide(target);
      else show();
    });
  }

  /** Runs `fn` (which moves focus) without showing tooltips for it. */
  quietly(fn: () => void): void {
    this.quiet = true;
    try {
      fn();
    } finally {
      this.quiet = false;
    }
  }

  show(target: HTMLElement, content: TipContent, pin = false): void {
    // Not for a control a dialog has just covered (the screen under it is inert): a button that opens a
    // dialog by keyboard would otherwise show its tip over the dialog, hiding the dialog's choices.
    if (!target.isConnected || target.closest('[inert]')) return;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = target;
    this.pinned = pin;
    this.tapInside = false;
    const nodes = content();
    this.el.replaceChildren(...(Array.isArray(nodes) ? nodes : [nodes]));
    if (pin)
      this.el.prepend(
        h(
          'button',
          {
            type: 'button',
            class: 'tip-close',
            'data-key': 'tip-close',
            'aria-label': t('dialog.close'),
            onclick: () => this.hide(),
          },
          '×',
        ),
      );
    this.el.classList.toggle('pinned', pin);
    this.el.hidden = false;
    target.setAttribute('aria-describedby', this.el.id);
    this.place(target);
  }

  hide(target?: HTMLElement): void {
    if (target && target !== this.owner) return;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = null;
    this.pinned = false;
    this.tapInside = false;
    this.el.classList.remove('pinned');
    this.el.hidden = true;
  }

  /** Below the target if it fits, else above; kept inside the 1920×1080 frame (design units). */
  private place(target: HTMLElement): void {
    const scale = this.overlay.displayScale || 1;
    const root = this.overlay.root.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    const x = (r.left - root.left) / scale;
    const y = (r.top - root.top) / scale;
    const w = r.width / scale;
    const hgt = r.height / scale;
    this.el.style.left = '0px';
    this.el.style.top = '0px';
    const tw = this.el.offsetWidth;
    const th = this.el.offsetHeight;
    let left = x + w / 2 - tw / 2;
    left = Math.max(12, Math.min(W - tw - 12, left));
    let top = y + hgt + 10;
    if (top + th > H - 8) top = Math.max(8, y - th - 10);
    this.el.style.left = `${Math.round(left)}px`;
    this.el.style.top = `${Math.round(top)}px`;
  }
}
