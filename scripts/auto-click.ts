// The in-page script bench-load and profile-load both add (addInitScript): the way to the board is clicked
// by the page itself, so no automation round trip is counted. Self-contained, as an init script must be.

declare global {
  interface Window {
    __titleReadyAt?: number;
    __autoClickLog?: string[];
  }
}

/**
 * In-page: mark the title ready (`__titleReadyAt`), then click 新游戏 → the first scenario → 开始 as soon as
 * each appears, logging each click (`__autoClickLog`) and leaving a performance mark `click:N` for traces.
 */
export function autoClickToBoard(): void {
  const steps: Array<(b: HTMLButtonElement) => boolean> = [
    (b) => b.dataset.key === 'new' || /新游戏|New game/.test(b.textContent ?? ''),
    (b) => b.classList.contains('scenario-button') || (b.dataset.key ?? '').startsWith('scenario-'),
    (b) => /开始|Start/.test(b.textContent ?? '') && document.documentElement.dataset.screen === 'briefing',
  ];
  let next = 0;
  window.__autoClickLog = [];
  const tick = () => {
    const step = steps[next];
    if (!step) return;
    const button = [...document.querySelectorAll('button')].find(
      (b) => step(b) && b.getAttribute('aria-disabled') !== 'true' && b.getClientRects().length > 0,
    );
    if (button) {
      if (next === 0) window.__titleReadyAt = performance.now();
      window.__autoClickLog!.push(
        `${Math.round(performance.now())} ${button.textContent?.trim().slice(0, 12)}`,
      );
      performance.mark(`click:${next}`);
      next++;
      button.click();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
