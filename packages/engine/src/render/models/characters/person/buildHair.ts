/**
 * Hair styles, shaped from soft ellipsoids around the head. The cap is drawn over the head
 * and under the face (buildFace lays a face plate over it), so the hairline frames the face
 * from any side.
 */
import type { Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { childFrame, placePart, rotX, rotZ, type Frame } from '../rig/Frame.ts';
import { darken, lighten } from '../rig/colour.ts';
import { onSurface } from '../face/surface.ts';
import type { HairStyle } from './personLook.ts';

/** Draw-order lift of the hair cap over the head (the face plate goes over the cap). */
export const HAIR_CAP_LAYER = 12;

/** `faceLayer`: the layer of the face features, which bangs and quiffs sit just above. */
export function buildHair(head: Frame, size: Vec3, style: HairStyle, colour: string, faceLayer: number, out: Part[]): void {
  if (style === 'bald') return;
  const [W, H, D] = size;
  const shade = darken(colour, 0.12);
  const shine = lighten(colour, 0.14);
  const hair = (frame: Frame, position: Vec3, dims: Vec3, c = colour, layer = HAIR_CAP_LAYER): void => {
    out.push(placePart(frame, { shape: 'ellipsoid', position, size: dims, colour: c, finish: 'satin', layer }));
  };
  const tight = style === 'crop' ? 0.965 : 1;
  // Long styles hang behind the head and shoulders first, so the cap covers their top.
  if (style === 'long') hair(head, [0, -H * 0.42, -D * 0.3], [W * 1.1, H * 1.45, D * 0.6], shade, 0);
  if (style === 'bob') hair(head, [0, -H * 0.1, -D * 0.28], [W * 1.08, H * 0.85, D * 0.7], shade, 0);
  hair(head, [0, H * 0.2, -D * 0.13], [W * 1.08 * tight, H * 0.78 * tight, D * 1.02 * tight]);
  // A soft highlight on the crown.
  hair(head, [-W * 0.12, H * 0.46 * tight, D * 0.02], [W * 0.34, H * 0.06, D * 0.3], shine, HAIR_CAP_LAYER + 1);
  switch (style) {
    case 'short': {
      const quiff = onSurface(head, size, W * 0.1, H * 0.34, -H * 0.01);
      hair(childFrame(quiff, [0, 0, 0], rotZ(0.3)), [0, 0, 0], [W * 0.6, H * 0.13, D * 0.14], colour, faceLayer + 6);
      break;
    }
    case 'bob':
    case 'long': {
      for (const side of [1, -1]) {
        const drop = style === 'long' ? 1.05 : 0.72;
        hair(head, [side * W * 0.44, -H * (style === 'long' ? 0.3 : 0.12), -D * 0.02], [W * 0.27, H * drop, D * 0.62], colour, 14);
      }
      // Side-swept bangs over the forehead.
      const bangs = onSurface(head, size, -W * 0.08, H * 0.33, -D * 0.1);
      hair(childFrame(bangs, [0, 0, 0], rotZ(-0.2)), [0, 0, 0], [W * 0.78, H * 0.24, D * 0.3], colour, faceLayer + 6);
      break;
    }
    case 'bun':
      hair(head, [0, H * 0.5, -D * 0.3], [W * 0.46, W * 0.44, W * 0.46], colour, HAIR_CAP_LAYER + 1);
      break;
    case 'ponytail': {
      hair(head, [0, H * 0.2, -D * 0.55], [W * 0.2, W * 0.2, W * 0.2], darken(colour, 0.35), 2);
      const tail = childFrame(head, [0, H * 0.18, -D * 0.58], rotX(-0.35));
      out.push(placePart(tail, { shape: 'capsule', position: [0, -H * 0.32, 0], size: [W * 0.26, H * 0.75, W * 0.22], colour: shade, finish: 'satin', layer: 0 }));
      break;
    }
    case 'curly': {
      for (let i = 0; i < 10; i++) {
        const a = (i / 10) * Math.PI * 2;
        hair(head, [Math.cos(a) * W * 0.42, H * 0.3 + Math.sin(a * 2) * H * 0.04, Math.sin(a) * D * 0.38 - D * 0.1], [W * 0.4, W * 0.38, W * 0.4], i % 2 ? shade : colour, HAIR_CAP_LAYER + 1);
      }
      hair(head, [0, H * 0.45, -D * 0.08], [W * 0.5, W * 0.4, W * 0.5], colour, HAIR_CAP_LAYER + 2);
      for (const x of [-0.26, 0, 0.26]) {
        const curl = onSurface(head, size, W * x, H * 0.34, 0);
        hair(curl, [0, 0, 0], [W * 0.26, H * 0.16, D * 0.16], x === 0 ? colour : shade, faceLayer + 6);
      }
      break;
    }
    default:
      break;
  }
}
