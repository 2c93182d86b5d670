// What every scene needs: the store (state + replay), the HTML overlay and the scenarios.
// Set once by main.ts; scenes read it with `app()`.
import type * as Phaser from 'phaser';
import type { Scenario } from '../core';
import type { Overlay } from '../dom/overlay';
import type { GameStore } from './store';

export interface AppContext {
  store: GameStore;
  overlay: Overlay;
  scenarios: readonly Scenario[];
  /** The user prefers no motion (prefers-reduced-motion). */
  reducedMotion: () => boolean;
}

let ctx: AppContext | null = null;

export function setApp(c: AppContext): void {
  ctx = c;
}

export function app(): AppContext {
  if (!ctx) throw new Error('app context not set (main.ts sets it before the game starts)');
  return ctx;
}

declare global {
  interface Window {
    __game?: Phaser.Game;
    __lastDrawAt?: number;
    __playableAt?: number;
  }
}
