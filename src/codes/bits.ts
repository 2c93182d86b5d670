// Bit-level writing and reading for the codes: fields of any width, most significant bit first.
// Codes are a few hundred bits, so a plain array of 0/1 is simple and fast enough.

/** Thrown by BitReader when a field runs past the end; callers turn it into a named refusal. */
export class RanOut extends Error {
  constructor() {
    super('the code ends in the middle of a field');
  }
}

export class BitWriter {
  readonly bits: number[] = [];

  /** Writes `value` (0 ≤ value < 2^width, width ≤ 32) in `width` bits. */
  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || (width < 32 && value >= 2 ** width))
      throw new RangeError(`value ${value} does not fit in ${width} bits`);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** A whole number of any size in groups of `group` bits, each followed by a "more follows" bit. */
  writeVarint(value: number, group: number): void {
    const groups: number[] = [];
    let v = value;
    do {
      groups.push(v % 2 ** group);
      v = Math.floor(v / 2 ** group);
    } while (v > 0);
    for (let i = groups.length - 1; i >= 0; i--) {
      this.write(groups[i]!, group);
      this.write(i > 0 ? 1 : 0, 1);
    }
  }

  /** The bits as bytes, the last one padded with zero bits. */
  toBytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((b, i) => {
      if (b) out[i >> 3]! |= 0x80 >> (i & 7);
    });
    return out;
  }

  /** The bits as 5-bit symbols, the last one padded with zero bits. */
  toSymbols(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.bits.length; i += 5) {
      let s = 0;
      for (let j = 0; j < 5; j++) s = (s << 1) | (this.bits[i + j] ?? 0);
      out.push(s);
    }
    return out;
  }
}

export class BitReader {
  private pos = 0;
  private constructor(private readonly bits: readonly number[]) {}

  static ofBytes(bytes: Uint8Array): BitReader {
    const bits: number[] = [];
    for (const byte of bytes) for (let i = 7; i >= 0; i--) bits.push((byte >> i) & 1);
    return new BitReader(bits);
  }

  static ofSymbols(symbols: readonly number[]): BitReader {
    const bits: number[] = [];
    for (const s of symbols) for (let i = 4; i >= 0; i--) bits.push((s >> i) & 1);
    return new BitReader(bits);
  }

  read(width: number): number {
    if (this.pos + width > this.bits.length) throw new RanOut();
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++]!;
    return v;
  }

  /** Reads what writeVarint wrote; refuses more than `maxGroups` groups (a bounded read). */
  readVarint(group: number, maxGroups: number): number | null {
    let v = 0;
    for (let i = 0; i < maxGroups; i++) {
      v = v * 2 ** group + this.read(group);
      if (this.read(1) === 0) return v;
    }
    return null;
  }

  get remaining(): number {
    return this.bits.length - this.pos;
  }

  /** True when every bit left is zero (the padding an encoder writes). */
  restIsZero(): boolean {
    for (let i = this.pos; i < this.bits.length; i++) if (this.bits[i]) return false;
    return true;
  }
}
