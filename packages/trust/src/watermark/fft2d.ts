/** Complex FFTs (radix 2, in place) on separate real and imaginary arrays, 1-D and square 2-D. */
const twiddleCache = new Map<number, { cos: Float64Array; sin: Float64Array }>();

function twiddles(n: number): { cos: Float64Array; sin: Float64Array } {
  let t = twiddleCache.get(n);
  if (!t) {
    t = { cos: new Float64Array(n / 2), sin: new Float64Array(n / 2) };
    for (let k = 0; k < n / 2; k++) {
      t.cos[k] = Math.cos((-2 * Math.PI * k) / n);
      t.sin[k] = Math.sin((-2 * Math.PI * k) / n);
    }
    twiddleCache.set(n, t);
  }
  return t;
}

/** In-place FFT of `n` points at re[offset + i·stride]; inverse = conjugate transform, unscaled. */
export function fftStrided(re: Float64Array, im: Float64Array, n: number, offset = 0, stride = 1, inverse = false): void {
  if ((n & (n - 1)) !== 0) throw new Error(`FFT length ${n} is not a power of two`);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const a = offset + i * stride, b = offset + j * stride;
      let t = re[a]!; re[a] = re[b]!; re[b] = t;
      t = im[a]!; im[a] = im[b]!; im[b] = t;
    }
  }
  const { cos, sin } = twiddles(n);
  const sg = inverse ? -1 : 1;
  for (let size = 2; size <= n; size <<= 1) {
    const half = size >> 1;
    const step = n / size;
    for (let k = 0; k < half; k++) {
      const wr = cos[k * step]!;
      const wi = sg * sin[k * step]!;
      for (let start = 0; start < n; start += size) {
        const a = offset + (start + k) * stride;
        const b = a + half * stride;
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

/** In-place 2-D FFT of an n×n array stored row by row. */
export function fft2d(re: Float64Array, im: Float64Array, n: number, inverse = false): void {
  for (let r = 0; r < n; r++) fftStrided(re, im, n, r * n, 1, inverse);
  for (let c = 0; c < n; c++) fftStrided(re, im, n, c, n, inverse);
}
