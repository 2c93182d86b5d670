// The few statistics the benchmarks print, in one place so every figure called a median is the same one.

/** The median: the middle value, or the mean of the two middle ones for an even count; NaN for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Smallest, median and largest, and how many; NaN for none. */
export function spread(xs: readonly number[]): { min: number; median: number; max: number; n: number } {
  return {
    min: xs.length ? Math.min(...xs) : Number.NaN,
    median: median(xs),
    max: xs.length ? Math.max(...xs) : Number.NaN,
    n: xs.length,
  };
}
