import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toView, viewBasis } from '../../../math/projectPoint.ts';
import { dot, normalize, rotate, sub, type Quat, type Vec3 } from '../../../math/vec3.ts';
import { createRandom } from '../../../random/createRandom.ts';
import type { Pose } from '../../../timeline/Timeline.ts';
import { radians, seconds } from '../../../units/units.ts';
import type { ModelBuilder } from '../../model/Part.ts';
import { placeParts, type PlacedPart } from '../../parts/PlacedPart.ts';
import { sortParts } from '../../parts/sortParts.ts';
import { entityOfKind } from '../../preview/entityOfKind.ts';
import { baseballModel } from './balls/baseballModel.ts';
import { basketballModel } from './balls/basketballModel.ts';
import { bowlingBallModel } from './balls/bowlingBallModel.ts';
import { LAYER_METRES } from './decalLayer.ts';

// A camera a little above, looking at a ball at the origin.
const basis = viewBasis({ position: [0, 0.6, 2], target: [0, 0, 0], fovY: radians(0.6), roll: radians(0) }, 200, 200);

/**
 * Painter's order with the exact depth extent of round parts (an ellipsoid reaches
 * √Σ(aᵢ·fᵢ)² along the view, a capsule |f·axis|·(h−d)/2 + d/2), far to near.
 */
function exactOrder(placed: readonly PlacedPart[]): number[] {
  const f = basis.forward;
  const along = (a: Vec3) => a[0] * f[0] + a[1] * f[1] + a[2] * f[2];
  const keyed = placed.map((pp) => {
    const p = pp.part;
    const ax = along(rotate(pp.rotation, [1, 0, 0])), ay = along(rotate(pp.rotation, [0, 1, 0])), az = along(rotate(pp.rotation, [0, 0, 1]));
    const extent = p.shape === 'capsule'
      ? (Math.abs(ay) * (p.size[1] - p.size[0])) / 2 + p.size[0] / 2
      : Math.hypot((ax * p.size[0]) / 2, (ay * p.size[1]) / 2, (az * p.size[2]) / 2);
    return { index: pp.index, key: toView(basis, pp.centre)[2] + extent - (p.layer ?? 0) * LAYER_METRES };
  });
  return keyed.sort((a, b) => b.key - a.key || a.index - b.index).map((k) => k.index);
}

/** Decals (every part after the body) painted in the wrong order: over the ball while facing away, or under it while facing the camera. */
function misordered(model: ModelBuilder, kind: string, order: (placed: PlacedPart[]) => number[]): number {
  const rnd = createRandom(7, kind);
  let wrong = 0;
  for (let i = 0; i < 40; i++) {
    const q = [rnd.gaussian(), rnd.gaussian(), rnd.gaussian(), rnd.gaussian()];
    const l = Math.hypot(...q);
    const rotation = q.map((v) => v / l) as unknown as Quat;
    const pose: Pose = { position: [0, 0, 0], rotation, velocity: [0, 0, 0], angularVelocity: [0, 0, 0], inContact: true, submerged: 0 };
    const placed = placeParts(model({ entity: entityOfKind(kind), pose, time: seconds(0) }), pose.position, rotation, 0);
    const o = order(placed);
    const body = o.indexOf(0);
    for (const p of placed.slice(1)) {
      const facing = dot(normalize(p.centre), normalize(sub(basis.eye, p.centre)));
      if (Math.abs(facing) < 0.25) continue; // on the silhouette either order looks right
      if (o.indexOf(p.index) > body !== facing > 0) wrong++;
    }
  }
  return wrong;
}

const BALLS = [
  [bowlingBallModel, 'bowling-ball'],
  [basketballModel, 'basketball'],
  [baseballModel, 'baseball'],
] as const;

test('decal layers put holes, seams and stitches on the near side of a rolling ball only (exact depth extents)', () => {
  for (const [model, kind] of BALLS) assert.equal(misordered(model, kind, exactOrder), 0, kind);
});

test('the renderer paints ball decals on the near side only', () => {
  const renderer = (placed: PlacedPart[]) => sortParts(basis, placed).map((s) => s.placed.index);
  for (const [model, kind] of BALLS) assert.equal(misordered(model, kind, renderer), 0, kind);
});
