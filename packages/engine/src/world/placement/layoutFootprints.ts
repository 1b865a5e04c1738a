/**
 * Where the things placed automatically stand on the ground, as horizontal footprints (an
 * entity, or a set piece such as a domino chain with the ball aimed at it), shaped for the
 * frame they will be filmed in.
 *
 * - Wide frames (and when no frame is known): a row across x centred on 0, in cast order,
 *   spaced by each footprint's width; more than six fill several rows, front to back, like
 *   lines of text.
 * - Tall and square frames: a narrow cluster in depth. Staggered rows towards and away from
 *   the camera, a few footprints wide (one or two in a 9:16 frame), the tallest things at the
 *   back so the short ones in front are not hidden, each row shifted sideways so the one
 *   behind shows, with a small seeded jitter so it does not look drilled. The camera can then
 *   come close in a narrow frame instead of standing far back from a long row.
 *
 * Pure and deterministic for a given random stream. Footprints never overlap.
 */
import type { Random } from '../../random/createRandom.ts';

export interface Footprint {
  /** Half extents on the ground (x across the picture, z towards the camera). */
  hx: number;
  hz: number;
  /** Height (m), to put tall things behind short ones. */
  height: number;
}

export interface GroundSpot {
  x: number;
  z: number;
}

const ROW_LIMIT = 6;
/** Frames narrower than this (width / height) get the cluster in depth. */
export const DEPTH_LAYOUT_BELOW = 1.2;

/** Clear space around a footprint. */
export function footprintGap(f: Footprint): number {
  return Math.max(0.15, 0.35 * Math.max(f.hx, f.hz));
}

/** Lay footprints out for a frame of `aspect` = width / height (undefined: a row). */
export function layoutFootprints(units: readonly Footprint[], aspect: number | undefined, random: Random): GroundSpot[] {
  if (units.length === 0) return [];
  if (aspect === undefined || aspect >= DEPTH_LAYOUT_BELOW) return layoutInRows(units);
  return layoutInDepth(units, aspect, random);
}

/** A row (up to six) or lines of rows, front row at +z. */
export function layoutInRows(units: readonly Footprint[]): GroundSpot[] {
  const out: GroundSpot[] = units.map(() => ({ x: 0, z: 0 }));
  const all = units.map((_, i) => i);
  if (units.length <= ROW_LIMIT) {
    placeRow(units, all, 0, out);
    return out;
  }
  const footprint = units.reduce((sum, u) => sum + (2 * u.hx + footprintGap(u)) * (2 * u.hz + footprintGap(u)), 0);
  const widest = units.reduce((m, u) => Math.max(m, 2 * u.hx), 0);
  const rowWidth = Math.max(widest, 1.6 * Math.sqrt(footprint));
  const rows: number[][] = [[]];
  let used = 0;
  for (const i of all) {
    const row = rows[rows.length - 1]!;
    const w = 2 * units[i]!.hx + (row.length > 0 ? footprintGap(units[i]!) : 0);
    if (used + w > rowWidth && row.length > 0) {
      rows.push([i]);
      used = 2 * units[i]!.hx;
      continue;
    }
    used += w;
    row.push(i);
  }
  const depths = rows.map((row) => row.reduce((m, i) => Math.max(m, 2 * units[i]!.hz + footprintGap(units[i]!)), 0));
  let z = depths.reduce((a, d) => a + d, 0) / 2;
  rows.forEach((row, r) => {
    placeRow(units, row, z - depths[r]! / 2, out);
    z -= depths[r]!;
  });
  return out;
}

/** Centre a row of footprints on x = 0 at depth z, spaced by width and gap. */
function placeRow(units: readonly Footprint[], row: readonly number[], z: number, out: GroundSpot[], shift = 0): void {
  const widths = row.map((i) => 2 * units[i]!.hx);
  const gaps = row.map((i, k) => (k === 0 ? 0 : Math.max(footprintGap(units[i]!), footprintGap(units[row[k - 1]!]!))));
  const total = widths.reduce((s, w) => s + w, 0) + gaps.reduce((s, g) => s + g, 0);
  let x = -total / 2 + shift;
  row.forEach((i, k) => {
    x += gaps[k]!;
    out[i] = { x: x + units[i]!.hx, z };
    x += widths[k]!;
  });
}

/** Staggered rows in depth for a narrow frame, biggest at the back. */
export function layoutInDepth(units: readonly Footprint[], aspect: number, random: Random): GroundSpot[] {
  const n = units.length;
  const out: GroundSpot[] = units.map(() => ({ x: 0, z: 0 }));
  const columns = Math.max(1, Math.min(n, Math.round(Math.sqrt(n * aspect * 1.8))));
  // Tallest first (then widest; stable), so they fill the back rows and hide nothing.
  const width = (u: Footprint) => Math.max(u.hx, u.hz);
  const order = units.map((_, i) => i).sort((a, b) => units[b]!.height - units[a]!.height || width(units[b]!) - width(units[a]!) || a - b);
  const rows: number[][] = [];
  for (let k = 0; k < n; k += columns) rows.push(order.slice(k, k + columns).sort((a, b) => a - b));
  // Rows from the back (−z) to the front (+z).
  const zs: number[] = [];
  let z = 0;
  rows.forEach((row, r) => {
    if (r > 0) {
      const prev = rows[r - 1]!;
      const gap = 1.5 * Math.max(...row.map((i) => footprintGap(units[i]!)), ...prev.map((i) => footprintGap(units[i]!)));
      z += Math.max(...prev.map((i) => units[i]!.hz)) + Math.max(...row.map((i) => units[i]!.hz)) + gap;
    }
    zs.push(z);
  });
  rows.forEach((row, r) => {
    const width = row.reduce((s, i) => s + 2 * units[i]!.hx + footprintGap(units[i]!), 0);
    const pitch = width / row.length;
    // Alternate rows step left and right so the one behind shows between or beside those in front.
    const shift = rows.length === 1 ? 0 : (r % 2 === 0 ? -1 : 1) * (columns === 1 ? 0.42 : 0.25) * pitch;
    placeRow(units, row, zs[r]!, out, shift);
  });
  // A little irregularity, well inside the gaps so nothing can touch.
  for (const row of rows) {
    const gapX = Math.min(...row.map((i) => footprintGap(units[i]!)));
    for (const i of row) {
      out[i] = { x: out[i]!.x + random.range(-0.2, 0.2) * gapX, z: out[i]!.z + random.range(-0.2, 0.2) * footprintGap(units[i]!) };
    }
  }
  // Centre the cluster on the origin.
  let x0 = Infinity, x1 = -Infinity, z0 = Infinity, z1 = -Infinity;
  units.forEach((u, i) => {
    x0 = Math.min(x0, out[i]!.x - u.hx);
    x1 = Math.max(x1, out[i]!.x + u.hx);
    z0 = Math.min(z0, out[i]!.z - u.hz);
    z1 = Math.max(z1, out[i]!.z + u.hz);
  });
  const cx = (x0 + x1) / 2, cz = (z0 + z1) / 2;
  return out.map((s) => ({ x: s.x - cx, z: s.z - cz }));
}
