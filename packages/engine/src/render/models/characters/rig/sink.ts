/**
 * Hiding features when the camera looks at the far side of what they sit on.
 *
 * The renderer paints parts far to near, ordering them by their farthest point, and a layer
 * lifts a part 2 mm towards the camera. An eye on the front of a head is then painted after the
 * head seen from the front (good) but also seen from behind (it shows through the back of the
 * head). Sinking a feature by a good fraction of its host's depth keeps it in front of the host
 * from the front and behind it from the back.
 */
import type { Part } from '../../../model/Part.ts';

/** Metres one layer step moves a part in the renderer's painter's order (render/parts/sortParts.ts). */
export const LAYER_METRES = 0.002;

/** The layer offset that pushes a part `metres` back in draw order. */
export function sinkLayer(metres: number): number {
  return -metres / LAYER_METRES;
}

/** Push features back by `metres` in draw order, keeping their order among themselves. */
export function sink(parts: readonly Part[], metres: number): Part[] {
  const offset = sinkLayer(metres);
  return parts.map((p) => ({ ...p, layer: (p.layer ?? 0) + offset }));
}
