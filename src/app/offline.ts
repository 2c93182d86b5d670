// The service worker's side of the page (issue 12): register it where the browser allows one (a
// secure context: https or localhost — on plain http in a LAN room there is none and the game plays
// as before), say once when the game is ready offline, and when a new version is waiting, offer the
// reload only outside a term: an update never replaces the game in the middle of one.
/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { putOff, type UpdateGate, updateStep } from './updateGate';

export interface OfflineHooks {
  /** True while a term is being played (the board or a month's summary is on screen). */
  inTerm(): boolean;
  /**
   * Shows the update prompt; `reload` applies the new version, `later` puts it off until after the
   * next term. Returns a function that hides it.
   */
  showUpdate(reload: () => void, later: () => void): () => void;
  /** Called once when the game is cached for offline play. */
  offlineReady(): void;
}

/** How often the page looks whether it may show a waiting update (cheap: no drawing). */
const CHECK_MS = 1000;

export function setUpOffline(hooks: OfflineHooks): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  let gate: UpdateGate = { waiting: false, shown: false, putOff: false };
  let hide: (() => void) | null = null;
  const update = registerSW({
    onNeedRefresh() {
      gate = { ...gate, waiting: true };
    },
    onOfflineReady() {
      hooks.offlineReady();
    },
  });
  const close = () => {
    hide?.();
    hide = null;
  };
  setInterval(() => {
    const next = updateStep(gate, hooks.inTerm());
    gate = next.gate;
    if (next.step === 'hide') close();
    else if (next.step === 'show')
      hide = hooks.showUpdate(
        () => void update(true),
        () => {
          gate = putOff(gate);
          close();
        },
      );
  }, CHECK_MS);
}
