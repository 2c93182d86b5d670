// The words in the canvas's pictures (the board's graph and radar, the title's emblem), set in the HTML
// layer at their design coordinates rather than drawn by Phaser. The layer is scaled exactly as the canvas
// (overlay.ts), so a label at (x, y) sits over the canvas point (x, y). The browser sets them in the game
// font at the screen's own density and re-sets them when the font arrives; as Phaser Text, each label was
// a canvas rasterised and uploaded as a texture on every change, and the first one compiled the
// textured-quad shader, all on the way to the first board (issue 7, docs/load.md). They are pictures'
// captions, aria-hidden: what they say is in the screen's own text for a screen reader.
import { h } from './h';

/** Which point of the label (x, y) names: its centre, or the middle of its top or bottom edge. */
export type LabelAnchor = 'centre' | 'top' | 'bottom';

export interface PictureLabelStyle {
  /** Font size in design pixels. */
  size: number;
  weight?: 400 | 700;
  colour?: string;
  anchor?: LabelAnchor;
  /** Wrap at this width (design pixels) instead of keeping one line. */
  wrap?: number;
  /** A fill behind the text (to mask the lines it sits on). */
  background?: string;
}

const SHIFT: Record<LabelAnchor, string> = {
  centre: 'translate(-50%, -50%)',
  top: 'translate(-50%, 0)',
  bottom: 'translate(-50%, -100%)',
};

/** One label. Its setters write to the page only when the value changes (the board paints every frame of
 * a tween). */
export class PictureLabel {
  private readonly el: HTMLElement;
  private x = Number.NaN;
  private y = Number.NaN;
  private colour = '';
  private readonly anchor: LabelAnchor;

  constructor(layer: HTMLElement, x: number, y: number, text: string, style: PictureLabelStyle) {
    this.anchor = style.anchor ?? 'centre';
    this.el = h('div', {
      class: 'picture-label',
      style: {
        fontSize: `${style.size}px`,
        fontWeight: String(style.weight ?? 400),
        ...(style.wrap ? { whiteSpace: 'normal', width: `${style.wrap}px` } : {}),
        ...(style.background ? { background: style.background } : {}),
      },
    });
    this.el.textContent = text;
    this.setColour(style.colour ?? 'var(--ink)');
    this.setPosition(x, y);
    layer.append(this.el);
  }

  setText(text: string): this {
    if (this.el.textContent !== text) this.el.textContent = text;
    return this;
  }

  setPosition(x: number, y: number): this {
    if (x === this.x && y === this.y) return this;
    this.x = x;
    this.y = y;
    this.el.style.transform = `translate(${round(x)}px, ${round(y)}px) ${SHIFT[this.anchor]}`;
    return this;
  }

  setColour(colour: string): this {
    if (colour === this.colour) return this;
    this.colour = colour;
    this.el.style.color = colour;
    return this;
  }

  destroy(): void {
    this.el.remove();
  }
}

/** Tenths of a pixel: enough for a smooth tween, and the same position writes the same string. */
function round(v: number): number {
  return Math.round(v * 10) / 10;
}
