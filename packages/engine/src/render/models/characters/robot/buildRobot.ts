/**
 * A friendly robot: polished metal body with a chest panel of lights, a boxy head with a dark
 * visor and glowing eyes, an antenna with a blinking tip, and jointed arms and legs with
 * ball joints. The entity's colour is its metal.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { childFrame, placePart, rotX } from '../rig/Frame.ts';
import { segment } from '../rig/segment.ts';
import { darken, lighten, mixColour } from '../rig/colour.ts';
import { bodyBox } from '../bodyBox.ts';
import { bipedMotion, type BipedStyle } from '../biped/bipedMotion.ts';
import { bipedSkeleton, type BipedProportions } from '../biped/bipedSkeleton.ts';
import { isBlinking } from '../person/buildPerson.ts';
import { sink } from '../rig/sink.ts';
import { speakingMotion } from '../biped/speakingMotion.ts';
import { MOUTH_GEOMETRY, type MouthShape } from '../face/MouthShape.ts';
import type { Frame } from '../rig/Frame.ts';

export const ROBOT_STYLE: BipedStyle = { stride: 0.8, armSwing: 0.75, knee: 0.8, liveliness: 0.6 };

const GLOWS = ['#4cf3ff', '#7dff8a', '#ffd166', '#ff7ae0'] as const;

export function robotProportions(height: number): BipedProportions {
  const s = height / 1.6;
  return {
    height,
    hipHalfWidth: 0.1 * s,
    thigh: 0.27 * s,
    shin: 0.27 * s,
    ankle: 0.085 * s,
    footLength: 0.25 * s,
    heelBack: 0.08 * s,
    spine: 0.45 * s,
    shoulderHalfWidth: 0.24 * s,
    upperArm: 0.23 * s,
    forearm: 0.22 * s,
    neck: 0.215 * s,
  };
}

export function buildRobot(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.height / 1.6;
  const rng = createRandom(hashString(identityKeyOf(entity)), 'robot-look');
  const glow = rng.pick(GLOWS);
  const offset = rng.next();
  const metal = entity.colour;
  const joint = darken(metal, 0.45);
  const trim = mixColour(metal, '#3a86ff', 0.35);
  const p = robotProportions(box.height);
  const face = ctx.face;
  const motion = speakingMotion(bipedMotion(pose.gait ?? 'idle', pose.gaitPhase ?? 0, time, offset, ROBOT_STYLE), pose.gait ?? 'idle', face, 0.8);
  const sk = bipedSkeleton(p, motion);
  const out: Part[] = [];

  // Legs: ball joints, pistons and flat feet.
  for (const leg of sk.legs) {
    out.push(placePart(leg.hip, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.1 * s, 0.1 * s, 0.1 * s], colour: joint, finish: 'metal' }));
    out.push(segment(leg.hip, p.thigh, 0.085 * s, { colour: metal, finish: 'metal', shape: 'cylinder', overlap: 0 }));
    out.push(placePart(leg.knee, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.1 * s, 0.1 * s, 0.1 * s], colour: joint, finish: 'metal', layer: 1 }));
    out.push(segment(leg.knee, p.shin, 0.12 * s, { colour: metal, finish: 'metal', shape: 'capsule', overlap: 0.02 * s }));
    out.push(placePart(leg.foot, { shape: 'box', position: [0, -p.ankle + 0.035 * s, p.footLength / 2 - p.heelBack], size: [0.14 * s, 0.07 * s, p.footLength], colour: darken(metal, 0.15), finish: 'metal', layer: 1 }));
    out.push(placePart(leg.foot, { shape: 'box', position: [0, -p.ankle + 0.008 * s, p.footLength / 2 - p.heelBack], size: [0.145 * s, 0.016 * s, p.footLength * 1.02], colour: joint, finish: 'satin' }));
  }

  // Pelvis, waist joint and torso with a chest panel.
  out.push(placePart(sk.hips, { shape: 'box', position: [0, 0.0, 0], size: [0.3 * s, 0.12 * s, 0.2 * s], colour: darken(metal, 0.1), finish: 'metal', layer: -10 }));
  const chest = sk.chest;
  out.push(placePart(chest, { shape: 'box', position: [0, -0.2 * s, 0], size: [0.44 * s, 0.46 * s, 0.28 * s], colour: metal, finish: 'metal', pattern: 'panels', patternColour: darken(metal, 0.25) }));
  const panel: Part[] = [];
  panel.push(placePart(chest, { shape: 'box', position: [0, -0.15 * s, 0.14 * s], size: [0.26 * s, 0.2 * s, 0.02 * s], colour: '#1d2230', finish: 'glass', layer: 1 }));
  const lights = [glow, '#ff5d5d', '#ffd166'];
  lights.forEach((c, i) => {
    const on = Math.sin(time * 3 + i * 2.1 + offset * 6) > -0.3;
    panel.push(placePart(chest, { shape: 'ellipsoid', position: [(i - 1) * 0.07 * s, -0.12 * s, 0.152 * s], size: [0.04 * s, 0.04 * s, 0.012 * s], colour: on ? c : darken(c, 0.6), finish: on ? 'emissive' : 'glossy', layer: 2 }));
  });
  panel.push(placePart(chest, { shape: 'box', position: [0, -0.21 * s, 0.152 * s], size: [0.18 * s, 0.025 * s, 0.01 * s], colour: lighten(trim, 0.1), finish: 'satin', layer: 2 }));
  out.push(...sink(panel, 0.2 * s));
  // Neck.
  out.push(placePart(chest, { shape: 'box', position: [0, 0.04 * s, 0], size: [0.2 * s, 0.035 * s, 0.16 * s], colour: joint, finish: 'metal' }));

  // Arms: shoulder balls, upper arm, elbow, forearm and a two-fingered claw.
  for (const arm of sk.arms) {
    out.push(placePart(arm.shoulder, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.13 * s, 0.13 * s, 0.13 * s], colour: trim, finish: 'metal', layer: 1 }));
    out.push(segment(arm.shoulder, p.upperArm, 0.08 * s, { colour: metal, finish: 'metal', shape: 'cylinder', overlap: 0 }));
    out.push(placePart(arm.elbow, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.085 * s, 0.085 * s, 0.085 * s], colour: joint, finish: 'metal', layer: 1 }));
    out.push(segment(arm.elbow, p.forearm, 0.1 * s, { colour: metal, finish: 'metal', shape: 'cylinder', overlap: 0 }));
    out.push(placePart(arm.wrist, { shape: 'ellipsoid', position: [0, -0.02 * s, 0], size: [0.07 * s, 0.05 * s, 0.07 * s], colour: joint, finish: 'metal', layer: 1 }));
    const spread = arm.open ? 0.5 : 0.22;
    for (const finger of [1, -1]) {
      // Two claw fingers, opening forwards and backwards.
      const f = childFrame(arm.wrist, [0, -0.035 * s, finger * 0.018 * s], rotX(finger * spread));
      out.push(placePart(f, { shape: 'box', position: [0, -0.035 * s, 0], size: [0.03 * s, 0.07 * s, 0.018 * s], colour: darken(metal, 0.2), finish: 'metal', layer: 1 }));
    }
  }

  // Head: a rounded box with a visor, glowing eyes, a speaker grille and an antenna.
  const head = sk.head;
  out.push(placePart(head, { shape: 'box', position: [0, 0, 0], size: [0.38 * s, 0.3 * s, 0.3 * s], colour: metal, finish: 'metal' }));
  const features: Part[] = [];
  const bolts: Part[] = [];
  features.push(placePart(head, { shape: 'box', position: [0, 0.03 * s, 0.145 * s], size: [0.32 * s, 0.13 * s, 0.02 * s], colour: '#141822', finish: 'glass', layer: 1 }));
  const blink = face ? face.blink : isBlinking(time, offset * 4);
  for (const side of [1, -1]) {
    features.push(placePart(head, { shape: 'ellipsoid', position: [side * 0.075 * s, 0.03 * s, 0.156 * s], size: [0.105 * s, blink ? 0.02 * s : 0.105 * s, 0.008 * s], colour: mixColour(glow, '#141822', 0.55), finish: 'emissive', layer: 2 }));
    features.push(placePart(head, { shape: 'ellipsoid', position: [side * 0.075 * s, 0.03 * s, 0.162 * s], size: [0.075 * s, blink ? 0.01 * s : 0.075 * s, 0.012 * s], colour: glow, finish: 'emissive', layer: 3 }));
    features.push(placePart(head, { shape: 'ellipsoid', position: [side * 0.075 * s - 0.015 * s, 0.045 * s, 0.168 * s], size: [0.022 * s, blink ? 0.004 * s : 0.022 * s, 0.004 * s], colour: '#ffffff', finish: 'emissive', layer: 4 }));
    // Ear bolts.
    bolts.push(placePart(head, { shape: 'cylinder', position: [side * 0.2 * s, 0, 0], size: [0.09 * s, 0.035 * s, 0.09 * s], rotation: [0, 0, Math.SQRT1_2, Math.SQRT1_2], colour: trim, finish: 'metal', layer: 1 }));
  }
  if (face && face.mouth !== 'X') buildRobotMouth(head, s, face.mouth, glow, metal, features);
  else features.push(placePart(head, { shape: 'box', position: [0, -0.085 * s, 0.152 * s], size: [0.14 * s, 0.04 * s, 0.012 * s], colour: darken(metal, 0.35), finish: 'satin', pattern: 'stripes', patternColour: darken(metal, 0.6), layer: 1 }));
  out.push(...sink(features, 0.22 * s), ...sink(bolts, 0.15 * s));
  out.push(placePart(head, { shape: 'cylinder', position: [0, 0.19 * s, 0], size: [0.014 * s, 0.09 * s, 0.014 * s], colour: joint, finish: 'metal' }));
  const pulse = 0.5 + 0.5 * Math.sin(time * 4 + offset * 6);
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0.245 * s, 0], size: [0.045 * s, 0.045 * s, 0.045 * s], colour: mixColour('#8a1c1c', '#ff4d4d', pulse), finish: 'emissive', layer: 1 }));
  return out;
}

/**
 * A speaking robot's mouth: a dark slot in the face plate shaped like the mouth shape (wide,
 * tall, or round for rounded vowels), lit from inside by a row of level bars in the eyes'
 * glow that rise with the opening.
 */
function buildRobotMouth(head: Frame, s: number, shape: MouthShape, glow: string, metal: string, out: Part[]): void {
  const g = MOUTH_GEOMETRY[shape];
  const width = Math.max(0.07, Math.min(0.2, g.width * 0.5)) * s;
  const open = g.open * 0.42 * s;
  const height = Math.max(0.012 * s, open);
  const round = shape === 'E' || shape === 'F';
  const y = -0.085 * s;
  out.push(placePart(head, { shape: round ? 'ellipsoid' : 'box', position: [0, y, 0.152 * s], size: [width + 0.016 * s, height + 0.016 * s, 0.012 * s], colour: darken(metal, 0.4), finish: 'metal', layer: 1 }));
  out.push(placePart(head, { shape: round ? 'ellipsoid' : 'box', position: [0, y, 0.156 * s], size: [width, height, 0.01 * s], colour: '#10131b', finish: 'glass', layer: 2 }));
  if (g.open <= 0) {
    out.push(placePart(head, { shape: 'box', position: [0, y, 0.161 * s], size: [width * 0.9, 0.004 * s, 0.004 * s], colour: mixColour(glow, '#10131b', 0.4), finish: 'emissive', layer: 3 }));
    return;
  }
  // Level bars, tallest in the middle; fewer and closer together for a round mouth.
  const bars = round ? 3 : 5;
  const pitch = width / (bars + 0.5);
  for (let i = 0; i < bars; i++) {
    const u = (i - (bars - 1) / 2) / Math.max(1, (bars - 1) / 2);
    const h = height * (0.85 - 0.4 * u * u);
    out.push(placePart(head, { shape: 'box', position: [u * (width / 2 - pitch / 2), y, 0.162 * s], size: [pitch * 0.55, h, 0.004 * s], colour: glow, finish: 'emissive', layer: 3 }));
  }
}
