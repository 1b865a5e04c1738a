/**
 * How an entity is turned when it starts: an absolute placement's own rotation; a barrel or
 * log that rolls lies across its path; a vehicle points its front (+X) the way it drives; a
 * character faces where it goes; a long cylinder that rests on its side (a log) lies down,
 * turned a little into the depth of the picture so it reads as a log and not a bar; the rest
 * stand as their collider is given (bottles, cans, barrels and bowling pins stand).
 */
import type { Quat } from '../../math/vec3.ts';
import type { Action } from '../../plan/scenePlanSchema.ts';
import type { PhysicalEntity } from '../entities/resolveEntity.ts';
import { DEG, detCos, detSin } from '../math/deterministicTrig.ts';
import { quatFromEulerDegrees, quatFromTo, yawQuatFromDirection } from '../math/rotations.ts';

const MOVING_ACTIONS = new Set(['walk', 'run', 'fly', 'roll', 'slide', 'push', 'throw', 'jump']);

/** Horizontal unit direction of an action (default +x, to the right). */
export function horizontalDirection(direction: readonly number[] | undefined): [number, number] {
  if (!direction) return [1, 0];
  const l = Math.sqrt(direction[0]! * direction[0]! + direction[2]! * direction[2]!);
  return l > 1e-9 ? [direction[0]! / l, direction[2]! / l] : [1, 0];
}

/** Quaternion turning +X onto the horizontal direction (dx, dz), about +Y. */
export function yawQuatFromXAxis(dx: number, dz: number): Quat {
  const l = Math.sqrt(dx * dx + dz * dz);
  if (l < 1e-9) return [0, 0, 0, 1];
  return quatFromTo([1, 0, 0], [dx / l, 0, dz / l]);
}

/**
 * `aspect` is the frame's width / height: in a tall frame a lying log turns further into the
 * depth so it fits the narrow width.
 */
export function restRotation(e: PhysicalEntity, actions: readonly (Action | undefined)[], aspect = 16 / 9): Quat {
  const p = e.source.placement;
  if (p.type === 'absolute' && p.rotation) return quatFromEulerDegrees(p.rotation);
  const moving = actions.find((a) => a && MOVING_ACTIONS.has(a.type));
  const shape = e.timeline.collider.shape;
  if (shape === 'cylinder' && moving?.type === 'roll') {
    // A barrel or a log rolls on its side, its axis across the direction of travel.
    const [dx, dz] = horizontalDirection(moving.direction);
    return quatFromTo([0, 1, 0], [dz, 0, -dx]);
  }
  if (e.timeline.mobility === 'character' && moving?.direction) {
    const [dx, dz] = horizontalDirection(moving.direction);
    return yawQuatFromDirection(dx, dz);
  }
  if (e.kind.category === 'vehicle' && moving?.direction && moving.type !== 'fly') {
    const [dx, dz] = horizontalDirection(moving.direction);
    return yawQuatFromXAxis(dx, dz);
  }
  if (e.kind.rest === 'side' && (shape === 'cylinder' || shape === 'capsule')) {
    // Lying along x, turned back into the picture: 15° in a wide frame, 35° in a tall one.
    const angle = (aspect < 1 ? 35 : 15) * DEG;
    return quatFromTo([0, 1, 0], [detCos(angle), 0, -detSin(angle)]);
  }
  return [0, 0, 0, 1];
}
