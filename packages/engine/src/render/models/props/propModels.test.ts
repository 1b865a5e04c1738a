import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDENTITY_QUAT, type Vec3 } from '../../../math/vec3.ts';
import { KIND_IDS, kindOf, type ColliderSpec } from '../../../ontology/ontology.ts';
import type { Pose, TimelineEntity } from '../../../timeline/Timeline.ts';
import { seconds } from '../../../units/units.ts';
import type { Part } from '../../model/Part.ts';
import { entityOfKind } from '../../preview/entityOfKind.ts';
import { PROP_MODELS } from '../propModels.ts';
import { colliderHalfExtents } from '../../../ontology/colliderGeometry.ts';
import { partSamplePoints } from './partSamplePoints.ts';
import { TREE_CROWN_REACH } from './nature/treeModel.ts';

const OBJECT_KINDS = KIND_IDS.filter((k) => {
  const c = kindOf(k).category;
  return c !== 'character' && c !== 'animal';
});

const pose = (position: Vec3 = [0, 1, 0]): Pose => ({
  position,
  rotation: IDENTITY_QUAT,
  velocity: [0, 0, 0],
  angularVelocity: [0, 0, 0],
  inContact: true,
  submerged: 0,
});

function build(kind: string, entity: TimelineEntity = entityOfKind(kind), time = 0, at?: Vec3): Part[] {
  return PROP_MODELS[kind]!({ entity, pose: pose(at), time: seconds(time) });
}

/** How far a point lies outside the collider, as a fraction of its size (0 = inside). */
function excess(c: ColliderSpec, p: Vec3, kind: string): number {
  switch (c.shape) {
    case 'ball':
      return Math.max(0, Math.hypot(...p) / c.radius - 1);
    case 'box':
      return Math.max(0, ...p.map((v, i) => Math.abs(v) / (c.size[i]! / 2) - 1));
    case 'cylinder':
    case 'capsule': {
      // A tree's crown spreads wider than its trunk (only the trunk is solid).
      const radius = kind === 'tree' ? c.height * TREE_CROWN_REACH : c.radius;
      return Math.max(0, Math.hypot(p[0], p[2]) / radius - 1, Math.abs(p[1]) / (c.height / 2) - 1);
    }
  }
}

test('every object kind in the ontology has a hand-built model', () => {
  const missing = OBJECT_KINDS.filter((k) => !Object.hasOwn(PROP_MODELS, k));
  assert.deepEqual(missing, [], `kinds without a model: ${missing.join(', ')}`);
  const unknown = Object.keys(PROP_MODELS).filter((k) => !KIND_IDS.includes(k));
  assert.deepEqual(unknown, [], `models for unknown kinds: ${unknown.join(', ')}`);
});

test('models are well-formed parts: finite, positive sizes, hex colours', () => {
  for (const kind of OBJECT_KINDS) {
    const parts = build(kind);
    assert.ok(parts.length > 0, `${kind} has no parts`);
    for (const p of parts) {
      assert.ok(p.position.every(Number.isFinite), `${kind}: position ${p.position}`);
      assert.ok(p.size.every((s) => Number.isFinite(s) && s >= 0), `${kind}: size ${p.size}`);
      assert.ok(p.size.some((s) => s > 0), `${kind}: empty part`);
      assert.match(p.colour, /^#[0-9a-f]{6}$/i, `${kind}: colour ${p.colour}`);
      if (p.patternColour) assert.match(p.patternColour, /^#[0-9a-f]{6}$/i, `${kind}: pattern colour`);
      if (p.rotation) assert.ok(Math.abs(Math.hypot(...p.rotation) - 1) < 1e-6, `${kind}: rotation not unit`);
      if (p.layer !== undefined) assert.ok(Number.isFinite(p.layer), `${kind}: layer`);
    }
  }
});

test('models stay inside their collider at any size, and reach its floor', () => {
  const problems: string[] = [];
  for (const kind of OBJECT_KINDS) {
    for (const size of [0.5, 1, 2.5]) {
      const entity = entityOfKind(kind, { size });
      const half = colliderHalfExtents(entity.collider);
      let worst = 0;
      let lowest = Infinity;
      for (const part of build(kind, entity)) {
        for (const p of partSamplePoints(part)) {
          worst = Math.max(worst, excess(entity.collider, p, kind));
          lowest = Math.min(lowest, p[1]);
        }
      }
      if (worst > 0.03) problems.push(`${kind} at size ${size} pokes ${(worst * 100).toFixed(1)}% outside its collider`);
      // Resting on the ground, the drawing touches it where the collider does.
      const gap = (lowest + half[1]) / Math.max(...half);
      if (gap > 0.04) problems.push(`${kind} at size ${size} floats ${(gap * 100).toFixed(1)}% above its collider's floor`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a conifer label gives a conifer that also stays inside the tree bounds', () => {
  const pine = entityOfKind('tree', { label: 'pine tree' });
  const parts = build('tree', pine);
  assert.ok(parts.some((p) => p.shape === 'cone'), 'pines are cones');
  assert.ok(!build('tree').some((p) => p.shape === 'cone'), 'a plain tree is broadleaf');
  for (const part of parts) for (const p of partSamplePoints(part)) assert.ok(excess(pine.collider, p, 'tree') <= 0.03);
  assert.ok(parts.some((p) => p.colour === pine.colour));
});

test('the same entity id always gives the same model; ids vary seeded kinds', () => {
  for (const kind of OBJECT_KINDS) {
    assert.deepEqual(build(kind, entityOfKind(kind, { id: 'same' })), build(kind, entityOfKind(kind, { id: 'same' })), kind);
  }
  for (const kind of ['rock', 'tree', 'bush']) {
    assert.notDeepEqual(build(kind, entityOfKind(kind, { id: 'a' })), build(kind, entityOfKind(kind, { id: 'b' })), `${kind} should vary by id`);
  }
});

test('the user colour and material drive the main surfaces', () => {
  const ignored = OBJECT_KINDS.filter((kind) => {
    const parts = build(kind, entityOfKind(kind, { colour: '#12ab34' }));
    return !parts.some((p) => p.colour === '#12ab34' || p.patternColour === '#12ab34');
  });
  assert.deepEqual(ignored, [], 'kinds that ignore the requested colour');
  const metal = build('cube', entityOfKind('cube', { material: 'metal' }));
  assert.equal(metal[0]!.finish, 'metal');
  const wood = build('cube', entityOfKind('cube', { material: 'wood' }));
  assert.equal(wood[0]!.pattern, 'wood-grain');
});

test('animated details are pure functions of time', () => {
  const drone = entityOfKind('drone');
  assert.deepEqual(build('drone', drone, 0.5), build('drone', drone, 0.5));
  assert.notDeepEqual(build('drone', drone, 0.5), build('drone', drone, 0.53), 'rotors should turn');
  const balloon = entityOfKind('balloon');
  assert.notDeepEqual(build('balloon', balloon, 0), build('balloon', balloon, 1), 'the string should sway');
  const plane = entityOfKind('airplane');
  assert.notDeepEqual(build('airplane', plane, 0), build('airplane', plane, 0.02), 'propellers should turn');
});

test('wheels turn with the distance driven', () => {
  for (const kind of ['car', 'bicycle']) {
    const e = entityOfKind(kind);
    assert.notDeepEqual(build(kind, e, 0, [0, 1, 0]), build(kind, e, 0, [0.3, 1, 0]), `${kind} wheels should roll`);
    assert.deepEqual(build(kind, e, 0, [0.3, 1, 0]), build(kind, e, 0, [0.3, 1, 0]));
  }
});

test('a long model follows its collider when the world lays it along Z', () => {
  const car = entityOfKind('car');
  const collider: ColliderSpec = { shape: 'box', size: [1.8, 1.45, 4.2] };
  const parts = build('car', { ...car, collider });
  let maxX = 0;
  let maxZ = 0;
  for (const part of parts) {
    for (const p of partSamplePoints(part)) {
      assert.ok(excess(collider, p, 'car') <= 0.03, 'turned car stays inside');
      maxX = Math.max(maxX, Math.abs(p[0]));
      maxZ = Math.max(maxZ, Math.abs(p[2]));
    }
  }
  assert.ok(maxZ > 2 && maxX < 1, 'the car now runs along Z');
});
