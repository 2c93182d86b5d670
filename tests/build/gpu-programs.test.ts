// profile-load's GPU-program count (scripts/gpu-programs.ts) read from a small made-up trace: programs are
// counted from the page's own navigation, split at the board, named by the draw op that asked for them, and
// each frame is paired with the programs compiled since the frame before it.
import { describe, expect, test } from 'vitest';
import { describeGpuPrograms, gpuPrograms, type TraceEvent } from '../../scripts/gpu-programs.ts';

const GPU = 7;
const MAIN = 1;
const VIZ = 2;
const ms = (t: number) => t * 1000;
const x = (name: string, tid: number, at: number, dur: number): TraceEvent => ({
  name,
  ph: 'X',
  ts: ms(at),
  dur: ms(dur),
  pid: GPU,
  tid,
});
const compile = (op: string, tid: number, at: number): TraceEvent[] => [
  x(op, tid, at, 10),
  x('shader_compile', tid, at + 1, 8),
];
const swap = (at: number, dur: number) => x('SkiaOutputSurfaceImplOnGpu::SwapBuffers', MAIN, at, dur);

const trace: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: GPU, tid: MAIN, args: { name: 'CrGpuMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: GPU, tid: VIZ, args: { name: 'VizCompositorThread' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 9, tid: 1, args: { name: 'CrRendererMain' } },
  // The blank page's navigation, then the page's own at 100 ms.
  { name: 'navigationStart', ph: 'R', ts: ms(10), pid: 9, tid: 1 },
  { name: 'navigationStart', ph: 'R', ts: ms(100), pid: 9, tid: 1 },
  ...compile('FillRectOp', MAIN, 50), // before the page's navigation: not counted
  ...compile('FillRectOp', MAIN, 200),
  ...compile('CircularRRectOp', VIZ, 220),
  swap(300, 150),
  swap(500, 10),
  ...compile('TextureOp', MAIN, 600),
  swap(700, 90),
  // The board at 800 ms after navigation (900 on the trace clock); one more program after it, one too late.
  ...compile('FillRectOp', MAIN, 1200),
  ...compile('AtlasTextOp', MAIN, 2500),
  // A compile on a renderer thread is not the GPU process's.
  { ...x('shader_compile', 1, 400, 5), pid: 9 },
];

describe('GPU programs on the way to the board (profile-load)', () => {
  const p = gpuPrograms(trace, 800);

  test('counts the programs compiled after the page navigated, before the board and up to a second after', () => {
    expect(p.beforeBoard).toBe(3);
    expect(p.byOneSecondAfter).toBe(4);
    expect(Object.fromEntries(p.byOp)).toEqual({ FillRectOp: 2, CircularRRectOp: 1, TextureOp: 1 });
  });

  test('pairs each frame before the board with the programs compiled since the frame before it', () => {
    expect(p.newProgramFrames).toEqual([
      { programs: 2, ms: 150 },
      { programs: 1, ms: 90 },
    ]);
    expect(p.plainFrames).toEqual([10]);
  });

  test('prints the counts and the frames', () => {
    const lines = describeGpuPrograms(p).join('\n');
    expect(lines).toContain('3 before the board, 4 by a second after it');
    expect(lines).toContain('2→150 1→90');
    expect(lines).toContain('without new programs: 1, median 10 ms');
  });
});
