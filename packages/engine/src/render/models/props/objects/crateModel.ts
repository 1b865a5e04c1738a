/** A wooden crate: a boarded box inside a frame of lighter battens with a diagonal brace on each side. */
import type { Part } from '../../../model/Part.ts';
import { darken } from '../colour.ts';
import { defineProp } from '../defineProp.ts';
import { rotX, rotZ } from '../rotation.ts';

export const crateModel = defineProp('crate', ({ half, colour, surface }) => {
  const [hx, hy, hz] = half;
  const b = Math.min(hx, hy, hz) * 0.2; // batten width
  const frame = colour;
  const wood = { finish: surface.finish ?? 'satin', pattern: 'wood-grain' as const, patternColour: darken(colour, 0.3) };
  const parts: Part[] = [
    // The boards behind the frame, slightly inset, with dark gaps between planks.
    { shape: 'box', position: [0, 0, 0], size: [2 * hx - b * 0.3, 2 * hy - b * 0.3, 2 * hz - b * 0.3], colour: darken(colour, 0.14), finish: wood.finish, pattern: 'panels', patternColour: darken(colour, 0.45) },
  ];
  const edge = (pos: [number, number, number], size: [number, number, number]) =>
    parts.push({ shape: 'box', position: pos, size, colour: frame, ...wood, layer: 1 });
  for (const a of [-1, 1]) for (const c of [-1, 1]) {
    edge([0, a * (hy - b / 2), c * (hz - b / 2)], [2 * hx, b, b]);
    edge([a * (hx - b / 2), 0, c * (hz - b / 2)], [b, 2 * hy, b]);
    edge([a * (hx - b / 2), c * (hy - b / 2), 0], [b, b, 2 * hz]);
  }
  // Diagonal braces on the four sides, lying just inside the frame.
  const t = b * 0.5;
  const braceLen = (s: number) => (2 * s - 2 * b) * Math.SQRT2 - b;
  for (const s of [-1, 1]) {
    parts.push({ shape: 'box', position: [0, 0, s * (hz - t / 2)], size: [braceLen(Math.min(hx, hy)), b * 0.9, t], rotation: rotZ(s * Math.PI / 4), colour: frame, ...wood, layer: 2 });
    parts.push({ shape: 'box', position: [s * (hx - t / 2), 0, 0], size: [t, b * 0.9, braceLen(Math.min(hz, hy))], rotation: rotX(s * Math.PI / 4), colour: frame, ...wood, layer: 2 });
  }
  return parts;
});
