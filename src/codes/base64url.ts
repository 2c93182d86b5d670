// base64url without padding (RFC 4648 §5), read strictly: a code has exactly one spelling, so a
// changed character can never decode to the same bytes (the unused low bits of the last character
// must be zero) — the property the result code's check relies on.

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const VALUE = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let n = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    n += 8;
    while (n >= 6) {
      n -= 6;
      out += ALPHABET[(acc >> n) & 63];
    }
    acc &= (1 << n) - 1;
  }
  if (n > 0) out += ALPHABET[(acc << (6 - n)) & 63];
  return out;
}

export type Base64Read =
  | { ok: true; bytes: Uint8Array }
  /** `badCharacter`: not in the alphabet, or a last character no encoder writes; `badLength`: a length that holds no whole bytes. */
  | { ok: false; kind: 'badCharacter'; position: number; character: string }
  | { ok: false; kind: 'badLength' };

export function fromBase64url(text: string): Base64Read {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++)
    if (!VALUE.has(chars[i]!))
      return { ok: false, kind: 'badCharacter', position: i + 1, character: chars[i]! };
  if (chars.length % 4 === 1) return { ok: false, kind: 'badLength' };
  const bytes = new Uint8Array(Math.floor((chars.length * 6) / 8));
  let acc = 0;
  let n = 0;
  let k = 0;
  for (const ch of chars) {
    acc = (acc << 6) | VALUE.get(ch)!;
    n += 6;
    if (n >= 8) {
      n -= 8;
      bytes[k++] = (acc >> n) & 255;
    }
    acc &= (1 << n) - 1;
  }
  if (acc !== 0)
    return { ok: false, kind: 'badCharacter', position: chars.length, character: chars[chars.length - 1]! };
  return { ok: true, bytes };
}
