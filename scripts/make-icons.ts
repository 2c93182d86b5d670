// Draws the app's icons (the web app manifest's) with no network and no image library: the emblem
// of the title screen reduced to shapes — the core (一核) as a red disc on paper, five small discs
// around it for the five forces (五社), one ring binding them (联动). Writes public/icons/icon.svg
// and PNGs at 192 and 512 px (plus a maskable 512 with a wider margin) through node:zlib.
// Run: npx tsx scripts/make-icons.ts (the output is committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const PAPER = [0xf6, 0xf1, 0xe6];
const RED = [0xb8, 0x14, 0x1f];
const INK = [0x2b, 0x2f, 0x36];
const FORCES = [
  [0x00, 0x72, 0xb2],
  [0xe6, 0x9f, 0x00],
  [0x00, 0x9e, 0x73],
  [0xcc, 0x79, 0xa7],
  [0x56, 0xb4, 0xe9],
];

/** The emblem in unit coordinates (0..1 across), scaled by `inset` (smaller for a maskable icon). */
function colourAt(x: number, y: number, inset: number): number[] {
  const cx = (x - 0.5) / inset;
  const cy = (y - 0.5) / inset;
  const r = Math.hypot(cx, cy);
  for (let i = 0; i < 5; i++) {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
    if (Math.hypot(cx - 0.34 * Math.cos(a), cy - 0.34 * Math.sin(a)) < 0.075) return FORCES[i]!;
  }
  if (Math.abs(r - 0.34) < 0.014) return INK;
  if (r < 0.17) return RED;
  return PAPER;
}

function crcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
const CRC = crcTable();
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGB PNG of the emblem, 4×4 supersampled so the circles have soft edges. */
function png(size: number, inset: number): Buffer {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const S = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size, inset);
          for (let k = 0; k < 3; k++) sum[k]! += c[k]!;
        }
      for (let k = 0; k < 3; k++) raw[y * (size * 3 + 1) + 1 + x * 3 + k] = Math.round(sum[k]! / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (c: number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function svg(): string {
  const dots = FORCES.map((c, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
    return `<circle cx="${(50 + 34 * Math.cos(a)).toFixed(2)}" cy="${(50 + 34 * Math.sin(a)).toFixed(2)}" r="7.5" fill="${hex(c)}"/>`;
  }).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><title>社区书记</title>` +
    `<rect width="100" height="100" fill="${hex(PAPER)}"/>` +
    `<circle cx="50" cy="50" r="34" fill="none" stroke="${hex(INK)}" stroke-width="2.8"/>` +
    `<circle cx="50" cy="50" r="17" fill="${hex(RED)}"/>${dots}</svg>\n`
  );
}

const out = join(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'icon.svg'), svg());
writeFileSync(join(out, 'icon-192.png'), png(192, 1));
writeFileSync(join(out, 'icon-512.png'), png(512, 1));
writeFileSync(join(out, 'icon-maskable-512.png'), png(512, 0.8));
console.log(`icons written to ${out}`);
