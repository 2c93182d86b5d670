// Draw the canvas only when its picture changed. The loop steps every frame while awake (idle.ts keeps it
// awake for a moment after any input), and most of those frames change only the HTML layer: a focus ring,
// the scenario list, a dialog. Phaser would draw the canvas again, identical, every time: the whole
// picture redrawn and the canvas composited again, without a graphics card in software, which delays the
// frames that do change something. So after each step the game reads what the canvas would show (the scenes
// drawn, their cameras, each object's drawn properties, each Graphics' commands) into a list of numbers,
// and renders only when the list differs from the one last drawn. The game draws with Graphics and
// Rectangle only (scripts/phaser-game.cjs), so the list is short and exact: no hash, no collision.
import * as Phaser from 'phaser';

/** On game.events after every step, drawn or not: the frame showing the step's result is on its way. */
export const STEP_DONE = 'cs-stepdone';

const ids = new WeakMap<object, number>();
const strings = new Map<string, number>();
let nextId = 1;

function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

/** Any value as one number: an object by identity, a string by its first sighting. */
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === undefined || v === null) return -1;
  if (typeof v === 'string') {
    let id = strings.get(v);
    if (id === undefined) {
      id = -2 - strings.size;
      strings.set(v, id);
    }
    return id;
  }
  return typeof v === 'object' || typeof v === 'function' ? idOf(v) : Number.NaN;
}

// The properties of a game object that change its pixels (Transform, Alpha, Visible, Depth, BlendMode,
// ScrollFactor, Origin, Size; a Shape's fill and stroke).
const OBJECT_KEYS = [
  'visible',
  'alpha',
  'x',
  'y',
  'scaleX',
  'scaleY',
  'rotation',
  'depth',
  'blendMode',
  'scrollFactorX',
  'scrollFactorY',
  'originX',
  'originY',
  'width',
  'height',
  'mask',
] as const;
const SHAPE_KEYS = [
  'fillColor',
  'fillAlpha',
  'strokeColor',
  'strokeAlpha',
  'lineWidth',
  'isFilled',
  'isStroked',
  'closePath',
] as const;
const CAMERA_KEYS = [
  'visible',
  'alpha',
  'x',
  'y',
  'width',
  'height',
  'zoomX',
  'zoomY',
  'scrollX',
  'scrollY',
  'rotation',
  'originX',
  'originY',
  'transparent',
  'roundPixels',
] as const;
const CAMERA_EFFECTS = [
  'fadeEffect',
  'flashEffect',
  'shakeEffect',
  'panEffect',
  'zoomEffect',
  'rotateToEffect',
];

type Bag = Record<string, unknown>;

function readObject(obj: Phaser.GameObjects.GameObject, out: number[]): void {
  const o = obj as unknown as Bag;
  out.push(idOf(obj));
  for (const k of OBJECT_KEYS) out.push(num(o[k]));
  if (obj instanceof Phaser.GameObjects.Shape) for (const k of SHAPE_KEYS) out.push(num(o[k]));
  if (obj instanceof Phaser.GameObjects.Graphics) {
    const commands = obj.commandBuffer as unknown[];
    out.push(commands.length);
    for (const c of commands) out.push(num(c));
  }
  // A container's children (none today; cheap to follow should one appear).
  const list = o.list;
  if (Array.isArray(list)) for (const child of list) readObject(child as Phaser.GameObjects.GameObject, out);
}

/**
 * What the canvas shows, as numbers: the canvas size, then per scene drawn its cameras and its display
 * list. Returns false when something is moving that the list cannot see (a camera effect): draw then.
 */
export function readPicture(game: Phaser.Game, out: number[]): boolean {
  out.length = 0;
  out.push(game.canvas.width, game.canvas.height);
  let still = true;
  for (const scene of game.scene.scenes) {
    const { settings } = scene.sys;
    // The scenes the Scene Manager renders (SceneManager#render).
    const status = settings.status;
    if (!settings.visible || status < Phaser.Scenes.LOADING || status >= Phaser.Scenes.SLEEPING) continue;
    out.push(idOf(scene));
    for (const cam of scene.sys.cameras.cameras) {
      const c = cam as unknown as Bag;
      out.push(idOf(cam));
      for (const k of CAMERA_KEYS) out.push(num(c[k]));
      out.push(cam.backgroundColor.color32);
      for (const e of CAMERA_EFFECTS)
        if ((c[e] as { isRunning?: boolean } | undefined)?.isRunning) still = false;
    }
    for (const obj of scene.sys.displayList.list) readObject(obj, out);
  }
  return still;
}

function same(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

interface Steppable {
  pendingDestroy: boolean;
  isPaused: boolean;
  runDestroy(): void;
  step(time: number, delta: number): void;
}

/**
 * Replaces the game's step (call from the config's preBoot, before the loop binds it): the same events
 * and scene update as Phaser's, then a render only when the picture changed, the canvas's context came
 * back, or a snapshot is asked for; STEP_DONE either way.
 */
export function renderOnChange(game: Phaser.Game): void {
  let drawn: number[] = [];
  let next: number[] = [];
  let mustDraw = true;
  const g = game as unknown as Steppable;
  game.events.once(Phaser.Core.Events.READY, () => {
    // A 2D canvas whose context the browser lost (its GPU reset) comes back blank: draw it again.
    game.canvas.addEventListener('contextrestored', () => {
      mustDraw = true;
    });
  });
  g.step = (time: number, delta: number) => {
    if (g.pendingDestroy) return g.runDestroy();
    if (g.isPaused) return;
    const events = game.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    const still = readPicture(game, next);
    const snapshot = !!(game.renderer as unknown as { snapshotState?: { callback?: unknown } }).snapshotState
      ?.callback;
    if (mustDraw || !still || snapshot || !same(next, drawn)) {
      const renderer = game.renderer;
      renderer.preRender();
      events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
      game.scene.render(renderer);
      renderer.postRender();
      events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
      [drawn, next] = [next, drawn];
      mustDraw = false;
    } else {
      // What SceneManager#render would have done at its end: the next update may process its queue.
      (game.scene as unknown as { isProcessing: boolean }).isProcessing = false;
    }
    events.emit(STEP_DONE, time, delta);
  };
}
