import { test } from 'node:test';
import assert from 'node:assert/strict';
import { viewBasis } from '../../../../math/projectPoint.ts';
import { IDENTITY_QUAT, type Vec3 } from '../../../../math/vec3.ts';
import { radians } from '../../../../units/units.ts';
import type { Part } from '../../../model/Part.ts';
import { placeParts } from '../../../parts/PlacedPart.ts';
import { sortParts } from '../../../parts/sortParts.ts';
import { CHARACTER_MODELS } from '../../characterModels.ts';
import { contextFor } from '../testing.ts';
import { sink, sinkLayer } from './sink.ts';

/** Painter's order (0 = drawn first) of the parts seen from a camera at this azimuth and elevation. */
function drawOrder(parts: Part[], azimuthDeg: number, elevationDeg = 18): number[] {
  const a = (azimuthDeg * Math.PI) / 180;
  const e = (elevationDeg * Math.PI) / 180;
  const target: Vec3 = [0, 0.5, 0];
  const position: Vec3 = [Math.sin(a) * Math.cos(e) * 5, 0.5 + Math.sin(e) * 5, Math.cos(a) * Math.cos(e) * 5];
  const basis = viewBasis({ position, target, fovY: radians(0.6), roll: radians(0) }, 320, 320);
  const sorted = sortParts(basis, placeParts(parts, [0, 0, 0], IDENTITY_QUAT, 0));
  const order: number[] = [];
  sorted.forEach((s, i) => { order[s.placed.index] = i; });
  return order;
}

function checkFace(kind: string, isHead: (p: Part) => boolean, isFeature: (p: Part) => boolean): void {
  const parts = CHARACTER_MODELS[kind]!(contextFor(kind, 'idle', 0, 0.5));
  const head = parts.findIndex(isHead);
  const features = parts.map((p, i) => (isFeature(p) ? i : -1)).filter((i) => i >= 0);
  assert.ok(head >= 0 && features.length > 0, `${kind}: head or features not found`);
  for (const az of [0, 35, -35]) {
    const order = drawOrder(parts, az);
    for (const f of features) assert.ok(order[f]! > order[head]!, `${kind} from the front (${az}°): feature ${f} drawn under the head`);
  }
  for (const az of [180, 145, 215]) {
    const order = drawOrder(parts, az);
    for (const f of features) assert.ok(order[f]! < order[head]!, `${kind} from behind (${az}°): feature ${f} shows through the head`);
  }
}

test('sinking moves parts back in draw order and keeps their own order', () => {
  const parts: Part[] = [
    { shape: 'ellipsoid', position: [0, 0, 0], size: [1, 1, 1], colour: '#ffffff', layer: 1 },
    { shape: 'ellipsoid', position: [0, 0, 0], size: [1, 1, 1], colour: '#ffffff', layer: 3 },
  ];
  const sunk = sink(parts, 0.1);
  assert.equal(sunk[0]!.layer, 1 + sinkLayer(0.1));
  assert.equal(sunk[1]!.layer! - sunk[0]!.layer!, 2);
  assert.ok(sinkLayer(0.1) < 0);
});

test('a person’s eyes show from the front and hide behind the head from behind', () => {
  checkFace('person', (p) => p.shape === 'ellipsoid' && Math.abs(p.size[0] - 0.26) < 1e-9 && Math.abs(p.size[1] - 0.29) < 1e-9, (p) => p.colour === '#fbfbf8');
});

test('a robot’s glowing eyes show from the front and hide from behind', () => {
  const robot = CHARACTER_MODELS.robot!(contextFor('robot', 'idle', 0, 0.5));
  const glow = robot.filter((p) => p.finish === 'emissive' && p.position[2] > 0.15 && p.position[1] > 0.3).map((p) => p.colour);
  checkFace('robot', (p) => p.shape === 'box' && Math.abs(p.size[0] - 0.38) < 1e-9, (p) => glow.includes(p.colour) && p.position[1] > 0.3);
});

test('an astronaut’s visor shows from the front and hides from behind', () => {
  checkFace('astronaut', (p) => p.shape === 'ellipsoid' && Math.abs(p.size[0] - 0.4) < 1e-9 && Math.abs(p.size[1] - 0.4) < 1e-9, (p) => p.colour === '#c99a2e');
});
