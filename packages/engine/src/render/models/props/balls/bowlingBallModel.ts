/** A bowling ball: deep glossy resin with three finger holes. */
import { normalize, type Vec3 } from '../../../../math/vec3.ts';
import { darken } from '../colour.ts';
import { decalLayer } from '../decalLayer.ts';
import { defineProp } from '../defineProp.ts';
import { surfacePatch } from './soccerBallModel.ts';

export const bowlingBallModel = defineProp('bowling-ball', ({ half, colour, scale }) => {
  const r = half[0];
  const holes: Vec3[] = [[-0.2, 0.55, 0.8], [0.2, 0.55, 0.8], [0, 0.2, 0.98]];
  return [
    { shape: 'ellipsoid', position: [0, 0, 0], size: [2 * r, 2 * r, 2 * r], colour, finish: 'glossy' },
    ...holes.map((h, i) => {
      const a = r * (i === 2 ? 0.15 : 0.12);
      return { ...surfacePatch(normalize(h), r, a, darken(colour, 0.85)), finish: 'matte' as const, layer: decalLayer(r * scale, a * scale) };
    }),
  ];
});
