/**
 * A portrait of one entity kind in a neutral studio: the model as the renderer draws it in
 * videos, seen from a three-quarter view, with its ground shadow. Model authors use it to look
 * at their work and for golden tests.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { viewBasis } from '../../math/projectPoint.ts';
import { IDENTITY_QUAT, type Vec3 } from '../../math/vec3.ts';
import type { CameraPose, Pose } from '../../timeline/Timeline.ts';
import { radians, seconds } from '../../units/units.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import { modelFor } from '../models/modelFor.ts';
import { drawParts } from '../parts/drawParts.ts';
import { placeParts } from '../parts/PlacedPart.ts';
import { colliderHalfExtents, entityEllipsoid } from '../shadows/entityEllipsoid.ts';
import { drawGroundShadow } from '../shadows/drawGroundShadow.ts';
import { drawStudioBackdrop } from './drawStudioBackdrop.ts';
import { entityOfKind } from './entityOfKind.ts';
import { STUDIO_LIGHTING } from './studioLighting.ts';

export interface PreviewOptions {
  width?: number;
  height?: number;
  colour?: string;
  material?: string;
  size?: number;
  pose?: Partial<Pose>;
  time?: number;
  /** Light to render under (default: the studio key light). */
  lighting?: Lighting;
  /** Camera azimuth in degrees from the model's front (+Z), positive to the right; default 35. */
  azimuth?: number;
  /** Camera elevation in degrees; default 18. */
  elevation?: number;
  /**
   * Simplify small parts as videos do (flat fills, no tiny highlights or patterns). Off by
   * default: a portrait shows every part fully shaded.
   */
  videoDetail?: boolean;
}

export interface PreviewImage {
  rgba: Uint8Array;
  width: number;
  height: number;
  canvas: Canvas;
}

export function renderEntityPreview(kind: string, opts: PreviewOptions = {}): PreviewImage {
  const width = opts.width ?? 320;
  const height = opts.height ?? 320;
  const entity = entityOfKind(kind, { colour: opts.colour, material: opts.material, size: opts.size });
  const half = colliderHalfExtents(entity.collider);
  const pose: Pose = {
    position: [0, half[1], 0],
    rotation: IDENTITY_QUAT,
    velocity: [0, 0, 0],
    angularVelocity: [0, 0, 0],
    inContact: true,
    submerged: 0,
    ...(entity.category === 'character' || entity.category === 'animal' ? { gait: 'idle' as const, gaitPhase: 0 } : {}),
    ...opts.pose,
  };
  const time = seconds(opts.time ?? 0);
  const parts = modelFor(kind)({ entity, pose, time });
  const placed = placeParts(parts, pose.position, pose.rotation, 0);

  // Frame the model's actual extent (parts may reach beyond the collider).
  let min: Vec3 = [Infinity, Infinity, Infinity];
  let max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of placed) {
    const r = Math.hypot(p.part.size[0], p.part.size[1], p.part.size[2]) / 2;
    min = [Math.min(min[0], p.centre[0] - r), Math.min(min[1], p.centre[1] - r), Math.min(min[2], p.centre[2] - r)];
    max = [Math.max(max[0], p.centre[0] + r), Math.max(max[1], p.centre[1] + r), Math.max(max[2], p.centre[2] + r)];
  }
  if (!Number.isFinite(min[0])) {
    min = [pose.position[0] - half[0], pose.position[1] - half[1], pose.position[2] - half[2]];
    max = [pose.position[0] + half[0], pose.position[1] + half[1], pose.position[2] + half[2]];
  }
  const centre: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const radius = Math.max(0.01, Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2) * 0.8;
  const fovY = (32 * Math.PI) / 180;
  const aspect = width / height;
  const halfFov = Math.min(fovY / 2, Math.atan(Math.tan(fovY / 2) * aspect));
  const distance = (radius / Math.sin(halfFov)) * 1.12;
  const az = ((opts.azimuth ?? 35) * Math.PI) / 180;
  const el = ((opts.elevation ?? 18) * Math.PI) / 180;
  const dir: Vec3 = [Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el)];
  const camera: CameraPose = {
    position: [centre[0] + dir[0] * distance, centre[1] + dir[1] * distance, centre[2] + dir[2] * distance],
    target: centre,
    fovY: radians(fovY),
    roll: radians(0),
  };
  const basis = viewBasis(camera, width, height);
  const lighting = opts.lighting ?? STUDIO_LIGHTING;

  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  drawStudioBackdrop(ctx, basis, centre, radius, width, height);
  drawGroundShadow(ctx, basis, entityEllipsoid(entity.collider, pose.position, pose.rotation), {
    sunDirection: lighting.sunDirection,
    strength: lighting.shadowStrength,
  });
  drawParts(ctx, placed, basis, lighting, { fullDetail: !opts.videoDetail });
  const rgba = new Uint8Array(canvas.data());
  return { rgba, width, height, canvas };
}
