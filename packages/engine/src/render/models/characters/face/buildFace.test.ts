import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Part } from '../../../model/Part.ts';
import { ROOT_FRAME } from '../rig/Frame.ts';
import { buildFace, buildMouth } from './buildFace.ts';
import { MOUTH_GEOMETRY, MOUTH_SHAPES, type MouthShape } from './MouthShape.ts';
import { buildPerson } from '../person/buildPerson.ts';
import { contextFor } from '../testing.ts';

const HEAD = [0.26, 0.29, 0.27] as const;

function mouth(shape: MouthShape): Part[] {
  const out: Part[] = [];
  buildMouth(ROOT_FRAME, HEAD, -0.07, shape, '#b5474f', out);
  return out;
}

const height = (parts: Part[]): number => Math.max(...parts.map((p) => p.position[1] + p.size[1] / 2)) - Math.min(...parts.map((p) => p.position[1] - p.size[1] / 2));
const width = (parts: Part[]): number => Math.max(...parts.map((p) => p.position[0] + p.size[0] / 2)) - Math.min(...parts.map((p) => p.position[0] - p.size[0] / 2));

test('every Rhubarb mouth shape has geometry and builds', () => {
  assert.deepEqual([...MOUTH_SHAPES].sort(), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'X']);
  for (const shape of MOUTH_SHAPES) {
    assert.ok(MOUTH_GEOMETRY[shape], shape);
    assert.ok(mouth(shape).length >= 2, shape);
  }
});

test('mouth shapes look different: closed, open, wide, puckered', () => {
  const dark = (parts: Part[]): boolean => parts.some((p) => p.colour === '#4a1a1f');
  assert.ok(!dark(mouth('X')) && !dark(mouth('A')), 'closed mouths show no opening');
  for (const open of ['B', 'C', 'D', 'E', 'F', 'H'] as const) assert.ok(dark(mouth(open)), `${open} should be open`);
  assert.ok(height(mouth('D')) > height(mouth('C')) && height(mouth('C')) > height(mouth('B')), 'D opens wider than C, C wider than B');
  assert.ok(width(mouth('F')) < width(mouth('D')) * 0.7, 'F is puckered');
  assert.ok(mouth('H').some((p) => p.colour === '#d9626b'), 'H shows the tongue');
  assert.ok(mouth('B').filter((p) => p.shape === 'box').length === 2, 'B shows both rows of teeth');
});

test('the face rests with a closed mouth and can be given another shape', () => {
  const ctx = contextFor('person', 'idle', 0, 0, 'alice');
  const rest = buildPerson(ctx);
  const talking = buildPerson(ctx, { mouth: 'D' });
  assert.ok(!rest.some((p) => p.colour === '#4a1a1f'));
  assert.ok(talking.some((p) => p.colour === '#4a1a1f'));
  assert.equal(rest.length < talking.length, true);
});

test('blinking closes both eyes', () => {
  const face = (blink: boolean): Part[] => {
    const out: Part[] = [];
    buildFace(ROOT_FRAME, { headSize: HEAD, skin: '#e7b48e', iris: '#3f74a8', brow: '#4a2f1e', lips: '#b5474f', mouth: 'X', blink }, out);
    return out;
  };
  assert.equal(face(false).filter((p) => p.colour === '#3f74a8').length, 2);
  assert.equal(face(true).filter((p) => p.colour === '#3f74a8').length, 0);
});
