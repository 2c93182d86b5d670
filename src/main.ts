// 社区书记 · Community Secretary — the browser entry: the store, the HTML overlay, the Phaser game.
// First: starts fetching the player's language table while the rest is evaluated.
import './i18n/early';
import './dom/style.css';
import * as Phaser from 'phaser';
import { setApp } from './app/context';
import { watchDaily } from './app/dailyRun';
import { browserKV, HistoryStore, recordTerms, requestPersistence, setHistory } from './app/history';
import { setUpOffline } from './app/offline';
import { SCENARIOS, scenarioSource } from './app/scenarios';
import { touchSlot } from './app/slots';
import { GameStore, SAVE_PREFIX } from './app/store';
import { browserStoreOptions } from './app/tabs';
import { reloadOnChallengeLink } from './dom/challengeEntry';
import { watchInputModality } from './dom/inputModality';
import { showUpdatePrompt } from './dom/offline';
import { Overlay } from './dom/overlay';
import { mountSaveStatus } from './dom/saveStatus';
import { t } from './i18n';
import { roomLinkOf } from './room/link';
import { Board } from './ui/Board';
import { Boot } from './ui/Boot';
import { Briefing } from './ui/Briefing';
import { fontReady, pixelDensity } from './ui/fonts';
import { renderOnDemand, wakeRenderer } from './ui/idle';
import { renderOnChange } from './ui/renderOnChange';
import { firstBoardDrawn, freshSceneData } from './ui/sceneKit';
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
// The player's language was read (and its table loaded) by src/i18n before this module ran.

watchInputModality();
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
// The save notice docks below the game and shrinks its area: fit the canvas (and the layer over it) again.
mountSaveStatus(overlay, store, () => {
  if (!game) return;
  game.scale.getParentBounds();
  game.scale.refresh();
  overlay.fit();
  wakeRenderer();
});
watchDaily(
  store,
  storage,
  SCENARIOS.map((s) => s.id),
);
// The offline install (the service worker and its precache of the whole game, about 1.7 MB fetched and
// stored) starts once the first board is drawn, or 3 s after the page loaded (a player still reading the
// title), whichever is first: begun at once it competed with the way to the board for the CPU (about
// 200 ms of the browser's CPU on the 2-core benchmark machine, `npm run bench:load`, docs/load.md).
const inTermScreen = () => ['board', 'summary'].includes(overlay.screenName);
let offlineStarted = false;
const startOffline = () => {
  if (offlineStarted) return;
  offlineStarted = true;
  setUpOffline({
    inTerm: () => inTermScreen() && store.state?.status === 'playing',
    showUpdate: (reload, later) => showUpdatePrompt(overlay, reload, later),
    offlineReady: () => {
      // On the board and a month's summary the spoken line is also the line shown under the graph, with
      // the month's news: installed while a term is on screen (it starts once the board is drawn), the
      // offline line waits for the next other screen instead of replacing it.
      const say = () => overlay.announce(() => t('offline.ready'));
      if (!inTermScreen()) return say();
      const wait = setInterval(() => {
        if (inTermScreen()) return;
        clearInterval(wait);
        say();
      }, 1000);
    },
  });
};
void firstBoardDrawn.then(startOffline);
const OFFLINE_AFTER_LOAD_MS = 3000;
if (document.readyState === 'complete') setTimeout(startOffline, OFFLINE_AFTER_LOAD_MS);
else window.addEventListener('load', () => setTimeout(startOffline, OFFLINE_AFTER_LOAD_MS), { once: true });
reloadOnChallengeLink();
// Run history (IndexedDB): every finished term kept; a failed write is said aloud.
const kept = new HistoryStore(browserKV(), (id) => scenarioSource.get(id));
setHistory(kept);
// (Its sentence lives with the later scenes: a term is recorded after its debrief, so they are in.)
recordTerms(
  store,
  kept,
  (w) =>
    void import('./ui/laterScenes').then(
      (m) => overlay.announce(m.writeFailureText(w.reason, w.message)),
      () => overlay.announce(w.message),
    ),
);
void requestPersistence();
// Named saves: each slot remembers when it was last played (the title continues the latest).
store.subscribe(() => touchSlot(storage, store.slot, Date.now()));

const density = pixelDensity();
// Phaser boots at once (the document is parsed by now). It draws on a 2D canvas, which every browser
// gives: no WebGL context, whose creation was the longest wait before the first screen on computers
// without a usable graphics card, and which some training-room laptops and remote desktops never give
// (the custom build has only the Canvas renderer: scripts/vite-plugin-phaser.ts; docs/load.md).
freshSceneData();
game = new Phaser.Game({
  type: Phaser.CANVAS,
  parent: host,
  width: Math.round(W * density),
  height: Math.round(H * density),
  backgroundColor: PAPER,
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  // The month's summary, the debrief and the history come in their own chunk (ui/laterScenes.ts).
  scene: [Boot, Title, Briefing, Board],
  // The canvas is drawn only in the steps that change its picture (ui/renderOnChange.ts).
  callbacks: { preBoot: renderOnChange },
});
window.__game = game;
renderOnDemand(game);
game.scale.on(Phaser.Scale.Events.RESIZE, () => overlay.fit());
game.events.once(Phaser.Core.Events.READY, () => overlay.fit());

// The live room's team page (`/#room`, the address the facilitator projects): join, then every month's
// end goes to the room. Without it the page is the game alone.
// Its own chunk (client, panel, styles), loaded only for such a link: a trainee's first board does not
// carry it. The room's card follows the screen (it re-renders when data-screen changes), so starting a
// moment after the game is no loss.
const roomLink = roomLinkOf(location.hash);
if (roomLink)
  void import('./room').then(({ startRoomMode }) =>
    startRoomMode({
      link: roomLink,
      store,
      overlay,
      scenarios: SCENARIOS,
      storage,
      goTo: (scene, data) => game?.scene.getScenes(true)[0]?.scene.start(scene, data),
    }),
  );

// The facilitator's view (#facilitator, or #facilitator=ROOM_KEY from `npm run room`): its own chunk,
// loaded only when asked for, so a trainee's first board does not grow.
const facilitatorHash = () => /^#facilitator(=|$)/.test(location.hash);
const openFacilitatorView = () => {
  if (facilitatorHash()) void import('./facilitator').then((m) => m.openFacilitator(location.hash));
};
window.addEventListener('hashchange', openFacilitatorView);
openFacilitatorView();
