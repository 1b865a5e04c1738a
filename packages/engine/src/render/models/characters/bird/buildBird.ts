/**
 * A small songbird: round body, head with a pointed beak and bright eyes, wings that fold
 * against the body or flap in flight, a fan of tail feathers and thin legs. Standing, it hops
 * to walk and glances about in quick jerks; flying, it tucks its legs. The entity's colour is
 * its plumage.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { chain, childFrame, placePart, rotX, rotY, rotZ, type Frame } from '../rig/Frame.ts';
import { segment } from '../rig/segment.ts';
import { darken, lighten } from '../rig/colour.ts';
import { cycleBump, wrapPhase } from '../rig/shape.ts';
import { bodyBox } from '../bodyBox.ts';
import { sink } from '../rig/sink.ts';
import { buildEye } from '../face/buildEye.ts';

const TAU = Math.PI * 2;
const BREASTS = ['#f4a261', '#f1e3c8', '#e76f51', '#f6e27a'] as const;

interface BirdPose {
  /** Body centre height above the ground-standing position (m at size 1). */
  lift: number;
  /** Body pitch, positive nose down. */
  pitch: number;
  /** Wing raise (up positive) and the outer wing's extra bend; folded wings when null. */
  wings: { raise: number; tip: number } | null;
  headYaw: number;
  headTilt: number;
  headForward: number;
  tailLift: number;
  legsTucked: boolean;
  blink: boolean;
}

function birdPose(gait: string, phase: number, time: number, offset: number): BirdPose {
  const w = TAU * wrapPhase(phase);
  // Quick glances: the head holds a direction, then snaps to the next.
  const beat = Math.floor((time + offset * 5) / 0.8);
  const glance = createRandom(beat, 'bird-glance');
  const base: BirdPose = {
    lift: 0,
    pitch: -0.35,
    wings: null,
    headYaw: glance.range(-0.7, 0.7),
    headTilt: glance.range(-0.25, 0.25),
    headForward: 0,
    tailLift: 0.1 * Math.sin(time * 4 + offset * 9),
    legsTucked: false,
    blink: (time + offset * 3) % 3.3 > 3.2,
  };
  switch (gait) {
    case 'fly':
    case 'jump':
      return {
        ...base,
        lift: gait === 'fly' ? 0.012 * Math.sin(w) : 0.03 * cycleBump(w, Math.PI, Math.PI),
        pitch: gait === 'fly' ? 0.05 : -0.2,
        wings: { raise: 0.1 + 0.72 * Math.sin(w), tip: 0.4 * Math.sin(w - 0.9) },
        headYaw: 0,
        headTilt: 0,
        tailLift: -0.05,
        legsTucked: gait === 'fly',
      };
    case 'walk':
    case 'run': {
      // Hopping: both feet together, a little bounce each hop.
      const hop = Math.abs(Math.sin(w * (gait === 'run' ? 2 : 1)));
      return { ...base, lift: 0.02 * hop, pitch: -0.25, headYaw: 0, headTilt: 0, headForward: 0.012 * Math.sin(w * 2), tailLift: 0.2 * hop };
    }
    case 'swim':
      return { ...base, lift: 0.0, pitch: -0.05, legsTucked: true };
    case 'wave':
      return { ...base, wings: { raise: 0.9 + 0.5 * Math.sin(w), tip: 0.3 * Math.sin(w - 0.9) }, headYaw: 0 };
    default:
      return base;
  }
}

export function buildBird(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.height / 0.2;
  const rng = createRandom(hashString(identityKeyOf(entity)), 'bird-look');
  const breast = rng.pick(BREASTS);
  const offset = rng.next();
  const plumage = entity.colour;
  const wingColour = darken(plumage, 0.18);
  const bp = birdPose(pose.gait ?? 'idle', pose.gaitPhase ?? 0, time, offset);
  const out: Part[] = [];
  const ground = -box.height / 2;
  const legLength = 0.032 * s;
  const standing = ground + legLength + 0.036 * s;
  const bodyY = bp.legsTucked ? 0.0 : standing + bp.lift * s;
  const body: Frame = { origin: [0, bodyY, -0.005 * s], rotation: rotX(bp.pitch) };

  // Legs and feet (tucked up in flight).
  for (const side of [1, -1]) {
    const hip = childFrame(body, [side * 0.016 * s, -0.03 * s, 0.0], rotX(-bp.pitch + (bp.legsTucked ? 1.2 : 0)));
    const len = bp.legsTucked ? legLength * 0.45 : bodyY - 0.03 * s - ground;
    out.push(segment(hip, len, 0.007 * s, { colour: '#e09f3e', finish: 'satin', shape: 'cylinder' }));
    if (!bp.legsTucked) {
      const foot = childFrame(hip, [0, -len, 0], rotX(bp.pitch > 0 ? 0 : 0));
      for (const toe of [-0.5, 0, 0.5]) {
        out.push(placePart(childFrame(foot, [0, -0.002 * s, 0], rotY(toe)), { shape: 'capsule', position: [0, 0, 0.01 * s], size: [0.005 * s, 0.022 * s, 0.005 * s], rotation: rotX(Math.PI / 2), colour: '#d08a2e', finish: 'satin' }));
      }
    }
  }

  // Body, breast and tail.
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.08 * s, 0.078 * s, 0.12 * s], colour: plumage, finish: 'satin' }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, -0.014 * s, 0.02 * s], size: [0.064 * s, 0.056 * s, 0.08 * s], colour: breast, finish: 'satin', layer: 1 }));
  const tail = childFrame(body, [0, 0.01 * s, -0.05 * s], rotX(-0.1 - bp.tailLift));
  for (const fan of [-0.3, 0, 0.3]) {
    out.push(placePart(childFrame(tail, [0, 0, 0], rotY(fan)), { shape: 'ellipsoid', position: [0, 0, -0.035 * s], size: [0.026 * s, 0.006 * s, 0.08 * s], colour: fan === 0 ? darken(wingColour, 0.1) : wingColour, finish: 'satin' }));
  }

  // Wings: folded along the sides, or spread and flapping.
  for (const side of [1, -1]) {
    if (!bp.wings) {
      // Folded wing: a feathered shield along the side, tips crossing over the tail.
      const wing = childFrame(body, [side * 0.032 * s, 0.008 * s, -0.018 * s], chain(rotY(side * 0.1), rotX(0.12)));
      out.push(placePart(wing, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.016 * s, 0.05 * s, 0.1 * s], colour: wingColour, finish: 'satin', layer: 1 }));
      out.push(placePart(wing, { shape: 'ellipsoid', position: [side * 0.003 * s, -0.006 * s, -0.034 * s], size: [0.01 * s, 0.03 * s, 0.06 * s], colour: darken(wingColour, 0.18), finish: 'satin', layer: 2 }));
      continue;
    }
    const root = childFrame(body, [side * 0.03 * s, 0.016 * s, 0.004 * s], rotZ(side * bp.wings.raise));
    out.push(placePart(root, { shape: 'ellipsoid', position: [side * 0.032 * s, 0, -0.008 * s], size: [0.072 * s, 0.008 * s, 0.078 * s], colour: wingColour, finish: 'satin', layer: 1 }));
    const tip = childFrame(root, [side * 0.062 * s, 0, -0.012 * s], rotZ(side * bp.wings.tip));
    out.push(placePart(tip, { shape: 'ellipsoid', position: [side * 0.028 * s, 0, -0.01 * s], size: [0.066 * s, 0.006 * s, 0.056 * s], colour: darken(wingColour, 0.15), finish: 'satin', layer: 1 }));
  }

  // Head with beak and eyes.
  const speaking = ctx.face?.speaking ? ctx.face : undefined;
  // A talking bird faces whoever it talks to (no darting glances) and bobs its head with the words.
  const headYaw = speaking ? bp.headYaw * 0.2 + speaking.turn : bp.headYaw;
  const headTilt = speaking ? bp.headTilt * 0.3 + speaking.tilt * 2 : bp.headTilt;
  const head = childFrame(body, [0, 0.048 * s, 0.048 * s + bp.headForward * s], chain(rotX(-bp.pitch * 0.9 + (speaking?.nod ?? 0) * 1.5), rotY(headYaw), rotZ(headTilt)));
  const skull: Vec3 = [0.064 * s, 0.062 * s, 0.064 * s];
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0, 0], size: skull, colour: plumage, finish: 'satin' }));
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, -0.02 * s, 0.014 * s], size: [0.038 * s, 0.024 * s, 0.03 * s], colour: lighten(breast, 0.2), finish: 'satin', layer: 1 }));
  const talk = ctx.face?.speaking ? ctx.face.open : 0;
  if (talk > 0.02) {
    // A talking beak: upper and lower halves part at the hinge, the mouth dark between them.
    const gape = 0.5 * talk;
    out.push(placePart(childFrame(head, [0, -0.003 * s, 0.024 * s], rotX(Math.PI / 2)), { shape: 'ellipsoid', position: [0, 0.008 * s, 0], size: [0.012 * s, 0.016 * s, 0.004 * s + 0.012 * s * talk], colour: '#4a1a1f', finish: 'matte', layer: 1 }));
    out.push(placePart(childFrame(head, [0, 0.0005 * s, 0.027 * s], rotX(Math.PI / 2 - gape * 0.6)), { shape: 'cone', position: [0, 0.015 * s, 0], size: [0.017 * s, 0.032 * s, 0.0075 * s], colour: '#f2a024', finish: 'glossy', layer: 2 }));
    out.push(placePart(childFrame(head, [0, -0.0065 * s, 0.027 * s], rotX(Math.PI / 2 + gape)), { shape: 'cone', position: [0, 0.013 * s, 0], size: [0.015 * s, 0.027 * s, 0.0065 * s], colour: darken('#f2a024', 0.12), finish: 'glossy', layer: 2 }));
  } else {
    out.push(placePart(childFrame(head, [0, -0.003 * s, 0.027 * s], rotX(Math.PI / 2)), { shape: 'cone', position: [0, 0.015 * s, 0], size: [0.017 * s, 0.032 * s, 0.013 * s], colour: '#f2a024', finish: 'glossy', layer: 2 }));
  }
  for (const side of [1, -1]) {
    const eyeFrame = childFrame(head, [side * 0.02 * s, 0.008 * s, 0.016 * s], rotY(side * 0.6));
    const eye: Part[] = [];
    buildEye(eyeFrame, [0.02 * s, 0.02 * s, 0.01 * s], 0, 0, {
      width: 0.016 * s, aspect: 1.05, iris: '#16121a', irisScale: 0.85, pupil: 'round', lid: plumage, lash: darken(plumage, 0.5), closed: ctx.face ? ctx.face.blink : bp.blink,
    }, eye);
    out.push(...sink(eye, 0.026 * s));
  }
  return out;
}
