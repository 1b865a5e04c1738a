/**
 * A fish: a plump, flattened body that bends in a travelling wave as it swims, a triangular
 * tail fin, a swept dorsal fin, fluttering side fins, round eyes and a small mouth. Markings
 * (plain, spotted, or lengthwise stripes) from its id; the entity's colour is its scales.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { chain, childFrame, placePart, rotX, rotY, rotZ, type Frame } from '../rig/Frame.ts';
import { darken, lighten, mixColour } from '../rig/colour.ts';
import { wrapPhase } from '../rig/shape.ts';
import { bodyBox } from '../bodyBox.ts';
import { sink } from '../rig/sink.ts';

const TAU = Math.PI * 2;

export function buildFish(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.length / 0.3;
  const rng = createRandom(hashString(identityKeyOf(entity)), 'fish-look');
  const markings = rng.pick(['plain', 'spots', 'stripes'] as const);
  const offset = rng.next();
  const scales = entity.colour;
  const belly = mixColour(scales, '#fff6e6', 0.55);
  const fin = mixColour(darken(scales, 0.1), '#ffffff', 0.15);
  const gait = pose.gait ?? 'idle';
  const swimming = gait !== 'idle' && gait !== 'wave';
  // Idle fish still hover, fanning the tail slowly.
  const phase = swimming ? wrapPhase(pose.gaitPhase ?? 0) : wrapPhase(time * 0.7 + offset);
  const w = TAU * phase;
  const amp = (gait === 'run' ? 0.045 : swimming ? 0.034 : 0.016) * s;
  const nose = 0.15 * s;
  const L = 0.27 * s;
  // The spine's side offset and heading at z: a wave travelling from head to tail.
  const spine = (z: number): { x: number; heading: number } => {
    const u = Math.max(0, (nose - z) / L);
    const k = 1.5 * Math.PI;
    const a = amp * (0.12 + u * u);
    const x = a * Math.sin(w - k * u);
    const dxdu = 2 * amp * u * Math.sin(w - k * u) - a * k * Math.cos(w - k * u);
    return { x, heading: Math.atan(-dxdu / L) };
  };
  const bob = 0.004 * s * Math.sin(time * 1.4 + offset * 7);
  const at = (z: number): Frame => {
    const sp = spine(z);
    return { origin: [sp.x, bob, z], rotation: rotY(sp.heading) };
  };
  const out: Part[] = [];
  const pattern = markings === 'spots'
    ? { pattern: 'spots' as const, patternColour: darken(scales, 0.35) }
    : markings === 'stripes' ? { pattern: 'stripes' as const, patternColour: lighten(scales, 0.35) } : {};
  // Lengthwise stripes run pole to pole, so the body ellipsoids lie with their Y along the fish.
  const along = rotX(Math.PI / 2);
  const bodyPart = (frame: Frame, z: number, y: number, size: readonly [number, number, number], colour: string, layer = 0, patterned = false): Part =>
    placePart(frame, { shape: 'ellipsoid', position: [0, y, z], size: [size[0], size[2], size[1]], rotation: along, colour, finish: 'glossy', layer, ...(patterned ? pattern : {}) });

  // Body: a deep, rounded front and a tapering tail section.
  const front = at(0.04 * s);
  const rear = at(-0.06 * s);
  const stalk = at(-0.105 * s);
  out.push(bodyPart(front, 0, 0, [0.058 * s, 0.11 * s, 0.2 * s], scales, 0, true));
  out.push(bodyPart(front, 0.005 * s, -0.022 * s, [0.05 * s, 0.06 * s, 0.17 * s], belly, 1));
  out.push(bodyPart(rear, 0, 0, [0.04 * s, 0.07 * s, 0.11 * s], scales, 0, true));
  out.push(bodyPart(stalk, 0, 0, [0.02 * s, 0.034 * s, 0.05 * s], scales));

  // Tail fin: a flat triangle fanning from the stalk, lagging behind the body's wave.
  const tailRoot = childFrame(at(-0.125 * s), [0, 0, 0], rotY(0.45 * Math.sin(w - 1.5 * Math.PI - 0.9) * (amp / (0.034 * s))));
  out.push(placePart(tailRoot, { shape: 'pyramid', position: [0, 0, -0.028 * s], size: [0.004 * s, 0.06 * s, 0.085 * s], rotation: rotX(Math.PI / 2), colour: fin, finish: 'satin', layer: 1 }));
  out.push(placePart(tailRoot, { shape: 'ellipsoid', position: [0, 0, -0.05 * s], size: [0.003 * s, 0.03 * s, 0.012 * s], colour: darken(fin, 0.15), finish: 'satin', layer: 2 }));

  // Dorsal fin along the back, a small fin beneath.
  out.push(placePart(childFrame(at(0.0), [0, 0.05 * s, -0.005 * s], rotX(0)), { shape: 'wedge', position: [0, 0.012 * s, 0], size: [0.004 * s, 0.03 * s, 0.09 * s], colour: fin, finish: 'satin' }));
  out.push(placePart(childFrame(at(-0.055 * s), [0, -0.035 * s, 0], rotX(Math.PI)), { shape: 'wedge', position: [0, 0.008 * s, 0], size: [0.004 * s, 0.018 * s, 0.04 * s], colour: fin, finish: 'satin' }));

  // Side fins flutter; eyes and mouth on the head.
  const head = at(0.1 * s);
  for (const side of [1, -1]) {
    const flutter = 0.45 + 0.35 * Math.sin(w * 2 + side);
    out.push(placePart(childFrame(head, [side * 0.024 * s, -0.018 * s, -0.04 * s], chain(rotY(side * flutter), rotZ(side * -0.35))), { shape: 'ellipsoid', position: [0, 0, -0.014 * s], size: [0.004 * s, 0.018 * s, 0.032 * s], colour: lighten(fin, 0.1), finish: 'satin', layer: 2 }));
    const eyeParts: Part[] = [];
    const eye = childFrame(head, [side * 0.021 * s, 0.012 * s, 0.012 * s], rotY(side * 1.25));
    eyeParts.push(placePart(eye, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.019 * s, 0.019 * s, 0.008 * s], colour: '#fbfbf8', finish: 'glossy', layer: 2 }));
    eyeParts.push(placePart(eye, { shape: 'ellipsoid', position: [0.001 * s, 0, 0.003 * s], size: [0.012 * s, 0.012 * s, 0.005 * s], colour: '#111118', finish: 'glossy', layer: 3 }));
    eyeParts.push(placePart(eye, { shape: 'ellipsoid', position: [0.003 * s, 0.003 * s, 0.0052 * s], size: [0.0035 * s, 0.0035 * s, 0.0015 * s], colour: '#ffffff', finish: 'emissive', layer: 4 }));
    out.push(...sink(eyeParts, 0.025 * s));
  }
  // The mouth: a small dark oval that opens round as the fish talks.
  const talk = ctx.face?.speaking ? ctx.face.open : 0;
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, -0.01 * s - 0.004 * s * talk, 0.046 * s], size: [0.016 * s + 0.004 * s * talk, 0.008 * s + 0.016 * s * talk, 0.006 * s], colour: talk > 0.02 ? '#3a1418' : darken(scales, 0.5), finish: 'matte', layer: 2 }));
  if (talk > 0.02) out.push(placePart(head, { shape: 'ellipsoid', position: [0, -0.01 * s - 0.004 * s * talk, 0.0455 * s], size: [0.022 * s + 0.004 * s * talk, 0.012 * s + 0.018 * s * talk, 0.006 * s], colour: lighten(scales, 0.15), finish: 'satin', layer: 1 }));
  return out;
}
