// Integer helpers: the core never leaves the integers, so every engine computes the same game.

export function clamp(value: number, lo = 0, hi = 100): number {
  return Math.max(lo, Math.min(hi, value));
}

/** Integer division rounding toward zero (like C), for positive and negative numerators. */
export function div(a: number, b: number): number {
  return Math.trunc(a / b);
}
