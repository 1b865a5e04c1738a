/**
 * Painter's order for parts. Each part is keyed by the view depth of its farthest point (centre
 * depth plus its half-extent along the view direction): a thin table top is then drawn before a
 * cup standing on its far half, and an eye on the front of a head after the head.
 * Within one model, Part.layer breaks ties (higher on top).
 */
import { toView, type ViewBasis } from '../../math/projectPoint.ts';
import { axesOf, type PlacedPart } from './PlacedPart.ts';

export interface SortedPart {
  placed: PlacedPart;
  /** Depth of the part centre along the view direction (m). */
  depth: number;
  /** Painter's key: larger is farther, drawn first. */
  key: number;
  /** Half-extent of the part along the view direction (m). */
  extent: number;
}

/** Depth of the farthest point of a part's bounding box along the view direction. */
export function partDepthKey(basis: ViewBasis, placed: PlacedPart): SortedPart {
  const p = placed.part;
  const depth = toView(basis, placed.centre)[2];
  const f = basis.forward;
  const [ax, ay, az] = axesOf(placed);
  // Half-sizes projected on the view direction.
  const ex = (ax[0] * f[0] + ax[1] * f[1] + ax[2] * f[2]) * p.size[0] * 0.5;
  const ey = (ay[0] * f[0] + ay[1] * f[1] + ay[2] * f[2]) * p.size[1] * 0.5;
  const ez = (az[0] * f[0] + az[1] * f[1] + az[2] * f[2]) * p.size[2] * 0.5;
  // How far the part reaches towards the back: exact for round shapes (an ellipsoid's support
  // is the root of the summed squares; round sides contribute theirs), the box sum otherwise.
  let extent: number;
  switch (p.shape) {
    case 'ellipsoid':
      extent = Math.hypot(ex, ey, ez);
      break;
    case 'cylinder':
    case 'cone':
    case 'capsule':
      extent = Math.abs(ey) + Math.hypot(ex, ez);
      break;
    default:
      extent = Math.abs(ex) + Math.abs(ey) + Math.abs(ez);
  }
  return { placed, depth, key: depth + extent, extent };
}

/**
 * Sort far to near. A layer lifts a part 2 mm towards the camera, so decals win over the
 * surface they sit on; exact ties keep the model's own order.
 */
export function sortParts(basis: ViewBasis, parts: readonly PlacedPart[]): SortedPart[] {
  const keyed = parts.map((pp) => partDepthKey(basis, pp));
  for (const k of keyed) k.key -= (k.placed.part.layer ?? 0) * 0.002;
  keyed.sort((a, b) => b.key - a.key || a.placed.group - b.placed.group || a.placed.index - b.placed.index);
  return keyed;
}
