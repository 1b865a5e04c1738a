/**
 * Where a sound sits in the stereo image: panned by where its source appears on screen
 * (the frame nearest to the moment it sounds) and gently quieter the further it is from
 * the camera, so the audience hears things where they see them.
 */
import { screenPan, viewBasis } from '../../math/projectPoint.ts';
import { length, sub, type Vec3 } from '../../math/vec3.ts';
import type { Timeline } from '../../timeline/Timeline.ts';
import { equalPowerPan } from '../mix/equalPowerPan.ts';

/** Distance at which a source plays at its nominal level (m). */
export const REFERENCE_DISTANCE = 4;

export interface SoundPlacement {
  pan: number;
  /** Channel gains including distance attenuation. */
  left: number;
  right: number;
}

/** Gentle distance law: −3.6 dB per doubling, limited to +3.5 / −12 dB. */
export function distanceGain(distance: number): number {
  const g = Math.pow(REFERENCE_DISTANCE / Math.max(distance, 0.1), 0.6);
  return Math.min(1.5, Math.max(0.25, g));
}

export function nearestFrameIndex(timeline: Timeline, time: number): number {
  const last = timeline.frames.length - 1;
  return Math.max(0, Math.min(last, Math.round(time * timeline.fps)));
}

export function placeSound(timeline: Timeline, time: number, position: Vec3): SoundPlacement {
  if (timeline.frames.length === 0) return { pan: 0, left: Math.SQRT1_2, right: Math.SQRT1_2 };
  const camera = timeline.frames[nearestFrameIndex(timeline, time)]!.camera;
  return placeFromCamera(timeline, camera, position);
}

export function placeFromCamera(
  timeline: Timeline,
  camera: Timeline['frames'][number]['camera'],
  position: Vec3,
): SoundPlacement {
  const pan = screenPan(viewBasis(camera, timeline.width, timeline.height), position) || 0;
  const distance = length(sub(position, camera.position));
  const g = Number.isFinite(distance) ? distanceGain(distance) : 1;
  const { left, right } = equalPowerPan(pan);
  return { pan, left: left * g, right: right * g };
}
