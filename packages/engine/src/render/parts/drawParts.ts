/**
 * Draws world-placed model parts: perspective projection, painter's order by view depth, and
 * per-shape shading from the scene's light. Back faces of flat-faced shapes are culled; curved
 * shapes draw their exact projected outlines.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import { drawEllipsoid } from './drawEllipsoid.ts';
import { drawPolyhedron } from './drawPolyhedron.ts';
import { drawTexturedQuad } from '../reference/drawTexturedQuad.ts';
import { drawRevolved } from './drawRevolved.ts';
import { partFrame } from './partFrame.ts';
import { FULL_DETAIL, partLod } from './partLod.ts';
import type { PlacedPart } from './PlacedPart.ts';
import { createShadeEnv, type ShadeEnv } from './ShadeEnv.ts';
import { PaintBatch } from './PaintBatch.ts';
import { sortParts, type SortedPart } from './sortParts.ts';

export interface DrawPartsOptions {
  /** Draw every part with full shading however small it is on screen (previews; slower). */
  fullDetail?: boolean;
  /** Called after each part is drawn, with its sorted record (the frame renderer uses it for water). */
  afterPart?: (part: SortedPart, ctx: SKRSContext2D) => void;
}

/** Parts smaller than this on screen (px) are not drawn at all. */
export const CULL_BELOW = 0.8;

/** Pixels per metre at a depth. */
export function pixelsPerMetre(env: ShadeEnv, depth: number): number {
  return env.basis.focal / Math.max(0.05, depth);
}

/** Draw one part (no sorting). Parts behind the camera or crossing it are skipped. */
export function drawPart(ctx: SKRSContext2D, env: ShadeEnv, placed: PlacedPart, pxPerMetre = Infinity): void {
  const lod = Number.isFinite(pxPerMetre) ? partLod(placed, pxPerMetre) : FULL_DETAIL;
  if (lod.px < CULL_BELOW) return;
  const c = placed.centre, e = env.basis.eye;
  // Atmospheric perspective, in 1/64 steps so parts at similar distances share gradients.
  const haze = 1 - Math.exp(-Math.hypot(c[0] - e[0], c[1] - e[1], c[2] - e[2]) / env.visibility);
  env.hazeAmount = Math.round(haze * 64) / 64;
  const f = partFrame(placed);
  switch (placed.part.shape) {
    case 'ellipsoid':
      drawEllipsoid(ctx, env, placed, f, lod);
      break;
    case 'quad': {
      const texture = placed.part.texture !== undefined ? env.textures?.get(placed.part.texture) : undefined;
      if (texture && !env.flatFill) {
        env.batch?.flush();
        drawTexturedQuad(ctx, env, f, texture);
      } else {
        drawPolyhedron(ctx, env, placed, f, lod);
      }
      break;
    }
    case 'box':
    case 'wedge':
    case 'pyramid':
      drawPolyhedron(ctx, env, placed, f, lod);
      break;
    case 'cylinder':
    case 'cone':
    case 'capsule':
      drawRevolved(ctx, env, placed, f, lod);
      break;
  }
}

/** Depth-sort and draw all parts, far to near. */
export function drawParts(ctx: SKRSContext2D, parts: readonly PlacedPart[], basis: ViewBasis, lighting: Lighting, options: DrawPartsOptions = {}): void {
  const env = createShadeEnv(basis, lighting);
  env.batch = new PaintBatch(ctx);
  const sorted = sortParts(basis, parts);
  for (const sp of sorted) {
    if (sp.depth + sp.extent <= 0.05) continue; // entirely behind the camera
    drawPart(ctx, env, sp.placed, options.fullDetail ? Infinity : pixelsPerMetre(env, sp.depth));
    if (options.afterPart) {
      env.batch.flush();
      options.afterPart(sp, ctx);
    }
  }
  env.batch.flush();
}
