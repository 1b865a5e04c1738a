/** In-place iterative radix-2 FFT on separate real/imaginary arrays (length a power of two). */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  if ((n & (n - 1)) !== 0) throw new Error(`FFT length ${n} is not a power of two`);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const half = size >> 1;
    const step = (-2 * Math.PI) / size;
    for (let k = 0; k < half; k++) {
      const wr = Math.cos(step * k);
      const wi = Math.sin(step * k);
      for (let start = 0; start < n; start += size) {
        const a = start + k;
        const b = a + half;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}

/** Magnitude spectra of Hann-windowed frames centred every `hop` samples (bins 0..size/2). */
export function magnitudeFrames(x: Float32Array | Float64Array, size: number, hop: number): Float64Array[] {
  const window = new Float64Array(size);
  for (let i = 0; i < size; i++) window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size);
  const frames: Float64Array[] = [];
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let centre = 0; centre < x.length; centre += hop) {
    const start = centre - size / 2;
    for (let i = 0; i < size; i++) {
      const k = start + i;
      re[i] = k >= 0 && k < x.length ? x[k]! * window[i]! : 0;
      im[i] = 0;
    }
    fft(re, im);
    const mag = new Float64Array(size / 2 + 1);
    for (let b = 0; b <= size / 2; b++) mag[b] = Math.hypot(re[b]!, im[b]!);
    frames.push(mag);
  }
  return frames;
}
