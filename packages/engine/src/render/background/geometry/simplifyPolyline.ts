/**
 * Thins a screen polyline before it is handed to Skia, whose anti-aliased fills cost about a
 * microsecond per edge: points that lie within `tolerance` pixels of the line between their
 * neighbours are dropped, as are runs of points beyond the frame's left or right edge.
 */
export function simplifyPolyline(pts: readonly number[], tolerance: number, minX = -Infinity, maxX = Infinity): number[] {
  const n = pts.length / 2;
  if (n <= 2) return pts.slice();
  const keep: number[] = [];
  const outside = (i: number): boolean => {
    const x = pts[i * 2]!;
    return x < minX || x > maxX;
  };
  let last = 0;
  keep.push(pts[0]!, pts[1]!);
  for (let i = 1; i < n - 1; i++) {
    // Off-screen runs keep only the points next to the visible part.
    if (outside(i) && outside(i - 1) && outside(i + 1)) continue;
    const ax = pts[last * 2]!, ay = pts[last * 2 + 1]!;
    const bx = pts[(i + 1) * 2]!, by = pts[(i + 1) * 2 + 1]!;
    const px = pts[i * 2]!, py = pts[i * 2 + 1]!;
    const dx = bx - ax, dy = by - ay;
    const len = Math.hypot(dx, dy);
    const dev = len < 1e-9 ? Math.hypot(px - ax, py - ay) : Math.abs((px - ax) * dy - (py - ay) * dx) / len;
    if (dev > tolerance || (outside(i) !== outside(i - 1))) {
      keep.push(px, py);
      last = i;
    }
  }
  keep.push(pts[(n - 1) * 2]!, pts[(n - 1) * 2 + 1]!);
  return keep;
}
