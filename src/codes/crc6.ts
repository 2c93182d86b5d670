// CRC-6 (generator x⁶ + x + 1) over the result code's header: it catches every burst of up to six
// bits, so any one changed character among the first four (which hold the header) is caught there,
// and a length that disagrees with the code is then surely a cut, not a typo.

export function crc6(bits: readonly number[]): number {
  let reg = 0;
  for (const b of bits) {
    const top = ((reg >> 5) & 1) ^ b;
    reg = (reg << 1) & 0b111111;
    if (top) reg ^= 0b000011;
  }
  return reg;
}
