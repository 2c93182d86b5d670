// Seeds for fresh games.

/** A short, readable seed for a fresh game (the UI may use randomness; the core never does). */
export function randomSeed(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 6);
}
