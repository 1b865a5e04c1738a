/**
 * How far each mouth shape opens, 0 (closed) to 1 (wide): the people's mouth geometry,
 * scaled so the widest shape is 1. Jaws, beaks and robot mouths open by this much.
 */
import { MOUTH_GEOMETRY, MOUTH_SHAPES, type MouthShape } from '../render/models/characters/face/MouthShape.ts';

const WIDEST = Math.max(...MOUTH_SHAPES.map((s) => MOUTH_GEOMETRY[s].open));

export const MOUTH_OPENNESS: Readonly<Record<MouthShape, number>> = Object.fromEntries(
  MOUTH_SHAPES.map((s) => [s, MOUTH_GEOMETRY[s].open / WIDEST]),
) as Record<MouthShape, number>;
