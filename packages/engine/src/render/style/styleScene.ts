/**
 * The fixed scene every style and preset is checked on: a person, a ball flying across, a
 * crate and a traffic cone in a meadow in the afternoon, with real models and backdrop.
 */
import { axisAngle, type Vec3 } from '../../math/vec3.ts';
import type { Look } from '../../plan/lookSchema.ts';
import type { Timeline } from '../../timeline/Timeline.ts';
import { lookAt, scriptedTimeline } from '../testing/scriptedTimeline.ts';

export function styleScene(look: Look | undefined, width: number, height: number, options: { fps?: 24 | 30; setting?: string } = {}): Timeline {
  const tl = scriptedTimeline({
    setting: options.setting ?? 'meadow',
    timeOfDay: 'afternoon',
    width,
    height,
    fps: options.fps ?? 30,
    duration: 1,
    entities: [
      { kind: 'person', pose: (t) => ({ position: [-0.55, 0.875, 0.1] as Vec3, rotation: axisAngle([0, 1, 0], 0.35 + 0.2 * t) }) },
      { kind: 'ball', colour: '#e0342b', pose: (t) => ({ position: [-1.1 + 3.2 * t, 0.9 + 0.5 * Math.sin(t * 3), 0.9] as Vec3 }) },
      { kind: 'crate', pose: () => ({ position: [0.7, 0.3, -0.6] as Vec3, rotation: axisAngle([0, 1, 0], 0.5) }) },
      { kind: 'traffic-cone', pose: () => ({ position: [0.1, 0.25, -1.3] as Vec3 }) },
    ],
    camera: lookAt([0.7, 1.45, 4.6], [0, 0.7, 0], 46),
  });
  if (look) tl.plan.look = look;
  return tl;
}
