/**
 * How a material looks on a model's main surfaces: metal shines, glass is see-through,
 * plastic is glossy, wood is satin with grain, cloth and stone are matte.
 */
import type { Finish, Part } from '../../model/Part.ts';
import { darken } from './colour.ts';

export type Surface = Pick<Part, 'finish' | 'pattern' | 'patternColour'>;

const FINISHES: Readonly<Record<string, Finish>> = {
  metal: 'metal',
  gold: 'metal',
  glass: 'glass',
  ice: 'glass',
  plastic: 'glossy',
  ceramic: 'glossy',
  rubber: 'satin',
  leather: 'satin',
  wood: 'satin',
  tile: 'glossy',
};

export function finishFor(material: string): Finish {
  return FINISHES[material] ?? 'matte';
}

/** Finish plus the material's own surface pattern (wood grain), drawn in a shade of `colour`. */
export function surfaceFor(material: string, colour: string): Surface {
  const finish = finishFor(material);
  if (material === 'wood') return { finish, pattern: 'wood-grain', patternColour: darken(colour, 0.3) };
  return { finish };
}
