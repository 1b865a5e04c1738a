/** Rotations used to pose model parts: about the local axes, and "point this part's Y axis along d". */
import { axisAngle, cross, dot, length, multiplyQuat, normalize, type Quat, type Vec3 } from '../../../math/vec3.ts';

export const rotX = (angle: number): Quat => axisAngle([1, 0, 0], angle);
export const rotY = (angle: number): Quat => axisAngle([0, 1, 0], angle);
export const rotZ = (angle: number): Quat => axisAngle([0, 0, 1], angle);

/** Apply `first`, then `second` (both in the parent frame). */
export const then = (first: Quat, second: Quat): Quat => multiplyQuat(second, first);

/** The shortest rotation taking +Y onto direction d (for rods, stalks, strings). */
export function yTowards(d: Vec3): Quat {
  const u = normalize(d);
  const c = dot([0, 1, 0], u);
  if (c > 1 - 1e-9) return [0, 0, 0, 1];
  if (c < -1 + 1e-9) return [1, 0, 0, 0];
  const axis = cross([0, 1, 0], u);
  return axisAngle(normalize(axis), Math.atan2(length(axis), c));
}

/** The rotation whose columns are the images of local X, Y and Z (an orthonormal, right-handed basis). */
export function fromAxes(x: Vec3, y: Vec3, z: Vec3): Quat {
  const [m00, m10, m20] = x;
  const [m01, m11, m21] = y;
  const [m02, m12, m22] = z;
  const trace = m00 + m11 + m22;
  if (trace > 0) {
    const s = Math.sqrt(trace + 1) * 2;
    return [(m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s, 0.25 * s];
  }
  if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    return [0.25 * s, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  }
  if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    return [(m01 + m10) / s, 0.25 * s, (m12 + m21) / s, (m02 - m20) / s];
  }
  const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
  return [(m02 + m20) / s, (m12 + m21) / s, 0.25 * s, (m10 - m01) / s];
}
