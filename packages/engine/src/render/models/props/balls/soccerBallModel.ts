/** A football: white leather with the twelve black pentagons of the classic truncated icosahedron. */
import { normalize, scale, type Vec3 } from '../../../../math/vec3.ts';
import type { Part } from '../../../model/Part.ts';
import { contrastInk } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { yTowards } from '../rotation.ts';

/**
 * A flat patch (a lens-shaped ellipsoid) lying on a ball of radius r around direction n,
 * with footprint radius a: its edge meets the ball and its middle sits just proud of it.
 */
export function surfacePatch(n: Vec3, r: number, a: number, colour: string, layer = 1): Part {
  const c = Math.sqrt(r * r - a * a);
  const t = r - c + r * 0.01;
  return {
    shape: 'ellipsoid',
    position: scale(normalize(n), c),
    size: [2 * a, 2 * t, 2 * a],
    rotation: yTowards(n),
    colour,
    finish: 'satin',
    layer,
  };
}

export const soccerBallModel = defineProp('soccer-ball', ({ half, colour }) => {
  const d = 2 * half[0];
  return [{ shape: 'ellipsoid', position: [0, 0, 0], size: [d, d, d], colour, finish: 'satin', pattern: 'panels', patternColour: contrastInk(colour, '#151515', '#f4f4f4') }];
});
