/**
 * Perspective camera maths shared by render (drawing) and audio (stereo pan from screen position).
 * A camera looks from `position` at `target`, world Y up, rolled by `roll`.
 */
import type { CameraPose } from '../timeline/Timeline.ts';
import { cross, dot, normalize, sub, type Vec3 } from './vec3.ts';

export interface ViewBasis {
  eye: Vec3;
  /** Unit vectors: right, up, forward (forward points from the eye into the scene). */
  right: Vec3;
  up: Vec3;
  forward: Vec3;
  /** Focal length in pixels for the given viewport height. */
  focal: number;
  cx: number;
  cy: number;
}

export function viewBasis(camera: CameraPose, width: number, height: number): ViewBasis {
  const forward = normalize(sub(camera.target, camera.position));
  let right = normalize(cross(forward, [0, 1, 0]));
  if (right[0] === 0 && right[1] === 0 && right[2] === 0) right = [1, 0, 0]; // looking straight down/up
  let up = cross(right, forward);
  if (camera.roll !== 0) {
    const c = Math.cos(camera.roll);
    const s = Math.sin(camera.roll);
    const r2: Vec3 = [right[0] * c + up[0] * s, right[1] * c + up[1] * s, right[2] * c + up[2] * s];
    const u2: Vec3 = [up[0] * c - right[0] * s, up[1] * c - right[1] * s, up[2] * c - right[2] * s];
    right = r2;
    up = u2;
  }
  const focal = height / 2 / Math.tan(camera.fovY / 2);
  return { eye: camera.position, right, up, forward, focal, cx: width / 2, cy: height / 2 };
}

/** Camera-space coordinates: x right, y up, z = depth along the view direction (positive in front). */
export function toView(basis: ViewBasis, p: Vec3): Vec3 {
  const d = sub(p, basis.eye);
  return [dot(d, basis.right), dot(d, basis.up), dot(d, basis.forward)];
}

export interface ScreenPoint {
  x: number;
  y: number;
  /** Depth in metres along the view direction; ≤ near means behind the camera. */
  depth: number;
  /** Pixels per metre at this depth (for sizing radii). */
  scale: number;
}

export const NEAR_PLANE = 0.05;

/** Project a world point to pixel coordinates (origin top-left, y down). */
export function projectPoint(basis: ViewBasis, p: Vec3): ScreenPoint {
  const v = toView(basis, p);
  const depth = v[2];
  const z = Math.max(depth, NEAR_PLANE);
  const scale = basis.focal / z;
  return { x: basis.cx + v[0] * scale, y: basis.cy - v[1] * scale, depth, scale };
}

/** Horizontal position in [-1, 1] (left..right) of a world point, for stereo panning. */
export function screenPan(basis: ViewBasis, p: Vec3): number {
  const s = projectPoint(basis, p);
  if (s.depth <= NEAR_PLANE) return 0;
  return Math.max(-1, Math.min(1, (s.x - basis.cx) / basis.cx));
}
