/** Building blocks shared by several models: rods between two points, rings of rods, rounded boxes. */
import { add, length, scale, sub, type Vec3 } from '../../../math/vec3.ts';
import type { Finish, Part } from '../../model/Part.ts';
import { rotX, rotZ, yTowards } from './rotation.ts';

/** A cylinder of diameter `d` from a to b (frames, stalks, strings, handles). */
export function rod(a: Vec3, b: Vec3, d: number, colour: string, finish: Finish = 'satin', layer?: number): Part {
  const dir = sub(b, a);
  const p: Part = {
    shape: 'cylinder',
    position: scale(add(a, b), 0.5),
    size: [d, length(dir), d],
    rotation: yTowards(dir),
    colour,
    finish,
  };
  if (layer !== undefined) p.layer = layer;
  return p;
}

/** Rods along a polyline. */
export function polyline(points: readonly Vec3[], d: number, colour: string, finish: Finish = 'satin'): Part[] {
  const parts: Part[] = [];
  for (let i = 1; i < points.length; i++) parts.push(rod(points[i - 1]!, points[i]!, d, colour, finish));
  return parts;
}

/**
 * A ring (tyre, hoop) made of capsule segments: centre, ring radius R, tube diameter d,
 * lying in the plane whose normal is `axis` ('x' | 'y' | 'z').
 */
export function ring(
  centre: Vec3,
  radius: number,
  d: number,
  axis: 'x' | 'y' | 'z',
  colour: string,
  finish: Finish = 'matte',
  segments = 16,
): Part[] {
  const point = (a: number): Vec3 => {
    const c = Math.cos(a) * radius;
    const s = Math.sin(a) * radius;
    const local: Vec3 = axis === 'z' ? [c, s, 0] : axis === 'y' ? [c, 0, s] : [0, c, s];
    return add(centre, local);
  };
  const parts: Part[] = [];
  for (let i = 0; i < segments; i++) {
    const a = point((i / segments) * Math.PI * 2);
    const b = point(((i + 1) / segments) * Math.PI * 2);
    // Capsules overlap at the joints so the ring reads as one smooth tube.
    const dir = sub(b, a);
    parts.push({
      shape: 'capsule',
      position: scale(add(a, b), 0.5),
      size: [d, length(dir) + d, d],
      rotation: yTowards(dir),
      colour,
      finish,
    });
  }
  return parts;
}

/**
 * A box whose four upright edges are rounded with radius r (a product box, a speaker, a
 * soap bar): two crossed boxes and four edge cylinders, flat on top and bottom, which the
 * painter's sort keeps in order from any side. Outer dimensions are exactly `size`.
 */
export function roundedUprightBox(centre: Vec3, size: Vec3, r: number, colour: string, finish: Finish = 'satin'): Part[] {
  const [w, h, d] = size;
  const rr = Math.min(r, w / 2, d / 2);
  const parts: Part[] = [
    { shape: 'box', position: centre, size: [w, h, d - 2 * rr], colour, finish },
    { shape: 'box', position: centre, size: [w - 2 * rr, h, d], colour, finish },
  ];
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
    parts.push({ shape: 'cylinder', position: add(centre, [sx * (w / 2 - rr), 0, sz * (d / 2 - rr)]), size: [2 * rr, h, 2 * rr], colour, finish });
  }
  return parts;
}

/**
 * A box with rounded edges of radius r: three crossed boxes, twelve edge cylinders and eight
 * corner spheres. Outer dimensions are exactly `size`.
 */
export function roundedBox(centre: Vec3, size: Vec3, r: number, colour: string, finish: Finish = 'glossy'): Part[] {
  const [w, h, d] = size;
  const rr = Math.min(r, w / 2, h / 2, d / 2);
  const [hx, hy, hz] = [w / 2 - rr, h / 2 - rr, d / 2 - rr];
  const at = (x: number, y: number, z: number): Vec3 => add(centre, [x, y, z]);
  const parts: Part[] = [
    { shape: 'box', position: centre, size: [w, h - 2 * rr, d - 2 * rr], colour, finish },
    { shape: 'box', position: centre, size: [w - 2 * rr, h, d - 2 * rr], colour, finish },
    { shape: 'box', position: centre, size: [w - 2 * rr, h - 2 * rr, d], colour, finish },
  ];
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) {
    parts.push({ shape: 'ellipsoid', position: at(sx * hx, sy * hy, sz * hz), size: [2 * rr, 2 * rr, 2 * rr], colour, finish });
  }
  for (const a of [-1, 1]) for (const b of [-1, 1]) {
    parts.push({ shape: 'cylinder', position: at(0, a * hy, b * hz), size: [2 * rr, 2 * hx, 2 * rr], rotation: rotZ(Math.PI / 2), colour, finish });
    parts.push({ shape: 'cylinder', position: at(a * hx, 0, b * hz), size: [2 * rr, 2 * hy, 2 * rr], colour, finish });
    parts.push({ shape: 'cylinder', position: at(a * hx, b * hy, 0), size: [2 * rr, 2 * hz, 2 * rr], rotation: rotX(Math.PI / 2), colour, finish });
  }
  return parts;
}

/**
 * An upright cylinder made of stacked bands of equal diameter (a bottle with its label, a can
 * with a printed stripe): stacking keeps each band's top face hidden under the next one, where
 * a wider sleeve would show its rim as a disc.
 */
export function bandedCylinder(
  x: number,
  z: number,
  diameter: number,
  bands: readonly { from: number; to: number; colour: string; finish: Finish; pattern?: Part['pattern']; patternColour?: string }[],
): Part[] {
  return bands.map((b) => {
    const p: Part = {
      shape: 'cylinder',
      position: [x, (b.from + b.to) / 2, z],
      size: [diameter, b.to - b.from, diameter],
      colour: b.colour,
      finish: b.finish,
    };
    if (b.pattern) {
      p.pattern = b.pattern;
      if (b.patternColour) p.patternColour = b.patternColour;
    }
    return p;
  });
}
