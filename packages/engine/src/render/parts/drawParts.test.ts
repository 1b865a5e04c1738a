import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { viewBasis } from '../../math/projectPoint.ts';
import { axisAngle, IDENTITY_QUAT, type Vec3 } from '../../math/vec3.ts';
import { expectMatchesGolden } from '../../testing/expectGolden.ts';
import { radians } from '../../units/units.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import type { Part } from '../model/Part.ts';
import { flatBackdrop } from '../testing/flatBackdrop.ts';
import { LOW_WARM_LIGHTING, STUDIO_LIGHTING } from '../preview/studioLighting.ts';
import { drawParts } from './drawParts.ts';
import { placeParts } from './PlacedPart.ts';
import { DETAIL } from './partLod.ts';

const golden = (name: string): string => fileURLToPath(new URL(`../__golden__/${name}.png`, import.meta.url));
const W = 320, H = 180;
const COLOURS = ['#d62828', '#2a7de1', '#e9c46a', '#2d6a4f', '#f77f00', '#6d597a', '#adb5bd', '#ffd60a'];
const SHAPES = ['ellipsoid', 'box', 'cylinder', 'cone', 'capsule', 'quad', 'pyramid', 'wedge'] as const;

function render(parts: Part[], lighting: Lighting, eye: Vec3 = [0, 3, 7.5], w = W, h = H): Uint8Array {
  const basis = viewBasis({ position: eye, target: [0, 0.9, 0], fovY: radians(0.62), roll: radians(0) }, w, h);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  flatBackdrop(ctx, basis, w, h);
  drawParts(ctx, placeParts(parts, [0, 0, 0], IDENTITY_QUAT, 0), basis, lighting);
  return new Uint8Array(canvas.data());
}

const shapeRow: Part[] = SHAPES.map((shape, i) => ({
  shape,
  position: [(i % 4) * 1.2 - 1.8, i < 4 ? 1.55 : 0.3, 0],
  size: shape === 'quad' ? [0.8, 0.8, 0] : [0.8, 0.8, 0.8],
  colour: COLOURS[i]!,
  finish: 'satin',
  rotation: axisAngle([0, 1, 0], 0.4),
}));

for (const [name, lighting] of [['studio', STUDIO_LIGHTING], ['low-warm', LOW_WARM_LIGHTING]] as const) {
  test(`every part shape, lit by the ${name} light, matches its golden`, () => {
    expectMatchesGolden(golden(`shapes-${name}`), render(shapeRow, lighting), W, H);
  });
}

test('patterns on round, tube and flat shapes match their golden', () => {
  const patterns = [undefined, 'stripes', 'seams', 'panels', 'wood-grain', 'spots', 'checker'] as const;
  const parts: Part[] = [];
  (['ellipsoid', 'cylinder', 'box'] as const).forEach((shape, j) =>
    patterns.forEach((pattern, i) =>
      parts.push({ shape, position: [i * 0.95 - 2.85, 1.9 - j * 1.0, 0], size: [0.75, 0.75, 0.75], colour: COLOURS[i]!, finish: 'satin', rotation: axisAngle([0, 1, 0], 0.3), ...(pattern ? { pattern } : {}) }),
    ),
  );
  // Patterns only appear on parts big enough to show them: a larger image, and every pattern on.
  const before = DETAIL.patternAbove;
  DETAIL.patternAbove = 0;
  try {
    expectMatchesGolden(golden('patterns'), render(parts, STUDIO_LIGHTING, [0, 2.4, 6.4], 480, 270), 480, 270);
  } finally {
    DETAIL.patternAbove = before;
  }
});

test('finishes (matte, satin, glossy, metal, glass, emissive) match their golden', () => {
  const finishes = ['matte', 'satin', 'glossy', 'metal', 'glass', 'emissive'] as const;
  const parts: Part[] = [];
  (['ellipsoid', 'cylinder', 'box'] as const).forEach((shape, j) =>
    finishes.forEach((finish, i) => parts.push({ shape, position: [i * 1.0 - 2.5, 1.9 - j * 1.0, 0], size: [0.75, 0.75, 0.75], colour: COLOURS[i]!, finish, rotation: axisAngle([0, 1, 0], 0.3) })),
  );
  expectMatchesGolden(golden('finishes'), render(parts, STUDIO_LIGHTING), W, H);
});

test('a part in front hides the part behind it, whatever order the model lists them', () => {
  const far: Part = { shape: 'box', position: [0, 0.9, -1], size: [1, 1, 0.2], colour: '#0000ff' };
  const near: Part = { shape: 'box', position: [0, 0.9, 1], size: [1, 1, 0.2], colour: '#ff0000' };
  for (const parts of [[far, near], [near, far]]) {
    const px = render(parts, STUDIO_LIGHTING);
    const i = ((H / 2) * W + W / 2) * 4;
    assert.ok(px[i]! > px[i + 2]!, 'the centre shows the near (red) box');
  }
});

test('a part behind the camera draws nothing', () => {
  const empty = render([], STUDIO_LIGHTING);
  const behind = render([{ shape: 'box', position: [0, 3, 9], size: [1, 1, 1], colour: '#ff0000' }], STUDIO_LIGHTING);
  assert.deepEqual(behind, empty);
});
