/**
 * A dog: sturdy body, snout with a shiny nose, floppy ears, a tail that wags (fast when
 * happy, level when running) and a collar. Coat markings and collar colour come from its id;
 * the entity's colour is the coat.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { chain, childFrame, placePart, pointIn, rotX, rotY, rotZ } from '../rig/Frame.ts';
import { alignY, segmentBetween } from '../rig/segment.ts';
import { chainSegments } from '../rig/chainSegments.ts';
import { darken, lighten, mixColour } from '../rig/colour.ts';
import { bodyBox } from '../bodyBox.ts';
import { sink } from '../rig/sink.ts';
import { buildEye } from '../face/buildEye.ts';
import { onSurface } from '../face/surface.ts';
import { quadrupedMotion, type QuadrupedStyle } from '../quadruped/quadrupedMotion.ts';
import { quadrupedSkeleton, type QuadrupedProportions } from '../quadruped/quadrupedSkeleton.ts';
import { drawQuadLegs } from '../quadruped/drawQuadLegs.ts';
import { speakingAnimal } from '../quadruped/speakingAnimal.ts';

export const DOG_STYLE: QuadrupedStyle = { wagRate: 2.6, wagAmount: 0.55, stride: 1 };

const COLLARS = ['#d62828', '#1d4ed8', '#2a9d8f', '#f77f00', '#7b2cbf', '#e9c46a'] as const;

export function dogProportions(s: number): QuadrupedProportions {
  return {
    height: 0.6 * s,
    gauge: 0.062 * s,
    shoulderZ: 0.14 * s,
    hipZ: -0.15 * s,
    legTopY: -0.03 * s,
    fore: { lengths: [0.1 * s, 0.105 * s, 0.045 * s], rest: [-0.3, 0.02, 0.3], foldShape: [0.2, -0.9, -1.8] },
    hind: { lengths: [0.1 * s, 0.1 * s, 0.07 * s], rest: [0.4, -0.55, 0.05], foldShape: [0.5, -0.5, 0.3] },
    pawDrop: 0.024 * s,
  };
}

export function buildDog(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.height / 0.6;
  const rng = createRandom(hashString(identityKeyOf(entity)), 'dog-look');
  const markings = rng.pick(['plain', 'white-chest', 'socks', 'patches'] as const);
  const collar = rng.pick(COLLARS);
  const offset = rng.next();
  const coat = entity.colour;
  const light = mixColour(coat, '#fff8ec', 0.55);
  const dark = darken(coat, 0.3);
  const p = dogProportions(s);
  const m = speakingAnimal(quadrupedMotion(pose.gait ?? 'idle', pose.gaitPhase ?? 0, time, offset, DOG_STYLE), ctx.face);
  const sk = quadrupedSkeleton(p, m);
  const body = sk.body;
  const out: Part[] = [];

  drawQuadLegs(sk, p, {
    foreWidths: [0.07 * s, 0.05 * s, 0.045 * s],
    hindWidths: [0.085 * s, 0.055 * s, 0.045 * s],
    colour: (_leg, seg) => (markings === 'socks' && seg === 2 ? light : seg === 0 ? coat : darken(coat, 0.05)),
    paw: { size: [0.052 * s, 0.032 * s, 0.066 * s], colour: () => (markings === 'socks' ? lighten(light, 0.2) : darken(coat, 0.08)), finish: 'satin', shape: 'ellipsoid', forward: 0.016 * s },
  }, out);

  // Body: chest, barrel and haunches.
  const breathe = 1 + 0.02 * m.breath;
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.01 * s, 0], size: [0.2 * s, 0.19 * s, 0.44 * s], colour: coat, finish: 'satin' }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.015 * s, 0.12 * s], size: [0.21 * s * breathe, 0.215 * s * breathe, 0.22 * s], colour: coat, finish: 'satin' }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.02 * s, -0.14 * s], size: [0.2 * s, 0.19 * s, 0.2 * s], colour: coat, finish: 'satin' }));
  const chestColour = markings === 'white-chest' || markings === 'socks' ? light : lighten(coat, 0.15);
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, -0.02 * s, 0.19 * s], size: [0.14 * s, 0.17 * s, 0.1 * s], colour: chestColour, finish: 'satin', layer: 1 }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, -0.06 * s, 0.02 * s], size: [0.14 * s, 0.08 * s, 0.3 * s], colour: lighten(coat, 0.2), finish: 'satin' }));
  if (markings === 'patches') {
    out.push(placePart(body, { shape: 'ellipsoid', position: [0.04 * s, 0.06 * s, -0.06 * s], size: [0.15 * s, 0.1 * s, 0.14 * s], colour: dark, finish: 'satin', layer: 1 }));
    out.push(placePart(body, { shape: 'ellipsoid', position: [-0.05 * s, 0.05 * s, 0.06 * s], size: [0.13 * s, 0.09 * s, 0.1 * s], colour: dark, finish: 'satin', layer: 1 }));
  }

  // Neck and head.
  const neckBase = pointIn(body, [0, 0.06 * s, 0.16 * s]);
  const head = childFrame(body, [0, 0.17 * s, 0.245 * s], chain(rotY(m.headYaw), rotX(m.headPitch - m.pitch * 0.6), rotZ(m.headRoll)));
  out.push(segmentBetween(neckBase, pointIn(head, [0, -0.01 * s, -0.02 * s]), 0.11 * s, { colour: coat, finish: 'satin' }));
  const neckTop = pointIn(head, [0, -0.01 * s, -0.02 * s]);
  const collarFrame = { origin: mixPoint(neckBase, neckTop, 0.45), rotation: alignY([neckTop[0] - neckBase[0], neckTop[1] - neckBase[1], neckTop[2] - neckBase[2]]) };
  out.push(placePart(collarFrame, { shape: 'cylinder', position: [0, 0, 0], size: [0.118 * s, 0.02 * s, 0.118 * s], colour: collar, finish: 'satin', layer: 1 }));
  out.push(placePart(collarFrame, { shape: 'ellipsoid', position: [0, -0.02 * s, 0.06 * s], size: [0.02 * s, 0.024 * s, 0.008 * s], colour: '#e9c46a', finish: 'metal', layer: 2 }));

  const skull: Vec3 = [0.14 * s, 0.13 * s, 0.14 * s];
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0, 0], size: skull, colour: coat, finish: 'satin' }));
  // Muzzle, nose and mouth.
  const muzzle = childFrame(head, [0, -0.028 * s, 0.075 * s]);
  out.push(placePart(muzzle, { shape: 'ellipsoid', position: [0, 0, 0.015 * s], size: [0.085 * s, 0.068 * s, 0.11 * s], colour: markings === 'plain' ? lighten(coat, 0.2) : light, finish: 'satin', layer: 1 }));
  out.push(placePart(muzzle, { shape: 'ellipsoid', position: [0, 0.022 * s, 0.068 * s], size: [0.036 * s, 0.026 * s, 0.026 * s], colour: '#1b1718', finish: 'glossy', layer: 3 }));
  const open = m.mouthOpen;
  if (open > 0.05) {
    const jaw = childFrame(muzzle, [0, -0.025 * s, -0.01 * s], rotX(0.45 * open));
    out.push(placePart(jaw, { shape: 'ellipsoid', position: [0, -0.006 * s, 0.035 * s], size: [0.07 * s, 0.03 * s, 0.08 * s], colour: '#5a1f24', finish: 'matte', layer: 1 }));
    out.push(placePart(jaw, { shape: 'ellipsoid', position: [0.008 * s, -0.02 * s, 0.06 * s], size: [0.032 * s, 0.012 * s, 0.05 * s * (0.6 + open * 0.6)], colour: '#e56b7a', finish: 'glossy', layer: 2 }));
  } else {
    out.push(placePart(muzzle, { shape: 'ellipsoid', position: [0, -0.028 * s, 0.025 * s], size: [0.05 * s, 0.012 * s, 0.06 * s], colour: darken(coat, 0.45), finish: 'matte', layer: 1 }));
  }
  const features: Part[] = [];
  const ears: Part[] = [];
  for (const side of [1, -1]) {
    buildEye(head, skull, side * 0.034 * s, 0.018 * s, {
      width: 0.036 * s, aspect: 1.05, iris: '#4a2c17', irisScale: 0.78, pupil: 'round', lid: coat, lash: dark, closed: m.blink,
    }, features);
    const brow = onSurface(head, skull, side * 0.034 * s, 0.05 * s, 0);
    features.push(placePart(brow, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.028 * s, 0.012 * s, 0.01 * s], colour: markings === 'plain' ? dark : light, finish: 'satin', layer: 2 }));
    // Floppy ears hang from the top of the head and flap when the dog runs.
    const earRoot = childFrame(head, [side * 0.058 * s, 0.045 * s, -0.01 * s], chain(rotZ(side * (0.35 + 0.6 * m.earFlap)), rotX(0.25 + 0.4 * m.earFlap)));
    ears.push(placePart(earRoot, { shape: 'ellipsoid', position: [side * 0.008 * s, -0.04 * s, 0], size: [0.03 * s, 0.1 * s, 0.065 * s], colour: markings === 'plain' ? darken(coat, 0.2) : dark, finish: 'satin', layer: 1 }));
  }

  out.push(...sink(features, 0.055 * s), ...sink(ears, 0.03 * s));

  // Tail: carried up when happy, wagging from the root to the tip.
  const lift = 1.8 + 0.75 * m.tailLift;
  const tailRoot = childFrame(body, [0, 0.07 * s, -0.22 * s], chain(rotY(m.tailWag), rotX(lift)));
  chainSegments(tailRoot, [0, 1, 2, 3].map((i) => ({
    length: 0.036 * s,
    width: (0.046 - i * 0.006) * s,
    bend: chain(rotY(m.tailWag * 0.25), rotX(i === 0 ? 0 : 0.16)),
    colour: i === 3 && markings !== 'plain' ? light : coat,
  })), { colour: coat, finish: 'satin' }, out);
  return out;
}

function mixPoint(a: Vec3, b: Vec3, t: number): Vec3 {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
