/**
 * A cartoon eye on a head surface: white, coloured iris, pupil and a glint of light, or a
 * closed lid while blinking. Shared by people and animals.
 */
import type { Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { placePart, type Frame } from '../rig/Frame.ts';
import { onSurface } from './surface.ts';

export interface EyeSpec {
  /** Width of the eye white (m). */
  width: number;
  /** Height / width of the eye white. */
  aspect: number;
  iris: string;
  /** Iris diameter / eye width. */
  irisScale: number;
  /** Pupil shape: round, or a cat's vertical slit. */
  pupil: 'round' | 'slit';
  /** Closed lid colour (skin or fur). */
  lid: string;
  /** Line of the closed lid and lashes. */
  lash: string;
  /** 1 while blinking. */
  closed: boolean;
  /** Gaze offset of the iris, -1..1 each way. */
  look?: readonly [number, number];
  /** Draw no white (animals whose iris fills the eye). */
  noWhite?: boolean;
}

export function buildEye(head: Frame, headSize: Vec3, x: number, y: number, spec: EyeSpec, out: Part[]): void {
  const w = spec.width;
  const h = w * spec.aspect;
  const d = w * 0.45;
  const base = onSurface(head, headSize, x, y, -d * 0.12);
  if (spec.closed) {
    out.push(placePart(base, { shape: 'ellipsoid', position: [0, 0, 0], size: [w * 1.05, h * 1.02, d], colour: spec.lid, finish: 'satin', layer: 1 }));
    out.push(placePart(base, { shape: 'box', position: [0, -h * 0.08, d * 0.48], size: [w * 0.92, Math.max(w * 0.07, 0.002), d * 0.05], colour: spec.lash, finish: 'matte', layer: 2 }));
    return;
  }
  const [lx, ly] = spec.look ?? [0, 0];
  if (!spec.noWhite) {
    out.push(placePart(base, { shape: 'ellipsoid', position: [0, 0, 0], size: [w, h, d], colour: '#fbfbf8', finish: 'glossy', layer: 1 }));
  }
  const iw = w * spec.irisScale;
  const ih = spec.noWhite ? h * 0.98 : iw * 1.05;
  const ix = lx * (w - iw) * 0.35;
  const iy = ly * (h - ih) * 0.3;
  out.push(placePart(base, { shape: 'ellipsoid', position: [ix, iy, d * 0.3], size: [iw, ih, d * 0.5], colour: spec.iris, finish: 'glossy', layer: 2 }));
  const pupil: Vec3 = spec.pupil === 'slit' ? [iw * 0.22, ih * 0.8, d * 0.2] : [iw * 0.52, iw * 0.55, d * 0.2];
  out.push(placePart(base, { shape: 'ellipsoid', position: [ix, iy, d * 0.48], size: pupil, colour: '#101018', finish: 'glossy', layer: 3 }));
  out.push(placePart(base, { shape: 'ellipsoid', position: [ix + iw * 0.2, iy + ih * 0.22, d * 0.56], size: [iw * 0.26, iw * 0.26, d * 0.1], colour: '#ffffff', finish: 'emissive', layer: 4 }));
}
