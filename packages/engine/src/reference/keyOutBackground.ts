/**
 * Removes a plain studio background around a product photo: pixels connected to the image
 * border whose colour is close to the border's typical colour become transparent, with a
 * soft edge. Works in place on straight RGBA.
 */
export function keyOutBackground(rgba: Uint8Array, width: number, height: number, tolerance = 38): void {
  const [br, bg, bb] = borderColour(rgba, width, height);
  const n = width * height;
  const distance = (p: number) => {
    const i = p * 4;
    return Math.hypot(rgba[i]! - br, rgba[i + 1]! - bg, rgba[i + 2]! - bb);
  };
  const seen = new Uint8Array(n);
  const stack: number[] = [];
  const push = (p: number) => {
    if (seen[p]) return;
    seen[p] = 1;
    if (distance(p) <= tolerance) stack.push(p);
  };
  for (let x = 0; x < width; x++) {
    push(x);
    push((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    push(y * width);
    push(y * width + width - 1);
  }
  const background = new Uint8Array(n);
  while (stack.length > 0) {
    const p = stack.pop()!;
    background[p] = 1;
    const x = p % width;
    if (x > 0) push(p - 1);
    if (x < width - 1) push(p + 1);
    if (p >= width) push(p - width);
    if (p < n - width) push(p + width);
  }
  for (let p = 0; p < n; p++) {
    if (background[p]) {
      rgba[p * 4 + 3] = 0;
    } else {
      // Soften the edge: pixels next to the background and close to its colour fade out a little.
      const x = p % width;
      const nearBackground =
        (x > 0 && background[p - 1]) || (x < width - 1 && background[p + 1]) || (p >= width && background[p - width]) || (p < n - width && background[p + width]);
      if (nearBackground) rgba[p * 4 + 3] = Math.min(rgba[p * 4 + 3]!, Math.round(255 * Math.min(1, distance(p) / (tolerance * 2))));
    }
  }
}

/** The median of the border pixels, per channel. */
function borderColour(rgba: Uint8Array, width: number, height: number): [number, number, number] {
  const channels: number[][] = [[], [], []];
  const add = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    for (let c = 0; c < 3; c++) channels[c]!.push(rgba[i + c]!);
  };
  for (let x = 0; x < width; x++) {
    add(x, 0);
    add(x, height - 1);
  }
  for (let y = 1; y < height - 1; y++) {
    add(0, y);
    add(width - 1, y);
  }
  return channels.map((v) => v.sort((a, b) => a - b)[v.length >> 1]!) as [number, number, number];
}
