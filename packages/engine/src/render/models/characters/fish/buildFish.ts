/**
 * A fish: a plump body that bends in a travelling wave as it swims, a forked tail fin,
 * a dorsal fin, fluttering side fins, big eyes and a small mouth. Markings (clownfish bands,
 * spots or plain) from its id; the entity's colour is its scales.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { chain, childFrame, placePart, rotX, rotY, rotZ, type Frame } from '../rig/Frame.ts';
import { darken, lighten, mixColour } from '../rig/colour.ts';
import { wrapPhase } from '../rig/shape.ts';
import { bodyBox } from '../bodyBox.ts';

const TAU = Math.PI * 2;

export function buildFish(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.length / 0.3;
  const rng = createRandom(hashString(entity.id), 'fish-look');
  const markings = rng.pick(['bands', 'plain', 'spots'] as const);
  const offset = rng.next();
  const scales = entity.colour;
  const belly = mixColour(scales, '#fff6e6', 0.5);
  const fin = darken(scales, 0.12);
  const gait = pose.gait ?? 'idle';
  const swimming = gait === 'swim' || gait === 'walk' || gait === 'run';
  // Idle fish still drift and fan their tail slowly.
  const phase = swimming ? wrapPhase(pose.gaitPhase ?? 0) : wrapPhase(time * 0.6 + offset);
  const w = TAU * phase;
  const amp = (swimming ? (gait === 'run' ? 0.045 : 0.032) : 0.014) * s;
  const L = 0.28 * s;
  const nose = 0.14 * s;
  // Side-to-side offset and heading of the spine at z: a wave travelling towards the tail.
  const spine = (z: number): { x: number; heading: number } => {
    const u = (nose - z) / L;
    const k = 1.6 * Math.PI;
    const a = amp * (0.15 + u * u);
    const x = a * Math.sin(w - k * u);
    const dxdu = 2 * amp * u * Math.sin(w - k * u) - a * k * Math.cos(w - k * u);
    return { x, heading: Math.atan(-dxdu / L) };
  };
  const at = (z: number, y = 0): Frame => {
    const sp = spine(z);
    return { origin: [sp.x, y, z], rotation: rotY(sp.heading) };
  };
  const out: Part[] = [];
  const dy = 0.004 * s * Math.sin(time * 1.3 + offset * 7);

  // Body segments from head to tail.
  const segments: [number, [number, number, number]][] = [
    [0.085, [0.054, 0.088, 0.1]],
    [0.025, [0.058, 0.1, 0.1]],
    [-0.035, [0.048, 0.085, 0.09]],
    [-0.08, [0.032, 0.052, 0.065]],
    [-0.11, [0.018, 0.03, 0.04]],
  ];
  for (const [z, size] of segments) {
    out.push(placePart(at(z * s, dy), { shape: 'ellipsoid', position: [0, 0, 0], size: [size[0] * s, size[1] * s, size[2] * s], colour: scales, finish: 'glossy', ...(markings === 'spots' ? { pattern: 'spots' as const, patternColour: darken(scales, 0.35) } : {}) }));
    out.push(placePart(at(z * s, dy), { shape: 'ellipsoid', position: [0, -size[1] * s * 0.22, 0.004 * s], size: [size[0] * s * 0.85, size[1] * s * 0.55, size[2] * s * 0.85], colour: belly, finish: 'satin', layer: 1 }));
  }
  if (markings === 'bands') {
    for (const [z, h] of [[0.06, 0.094], [-0.02, 0.092], [-0.09, 0.045]] as const) {
      out.push(placePart(at(z * s, dy), { shape: 'ellipsoid', position: [0, 0, 0], size: [0.062 * s * (h / 0.094), h * s, 0.014 * s], colour: '#fbfaf5', finish: 'satin', layer: 2 }));
    }
  }

  // Tail fin: two lobes that lag behind the wave.
  const tail = at(-0.125 * s, dy);
  const flick = rotY(0.5 * Math.sin(w - 1.6 * Math.PI - 0.8) * (amp / (0.032 * s)));
  for (const lobe of [1, -1]) {
    out.push(placePart(childFrame(tail, [0, 0, 0], chain(flick, rotX(lobe * -0.65))), { shape: 'ellipsoid', position: [0, 0, -0.03 * s], size: [0.006 * s, 0.03 * s, 0.065 * s], colour: fin, finish: 'satin', layer: 1 }));
  }
  // Dorsal and belly fins.
  out.push(placePart(childFrame(at(0.0, dy), [0, 0.045 * s, 0], rotX(0.35)), { shape: 'ellipsoid', position: [0, 0, -0.01 * s], size: [0.006 * s, 0.04 * s, 0.085 * s], colour: fin, finish: 'satin' }));
  out.push(placePart(childFrame(at(-0.06 * s, dy), [0, -0.036 * s, 0], rotX(-0.4)), { shape: 'ellipsoid', position: [0, 0, 0], size: [0.005 * s, 0.025 * s, 0.04 * s], colour: fin, finish: 'satin' }));
  // Side fins flutter.
  const head = at(0.085 * s, dy);
  for (const side of [1, -1]) {
    const flutter = 0.5 + 0.35 * Math.sin(w * 2 + side);
    out.push(placePart(childFrame(head, [side * 0.026 * s, -0.018 * s, -0.035 * s], chain(rotY(side * flutter), rotZ(side * -0.3))), { shape: 'ellipsoid', position: [side * 0.004 * s, 0, -0.012 * s], size: [0.004 * s, 0.02 * s, 0.03 * s], colour: lighten(fin, 0.15), finish: 'satin', layer: 2 }));
    // Eyes on the sides of the head.
    const eye = childFrame(head, [side * 0.023 * s, 0.012 * s, 0.02 * s], rotY(side * 1.2));
    out.push(placePart(eye, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.022 * s, 0.022 * s, 0.01 * s], colour: '#fbfbf8', finish: 'glossy', layer: 2 }));
    out.push(placePart(eye, { shape: 'ellipsoid', position: [0, 0, 0.003 * s], size: [0.013 * s, 0.013 * s, 0.007 * s], colour: '#111118', finish: 'glossy', layer: 3 }));
    out.push(placePart(eye, { shape: 'ellipsoid', position: [0.003 * s, 0.003 * s, 0.0055 * s], size: [0.004 * s, 0.004 * s, 0.002 * s], colour: '#ffffff', finish: 'emissive', layer: 4 }));
  }
  // Mouth at the tip of the nose.
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, -0.008 * s, 0.05 * s], size: [0.018 * s, 0.01 * s, 0.006 * s], colour: darken(scales, 0.5), finish: 'matte', layer: 2 }));
  return out;
}
