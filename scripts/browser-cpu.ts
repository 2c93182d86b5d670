// The CPU time of the Chromium processes this process started, read from Linux's /proc: the load
// benchmark's whole-browser figure (scripts/bench-load.ts) and the load profiler's stages (profile-load.ts).
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system, ms) of every Chromium process below this one, by pid, read from Linux's
 * /proc (empty elsewhere): the renderer, and the GPU process where software WebGL compiles shaders and
 * draws, which the renderer's own metrics do not see. */
export function browserCpu(): Map<number, number> {
  const out = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return out;
  }
  const tick = 10; // USER_HZ is 100 on Linux: /proc counts CPU time in 10 ms ticks.
  const procs = new Map<number, { ppid: number; cpu: number; comm: string }>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const f = stat.slice(close + 2).split(' ');
      procs.set(Number(e), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) * tick, comm });
    } catch {
      // The process ended while being read.
    }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs)
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        grew = true;
      }
  }
  for (const pid of mine) {
    const p = procs.get(pid);
    if (p && /chrom/i.test(p.comm)) out.set(pid, p.cpu);
  }
  return out;
}
