/** Sutherland–Hodgman clipping of screen polygons. */
/** The part of a convex polygon inside another convex polygon (both flat [x, y, …] lists). */
export function clipConvex(subject: number[], clip: number[]): number[] | null {
  if (clip.length < 6) return null;
  let out = subject;
  const n = clip.length / 2;
  // Orientation of the clip polygon decides which side of each edge is inside.
  let area = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    area += clip[i * 2]! * clip[j * 2 + 1]! - clip[j * 2]! * clip[i * 2 + 1]!;
  }
  const sign = area >= 0 ? 1 : -1;
  for (let i = 0; i < n && out.length >= 6; i++) {
    const ax = clip[i * 2]!, ay = clip[i * 2 + 1]!;
    const bx = clip[((i + 1) % n) * 2]!, by = clip[((i + 1) % n) * 2 + 1]!;
    const side = (x: number, y: number): number => sign * ((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    const input = out;
    out = [];
    const m = input.length / 2;
    for (let k = 0; k < m; k++) {
      const px = input[k * 2]!, py = input[k * 2 + 1]!;
      const qx = input[((k + 1) % m) * 2]!, qy = input[((k + 1) % m) * 2 + 1]!;
      const sp = side(px, py);
      const sq = side(qx, qy);
      if (sp >= 0) out.push(px, py);
      if ((sp >= 0) !== (sq >= 0)) {
        const t = sp / (sp - sq);
        out.push(px + (qx - px) * t, py + (qy - py) * t);
      }
    }
  }
  return out.length >= 6 ? out : null;
}
