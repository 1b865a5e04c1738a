/**
 * Rotations the world builds for initial conditions and kinematic motion, made only from
 * arithmetic, square roots and the deterministic sine/cosine, so they are bit-identical on
 * every machine.
 */
import { multiplyQuat, type Quat, type Vec3 } from '../../math/vec3.ts';
import { DEG, detCos, detSin } from './deterministicTrig.ts';

/** Rotation of `angle` radians about a unit axis. */
export function axisAngleQuat(axis: Vec3, angle: number): Quat {
  const s = detSin(angle / 2);
  return [axis[0] * s, axis[1] * s, axis[2] * s, detCos(angle / 2)];
}

/**
 * A plan's Euler angles in degrees [x, y, z], applied about the world axes in the order
 * X, then Y, then Z (so q = qZ · qY · qX).
 */
export function quatFromEulerDegrees(rotation: Vec3): Quat {
  const qx = axisAngleQuat([1, 0, 0], rotation[0] * DEG);
  const qy = axisAngleQuat([0, 1, 0], rotation[1] * DEG);
  const qz = axisAngleQuat([0, 0, 1], rotation[2] * DEG);
  return normalizeQuat(multiplyQuat(qz, multiplyQuat(qy, qx)));
}

export function normalizeQuat(q: Quat): Quat {
  const l = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
  return l > 0 ? [q[0] / l, q[1] / l, q[2] / l, q[3] / l] : [0, 0, 0, 1];
}

/** The shortest rotation taking unit vector `from` onto unit vector `to` (no trigonometry). */
export function quatFromTo(from: Vec3, to: Vec3): Quat {
  const d = from[0] * to[0] + from[1] * to[1] + from[2] * to[2];
  if (d < -0.999999) {
    // Opposite vectors: half a turn about any axis perpendicular to `from`.
    const axis: Vec3 = Math.abs(from[0]) < 0.9 ? [0, -from[2], from[1]] : [from[2], 0, -from[0]];
    const l = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
    return [axis[0] / l, axis[1] / l, axis[2] / l, 0];
  }
  const c: Vec3 = [
    from[1] * to[2] - from[2] * to[1],
    from[2] * to[0] - from[0] * to[2],
    from[0] * to[1] - from[1] * to[0],
  ];
  return normalizeQuat([c[0], c[1], c[2], 1 + d]);
}

/**
 * Rotation about +Y that turns a model's front (+Z) towards the horizontal direction
 * (dx, dz). A zero direction gives the identity (facing the default camera).
 */
export function yawQuatFromDirection(dx: number, dz: number): Quat {
  const l = Math.sqrt(dx * dx + dz * dz);
  if (l < 1e-9) return [0, 0, 0, 1];
  return quatFromTo([0, 0, 1], [dx / l, 0, dz / l]);
}

/** Yaw rotation of `angle` radians about +Y. */
export function yawQuat(angle: number): Quat {
  return [0, detSin(angle / 2), 0, detCos(angle / 2)];
}

/** Row 1 of the rotation matrix (how each local axis projects onto world Y). */
export function upRow(q: Quat): Vec3 {
  const [x, y, z, w] = q;
  return [2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)];
}

/** The full rotation matrix of a unit quaternion, rows first. */
export function rotationMatrix(q: Quat): [Vec3, Vec3, Vec3] {
  const [x, y, z, w] = q;
  return [
    [1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)],
  ];
}
