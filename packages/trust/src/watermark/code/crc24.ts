/** CRC-24 (OpenPGP polynomial 0x864CFB, initial value 0xB704CE) over a bit array (MSB first). */
export const CRC_BITS = 24;

export function crc24Bits(bits: ArrayLike<number>): number {
  let crc = 0xb704ce;
  for (let i = 0; i < bits.length; i++) {
    const top = ((crc >>> 23) & 1) ^ (bits[i]! & 1);
    crc = (crc << 1) & 0xffffff;
    if (top) crc ^= 0x864cfb;
  }
  return crc;
}

/** `value` as `count` bits, most significant first. */
export function bitsOf(value: bigint, count: number): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) out[i] = Number((value >> BigInt(count - 1 - i)) & 1n);
  return out;
}

export function valueOf(bits: ArrayLike<number>, from = 0, count = bits.length - from): bigint {
  let v = 0n;
  for (let i = 0; i < count; i++) v = (v << 1n) | BigInt(bits[from + i]! & 1);
  return v;
}

/** Message bits followed by their CRC-24. */
export function withCrc(message: Uint8Array): Uint8Array {
  const out = new Uint8Array(message.length + CRC_BITS);
  out.set(message);
  out.set(bitsOf(BigInt(crc24Bits(message)), CRC_BITS), message.length);
  return out;
}

/** The message bits if the trailing CRC-24 matches, else undefined. */
export function checkCrc(bits: Uint8Array): Uint8Array | undefined {
  const n = bits.length - CRC_BITS;
  if (n <= 0) return undefined;
  const message = bits.subarray(0, n);
  return Number(valueOf(bits, n, CRC_BITS)) === crc24Bits(message) ? message.slice() : undefined;
}
