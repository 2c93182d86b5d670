// Phaser 4 as this game uses it: `import * as Phaser from 'phaser'` resolves here (vite.config.ts alias).
//
// It is Phaser's own phaser-core.js (scenes, cameras, input, loader, Graphics, Text, Image, Sprite, Layer,
// tweens, time, scale, textures, the WebGL renderer) plus what a 2D board game may reach for — shapes,
// containers, zones, groups, and the whole Math, Geom, Display, Actions and Utils namespaces — and without
// physics, tilemaps, particles, sound, video, bitmap text, render textures, DOM elements, the deprecated
// Canvas renderer or WebGL debugging (vite.config.ts sets Phaser's build flags). Measured with the game:
// Phaser's chunk goes from ≈ 357 KB to ≈ 215 KB gzip.
//
// Need something that is not here (`this.add.circle is not a function`, `Phaser.X is undefined`)?
// Add its require below, from node_modules/phaser/src (see src/phaser.js and src/gameobjects/index.js).
// PHASER_FULL=1 builds with the stock phaser.esm.js instead.

require('phaser-src/polyfills/requestVideoFrame');

var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');

var GameObjects = {
  DisplayList: require('phaser-src/gameobjects/DisplayList'),
  GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
  GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
  UpdateList: require('phaser-src/gameobjects/UpdateList'),
  Components: require('phaser-src/gameobjects/components'),
  Events: require('phaser-src/gameobjects/events'),
  GetCalcMatrix: require('phaser-src/gameobjects/GetCalcMatrix'),
  BuildGameObject: require('phaser-src/gameobjects/BuildGameObject'),
  BuildGameObjectAnimation: require('phaser-src/gameobjects/BuildGameObjectAnimation'),
  GameObject: require('phaser-src/gameobjects/GameObject'),
  Container: require('phaser-src/gameobjects/container/Container'),
  Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
  Group: require('phaser-src/gameobjects/group/Group'),
  Image: require('phaser-src/gameobjects/image/Image'),
  Layer: require('phaser-src/gameobjects/layer/Layer'),
  Sprite: require('phaser-src/gameobjects/sprite/Sprite'),
  Text: require('phaser-src/gameobjects/text/Text'),
  GetTextSize: require('phaser-src/gameobjects/text/GetTextSize'),
  MeasureText: require('phaser-src/gameobjects/text/MeasureText'),
  TextStyle: require('phaser-src/gameobjects/text/TextStyle'),
  Zone: require('phaser-src/gameobjects/zone/Zone'),
  Shape: require('phaser-src/gameobjects/shape/Shape'),
  Arc: require('phaser-src/gameobjects/shape/arc/Arc'),
  Curve: require('phaser-src/gameobjects/shape/curve/Curve'),
  Ellipse: require('phaser-src/gameobjects/shape/ellipse/Ellipse'),
  Grid: require('phaser-src/gameobjects/shape/grid/Grid'),
  Line: require('phaser-src/gameobjects/shape/line/Line'),
  Polygon: require('phaser-src/gameobjects/shape/polygon/Polygon'),
  Rectangle: require('phaser-src/gameobjects/shape/rectangle/Rectangle'),
  Star: require('phaser-src/gameobjects/shape/star/Star'),
  Triangle: require('phaser-src/gameobjects/shape/triangle/Triangle'),
  // Requiring a factory or creator registers it on `scene.add` / `scene.make`.
  Factories: {
    Container: require('phaser-src/gameobjects/container/ContainerFactory'),
    Graphics: require('phaser-src/gameobjects/graphics/GraphicsFactory'),
    Group: require('phaser-src/gameobjects/group/GroupFactory'),
    Image: require('phaser-src/gameobjects/image/ImageFactory'),
    Layer: require('phaser-src/gameobjects/layer/LayerFactory'),
    Sprite: require('phaser-src/gameobjects/sprite/SpriteFactory'),
    Text: require('phaser-src/gameobjects/text/TextFactory'),
    Zone: require('phaser-src/gameobjects/zone/ZoneFactory'),
    Arc: require('phaser-src/gameobjects/shape/arc/ArcFactory'),
    Curve: require('phaser-src/gameobjects/shape/curve/CurveFactory'),
    Ellipse: require('phaser-src/gameobjects/shape/ellipse/EllipseFactory'),
    Grid: require('phaser-src/gameobjects/shape/grid/GridFactory'),
    Line: require('phaser-src/gameobjects/shape/line/LineFactory'),
    Polygon: require('phaser-src/gameobjects/shape/polygon/PolygonFactory'),
    Rectangle: require('phaser-src/gameobjects/shape/rectangle/RectangleFactory'),
    Star: require('phaser-src/gameobjects/shape/star/StarFactory'),
    Triangle: require('phaser-src/gameobjects/shape/triangle/TriangleFactory'),
  },
  Creators: {
    Container: require('phaser-src/gameobjects/container/ContainerCreator'),
    Graphics: require('phaser-src/gameobjects/graphics/GraphicsCreator'),
    Group: require('phaser-src/gameobjects/group/GroupCreator'),
    Image: require('phaser-src/gameobjects/image/ImageCreator'),
    Layer: require('phaser-src/gameobjects/layer/LayerCreator'),
    Sprite: require('phaser-src/gameobjects/sprite/SpriteCreator'),
    Text: require('phaser-src/gameobjects/text/TextCreator'),
    Zone: require('phaser-src/gameobjects/zone/ZoneCreator'),
  },
};

var Phaser = {
  Actions: require('phaser-src/actions'),
  Animations: require('phaser-src/animations'),
  BlendModes: require('phaser-src/renderer/BlendModes'),
  Cache: require('phaser-src/cache'),
  Cameras: { Scene2D: require('phaser-src/cameras/2d') },
  Core: require('phaser-src/core'),
  Class: require('phaser-src/utils/Class'),
  Curves: require('phaser-src/curves'),
  Data: require('phaser-src/data'),
  Display: require('phaser-src/display'),
  DOM: require('phaser-src/dom'),
  Events: require('phaser-src/events'),
  Filters: require('phaser-src/filters'),
  Game: require('phaser-src/core/Game'),
  GameObjects: GameObjects,
  Geom: require('phaser-src/geom'),
  Input: require('phaser-src/input'),
  Loader: require('phaser-src/loader'),
  Math: require('phaser-src/math'),
  Plugins: require('phaser-src/plugins'),
  Renderer: require('phaser-src/renderer'),
  Scale: require('phaser-src/scale'),
  ScaleModes: require('phaser-src/renderer/ScaleModes'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: require('phaser-src/scene'),
  Structs: require('phaser-src/structs'),
  Textures: require('phaser-src/textures'),
  Time: require('phaser-src/time'),
  TintModes: require('phaser-src/renderer/TintModes'),
  Tweens: require('phaser-src/tweens'),
  Utils: require('phaser-src/utils'),
};

Phaser = Extend(false, Phaser, CONST);

module.exports = Phaser;
