// One tooltip for the whole overlay: shown on hover, keyboard focus or tap; its content is built
// when shown (so it always explains the current state). The focused element is described by it.
import { H, W } from '../view';
import { h } from './h';
import type { Overlay } from './overlay';

export type TipContent = () => Node | Node[];

export class Tooltip {
  readonly el: HTMLElement;
  private owner: HTMLElement | null = null;
  /** Focus moved by the program (after a re-render), not by the player: no tooltip. */
  private quiet = false;

  constructor(private readonly overlay: Overlay) {
    this.el = h('div', { id: 'tip', class: 'tip', role: 'tooltip', hidden: true });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.owner) this.hide();
    });
  }

  /** Makes `target` explain itself with `content` on hover, focus and tap. */
  attach(target: HTMLElement, content: TipContent): void {
    const show = () => this.show(target, content);
    target.addEventListener('mouseenter', show);
    target.addEventListener('focus', () => {
      if (!this.quiet) show();
    });
    target.addEventListener('mouseleave', () => {
      if (document.activeElement !== target) this.hide(target);
    });
    target.addEventListener('blur', () => this.hide(target));
    target.addEventListener('click', () => {
      if (this.owner === target && !this.el.hidden && target.dataset.tipOnly === 'true') this.hide(target);
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

  show(target: HTMLElement, content: TipContent): void {
    if (!target.isConnected) return;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = target;
    const nodes = content();
    this.el.replaceChildren(...(Array.isArray(nodes) ? nodes : [nodes]));
    this.el.hidden = false;
    target.setAttribute('aria-describedby', this.el.id);
    this.place(target);
  }

  hide(target?: HTMLElement): void {
    if (target && target !== this.owner) return;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = null;
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
