/**
 * Shared helpers for the character model tests: a posed context for a kind, and the box that
 * encloses a model's parts.
 */
import { IDENTITY_QUAT, rotate, type Vec3 } from '../../../math/vec3.ts';
import type { Gait, Pose } from '../../../timeline/Timeline.ts';
import { seconds } from '../../../units/units.ts';
import type { ModelContext, Part } from '../../model/Part.ts';
import { entityOfKind } from '../../preview/entityOfKind.ts';

export const GAITS: readonly Gait[] = ['idle', 'walk', 'run', 'jump', 'wave', 'fly', 'swim'];

export function contextFor(kind: string, gait: Gait, phase: number, time = 0, id = `${kind}-1`, size = 1): ModelContext {
  const entity = entityOfKind(kind, { id, size });
  const pose: Pose = {
    position: [0, 0, 0],
    rotation: IDENTITY_QUAT,
    velocity: [0, 0, 0],
    angularVelocity: [0, 0, 0],
    inContact: true,
    submerged: 0,
    gait,
    gaitPhase: phase,
  };
  return { entity, pose, time: seconds(time) };
}

/** Axis-aligned box around the parts (each part bounded by its rotated box). */
export function partsBounds(parts: readonly Part[]): { min: Vec3; max: Vec3 } {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const q = p.rotation ?? IDENTITY_QUAT;
    const axes = [rotate(q, [1, 0, 0]), rotate(q, [0, 1, 0]), rotate(q, [0, 0, 1])];
    for (let i = 0; i < 3; i++) {
      const h = axes.reduce((sum, a, j) => sum + Math.abs(a[i]!) * p.size[j]! / 2, 0);
      min[i] = Math.min(min[i]!, p.position[i]! - h);
      max[i] = Math.max(max[i]!, p.position[i]! + h);
    }
  }
  return { min: min as unknown as Vec3, max: max as unknown as Vec3 };
}
