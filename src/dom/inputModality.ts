// Which kind of input the player used last, kept on <html data-input="pointer|keyboard">. Some screens put
// the focus on a heading (the board's month, the debrief) so that a screen reader reads it and Tab goes on
// from there. Chromium shows that focus as a ring whenever the focus before it was shown, so a player who
// clicked 开始 with the mouse saw the month boxed in blue. style.css hides the ring of such a heading
// (tabindex -1: not a control) after a pointer; after a key it shows as before.
export function watchInputModality(root: HTMLElement = document.documentElement): void {
  const mark = (kind: 'pointer' | 'keyboard') => () => {
    if (root.dataset.input !== kind) root.dataset.input = kind;
  };
  // Capture: a handler that stops the event (a dialog, the board's keys) must not hide it from here.
  window.addEventListener('pointerdown', mark('pointer'), { capture: true, passive: true });
  window.addEventListener('keydown', mark('keyboard'), { capture: true });
}
