// Reads a Chromium trace (with Skia's categories) for the GPU programs a page compiled and what its frames
// cost. With software WebGL (SwiftShader), the first frame that uses a new program pays for compiling it twice:
// Skia's GL program (`shader_compile`, 5–30 ms on the GPU process's main thread) and SwiftShader's own code for
// the pipeline, which shows up as that frame's `SwapBuffers` waiting for the GPU to finish (headless Chromium
// reads every frame back). A tool for explaining load times (docs/load.md), not a benchmark: which frame
// compiles a program depends on timing, so the count before the board moves between runs; the count up to a
// second after it is steadier.
import { median } from '../src/cli/stats.ts';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface GpuPrograms {
  /** Programs compiled from navigation to the board (`untilMs`), and to one second after it. */
  beforeBoard: number;
  byOneSecondAfter: number;
  /** The draw ops that needed them (up to a second after the board). */
  byOp: Map<string, number>;
  /** Frames (display swaps) before the board with no new program since the previous frame: their ms. */
  plainFrames: number[];
  /** Frames before the board after new programs: how many were new, and the frame's ms. */
  newProgramFrames: Array<{ programs: number; ms: number }>;
}

/** The trace time (µs) of the page's own navigation: the last navigationStart (the first is the blank page). */
export function navigationTs(events: TraceEvent[]): number {
  const navs = events.filter((e) => e.name === 'navigationStart').map((e) => e.ts);
  return navs.length ? Math.max(...navs) : 0;
}

/** Each thread's name, keyed `pid:tid`, from the trace's metadata events. */
export function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  return names;
}

/** Counts the GPU process's Skia program compiles after navigation; `untilMs` is the board, as performance.now(). */
export function gpuPrograms(events: TraceEvent[], untilMs: number): GpuPrograms {
  const threads = threadNames(events);
  const from = navigationTs(events);
  const board = from + untilMs * 1000;
  const gpu = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.ts >= from &&
      e.ts <= board + 1e6 &&
      /^(CrGpuMain|VizCompositorThread)$/.test(threads.get(`${e.pid}:${e.tid}`) ?? ''),
  );
  const compiles = gpu.filter((e) => e.name === 'shader_compile').sort((a, b) => a.ts - b.ts);
  // The op that asked for the program is the innermost enclosing `…Op` event on the same thread.
  const byOp = new Map<string, number>();
  for (const c of compiles) {
    const op = gpu
      .filter(
        (p) =>
          p.tid === c.tid &&
          p.pid === c.pid &&
          p.name.endsWith('Op') &&
          p.ts <= c.ts &&
          p.ts + (p.dur ?? 0) >= c.ts + (c.dur ?? 0),
      )
      .sort((a, b) => (a.dur ?? 0) - (b.dur ?? 0))[0]?.name;
    byOp.set(op ?? 'other', (byOp.get(op ?? 'other') ?? 0) + 1);
  }
  const swaps = gpu
    .filter((e) => e.name === 'SkiaOutputSurfaceImplOnGpu::SwapBuffers' && e.ts <= board)
    .sort((a, b) => a.ts - b.ts);
  const plainFrames: number[] = [];
  const newProgramFrames: Array<{ programs: number; ms: number }> = [];
  let prev = from;
  for (const s of swaps) {
    const programs = compiles.filter((c) => c.ts >= prev && c.ts < s.ts).length;
    const ms = (s.dur ?? 0) / 1000;
    if (programs === 0) plainFrames.push(ms);
    else newProgramFrames.push({ programs, ms });
    prev = s.ts;
  }
  return {
    beforeBoard: compiles.filter((c) => c.ts <= board).length,
    byOneSecondAfter: compiles.length,
    byOp,
    plainFrames,
    newProgramFrames,
  };
}

/** The lines `profile-load` prints for one page. */
export function describeGpuPrograms(p: GpuPrograms): string[] {
  const ops = [...p.byOp].sort((a, b) => b[1] - a[1]).map(([op, n]) => `${n} ${op}`);
  return [
    `GPU programs compiled (Skia, software WebGL): ${p.beforeBoard} before the board, ${p.byOneSecondAfter} by a second after it${ops.length ? ` (${ops.join(', ')})` : ''}`,
    `  frames before the board after new programs (programs → frame ms): ${p.newProgramFrames.map((f) => `${f.programs}→${f.ms.toFixed(0)}`).join(' ') || 'none'}`,
    `  frames before the board without new programs: ${p.plainFrames.length ? `${p.plainFrames.length}, median ${median(p.plainFrames).toFixed(0)} ms` : 'none'}`,
  ];
}
