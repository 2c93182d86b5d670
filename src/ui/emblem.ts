// The title screen's picture: the emblem (a small copy of the board's graph: the core and the five
// forces) and the title's words on the canvas, redrawn on a language switch.
import type * as Phaser from 'phaser';
import { FORCES } from '../core';
import { dict, t } from '../i18n';
import { CORE_RED, EMBLEM, emblemPosition, FORCE_COLOUR, hexToInt, INK, INK_SOFT, LINE } from '../view';
import { textStyle } from './fonts';

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

/** The title's texts in the current language (destroy them before drawing again). */
export function drawTitleTexts(scene: Phaser.Scene): Phaser.GameObjects.Text[] {
  const d = dict();
  const en = t('app.lang') === 'en';
  const texts = [
    scene.add
      .text(
        EMBLEM.x,
        200,
        t('app.title'),
        textStyle({ size: en ? 68 : 96, weight: 700, color: INK, align: 'center' }),
      )
      .setOrigin(0.5),
    scene.add
      .text(
        EMBLEM.x,
        290,
        t('app.subtitle'),
        textStyle({ size: en ? 24 : 30, color: INK_SOFT, align: 'center' }),
      )
      .setOrigin(0.5)
      .setWordWrapWidth(820),
    scene.add
      .text(
        EMBLEM.x,
        EMBLEM.y,
        t('title.emblemCore'),
        textStyle({ size: 24, weight: 700, color: '#ffffff', align: 'center' }),
      )
      .setOrigin(0.5),
  ];
  for (const f of FORCES) {
    const { x: px, y: py } = emblemPosition(f);
    texts.push(
      scene.add
        .text(px, py, d.forceBadge[f], textStyle({ size: 30, weight: 700, color: INK, align: 'center' }))
        .setOrigin(0.5),
    );
  }
  return texts;
}
