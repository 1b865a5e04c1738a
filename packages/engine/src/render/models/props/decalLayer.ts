/**
 * Details laid on a round body (finger holes, seams, stitches) must show on the side facing
 * the camera and hide on the far side as the ball rolls. The renderer paints parts far to near
 * by the depth of their farthest point, and Part.layer moves a part towards the camera by
 * LAYER_METRES per unit (render/parts/sortParts.ts). A detail of footprint radius a on a ball
 * of radius r sorts exactly like the ball when seen edge-on if it is pushed back by r − a:
 * then it is painted before the ball (hidden) whenever it faces away, and after it (visible)
 * whenever it faces the camera. Both lengths are in metres at the entity's actual size.
 */
export const LAYER_METRES = 0.002;

/** A layer that paints a part before anything of a body of radius r (it only shows where it sticks out). */
export function behindLayer(bodyRadius: number): number {
  return -(2 * bodyRadius) / LAYER_METRES;
}

export function decalLayer(bodyRadius: number, footprint: number): number {
  return -Math.max(0, bodyRadius - footprint) / LAYER_METRES;
}
