/** Interleave two float channels into little-endian f32 PCM bytes (L R L R …) for ffmpeg. */
export function interleaveStereo(left: Float32Array, right: Float32Array): Buffer {
  const n = Math.min(left.length, right.length);
  const out = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    out[2 * i] = left[i]!;
    out[2 * i + 1] = right[i]!;
  }
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
