/**
 * A horse: deep barrel body, long legs with hooves, an arched neck with a flowing mane, a
 * long head with a soft muzzle, small upright ears and a swishing tail. White markings (blaze,
 * socks) from its id; the entity's colour is the coat.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { chain, childFrame, placePart, pointIn, rotX, rotY, rotZ } from '../rig/Frame.ts';
import { segmentBetween } from '../rig/segment.ts';
import { chainSegments } from '../rig/chainSegments.ts';
import { darken, luminance, mixColour } from '../rig/colour.ts';
import { mix } from '../rig/shape.ts';
import { bodyBox } from '../bodyBox.ts';
import { sink } from '../rig/sink.ts';
import { buildEye } from '../face/buildEye.ts';
import { quadrupedMotion, type QuadrupedStyle } from '../quadruped/quadrupedMotion.ts';
import { quadrupedSkeleton, type QuadrupedProportions } from '../quadruped/quadrupedSkeleton.ts';
import { drawQuadLegs } from '../quadruped/drawQuadLegs.ts';
import { speakingAnimal } from '../quadruped/speakingAnimal.ts';

export const HORSE_STYLE: QuadrupedStyle = { wagRate: 0.3, wagAmount: 0.25, stride: 1 };

export function horseProportions(s: number): QuadrupedProportions {
  return {
    height: 1.6 * s,
    gauge: 0.14 * s,
    shoulderZ: 0.46 * s,
    hipZ: -0.5 * s,
    legTopY: -0.08 * s,
    fore: { lengths: [0.26 * s, 0.29 * s, 0.13 * s], rest: [-0.2, 0.0, 0.3], foldShape: [0.25, -1.0, -1.5] },
    hind: { lengths: [0.29 * s, 0.29 * s, 0.12 * s], rest: [0.32, -0.32, 0.3], foldShape: [0.5, -0.4, -0.5] },
    pawDrop: 0.07 * s,
  };
}

export function buildHorse(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.height / 1.6;
  const rng = createRandom(hashString(identityKeyOf(entity)), 'horse-look');
  const blaze = rng.next() < 0.6;
  const socks = [0, 1, 2, 3].map(() => rng.next() < 0.3);
  const offset = rng.next();
  const coat = entity.colour;
  const hair = luminance(coat) > 0.55 ? mixColour(coat, '#f5ecd8', 0.5) : darken(coat, 0.6);
  const white = '#f6f3ec';
  const p = horseProportions(s);
  const m = speakingAnimal(quadrupedMotion(pose.gait ?? 'idle', pose.gaitPhase ?? 0, time, offset, HORSE_STYLE), ctx.face);
  const sk = quadrupedSkeleton(p, m);
  const body = sk.body;
  const out: Part[] = [];

  drawQuadLegs(sk, p, {
    foreWidths: [0.15 * s, 0.085 * s, 0.075 * s],
    hindWidths: [0.2 * s, 0.1 * s, 0.075 * s],
    colour: (leg, seg) => (seg === 2 && socks[leg] ? white : seg === 0 ? coat : darken(coat, 0.06)),
    paw: { size: [0.1 * s, 0.08 * s, 0.12 * s], colour: () => '#3b3330', finish: 'satin', shape: 'cylinder', forward: 0.015 * s },
  }, out);
  // Knobbly knees and hocks.
  for (const leg of sk.legs) {
    out.push(placePart(leg.joints[2], { shape: 'ellipsoid', position: [0, 0, 0], size: [0.095 * s, 0.085 * s, 0.095 * s], colour: darken(coat, 0.06), finish: 'satin' }));
  }

  // Barrel, shoulder and hindquarters.
  const breathe = 1 + 0.015 * m.breath;
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.02 * s, 0], size: [0.5 * s * breathe, 0.55 * s * breathe, 1.3 * s], colour: coat, finish: 'satin' }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.06 * s, 0.4 * s], size: [0.48 * s, 0.54 * s, 0.5 * s], colour: coat, finish: 'satin' }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.07 * s, -0.42 * s], size: [0.52 * s, 0.54 * s, 0.52 * s], colour: coat, finish: 'satin' }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, -0.16 * s, 0.04 * s], size: [0.4 * s, 0.2 * s, 0.9 * s], colour: darken(coat, 0.06), finish: 'satin' }));

  // Neck: an arch from the withers up to the poll.
  const head = childFrame(body, [0, 0.56 * s, 0.8 * s], chain(rotY(m.headYaw * 0.6), rotX(m.headPitch - m.pitch * 0.8), rotZ(m.headRoll)));
  const neckPoints: Vec3[] = [
    pointIn(body, [0, 0.14 * s, 0.5 * s]),
    pointIn(body, [0, 0.38 * s, 0.64 * s]),
    pointIn(head, [0, 0.03 * s, -0.12 * s]),
  ];
  out.push(segmentBetween(neckPoints[0]!, neckPoints[1]!, 0.3 * s, { colour: coat, finish: 'satin', depth: 0.24 * s }));
  out.push(segmentBetween(neckPoints[1]!, neckPoints[2]!, 0.22 * s, { colour: coat, finish: 'satin', depth: 0.17 * s }));

  // Head: long face angled down towards a soft muzzle.
  const face = childFrame(head, [0, -0.06 * s, 0.07 * s], rotX(0.95));
  const skull: Vec3 = [0.2 * s, 0.2 * s, 0.2 * s];
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0, 0], size: skull, colour: coat, finish: 'satin' }));
  out.push(placePart(face, { shape: 'ellipsoid', position: [0, 0, 0.08 * s], size: [0.15 * s, 0.13 * s, 0.36 * s], colour: coat, finish: 'satin' }));
  out.push(placePart(face, { shape: 'ellipsoid', position: [0, -0.01 * s, 0.24 * s], size: [0.15 * s, 0.14 * s, 0.14 * s], colour: darken(coat, 0.25), finish: 'satin' }));
  if (blaze) {
    out.push(placePart(face, { shape: 'ellipsoid', position: [0, 0.05 * s, 0.09 * s], size: [0.045 * s, 0.04 * s, 0.3 * s], colour: white, finish: 'satin', layer: 1 }));
  }
  for (const side of [1, -1]) {
    out.push(placePart(face, { shape: 'ellipsoid', position: [side * 0.04 * s, 0.025 * s, 0.3 * s], size: [0.025 * s, 0.03 * s, 0.02 * s], colour: '#2a2020', finish: 'matte', layer: 2 }));
  }
  if (m.mouthOpen > 0.05) {
    // Talking (or neighing): the lower lip drops open from the back of the mouth.
    const jaw = childFrame(face, [0, -0.055 * s, 0.16 * s], rotX(0.4 * m.mouthOpen));
    out.push(placePart(face, { shape: 'ellipsoid', position: [0, -0.06 * s, 0.24 * s], size: [0.1 * s, 0.03 * s + 0.04 * s * m.mouthOpen, 0.08 * s], colour: '#3a1a1e', finish: 'matte', layer: 1 }));
    out.push(placePart(jaw, { shape: 'ellipsoid', position: [0, -0.012 * s, 0.075 * s], size: [0.13 * s, 0.05 * s, 0.13 * s], colour: darken(coat, 0.25), finish: 'satin', layer: 2 }));
  } else {
    out.push(placePart(face, { shape: 'ellipsoid', position: [0, -0.06 * s, 0.24 * s], size: [0.09 * s, 0.012 * s, 0.06 * s], colour: '#2a2020', finish: 'matte', layer: 1 }));
  }
  for (const side of [1, -1]) {
    // Eyes on the sides of the head, looking forwards and out.
    const eyeFrame = childFrame(head, [side * 0.088 * s, 0.02 * s, 0.02 * s], rotY(side * 1.0));
    const eye: Part[] = [];
    buildEye(eyeFrame, [0.04 * s, 0.04 * s, 0.02 * s], 0, 0, {
      width: 0.042 * s, aspect: 0.95, iris: '#2b1a10', irisScale: 0.9, pupil: 'round', lid: coat, lash: '#1a1010', closed: m.blink,
    }, eye);
    out.push(...sink(eye, 0.06 * s));
    // Ears: small, upright and pointed, flicking.
    const ear = childFrame(head, [side * 0.055 * s, 0.09 * s, -0.03 * s], chain(rotZ(-side * 0.22), rotX(-0.2 + 0.25 * Math.sin(time * 1.7 + side))));
    out.push(placePart(ear, { shape: 'cone', position: [0, 0.05 * s, 0], size: [0.06 * s, 0.12 * s, 0.04 * s], colour: coat, finish: 'satin' }));
    out.push(placePart(ear, { shape: 'cone', position: [0, 0.045 * s, 0.01 * s], size: [0.035 * s, 0.08 * s, 0.02 * s], colour: darken(coat, 0.35), finish: 'matte', layer: 1 }));
  }

  // Mane: a crest of hair along the top of the neck, streaming back when galloping.
  const flow = pose.gait === 'run' ? 0.35 : 0;
  for (let i = 0; i < 8; i++) {
    const t = 0.12 + (i / 7) * 0.86;
    const [a, b, width] = t < 0.5 ? [neckPoints[0]!, neckPoints[1]!, 0.3 * s] : [neckPoints[1]!, neckPoints[2]!, 0.22 * s];
    const u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    const at = mixV(a, b, u);
    const dy = b[1] - a[1];
    const dz = b[2] - a[2];
    const len = Math.hypot(dy, dz) || 1;
    // Normal to the neck on its upper (back) side, in the body's plane of symmetry.
    const ny = dz / len;
    const nz = -dy / len;
    const lift = width * 0.42;
    const tilt = Math.atan2(nz, ny) - flow - 0.08 * Math.sin(time * 2.5 + i * 0.9);
    out.push({
      shape: 'ellipsoid',
      position: [at[0], at[1] + ny * lift, at[2] + nz * lift],
      size: [0.06 * s, 0.15 * s, 0.16 * s],
      rotation: rotX(tilt),
      colour: i % 2 ? hair : darken(hair, 0.12),
      finish: 'satin',
      layer: 1,
    });
  }
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0.07 * s, 0.07 * s], size: [0.07 * s, 0.12 * s, 0.05 * s], rotation: rotX(0.5), colour: hair, finish: 'satin', layer: 1 }));

  // Tail: a long sweep of hair, swishing.
  const swish = m.tailWag + 0.1 * Math.sin(time * 0.9 + offset * 6);
  const tailRoot = childFrame(body, [0, 0.2 * s, -0.66 * s], chain(rotY(swish), rotX(0.9 + 0.6 * m.tailLift)));
  chainSegments(tailRoot, [0, 1, 2, 3].map((i) => ({
    length: 0.16 * s,
    width: mix(0.09, 0.15, Math.sin((i / 3) * Math.PI * 0.8)) * s,
    bend: chain(rotY(swish * 0.4), rotX(i === 0 ? 0 : -0.3)),
    colour: i % 2 ? hair : darken(hair, 0.08),
    depth: 0.1 * s,
  })), { colour: hair, finish: 'satin' }, out);
  return out;
}

function mixV(a: Vec3, b: Vec3, t: number): Vec3 {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
