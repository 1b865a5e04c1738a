/**
 * Camera poses for every frame, from the plan's framing and moves and the cast's positions.
 * This first version frames the whole cast statically; the full set of moves builds on it.
 */
import type { Vec3 } from '../../math/vec3.ts';
import type { ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { CameraPose, TimelineEntity } from '../../timeline/Timeline.ts';
import { radians } from '../../units/units.ts';

/** positions[frame][entity] — entity centres per frame, entities in timeline order. */
export function planCamera(
  plan: ScenePlan,
  entities: readonly TimelineEntity[],
  positions: readonly (readonly Vec3[])[],
  fps: number,
): CameraPose[] {
  void fps;
  const first = positions[0] ?? [];
  let minX = -1, maxX = 1, maxY = 1;
  entities.forEach((e, i) => {
    const p = first[i];
    if (!p) return;
    minX = Math.min(minX, p[0] - e.boundingRadius);
    maxX = Math.max(maxX, p[0] + e.boundingRadius);
    maxY = Math.max(maxY, p[1] + e.boundingRadius);
  });
  const fovY = radians((50 * Math.PI) / 180);
  const aspect = plan.canvas.width / plan.canvas.height;
  const halfWidth = (maxX - minX) / 2 + 0.5;
  const distance = Math.max(halfWidth / (Math.tan(fovY / 2) * aspect), (maxY + 0.5) / Math.tan(fovY / 2), 3);
  const target: Vec3 = [(minX + maxX) / 2, maxY / 2, 0];
  const pose: CameraPose = { position: [target[0], target[1] + distance * 0.25, distance], target, fovY, roll: radians(0) };
  return positions.map(() => pose);
}
