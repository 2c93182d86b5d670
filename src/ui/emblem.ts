// The title screen's picture: the emblem (a small copy of the board's graph: the core and the five
// forces) on the canvas, and the title's words over it (the HTML layer), set again on a language switch.
import type * as Phaser from 'phaser';
import { FORCES } from '../core';
import type { PictureLabel } from '../dom/pictureLabels';
import { dict, t } from '../i18n';
import { CORE_RED, EMBLEM, emblemPosition, FORCE_COLOUR, hexToInt, INK, INK_SOFT, LINE } from '../view';
import { pictureLabel } from './sceneKit';

export function drawEmblem(scene: Phaser.Scene): void {
  const g = scene.add.graphics();
  const { x, y } = EMBLEM;
  g.lineStyle(2, hexToInt(LINE), 1);
  g.strokeCircle(x, y, EMBLEM.ring);
  for (const f of FORCES) {
    const p = emblemPosition(f);
    g.lineStyle(EMBLEM.link, hexToInt(CORE_RED), 1);
    g.lineBetween(x, y, p.x, p.y);
  }
  for (const f of FORCES) {
    const p = emblemPosition(f);
    g.fillStyle(0xffffff, 1);
    g.fillCircle(p.x, p.y, EMBLEM.node);
    g.lineStyle(7, hexToInt(FORCE_COLOUR[f]), 1);
    g.strokeCircle(p.x, p.y, EMBLEM.node);
  }
  g.fillStyle(hexToInt(CORE_RED), 1);
  g.fillCircle(x, y, EMBLEM.coreR);
}

/** The title's words in the current language (destroy them before setting them again). */
export function drawTitleTexts(scene: Phaser.Scene): PictureLabel[] {
  const d = dict();
  const en = t('app.lang') === 'en';
  const texts = [
    pictureLabel(scene, EMBLEM.x, 200, t('app.title'), { size: en ? 68 : 96, weight: 700, colour: INK }),
    pictureLabel(scene, EMBLEM.x, 290, t('app.subtitle'), {
      size: en ? 24 : 30,
      colour: INK_SOFT,
      wrap: 820,
    }),
    pictureLabel(scene, EMBLEM.x, EMBLEM.y, t('title.emblemCore'), {
      size: 24,
      weight: 700,
      colour: '#ffffff',
    }),
  ];
  for (const f of FORCES) {
    const { x: px, y: py } = emblemPosition(f);
    texts.push(pictureLabel(scene, px, py, d.forceBadge[f], { size: 30, weight: 700, colour: INK }));
  }
  return texts;
}
