/**
 * A head-and-shoulders portrait of a character or animal wearing a given face state, in the
 * model preview studio: for golden images of mouth shapes and blinks, and for looking at them.
 */
import { createCanvas } from '@napi-rs/canvas';
import { viewBasis } from '../../math/projectPoint.ts';
import { IDENTITY_QUAT, type Vec3 } from '../../math/vec3.ts';
import type { CameraPose, Pose } from '../../timeline/Timeline.ts';
import { radians, seconds } from '../../units/units.ts';
import { modelFor } from '../../render/models/modelFor.ts';
import { drawParts } from '../../render/parts/drawParts.ts';
import { placeParts } from '../../render/parts/PlacedPart.ts';
import { colliderHalfExtents } from '../../render/shadows/entityEllipsoid.ts';
import { drawStudioBackdrop } from '../../render/preview/drawStudioBackdrop.ts';
import { entityOfKind } from '../../render/preview/entityOfKind.ts';
import { STUDIO_LIGHTING } from '../../render/preview/studioLighting.ts';
import { RESTING_FACE, type FaceState } from '../FaceState.ts';

export interface PortraitImage {
  rgba: Uint8Array;
  width: number;
  height: number;
  png(): Buffer;
}

/** Where the head is, as fractions of the model's box (x, y from the bottom, z from the back), and how much to show (m at size 1). */
const FOCUS: Readonly<Record<string, { at: Vec3; span: number; azimuth: number }>> = {
  person: { at: [0.5, 0.93, 0.55], span: 0.44, azimuth: 14 },
  robot: { at: [0.5, 0.86, 0.55], span: 0.55, azimuth: 14 },
  astronaut: { at: [0.5, 0.87, 0.55], span: 0.6, azimuth: 14 },
  dog: { at: [0.5, 0.86, 0.8], span: 0.36, azimuth: 22 },
  cat: { at: [0.5, 0.8, 0.88], span: 0.17, azimuth: 30 },
  horse: { at: [0.5, 0.8, 0.92], span: 0.8, azimuth: 35 },
  bird: { at: [0.5, 0.75, 0.75], span: 0.12, azimuth: 30 },
  fish: { at: [0.5, 0.5, 0.85], span: 0.16, azimuth: 45 },
};

export function renderFacePortrait(kind: string, face: Partial<FaceState>, size = 160, time = 0): PortraitImage {
  const entity = entityOfKind(kind, { id: `${kind}-1` });
  const half = colliderHalfExtents(entity.collider);
  const pose: Pose = {
    position: [0, half[1], 0], rotation: IDENTITY_QUAT, velocity: [0, 0, 0], angularVelocity: [0, 0, 0],
    inContact: true, submerged: 0, gait: 'idle', gaitPhase: 0,
  };
  const parts = modelFor(kind)({ entity, pose, time: seconds(time), face: { ...RESTING_FACE, ...face } });
  const placed = placeParts(parts, pose.position, pose.rotation, 0);
  let min: Vec3 = [Infinity, Infinity, Infinity];
  let max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of placed) {
    min = [Math.min(min[0], p.centre[0]), Math.min(min[1], p.centre[1]), Math.min(min[2], p.centre[2])];
    max = [Math.max(max[0], p.centre[0]), Math.max(max[1], p.centre[1]), Math.max(max[2], p.centre[2])];
  }
  const focus = FOCUS[kind] ?? { at: [0.5, 0.85, 0.6] as Vec3, span: 0.5, azimuth: 20 };
  const target: Vec3 = [0, 1, 2].map((k) => min[k]! + (max[k]! - min[k]!) * focus.at[k]!) as unknown as Vec3;
  const span = focus.span * entity.size;
  const fovY = (30 * Math.PI) / 180;
  const distance = span / 2 / Math.tan(fovY / 2);
  const az = (focus.azimuth * Math.PI) / 180;
  const el = (8 * Math.PI) / 180;
  const camera: CameraPose = {
    position: [target[0] + Math.sin(az) * Math.cos(el) * distance, target[1] + Math.sin(el) * distance, target[2] + Math.cos(az) * Math.cos(el) * distance],
    target,
    fovY: radians(fovY),
    roll: radians(0),
  };
  const basis = viewBasis(camera, size, size);
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  drawStudioBackdrop(ctx, basis, target, span, size, size);
  drawParts(ctx, placed, basis, STUDIO_LIGHTING, { fullDetail: true });
  return { rgba: new Uint8Array(canvas.data()), width: size, height: size, png: () => canvas.toBuffer('image/png') };
}
