// The view models: everything the screens show, computed from the game state without Phaser or the
// DOM. Layers (tests/view/layers.test.ts): src/ui → src/dom → src/view → src/core.
export * from './board';
export * from './causes';
export * from './concernNames';
export * from './debrief';
export * from './layout';
export * from './months';
export * from './palette';
export * from './parts';
export * from './sentences';
export * from './summary';
export * from './timeline';
export * from './warning';
