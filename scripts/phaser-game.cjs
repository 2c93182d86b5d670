// Phaser 4 as this game uses it: `import * as Phaser from 'phaser'` resolves here (vite.config.ts alias).
//
// Only what `src/` names (tests/build/phaser-game.test.ts checks every `Phaser.X` and `this.add.x(` against
// this file) and the scene plugins the scenes call: the game, scenes, the scale manager, the loader (Boot),
// keyboard and pointer input, tweens, Graphics and Rectangle. Phaser's own modules require what they
// need themselves (the Canvas renderer, cameras, textures…). Left out: physics, tilemaps, particles, sound,
// video, text and bitmap text (every word on screen is HTML: src/dom/pictureLabels.ts), render textures, DOM elements, the WebGL renderer and WebGL debugging (build flags
// in scripts/vite-plugin-phaser.ts), and the namespaces the game never calls (Geom, Curves, Actions,
// Display, Animations' factories, the file types beyond the loader's core, the Time clock, the data plugin,
// lights). Measured with the game: Phaser's chunk ≈ 357 KB gzip stock, ≈ 227 KB with the broad entry
// this one replaces, see `npm run bench:load` for today's figure.
//
// Need something that is not here (`this.add.circle is not a function`, `Phaser.X is undefined`)?
// Add its require below, from node_modules/phaser/src (see src/phaser.js and src/gameobjects/index.js).
// PHASER_FULL=1 builds with the stock phaser.esm.js instead.
//
// The renderer is required before the game objects: Phaser's renderer modules require each other in a
// cycle, and with the WebGL renderer (before the game drew on a 2D canvas) its render nodes had to be
// defined before the game objects that extend them. PHASER_FULL=1 still builds that renderer, so the
// order stays.

require('phaser-src/polyfills/requestVideoFrame');

var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');
var Renderer = require('phaser-src/renderer');

// Scene plugins: requiring one registers it, and every scene then gets it (this.events, this.cameras,
// this.scene, this.load, this.input, this.input.keyboard, this.tweens). A plugin not registered is simply
// absent from the scene: no error until the game touches it.
require('phaser-src/events/EventEmitter');
require('phaser-src/cameras/2d/CameraManager');
require('phaser-src/scene/ScenePlugin');
require('phaser-src/loader/LoaderPlugin');
require('phaser-src/input/InputPlugin');
require('phaser-src/input/keyboard/KeyboardPlugin');
require('phaser-src/tweens/TweenManager');

var GameObjects = {
  DisplayList: require('phaser-src/gameobjects/DisplayList'),
  GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
  GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
  UpdateList: require('phaser-src/gameobjects/UpdateList'),
  Events: require('phaser-src/gameobjects/events'),
  GameObject: require('phaser-src/gameobjects/GameObject'),
  Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
  Shape: require('phaser-src/gameobjects/shape/Shape'),
  Rectangle: require('phaser-src/gameobjects/shape/rectangle/Rectangle'),
  // Requiring a factory registers it on `scene.add`.
  Factories: {
    Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
    Rectangle: require('phaser-src/gameobjects/shape/rectangle/RectangleFactory'),
  },
};

var Phaser = {
  Core: require('phaser-src/core'),
  Events: require('phaser-src/events'),
  Game: require('phaser-src/core/Game'),
  GameObjects: GameObjects,
  Input: { Events: require('phaser-src/input/events') },
  Loader: { Events: require('phaser-src/loader/events') },
  Math: { Vector2: require('phaser-src/math/Vector2') },
  Renderer: Renderer,
  Scale: require('phaser-src/scale'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: require('phaser-src/scene'),
  Tweens: require('phaser-src/tweens'),
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
