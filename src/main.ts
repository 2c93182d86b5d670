// 社区书记 · Community Secretary — the browser entry: the store, the HTML overlay, the Phaser game.
import './dom/style.css';
import * as Phaser from 'phaser';
import { setApp } from './app/context';
import { browserKV, HistoryStore, recordTerms, requestPersistence, setHistory } from './app/history';
import { SCENARIOS, scenarioSource } from './app/scenarios';
import { touchSlot } from './app/slots';
import { GameStore, SAVE_PREFIX } from './app/store';
import { browserStoreOptions } from './app/tabs';
import { LANG_KEY, Overlay } from './dom/overlay';
import { mountSaveStatus } from './dom/saveStatus';
import { isLang, setLang } from './i18n';
import { Board } from './ui/Board';
import { Boot } from './ui/Boot';
import { Briefing } from './ui/Briefing';
import { Debrief } from './ui/Debrief';
import { fontReady, pixelDensity, setCanvasDensity } from './ui/fonts';
import { History, writeFailureText } from './ui/History';
import { renderOnDemand } from './ui/idle';
import { MonthSummary } from './ui/MonthSummary';
import { Title } from './ui/Title';
import { H, PAPER, W } from './view';

performance.mark('cs:main');
// Start decoding the typeface at once, in parallel with Phaser's boot (Boot waits for it).
void fontReady();

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const storage = localStore();
try {
  const saved = storage?.getItem(LANG_KEY);
  if (isLang(saved)) setLang(saved);
} catch {
  // No stored preference: Chinese.
}

const host = document.getElementById('game') ?? document.body;
let game: Phaser.Game | null = null;
const overlay = new Overlay(document.body, () => game?.canvas ?? null);
const motionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');

const store = new GameStore(storage, scenarioSource, browserStoreOptions(SAVE_PREFIX));
setApp({
  store,
  overlay,
  scenarios: SCENARIOS,
  reducedMotion: () => motionQuery?.matches ?? false,
});
mountSaveStatus(overlay, store);
// Run history (IndexedDB): every finished term kept; a failed write is said aloud.
const kept = new HistoryStore(browserKV(), (id) => scenarioSource.get(id));
setHistory(kept);
recordTerms(store, kept, (w) => overlay.announce(writeFailureText(w.reason, w.message)));
void requestPersistence();
// Named saves: each slot remembers when it was last played (the title continues the latest).
store.subscribe(() => touchSlot(storage, store.slot, Date.now()));

const density = pixelDensity();
setCanvasDensity(Math.round(W * density) / W);
game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: host,
  width: Math.round(W * density),
  height: Math.round(H * density),
  backgroundColor: PAPER,
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Boot, Title, Briefing, Board, MonthSummary, Debrief, History],
});
window.__game = game;
renderOnDemand(game);
game.scale.on(Phaser.Scale.Events.RESIZE, () => overlay.fit());
game.events.once(Phaser.Core.Events.READY, () => overlay.fit());

// The facilitator's view (#facilitator, or #facilitator=ROOM_KEY from `npm run room`): its own chunk,
// loaded only when asked for, so a trainee's first board does not grow.
const facilitatorHash = () => /^#facilitator(=|$)/.test(location.hash);
const openFacilitatorView = () => {
  if (facilitatorHash()) void import('./facilitator').then((m) => m.openFacilitator(location.hash));
};
window.addEventListener('hashchange', openFacilitatorView);
openFacilitatorView();
