// Small helpers every scene uses: the design-size camera, the words over its picture and language changes
// tied to the scene's life, motion that respects prefers-reduced-motion, and the "result drawn" hooks the
// benchmark reads.
import * as Phaser from 'phaser';
import { app } from '../app/context';
import { PictureLabel, type PictureLabelStyle } from '../dom/pictureLabels';
import { onLangChange, t } from '../i18n';
import { H, W } from '../view';
import { wakeRenderer } from './idle';
import { STEP_DONE } from './renderOnChange';

let later: Promise<void> | null = null;

/**
 * Phaser keeps a scene's data from its last start when it is started again without any (Systems.start
 * replaces it only when given). A scene started bare must not see the old data: the debrief of the game
 * just ended showed a past term's (its data from a visit to the history), with that term's result code.
 * Installed once, before the game is made; every start then passes its data, or an empty one.
 */
export function freshSceneData(): void {
  const proto = Phaser.Scenes.SceneManager.prototype;
  const start = proto.start;
  proto.start = function (this: Phaser.Scenes.SceneManager, key, data) {
    return start.call(this, key, data ?? {});
  };
}

/** Fetches the later scenes' chunk (once) and registers its scenes with the game. */
export function loadLaterScenes(game: Phaser.Game): Promise<void> {
  later ??= import('./laterScenes').then(({ LATER_SCENES }) => {
    for (const [key, scene] of LATER_SCENES) if (!game.scene.getScene(key)) game.scene.add(key, scene, false);
  });
  // A failed fetch (offline before the install finished) may be retried on the next request.
  later.catch(() => {
    later = null;
  });
  return later;
}

/**
 * Everything the rest of a term needs, fetched once the board is on screen: the later scenes, the
 * debrief's result panel and its QR, and par's queue. A page served by a live room on the LAN (no service worker on
 * plain http) would otherwise fetch them at the month's end or the debrief — and if the room is down
 * just then, the import fails (and a browser may keep a failed module import until the page reloads).
 */
export function prefetchTerm(game: Phaser.Game): void {
  void loadLaterScenes(game).catch(() => undefined);
  void import('../dom/resultPanel').catch(() => undefined);
  void import('../app/resultQr').catch(() => undefined);
  void import('../dom/parQueue').catch(() => undefined);
}

/**
 * Starts a scene in place of `from` (or `launch`es it above, brought to the top), first fetching the later
 * scenes' chunk if the scene is one of those and not registered yet.
 */
export function goToScene(from: Phaser.Scene, key: string, data?: object, launch = false): void {
  const go = () => {
    if (!launch) {
      from.scene.start(key, data);
      return;
    }
    from.scene.launch(key, data);
    from.scene.bringToTop(key);
  };
  if (from.game.scene.getScene(key)) go();
  else
    void loadLaterScenes(from.game).then(go, () =>
      // Offline before the game was ever cached: say so; the same control works again once online.
      app().overlay.announce(() => t('load.failed')),
    );
}

/**
 * Zooms the main camera so the 1920×1080 design fills the (possibly denser) canvas. The paper behind every
 * scene is the renderer's own fill of the canvas (main.ts: `backgroundColor: PAPER`), not a camera fill: a
 * camera fill is one more full-canvas fill in every frame, of the same colour (when the game drew with
 * software WebGL, about 8 ms a frame of the GPU process on the 2-core benchmark machine).
 */
export function designCamera(scene: Phaser.Scene): void {
  const cam = scene.cameras.main;
  cam.setZoom(scene.scale.width / W);
  cam.centerOn(W / 2, H / 2);
}

/** A word of the scene's picture at design point (x, y), in the HTML layer; gone when the scene shuts down. */
export function pictureLabel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  style: PictureLabelStyle,
): PictureLabel {
  const label = new PictureLabel(app().overlay.labels, x, y, text, style);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => label.destroy());
  return label;
}

/** Calls `fn` on every language switch while the scene runs. */
export function onLanguage(scene: Phaser.Scene, fn: () => void): void {
  const off = onLangChange(() => {
    wakeRenderer();
    fn();
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
}

/** Tween duration: short, and none at all under prefers-reduced-motion. */
export function motion(ms: number): number {
  return app().reducedMotion() ? 0 : Math.min(ms, 300);
}

let boardDrawn: () => void = () => undefined;
/** Resolves once the first playable board has been drawn (main.ts starts the offline install then). */
export const firstBoardDrawn = new Promise<void>((resolve) => {
  boardDrawn = resolve;
});

/** After the next step (the canvas drawn if it changed, the HTML already set): the next frame shows the
 * result of the last action. */
export function markDrawn(scene: Phaser.Scene, playable = false): void {
  wakeRenderer();
  scene.game.events.once(STEP_DONE, () => {
    const now = performance.now();
    window.__lastDrawAt = now;
    if (playable) {
      window.__playableAt = now;
      boardDrawn();
    }
  });
}
