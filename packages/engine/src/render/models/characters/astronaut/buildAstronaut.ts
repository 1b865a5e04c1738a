/**
 * An astronaut: a puffy white suit with ribbed joints, gloves and moon boots, a round helmet
 * with a reflective gold visor, a life-support backpack and a chest control box. In zero
 * gravity (fly or swim gaits) the astronaut floats with slowly drifting limbs. The entity's
 * colour is the suit.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { childFrame, placePart, rotX } from '../rig/Frame.ts';
import { segment } from '../rig/segment.ts';
import { darken, lighten, mixColour } from '../rig/colour.ts';
import { bodyBox } from '../bodyBox.ts';
import { sink } from '../rig/sink.ts';
import { bipedMotion, type BipedMotion, type BipedStyle } from '../biped/bipedMotion.ts';
import { bipedSkeleton, type BipedProportions } from '../biped/bipedSkeleton.ts';
import { speakingMotion } from '../biped/speakingMotion.ts';
import { buildFace } from '../face/buildFace.ts';
import { personLook } from '../person/personLook.ts';
import type { FaceState } from '../../../../lipsync/FaceState.ts';
import type { Frame } from '../rig/Frame.ts';

export const ASTRONAUT_STYLE: BipedStyle = { stride: 0.85, armSwing: 0.7, knee: 1.1, liveliness: 0.7 };

const PATCHES = ['#1d4ed8', '#d62828', '#2a9d8f', '#f77f00'] as const;

export function astronautProportions(height: number): BipedProportions {
  const s = height / 1.8;
  return {
    height,
    hipHalfWidth: 0.1 * s,
    thigh: 0.36 * s,
    shin: 0.35 * s,
    ankle: 0.1 * s,
    footLength: 0.29 * s,
    heelBack: 0.08 * s,
    spine: 0.45 * s,
    shoulderHalfWidth: 0.2 * s,
    upperArm: 0.27 * s,
    forearm: 0.25 * s,
    neck: 0.26 * s,
  };
}

/** Weightless drifting: limbs floating loosely, turning slowly with time. */
function floating(time: number, offset: number): BipedMotion {
  const t = time + offset * 10;
  const d = (period: number, shift: number): number => Math.sin((2 * Math.PI * t) / period + shift);
  return {
    lean: 0.15 + 0.1 * d(7, 0),
    sway: 0.06 * d(9, 1),
    twist: 0.1 * d(11, 2),
    headPitch: -0.1 + 0.1 * d(6, 0.3),
    headYaw: 0.2 * d(8, 1.1),
    headRoll: 0,
    breath: d(4, 0),
    lift: 0.02 * d(5, 0.5),
    pinFeet: 0,
    legs: [
      { swing: 0.25 + 0.15 * d(6, 0), spread: 0.12, knee: 0.6 + 0.2 * d(5, 1), footPitch: 0.4 },
      { swing: -0.1 + 0.15 * d(6.5, 2), spread: 0.12, knee: 0.4 + 0.2 * d(5.5, 0), footPitch: 0.4 },
    ],
    arms: [
      { swing: 0.3 + 0.2 * d(7, 0.5), raise: 0.7 + 0.15 * d(6, 0), elbow: 0.5 + 0.2 * d(5, 2), elbowSide: 0, open: true },
      { swing: 0.5 + 0.2 * d(7.5, 1.5), raise: 0.6 + 0.15 * d(6.5, 1), elbow: 0.6 + 0.2 * d(5.2, 0), elbowSide: 0, open: true },
    ],
  };
}

export function buildAstronaut(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.height / 1.8;
  const rng = createRandom(hashString(identityKeyOf(entity)), 'astronaut-look');
  const patch = rng.pick(PATCHES);
  const offset = rng.next();
  const suit = entity.colour;
  const shade = darken(suit, 0.1);
  const rib = mixColour(suit, '#8d99a6', 0.55);
  const glove = mixColour(suit, '#c9ced6', 0.6);
  const gait = pose.gait ?? 'idle';
  const p = astronautProportions(box.height);
  const face = ctx.face;
  const motion = speakingMotion(gait === 'fly' || gait === 'swim' ? floating(time, offset) : bipedMotion(gait, pose.gaitPhase ?? 0, time, offset, ASTRONAUT_STYLE), gait, face, 0.7);
  const sk = bipedSkeleton(p, motion);
  const out: Part[] = [];

  // Legs: puffy segments, ribbed knees, chunky boots.
  for (const leg of sk.legs) {
    out.push(segment(leg.hip, p.thigh, 0.17 * s, { colour: suit, finish: 'satin' }));
    out.push(placePart(leg.knee, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.165 * s, 0.1 * s, 0.165 * s], colour: rib, finish: 'satin', pattern: 'stripes', patternColour: darken(rib, 0.2), layer: 1 }));
    out.push(segment(leg.knee, p.shin, 0.155 * s, { colour: suit, finish: 'satin' }));
    out.push(placePart(leg.foot, { shape: 'ellipsoid', position: [0, -p.ankle + 0.065 * s, p.footLength / 2 - p.heelBack], size: [0.16 * s, 0.13 * s, p.footLength], colour: glove, finish: 'satin', layer: 1 }));
    out.push(placePart(leg.foot, { shape: 'box', position: [0, -p.ankle + 0.016 * s, p.footLength / 2 - p.heelBack], size: [0.15 * s, 0.032 * s, p.footLength * 0.96], colour: '#5c636b', finish: 'matte' }));
  }

  // Torso, belt and chest control box.
  const chest = sk.chest;
  const breathe = 1 + 0.015 * sk.breath;
  out.push(placePart(sk.hips, { shape: 'ellipsoid', position: [0, 0.05 * s, 0], size: [0.4 * s, 0.26 * s, 0.28 * s], colour: shade, finish: 'satin' }));
  out.push(placePart(chest, { shape: 'ellipsoid', position: [0, -0.2 * s, 0], size: [0.5 * s * breathe, 0.56 * s, 0.32 * s * breathe], colour: suit, finish: 'satin', pattern: 'seams', patternColour: darken(suit, 0.15) }));
  out.push(placePart(chest, { shape: 'cylinder', position: [0, -0.4 * s, 0], size: [0.4 * s, 0.05 * s, 0.29 * s], colour: rib, finish: 'satin', layer: 1 }));
  const controls: Part[] = [];
  controls.push(placePart(chest, { shape: 'box', position: [0, -0.18 * s, 0.155 * s], size: [0.2 * s, 0.11 * s, 0.06 * s], colour: '#d9dde2', finish: 'satin', layer: 1 }));
  ['#e63946', '#2a9d8f', '#ffd166'].forEach((c, i) => {
    controls.push(placePart(chest, { shape: 'ellipsoid', position: [(i - 1) * 0.05 * s, -0.17 * s, 0.187 * s], size: [0.028 * s, 0.028 * s, 0.01 * s], colour: c, finish: i === 1 ? 'emissive' : 'glossy', layer: 2 }));
  });
  controls.push(placePart(chest, { shape: 'box', position: [0, -0.21 * s, 0.187 * s], size: [0.13 * s, 0.015 * s, 0.008 * s], colour: '#48505a', finish: 'satin', layer: 2 }));
  out.push(...sink(controls, 0.12 * s));
  // Backpack (life support).
  out.push(placePart(chest, { shape: 'box', position: [0, -0.16 * s, -0.22 * s], size: [0.42 * s, 0.52 * s, 0.17 * s], colour: lighten(shade, 0.05), finish: 'satin', pattern: 'panels', patternColour: darken(suit, 0.2) }));
  out.push(placePart(chest, { shape: 'cylinder', position: [0, 0.11 * s, -0.22 * s], size: [0.36 * s, 0.05 * s, 0.15 * s], rotation: [0, 0, Math.SQRT1_2, Math.SQRT1_2], colour: rib, finish: 'satin' }));
  // Neck ring.
  out.push(placePart(chest, { shape: 'cylinder', position: [0, 0.05 * s, 0], size: [0.3 * s, 0.07 * s, 0.3 * s], colour: rib, finish: 'metal', layer: 1 }));

  // Arms with a mission patch on the left shoulder.
  for (const [i, arm] of sk.arms.entries()) {
    const side = i === 0 ? 1 : -1;
    out.push(placePart(arm.shoulder, { shape: 'ellipsoid', position: [0, -0.02 * s, 0], size: [0.17 * s, 0.17 * s, 0.17 * s], colour: suit, finish: 'satin' }));
    out.push(segment(arm.shoulder, p.upperArm, 0.135 * s, { colour: suit, finish: 'satin' }));
    if (side === 1) {
      out.push(placePart(childFrame(arm.shoulder, [0.07 * s, -0.07 * s, 0]), { shape: 'ellipsoid', position: [0, 0, 0], size: [0.02 * s, 0.065 * s, 0.065 * s], colour: patch, finish: 'satin', layer: 2 }));
    }
    out.push(placePart(arm.elbow, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.13 * s, 0.08 * s, 0.13 * s], colour: rib, finish: 'satin', pattern: 'stripes', patternColour: darken(rib, 0.2), layer: 1 }));
    out.push(segment(arm.elbow, p.forearm, 0.125 * s, { colour: suit, finish: 'satin' }));
    out.push(placePart(arm.wrist, { shape: 'cylinder', position: [0, 0.01 * s, 0], size: [0.12 * s, 0.04 * s, 0.12 * s], colour: rib, finish: 'metal', layer: 1 }));
    out.push(placePart(arm.wrist, { shape: 'ellipsoid', position: [0, -0.055 * s, 0], size: [0.1 * s, 0.13 * s, arm.open ? 0.06 * s : 0.09 * s], colour: glove, finish: 'satin', layer: 1 }));
  }

  // Helmet: white shell, gold visor with a glint, side lamps.
  const head = sk.head;
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.4 * s, 0.4 * s, 0.4 * s], colour: suit, finish: 'glossy' }));
  const visor: Part[] = [];
  const lamps: Part[] = [];
  // Speaking, the gold sun visor slides up over the helmet and the face shows through the clear one.
  const lift = face ? Math.min(1, face.engaged * 1.4) : 0;
  if (lift > 0.02) {
    visor.push(...faceInHelmet(head, s, entity.id, face!));
    visor.push(placePart(head, { shape: 'ellipsoid', position: [0, -0.01 * s, 0.1 * s], size: [0.31 * s, 0.26 * s, 0.22 * s], colour: '#9fb4c8', finish: 'glass', layer: 8 }));
  }
  const sunVisor = childFrame(head, [0, 0, 0], rotX(-1.05 * lift));
  visor.push(placePart(sunVisor, { shape: 'ellipsoid', position: [0, -0.01 * s, 0.095 * s + 0.012 * s * lift], size: [0.31 * s, 0.26 * s, 0.23 * s], colour: '#c99a2e', finish: 'metal', layer: 9 }));
  if (lift < 0.4) visor.push(placePart(childFrame(sunVisor, [-0.06 * s, 0.05 * s, 0.2 * s + 0.012 * s * lift], rotX(-0.3)), { shape: 'ellipsoid', position: [0, 0, 0], size: [0.09 * s, 0.035 * s, 0.01 * s], colour: '#fff6d8', finish: 'emissive', layer: 10 }));
  if (lift <= 0.02) visor.push(placePart(head, { shape: 'ellipsoid', position: [0.09 * s, -0.07 * s, 0.185 * s], size: [0.03 * s, 0.018 * s, 0.01 * s], colour: '#fff0c0', finish: 'emissive', layer: 10 }));
  for (const side of [1, -1]) {
    lamps.push(placePart(head, { shape: 'cylinder', position: [side * 0.19 * s, 0.02 * s, 0.02 * s], size: [0.07 * s, 0.04 * s, 0.07 * s], rotation: [0, 0, Math.SQRT1_2, Math.SQRT1_2], colour: rib, finish: 'metal', layer: 1 }));
  }
  lamps.push(placePart(head, { shape: 'cylinder', position: [0.2 * s, 0.02 * s, 0.02 * s], size: [0.045 * s, 0.05 * s, 0.045 * s], rotation: [0, 0, Math.SQRT1_2, Math.SQRT1_2], colour: '#fffbe6', finish: 'emissive', layer: 2 }));
  out.push(...sink(visor, 0.11 * s), ...sink(lamps, 0.1 * s));
  return out;
}

/** The face inside the helmet: skin, eyes and a talking mouth, looked up from the astronaut's id like a person's. */
function faceInHelmet(head: Frame, s: number, id: string, face: FaceState): Part[] {
  const look = personLook({ id, colour: '#ffffff' });
  const out: Part[] = [];
  const headSize: [number, number, number] = [0.2 * s, 0.22 * s, 0.2 * s];
  const inner = childFrame(head, [0, -0.015 * s, 0.02 * s]);
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0, 0.02 * s], size: [0.3 * s, 0.27 * s, 0.2 * s], colour: '#232a33', finish: 'matte', layer: 1 }));
  out.push(placePart(inner, { shape: 'ellipsoid', position: [0, 0, 0], size: headSize, colour: look.skin, finish: 'satin', layer: 2 }));
  const features: Part[] = [];
  buildFace(inner, { headSize, skin: look.skin, iris: look.iris, brow: darken(look.hair, 0.1), lips: look.lips, mouth: face.mouth, blink: face.blink, ears: false }, features);
  // Lifted in draw order so the face sits in front of the helmet lining, behind the visor.
  out.push(...features.map((p) => ({ ...p, layer: (p.layer ?? 0) + 3 + 0.11 * s / 0.002 })));
  return out;
}
