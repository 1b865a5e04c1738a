/**
 * How far a vehicle's wheels have turned, from its pose alone: the distance its centre has
 * travelled along its own forward axis divided by the wheel radius. Driving straight this is
 * exactly the rolling angle, so hubcaps and spokes turn at the right speed without any state.
 */
import { dot, rotate, type Vec3 } from '../../../../math/vec3.ts';
import type { Pose } from '../../../../timeline/Timeline.ts';

export function wheelSpin(pose: Pose, forward: Vec3, wheelRadius: number): number {
  const f = rotate(pose.rotation, forward);
  return -dot(pose.position, f) / Math.max(wheelRadius, 1e-6);
}
