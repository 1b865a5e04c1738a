/**
 * A cat: slim body, round head with pointy ears, big eyes with slit pupils, whiskers and a
 * long tail that curls and swishes slowly. Coat pattern from its id; the entity's colour is
 * the coat.
 */
import type { ModelContext, Part } from '../../../model/Part.ts';
import type { Vec3 } from '../../../../math/vec3.ts';
import { createRandom, hashString } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { chain, childFrame, placePart, pointIn, rotX, rotY, rotZ } from '../rig/Frame.ts';
import { segmentBetween } from '../rig/segment.ts';
import { chainSegments } from '../rig/chainSegments.ts';
import { darken, lighten, mixColour } from '../rig/colour.ts';
import { bodyBox } from '../bodyBox.ts';
import { sink, sinkLayer } from '../rig/sink.ts';
import { buildEye } from '../face/buildEye.ts';
import { onSurface } from '../face/surface.ts';
import { quadrupedMotion, type QuadrupedStyle } from '../quadruped/quadrupedMotion.ts';
import { quadrupedSkeleton, type QuadrupedProportions } from '../quadruped/quadrupedSkeleton.ts';
import { drawQuadLegs } from '../quadruped/drawQuadLegs.ts';
import { speakingAnimal } from '../quadruped/speakingAnimal.ts';

export const CAT_STYLE: QuadrupedStyle = { wagRate: 0.35, wagAmount: 0.35, stride: 0.9 };

const EYES = ['#8fbf3f', '#e0b53a', '#57a7c9', '#d98c2b'] as const;

export function catProportions(s: number): QuadrupedProportions {
  return {
    height: 0.3 * s,
    gauge: 0.036 * s,
    shoulderZ: 0.085 * s,
    hipZ: -0.09 * s,
    legTopY: -0.012 * s,
    fore: { lengths: [0.048 * s, 0.058 * s, 0.022 * s], rest: [-0.3, 0.02, 0.3], foldShape: [0.2, -0.9, -1.6] },
    hind: { lengths: [0.052 * s, 0.05 * s, 0.032 * s], rest: [0.45, -0.6, 0.05], foldShape: [0.5, -0.5, 0.3] },
    pawDrop: 0.012 * s,
  };
}

export function buildCat(ctx: ModelContext): Part[] {
  const { entity, pose } = ctx;
  const time = Number(ctx.time);
  const box = bodyBox(entity.collider);
  const s = box.height / 0.3;
  const rng = createRandom(hashString(identityKeyOf(entity)), 'cat-look');
  const coatPattern = rng.pick(['tabby', 'plain', 'tuxedo', 'socks'] as const);
  const iris = rng.pick(EYES);
  const offset = rng.next();
  const coat = entity.colour;
  const white = mixColour(coat, '#fffdf8', 0.8);
  const stripe = darken(coat, 0.28);
  const p = catProportions(s);
  const m = speakingAnimal(quadrupedMotion(pose.gait ?? 'idle', pose.gaitPhase ?? 0, time, offset, CAT_STYLE), ctx.face);
  const sk = quadrupedSkeleton(p, m);
  const body = sk.body;
  const out: Part[] = [];
  const pattern = coatPattern === 'tabby' ? { pattern: 'stripes' as const, patternColour: stripe } : {};

  drawQuadLegs(sk, p, {
    foreWidths: [0.04 * s, 0.03 * s, 0.026 * s],
    hindWidths: [0.052 * s, 0.032 * s, 0.026 * s],
    colour: (_leg, seg) => ((coatPattern === 'socks' || coatPattern === 'tuxedo') && seg === 2 ? white : coat),
    paw: { size: [0.026 * s, 0.016 * s, 0.032 * s], colour: () => (coatPattern === 'socks' || coatPattern === 'tuxedo' ? white : coat), finish: 'satin', shape: 'ellipsoid', forward: 0.008 * s },
  }, out);

  // A long, slim body.
  const breathe = 1 + 0.025 * m.breath;
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.006 * s, -0.005 * s], size: [0.1 * s * breathe, 0.098 * s * breathe, 0.26 * s], colour: coat, finish: 'satin', ...pattern }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.012 * s, -0.085 * s], size: [0.098 * s, 0.094 * s, 0.1 * s], colour: coat, finish: 'satin' }));
  // Pale belly and chest, sunk in draw order so only their lower edge shows under the coat.
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, -0.026 * s, 0.01 * s], size: [0.075 * s, 0.055 * s, 0.19 * s], colour: coatPattern === 'plain' ? lighten(coat, 0.2) : white, finish: 'satin', layer: sinkLayer(0.03 * s) }));
  out.push(placePart(body, { shape: 'ellipsoid', position: [0, 0.0, 0.1 * s], size: [0.07 * s, 0.085 * s, 0.05 * s], colour: coatPattern === 'plain' ? lighten(coat, 0.15) : white, finish: 'satin', layer: 1 }));

  // Neck and head.
  const head = childFrame(body, [0, 0.072 * s, 0.158 * s], chain(rotY(m.headYaw), rotX(m.headPitch - m.pitch * 0.6), rotZ(m.headRoll)));
  out.push(segmentBetween(pointIn(body, [0, 0.025 * s, 0.1 * s]), pointIn(head, [0, -0.012 * s, -0.01 * s]), 0.055 * s, { colour: coat, finish: 'satin' }));
  const skull: Vec3 = [0.106 * s, 0.092 * s, 0.09 * s];
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, 0, 0], size: skull, colour: coat, finish: 'satin' }));
  // Cheek fluff widens the face.
  out.push(placePart(head, { shape: 'ellipsoid', position: [0, -0.016 * s, 0.008 * s], size: [0.116 * s, 0.055 * s, 0.076 * s], colour: coat, finish: 'satin' }));
  const features: Part[] = [];
  const muzzleColour = coatPattern === 'plain' ? lighten(coat, 0.25) : white;
  for (const side of [1, -1]) {
    const puff = onSurface(head, skull, side * 0.011 * s, -0.02 * s, -0.004 * s);
    features.push(placePart(puff, { shape: 'ellipsoid', position: [0, 0, 0], size: [0.024 * s, 0.018 * s, 0.018 * s], colour: muzzleColour, finish: 'satin', layer: 2 }));
    buildEye(head, skull, side * 0.022 * s, 0.008 * s, {
      width: 0.026 * s, aspect: 1.0, iris, irisScale: 1, pupil: 'slit', lid: coat, lash: darken(coat, 0.5), closed: m.blink, noWhite: true,
    }, features);
    // Pointy ears with pink insides.
    const ear = childFrame(head, [side * 0.026 * s, 0.032 * s, -0.004 * s], chain(rotZ(-side * (0.32 + 0.1 * m.earFlap)), rotX(-0.1)));
    out.push(placePart(ear, { shape: 'cone', position: [0, 0.018 * s, 0], size: [0.036 * s, 0.045 * s, 0.018 * s], colour: coat, finish: 'satin', layer: 0 }));
    out.push(placePart(ear, { shape: 'cone', position: [0, 0.014 * s, 0.004 * s], size: [0.022 * s, 0.03 * s, 0.01 * s], colour: '#f2a7b0', finish: 'satin', layer: 1 }));
    // Whiskers.
    for (let w = 0; w < 3; w++) {
      const root = onSurface(head, skull, side * 0.018 * s, -0.02 * s - w * 0.004 * s, 0);
      const whisker = childFrame(root, [side * 0.02 * s, 0, 0], rotZ(side * (0.12 - w * 0.12)));
      features.push(placePart(whisker, { shape: 'box', position: [side * 0.012 * s, 0, 0], size: [0.05 * s, 0.0012 * s, 0.0012 * s], colour: '#f5f1e8', finish: 'satin', layer: 4 }));
    }
  }
  const nose = onSurface(head, skull, 0, -0.01 * s, 0);
  features.push(placePart(nose, { shape: 'ellipsoid', position: [0, 0, 0.004 * s], size: [0.014 * s, 0.009 * s, 0.008 * s], colour: '#e58a9a', finish: 'glossy', layer: 3 }));
  if (m.mouthOpen > (ctx.face?.speaking ? 0.05 : 0.3)) {
    const mouth = onSurface(head, skull, 0, -0.03 * s, 0);
    features.push(placePart(mouth, { shape: 'ellipsoid', position: [0, -0.002 * s * m.mouthOpen, 0], size: [0.016 * s, 0.004 * s + 0.012 * s * m.mouthOpen, 0.006 * s], colour: '#6a2330', finish: 'matte', layer: 3 }));
    if (m.mouthOpen > 0.4) features.push(placePart(mouth, { shape: 'ellipsoid', position: [0, -0.006 * s * m.mouthOpen, 0.001 * s], size: [0.01 * s, 0.005 * s * m.mouthOpen, 0.005 * s], colour: '#e58a9a', finish: 'satin', layer: 4 }));
  }
  if (coatPattern === 'tabby') {
    const forehead = onSurface(head, skull, 0, 0.026 * s, 0);
    for (const dx of [-0.008, 0, 0.008]) {
      features.push(placePart(forehead, { shape: 'ellipsoid', position: [dx * s, 0, 0], size: [0.004 * s, 0.018 * s, 0.004 * s], colour: stripe, finish: 'satin', layer: 2 }));
    }
  }

  out.push(...sink(features, 0.033 * s));

  // A long tail: rises from the rump and curls at the tip, swishing slowly.
  const tailRoot = childFrame(body, [0, 0.03 * s, -0.125 * s], chain(rotY(m.tailWag * 0.6), rotX(1.9 + 0.5 * m.tailLift)));
  chainSegments(tailRoot, [0, 1, 2, 3, 4, 5].map((i) => ({
    length: 0.032 * s,
    width: (0.022 - i * 0.0012) * s,
    bend: chain(rotY(m.tailWag * 0.2), rotX(i < 2 ? 0.12 : -0.22)),
    colour: coatPattern === 'tabby' && i % 2 === 1 ? stripe : i === 5 && coatPattern !== 'plain' ? white : coat,
  })), { colour: coat, finish: 'satin' }, out);
  return out;
}
