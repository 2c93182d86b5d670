// The module the game-font Vite plugin (scripts/vite-plugin-game-font.ts) provides to the app.
declare module 'virtual:game-font' {
  /** The CSS font-family of the game's font ("Noto Sans SC Game"); also in CSS as var(--game-font-family). */
  export const fontFamily: string;
  /** The weights built: [400] (bold is synthetic). */
  export const fontWeights: readonly number[];
  /** Every character loaded up front: ASCII, Chinese punctuation, and all text in src/i18n, src/ui, src/dom,
   * src/main.ts, index.html and scenarios/*.json. */
  export const fontChars: string;
  /** Characters only in assets/lecture.zh.txt: in faces the browser downloads when one of them is drawn. */
  export const fontLazyChars: string;
  /** Resolves when the weights (default: all) are loaded for fontChars (+ extraText, e.g. a lecture quote
   * about to be drawn on the canvas). Create Phaser Text only after it. */
  export function loadGameFont(extraText?: string, weights?: readonly number[]): Promise<void>;
}
