/**
 * A person: a stylised figure with a face, hair and clothes chosen from their id, animated
 * by their gait (walk, run, jump, wave, fly, swim, idle).
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { childFrame, placePart, rotX, type Frame } from '../rig/Frame.ts';
import { segment } from '../rig/segment.ts';
import { darken } from '../rig/colour.ts';
import { bodyBox } from '../bodyBox.ts';
import { bipedMotion } from '../biped/bipedMotion.ts';
import { bipedSkeleton, type BipedProportions } from '../biped/bipedSkeleton.ts';
import { buildFace, faceSink } from '../face/buildFace.ts';
import { sinkLayer } from '../rig/sink.ts';
import type { MouthShape } from '../face/MouthShape.ts';
import { buildHair } from './buildHair.ts';
import { speakingMotion } from '../biped/speakingMotion.ts';
import { personLook } from './personLook.ts';

export interface PersonOptions {
  /** Mouth shape for speech; closed at rest ('X') by default. */
  mouth?: MouthShape;
}

/** Body measurements of a person of the given height and build. */
export function personProportions(height: number, build = 1): BipedProportions {
  const s = height / 1.75;
  return {
    height,
    hipHalfWidth: 0.088 * s * build,
    thigh: 0.38 * s,
    shin: 0.37 * s,
    ankle: 0.07 * s,
    footLength: 0.25 * s,
    heelBack: 0.06 * s,
    spine: 0.52 * s,
    shoulderHalfWidth: 0.165 * s * build,
    upperArm: 0.27 * s,
    forearm: 0.245 * s,
    neck: 0.25 * s,
  };
}

/** Blinks for about a tenth of a second every few seconds. */
export function isBlinking(time: number, offset: number): boolean {
  const t = (time + offset) % 4.1;
  return t > 3.97;
}

export function buildPerson(ctx: ModelContext, options: PersonOptions = {}): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const look = personLook(entity);
  const box = bodyBox(entity.collider);
  const s = box.height / 1.75;
  const p = personProportions(box.height, look.build);
  const face = ctx.face;
  const motion = speakingMotion(bipedMotion(pose.gait ?? 'idle', pose.gaitPhase ?? 0, time, look.motionOffset), pose.gait ?? 'idle', face);
  const sk = bipedSkeleton(p, motion);
  const out: Part[] = [];
  const skin = look.skin;
  const shirt = look.shirt;
  const shirtShade = darken(shirt, 0.12);

  // Legs: trousers (or shorts over bare knees) and shoes.
  const thighW = 0.16 * s;
  const shinW = 0.13 * s;
  for (const leg of sk.legs) {
    out.push(segment(leg.hip, p.thigh, thighW, { colour: look.trousers, finish: 'matte' }));
    if (look.shorts) {
      out.push(segment(childFrame(leg.hip, [0, 0.02 * s, 0]), p.thigh * 0.62, thighW * 1.12, { colour: look.trousers, finish: 'matte', layer: 1 }));
    }
    out.push(segment(leg.knee, p.shin, shinW, { colour: look.shorts ? skin : look.trousers, finish: look.shorts ? 'satin' : 'matte' }));
    const toeZ = p.footLength - p.heelBack;
    out.push(placePart(leg.foot, { shape: 'ellipsoid', position: [0, -p.ankle + 0.042 * s, toeZ / 2 - p.heelBack / 2 + 0.005 * s], size: [0.11 * s, 0.095 * s, p.footLength], colour: look.shoes, finish: 'satin', layer: 1 }));
    out.push(placePart(leg.foot, { shape: 'box', position: [0, -p.ankle + 0.012 * s, toeZ / 2 - p.heelBack / 2], size: [0.1 * s, 0.024 * s, p.footLength * 0.94], colour: look.soles, finish: 'matte', layer: 0 }));
  }

  // Hips and torso, leaning with the chest.
  out.push(placePart(sk.hips, { shape: 'ellipsoid', position: [0, 0.05 * s, 0], size: [0.3 * s * look.build, 0.22 * s, 0.2 * s], colour: look.trousers, finish: 'matte' }));
  const torso = sk.chest;
  const breathe = 1 + 0.025 * sk.breath;
  out.push(placePart(torso, { shape: 'ellipsoid', position: [0, -0.36 * s, 0], size: [0.29 * s * look.build, 0.3 * s, 0.19 * s], colour: shirtShade, finish: 'satin' }));
  out.push(placePart(torso, { shape: 'ellipsoid', position: [0, -0.15 * s, 0.005 * s], size: [0.36 * s * look.build, 0.42 * s * breathe, 0.215 * s * breathe], colour: shirt, finish: 'satin' }));
  out.push(placePart(torso, { shape: 'cylinder', position: [0, -0.49 * s, 0], size: [0.27 * s * look.build, 0.035 * s, 0.185 * s], colour: darken(look.trousers, 0.35), finish: 'satin', layer: 1 }));
  // Neck.
  // The neck sits behind the chin: drawn before the head from the usual viewpoints.
  out.push(placePart(torso, { shape: 'ellipsoid', position: [0, 0.06 * s, -0.02 * s], size: [0.095 * s, 0.17 * s, 0.1 * s], colour: skin, finish: 'satin', layer: -25 }));

  // Arms: sleeves, bare forearms or long sleeves, hands.
  for (const [i, arm] of sk.arms.entries()) {
    const side = i === 0 ? 1 : -1;
    out.push(placePart(torso, { shape: 'ellipsoid', position: [side * 0.13 * s * look.build, -0.05 * s, 0], size: [0.13 * s, 0.1 * s, 0.13 * s], colour: shirt, finish: 'satin', layer: sinkLayer(0.04 * s) }));
    const upperW = 0.1 * s;
    const foreW = 0.088 * s;
    if (look.sleeves === 'short') {
      out.push(segment(arm.shoulder, p.upperArm, upperW * 0.92, { colour: skin, finish: 'satin' }));
      out.push(segment(arm.shoulder, p.upperArm * 0.5, upperW * 1.1, { colour: shirt, finish: 'satin', layer: 1 }));
      out.push(segment(arm.elbow, p.forearm, foreW, { colour: skin, finish: 'satin' }));
    } else {
      out.push(segment(arm.shoulder, p.upperArm, upperW * 1.05, { colour: shirt, finish: 'satin' }));
      out.push(segment(arm.elbow, p.forearm, foreW * 1.05, { colour: shirt, finish: 'satin' }));
      out.push(segment(childFrame(arm.wrist, [0, 0.03 * s, 0]), 0.03 * s, foreW * 1.12, { colour: shirtShade, finish: 'satin', layer: 1 }));
    }
    out.push(...hand(arm.wrist, arm.open, side, skin, s));
  }

  // Head: face, ears and hair.
  const headSize: Vec3 = [0.26 * s, 0.29 * s, 0.27 * s];
  out.push(placePart(sk.head, { shape: 'ellipsoid', position: [0, 0, 0], size: headSize, colour: skin, finish: 'satin' }));
  buildFace(sk.head, {
    headSize,
    skin,
    iris: look.iris,
    brow: look.hairStyle === 'bald' ? darken(skin, 0.45) : darken(look.hair, 0.1),
    lips: look.lips,
    mouth: options.mouth ?? (face && (face.speaking || face.mouth !== 'X') ? face.mouth : pose.gait === 'run' ? 'B' : 'X'),
    blink: face ? face.blink : isBlinking(time, look.blinkOffset),
    look: [0, pose.gait === 'jump' ? 0.4 : 0],
    ears: look.hairStyle !== 'long' && look.hairStyle !== 'bob',
  }, out);
  buildHair(sk.head, headSize, look.hairStyle, look.hair, sinkLayer(faceSink(headSize)), out);
  return out;
}

function hand(wrist: Frame, open: boolean, side: number, skin: string, s: number): Part[] {
  if (open) {
    // An open palm facing forwards, fingers together, thumb out.
    return [
      placePart(wrist, { shape: 'ellipsoid', position: [0, -0.055 * s, 0], size: [0.085 * s, 0.115 * s, 0.04 * s], colour: skin, finish: 'satin', layer: 1 }),
      placePart(childFrame(wrist, [side * 0.04 * s, -0.03 * s, 0.005 * s], rotX(0)), { shape: 'capsule', position: [0, 0, 0], size: [0.028 * s, 0.06 * s, 0.028 * s], colour: skin, finish: 'satin', layer: 1 }),
    ];
  }
  return [placePart(wrist, { shape: 'ellipsoid', position: [0, -0.045 * s, 0.004 * s], size: [0.07 * s, 0.1 * s, 0.06 * s], colour: skin, finish: 'satin', layer: 1 })];
}
