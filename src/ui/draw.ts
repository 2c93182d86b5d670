// Small Phaser drawing helpers the scenes share: dashed lines and circles (Graphics has none).
import * as Phaser from 'phaser';

export function vec(p: { x: number; y: number }): Phaser.Math.Vector2 {
  return new Phaser.Math.Vector2(p.x, p.y);
}

export function dashedLine(
  g: Phaser.GameObjects.Graphics,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  dash: number,
  gap: number,
): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  for (let s = 0; s < len; s += dash + gap) {
    const e = Math.min(len, s + dash);
    g.lineBetween(x1 + ux * s, y1 + uy * s, x1 + ux * e, y1 + uy * e);
  }
}

export function dashedCircle(
  g: Phaser.GameObjects.Graphics,
  cx: number,
  cy: number,
  r: number,
  dash: number,
  gap: number,
): void {
  const step = (dash + gap) / r;
  const arc = dash / r;
  for (let a = 0; a < Math.PI * 2; a += step) {
    g.beginPath();
    g.arc(cx, cy, r, a, Math.min(a + arc, Math.PI * 2));
    g.strokePath();
  }
}
