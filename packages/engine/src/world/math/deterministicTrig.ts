/**
 * Sine and cosine from plain arithmetic, so the numbers handed to the physics engine are the
 * same on every machine and JavaScript engine (Math.sin/cos may differ in the last bit
 * between platforms, and the deterministic Rapier build only promises identical results for
 * identical inputs). Accurate to about 1e-15 for |x| up to a few thousand radians.
 */

// π/2 split in two parts (Cody–Waite) so the range reduction stays exact for moderate |x|.
const HALF_PI_HI = 1.5707963267341256;
const HALF_PI_LO = 6.077100506506192e-11;
const TWO_OVER_PI = 0.6366197723675814;

/** Taylor series of sin on [-π/4, π/4] (terms to x¹⁵). */
function sinKernel(r: number): number {
  const r2 = r * r;
  return r * (1 + r2 * (-1 / 6 + r2 * (1 / 120 + r2 * (-1 / 5040 + r2 * (1 / 362880 + r2 * (-1 / 39916800 + r2 * (1 / 6227020800 + r2 * (-1 / 1307674368000))))))));
}

/** Taylor series of cos on [-π/4, π/4] (terms to x¹⁶). */
function cosKernel(r: number): number {
  const r2 = r * r;
  return 1 + r2 * (-1 / 2 + r2 * (1 / 24 + r2 * (-1 / 720 + r2 * (1 / 40320 + r2 * (-1 / 3628800 + r2 * (1 / 479001600 + r2 * (-1 / 87178291200 + r2 * (1 / 20922789888000))))))));
}

function reduce(x: number): { r: number; quadrant: number } {
  const k = Math.round(x * TWO_OVER_PI);
  const r = x - k * HALF_PI_HI - k * HALF_PI_LO;
  return { r, quadrant: ((k % 4) + 4) % 4 };
}

/** sin(x) with a result that depends only on IEEE arithmetic. */
export function detSin(x: number): number {
  const { r, quadrant } = reduce(x);
  switch (quadrant) {
    case 0: return sinKernel(r);
    case 1: return cosKernel(r);
    case 2: return -sinKernel(r);
    default: return -cosKernel(r);
  }
}

/** cos(x) with a result that depends only on IEEE arithmetic. */
export function detCos(x: number): number {
  const { r, quadrant } = reduce(x);
  switch (quadrant) {
    case 0: return cosKernel(r);
    case 1: return -sinKernel(r);
    case 2: return -cosKernel(r);
    default: return sinKernel(r);
  }
}

export const DEG = Math.PI / 180;
