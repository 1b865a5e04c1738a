/**
 * A stylised face on an ellipsoidal head: eyes, brows, nose, mouth (in any MouthShape, so
 * speech can drive it later), ears and a touch of blush.
 */
import type { Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { childFrame, placePart, rotZ, type Frame } from '../rig/Frame.ts';
import { darken, mixColour } from '../rig/colour.ts';
import { buildEye } from './buildEye.ts';
import { MOUTH_GEOMETRY, type MouthShape } from './MouthShape.ts';
import { onSurface } from './surface.ts';
import { sink } from '../rig/sink.ts';

export interface FaceSpec {
  /** Diameters of the head ellipsoid the face sits on. */
  headSize: Vec3;
  skin: string;
  iris: string;
  brow: string;
  lips: string;
  mouth: MouthShape;
  /** 1 while blinking. */
  blink: boolean;
  /** Gaze offset -1..1 each way. */
  look?: readonly [number, number];
  /** Brows raised (surprise) 0..1. */
  browRaise?: number;
  /** Ears showing (false when hair covers them). */
  ears?: boolean;
}

/** How far face features sink in draw order so they hide behind the head seen from behind (m). */
export function faceSink(headSize: Vec3): number {
  return headSize[2] * 0.55;
}

/** The mouth alone, centred `y` below the head centre on its front surface. */
export function buildMouth(head: Frame, headSize: Vec3, y: number, shape: MouthShape, lips: string, out: Part[]): void {
  const g = MOUTH_GEOMETRY[shape];
  const W = headSize[0];
  const w = g.width * W;
  const lip = g.lip * W;
  const frame = onSurface(head, headSize, 0, y, -W * 0.01);
  const depth = W * 0.06;
  if (g.open <= 0) {
    // Closed lips: a soft line with the corners turned up into a small smile.
    const line = darken(lips, 0.35);
    out.push(placePart(frame, { shape: 'ellipsoid', position: [0, 0, 0], size: [w * 0.72, lip * 0.55, depth], colour: line, finish: 'satin', layer: 2 }));
    const lift = g.smile * lip * 0.9;
    for (const side of [1, -1]) {
      out.push(placePart(childFrame(frame, [side * w * 0.33, lift * 0.5, 0], rotZ(side * (0.25 + 0.5 * g.smile))), {
        shape: 'ellipsoid', position: [0, 0, 0], size: [w * 0.42, lip * 0.5, depth], colour: line, finish: 'satin', layer: 2,
      }));
    }
    if (g.lip > 0.035) {
      out.push(placePart(frame, { shape: 'ellipsoid', position: [0, -lip * 0.45, -depth * 0.1], size: [w * 0.6, lip * 0.7, depth], colour: lips, finish: 'satin', layer: 1 }));
    }
    return;
  }
  const h = g.open * W;
  out.push(placePart(frame, { shape: 'ellipsoid', position: [0, 0, -depth * 0.15], size: [w + lip, h + lip * 1.2, depth], colour: lips, finish: 'satin', layer: 1 }));
  out.push(placePart(frame, { shape: 'ellipsoid', position: [0, 0, 0], size: [w, h, depth], colour: '#4a1a1f', finish: 'matte', layer: 2 }));
  if (g.tongue > 0) {
    const ty = g.tongueUp ? h * 0.12 : -h * 0.28;
    out.push(placePart(frame, { shape: 'ellipsoid', position: [0, ty, depth * 0.12], size: [w * 0.55, h * 0.45 * (0.6 + g.tongue * 0.5), depth * 0.5], colour: '#d9626b', finish: 'satin', layer: 3 }));
  }
  if (g.upperTeeth) {
    const th = Math.min(h * 0.36, W * 0.035);
    out.push(placePart(frame, { shape: 'box', position: [0, h / 2 - th / 2, depth * 0.2], size: [w * 0.68, th, depth * 0.3], colour: '#f7f4ec', finish: 'glossy', layer: 4 }));
  }
  if (g.lowerTeeth) {
    const th = Math.min(h * 0.32, W * 0.03);
    out.push(placePart(frame, { shape: 'box', position: [0, -h / 2 + th / 2, depth * 0.2], size: [w * 0.6, th, depth * 0.3], colour: '#f1ede3', finish: 'glossy', layer: 4 }));
  }
}

export function buildFace(head: Frame, spec: FaceSpec, out: Part[]): void {
  const [W, H, D] = spec.headSize;
  // Face plate: skin over the hair cap, its top edge the hairline.
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, -H * 0.07, D * 0.14], size: [W * 0.9, H * 0.8, D * 0.74], colour: spec.skin, finish: 'satin' }));
  const features: Part[] = [];
  const ears: Part[] = [];
  buildFeatures(head, spec, features, ears);
  out.push(...sink(features, faceSink(spec.headSize)), ...sink(ears, W * 0.4));
}

function buildFeatures(head: Frame, spec: FaceSpec, out: Part[], earsOut: Part[]): void {
  const [W, H] = spec.headSize;
  const eyeX = W * 0.2;
  const eyeY = H * 0.02;
  const eyeW = W * 0.22;
  for (const side of [1, -1]) {
    buildEye(head, spec.headSize, side * eyeX, eyeY, {
      width: eyeW,
      aspect: 1.18,
      iris: spec.iris,
      irisScale: 0.6,
      pupil: 'round',
      lid: darken(spec.skin, 0.05),
      lash: darken(spec.brow, 0.3),
      closed: spec.blink,
      look: spec.look,
    }, out);
    // Brows: short arcs of hair above the eyes.
    const raise = (spec.browRaise ?? 0) * H * 0.04;
    const brow = onSurface(head, spec.headSize, side * eyeX * 1.05, eyeY + H * 0.155 + raise, 0);
    out.push(placePart(childFrame(brow, [0, 0, 0], rotZ(side * -0.12)), {
      shape: 'ellipsoid', position: [0, 0, 0], size: [eyeW * 1.05, H * 0.03, W * 0.05], colour: spec.brow, finish: 'matte', layer: 3,
    }));
    // Cheeks: a faint warm blush.
    const cheek = onSurface(head, spec.headSize, side * W * 0.27, -H * 0.14, -W * 0.012);
    out.push(placePart(cheek, { shape: 'ellipsoid', position: [0, 0, 0], size: [W * 0.13, H * 0.07, W * 0.04], colour: mixColour(spec.skin, '#ff6f6f', 0.22), finish: 'matte', layer: 1 }));
    // Ears at the sides of the head.
    if (spec.ears !== false) earsOut.push(placePart(head, {
      shape: 'ellipsoid', position: [side * W * 0.49, -H * 0.04, -W * 0.02], size: [W * 0.1, H * 0.22, W * 0.15], colour: darken(spec.skin, 0.04), finish: 'satin', layer: 13,
    }));
  }
  // Nose: a small rounded button.
  const nose = onSurface(head, spec.headSize, 0, -H * 0.1, -W * 0.015);
  out.push(placePart(nose, { shape: 'ellipsoid', position: [0, 0, 0], size: [W * 0.13, H * 0.11, W * 0.12], colour: darken(spec.skin, 0.06), finish: 'satin', layer: 2 }));
  buildMouth(head, spec.headSize, -H * 0.245, spec.mouth, spec.lips, out);
}
