// Reading a team's result-code QR from a camera frame. The browser's own BarcodeDetector when it has
// one for QR codes; otherwise jsQR (pinned 1.4.0: pure JavaScript, no WebAssembly or worker files to
// serve, no dependencies, the most used QR reader on the registry), imported only when a scan starts,
// so neither the first board nor the facilitator view's first paint carries it. No DOM beyond the
// types here: ./scanPanel.ts owns the camera and the video.

/** Pixels as a canvas gives them: RGBA, row by row. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Why the camera cannot be used here, or null when it can (the panel says it and offers paste/import). */
export type CameraProblem = 'insecure' | 'noCamera' | null;

/**
 * getUserMedia exists only in a secure context (https, or http on localhost / 127.0.0.1): on a LAN's
 * plain http address `navigator.mediaDevices` is undefined.
 */
export function cameraProblem(env: { isSecureContext: boolean; mediaDevices?: unknown }): CameraProblem {
  if (!env.isSecureContext) return 'insecure';
  const md = env.mediaDevices as { getUserMedia?: unknown } | undefined;
  return typeof md?.getUserMedia === 'function' ? null : 'noCamera';
}

/** Decodes the QR code in `pixels` with jsQR; null when none is found. */
export async function decodePixels(pixels: Pixels): Promise<string | null> {
  const { default: jsQR } = await import('jsqr');
  const found = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'dontInvert' });
  return found?.data ? found.data : null;
}

interface DetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

/** The browser's BarcodeDetector for QR codes, or null (Chromium on Linux and Firefox have none). */
export async function nativeDetector(): Promise<DetectorLike | null> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    if (!formats.includes('qr_code')) return null;
    return new Detector({ formats: ['qr_code'] });
  } catch {
    return null;
  }
}

/**
 * Remembers what a scan already handed in, so a code held in front of the camera for a few seconds is
 * added once; a different code is new. Bounded: a session has tens of teams.
 */
export class SeenCodes {
  private readonly seen = new Set<string>();
  /** True the first time `text` is offered. */
  fresh(text: string): boolean {
    const key = text.trim();
    if (key === '' || this.seen.has(key)) return false;
    if (this.seen.size >= 500) this.seen.clear();
    this.seen.add(key);
    return true;
  }
  get size(): number {
    return this.seen.size;
  }
}
