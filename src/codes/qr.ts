// QR codes for a challenge link or a result code, drawn by the page later (the facilitator projects
// the challenge; a team shows its result). lean-qr (pinned): small, no dependencies, ISO-compliant,
// and it can return SVG source, so the page draws it without a canvas. Error correction is at least
// level M (a phone camera at a projector's distance); the generator raises it when a version has room.
import { correction, generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';

export interface CodeQr {
  /** QR version 1–40 (size = 17 + 4 × version). */
  version: number;
  /** Modules a side (without the quiet zone). */
  size: number;
  /** Row-major: modules[y][x] is true where the module is dark. */
  modules: boolean[][];
  /** A standalone SVG image with a 4-module quiet zone. */
  svg: string;
}

/** The QR code of `text`, no larger than `maxVersion`; null when it does not fit. */
export function codeQr(text: string, maxVersion = 40): CodeQr | null {
  let code: ReturnType<typeof generate>;
  try {
    code = generate(text, { minCorrectionLevel: correction.M, maxVersion });
  } catch {
    return null; // too much data for maxVersion
  }
  const modules = Array.from({ length: code.size }, (_, y) =>
    Array.from({ length: code.size }, (_, x) => code.get(x, y)),
  );
  return {
    version: (code.size - 17) / 4,
    size: code.size,
    modules,
    svg: toSvgSource(code, { on: '#000', off: '#fff', pad: 4 }),
  };
}
