/**
 * Set pieces: several things of one kind set up the way people set them up. Dominoes stand in
 * a line, each turned so it falls onto the next, spaced about two thirds of their height apart
 * (close enough that each one reaches the next, far enough to fall); bowling pins stand in the
 * triangle rack (1, 2, 3, 4 rows, 12 inches between centres at size 1), the head pin towards
 * where the ball comes from.
 *
 * Offsets are horizontal, relative to the middle of the set's footprint.
 */
import type { Quat } from '../../math/vec3.ts';
import type { ColliderSpec } from '../../ontology/ontology.ts';
import { worldHalfExtents } from '../entities/colliderGeometry.ts';
import { yawQuatFromDirection } from '../math/rotations.ts';

export interface SetMember {
  /** Horizontal offset of the member's centre from the middle of the set. */
  x: number;
  z: number;
  rotation: Quat;
}

export interface ArrangedSet {
  members: SetMember[];
  /** Half extents of the set's footprint (x, z) around its middle. */
  hx: number;
  hz: number;
  /** The first member (the one pushed, the head pin): where a ball aimed at the set arrives. */
  front: [number, number];
  /** Horizontal unit direction, from the front member, towards where things aimed at the set come from. */
  approach: [number, number];
}

/** Centre-to-centre spacing of a domino chain as a share of a domino's height. */
export const CHAIN_SPACING = 0.65;
/** Bowling pins: 12 inches between neighbouring centres at size 1. */
export const RACK_SPACING = 0.3048;

function centred(members: SetMember[], colliders: readonly ColliderSpec[], front: [number, number], approach: [number, number]): ArrangedSet {
  let x0 = Infinity, x1 = -Infinity, z0 = Infinity, z1 = -Infinity;
  members.forEach((m, k) => {
    const h = worldHalfExtents(colliders[k]!, m.rotation);
    x0 = Math.min(x0, m.x - h[0]);
    x1 = Math.max(x1, m.x + h[0]);
    z0 = Math.min(z0, m.z - h[2]);
    z1 = Math.max(z1, m.z + h[2]);
  });
  const cx = (x0 + x1) / 2, cz = (z0 + z1) / 2;
  return {
    members: members.map((m) => ({ x: m.x - cx, z: m.z - cz, rotation: m.rotation })),
    hx: (x1 - x0) / 2,
    hz: (z1 - z0) / 2,
    front: [front[0] - cx, front[1] - cz],
    approach,
  };
}

/**
 * A line of dominoes along the horizontal unit `direction` (the way the chain falls), the
 * first one (the one to push) at its start. Each domino's thin side (its collider's z) faces along the line.
 * `spacing` is centre to centre along the line (default CHAIN_SPACING × the tallest height).
 */
export function arrangeChain(colliders: readonly ColliderSpec[], direction: [number, number], spacing?: number): ArrangedSet {
  const [dx, dz] = direction;
  const rotation = yawQuatFromDirection(dx, dz);
  const height = Math.max(...colliders.map((c) => worldHalfExtents(c, [0, 0, 0, 1])[1] * 2));
  const step = spacing ?? CHAIN_SPACING * height;
  const members = colliders.map((_, k): SetMember => ({ x: dx * step * k, z: dz * step * k, rotation }));
  return centred(members, colliders, [0, 0], [-dx, -dz]);
}

/**
 * Bowling pins in a triangle: the head pin first, then rows of 2, 3, 4 … behind it, away
 * from `approach` (the horizontal unit direction towards the bowler).
 */
export function arrangeRack(colliders: readonly ColliderSpec[], approach: [number, number], spacing = RACK_SPACING): ArrangedSet {
  const [ax, az] = approach;
  // Across the lane: perpendicular to the approach.
  const px = -az, pz = ax;
  const rowStep = spacing * Math.sqrt(3) / 2;
  const members: SetMember[] = [];
  let row = 0, inRow = 0;
  for (let k = 0; k < colliders.length; k++) {
    const across = (inRow - row / 2) * spacing;
    members.push({ x: -ax * rowStep * row + px * across, z: -az * rowStep * row + pz * across, rotation: [0, 0, 0, 1] });
    inRow++;
    if (inRow > row) {
      row++;
      inRow = 0;
    }
  }
  return centred(members, colliders, [0, 0], [ax, az]);
}
