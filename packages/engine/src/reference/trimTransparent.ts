/** Crops straight RGBA to the bounding box of its visible pixels (alpha above a threshold); undefined when nothing is visible. */
export function trimTransparent(rgba: Uint8Array, width: number, height: number, threshold = 8): { rgba: Uint8Array; width: number; height: number } | undefined {
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (rgba[(y * width + x) * 4 + 3]! > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return undefined;
  const w = x1 - x0 + 1, h = y1 - y0 + 1;
  if (w === width && h === height) return { rgba, width, height };
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) out.set(rgba.subarray(((y + y0) * width + x0) * 4, ((y + y0) * width + x1 + 1) * 4), y * w * 4);
  return { rgba: out, width: w, height: h };
}
