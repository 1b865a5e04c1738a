import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindOf } from '../../ontology/ontology.ts';
import type { Action, Entity } from '../../plan/scenePlanSchema.ts';
import { worldHalfExtents } from '../entities/colliderGeometry.ts';
import { resolveEntity } from '../entities/resolveEntity.ts';
import { rotationMatrix } from '../math/rotations.ts';
import { placeEntities, DEFAULT_DROP_HEIGHT, type InitialPlacement, type LayoutOptions } from './placeEntities.ts';
import type { SceneFloor } from './SceneFloor.ts';

const studio: SceneFloor = { groundY: 0, hasGround: true, groundMaterial: 'concrete' };
const lake: SceneFloor = { groundY: -3, hasGround: true, groundMaterial: 'stone', water: { level: 0, depth: 3, density: 1000 } };

function cast(specs: [string, string, Entity['placement']?][]): Entity[] {
  return specs.map(([id, kind, placement]) => {
    const k = kindOf(kind);
    return { id, kind, colour: k.colour, material: k.material, size: 1, placement: placement ?? { type: 'auto' } } as Entity;
  });
}

function place(entities: Entity[], actions: Action[] = [], floor = studio, layout: LayoutOptions = {}) {
  const physical = entities.map((e, i) => resolveEntity(e, i));
  const placed = placeEntities(physical, actions, floor, layout);
  const boxes = placed.map((p, i) => ({ p: p.position, h: worldHalfExtents(physical[i].timeline.collider, p.rotation) }));
  return { placed, boxes };
}

function overlapping(boxes: { p: readonly number[]; h: readonly number[] }[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if ([0, 1, 2].every((k) => Math.abs(a.p[k] - b.p[k]) < a.h[k] + b.h[k] - 1e-9)) out.push([i, j]);
    }
  return out;
}

const bottom = (b: { p: readonly number[]; h: readonly number[] }) => b.p[1] - b.h[1];

describe('placeEntities', () => {
  it('lays a few things out in a row around x = 0, on the ground, without overlaps', () => {
    const { boxes } = place(cast([['a', 'ball'], ['b', 'crate'], ['c', 'person'], ['d', 'chair']]));
    assert.deepEqual(overlapping(boxes), []);
    for (const b of boxes) {
      assert.ok(Math.abs(bottom(b)) < 1e-12);
      assert.equal(b.p[2], 0);
    }
    const left = Math.min(...boxes.map((b) => b.p[0] - b.h[0]));
    const right = Math.max(...boxes.map((b) => b.p[0] + b.h[0]));
    assert.ok(Math.abs(left + right) < 1e-9, 'centred');
    const xs = boxes.map((b) => b.p[0]);
    assert.deepEqual([...xs].sort((p, q) => p - q), xs, 'in cast order, left to right');
  });

  it('fills several rows for many things, scenery behind, nothing overlapping', () => {
    const kinds = ['ball', 'cube', 'crate', 'barrel', 'bottle', 'book', 'chair', 'apple', 'car', 'dog', 'person', 'table', 'rock', 'log', 'can', 'sofa', 'tree', 'house'];
    const { boxes } = place(cast(kinds.map((k, i) => [`e${i}`, k])));
    assert.deepEqual(overlapping(boxes), []);
    const zs = new Set(boxes.slice(0, 16).map((b) => b.p[2]));
    assert.ok(zs.size >= 2, 'more than one row');
    const frontBack = Math.min(...boxes.slice(0, 16).map((b) => b.p[2] - b.h[2]));
    for (const s of boxes.slice(16)) assert.ok(s.p[2] + s.h[2] <= frontBack, 'scenery behind the rest');
    const width = Math.max(...boxes.map((b) => Math.abs(b.p[0]) + b.h[0]));
    assert.ok(width < 12, `spread ${width}`);
  });

  it('starts a drop with the base `height` above the ground (default 2 m)', () => {
    const { boxes } = place(cast([['a', 'ball'], ['b', 'cube']]), [
      { entity: 'a', type: 'drop', start: 0 },
      { entity: 'b', type: 'fall', start: 1, height: 3.5 },
    ]);
    assert.ok(Math.abs(bottom(boxes[0]) - DEFAULT_DROP_HEIGHT) < 1e-12);
    assert.ok(Math.abs(bottom(boxes[1]) - 3.5) < 1e-12);
  });

  it('puts things on top of a target, sharing its top, and others beside it without overlap', () => {
    const { boxes } = place(
      cast([
        ['table', 'table'],
        ['apple', 'apple', { type: 'relation', relation: 'on', target: 'table' }],
        ['orange', 'orange', { type: 'relation', relation: 'on', target: 'table' }],
        ['chair', 'chair', { type: 'relation', relation: 'next-to', target: 'table' }],
        ['dog', 'dog', { type: 'relation', relation: 'in-front-of', target: 'table' }],
        ['cat', 'cat', { type: 'relation', relation: 'behind', target: 'table' }],
        ['lamp', 'lamp', { type: 'relation', relation: 'next-to', target: 'table' }],
        ['ball', 'ball', { type: 'relation', relation: 'above', target: 'table' }],
      ]),
    );
    assert.deepEqual(overlapping(boxes), []);
    const top = boxes[0].p[1] + boxes[0].h[1];
    assert.ok(Math.abs(bottom(boxes[1]) - top) < 1e-9 && Math.abs(bottom(boxes[2]) - top) < 1e-9);
    assert.notEqual(boxes[1].p[0], boxes[2].p[0]);
    assert.ok(boxes[3].p[0] > boxes[0].p[0] && boxes[6].p[0] < boxes[0].p[0], 'next-to: right, then left');
    assert.ok(boxes[4].p[2] > 0 && boxes[5].p[2] < 0);
    assert.ok(Math.abs(bottom(boxes[7]) - top - 1) < 1e-9, 'above: 1 m over the top');
  });

  it('stacks when the target top is full', () => {
    const { boxes } = place(cast([['base', 'cube'], ['c1', 'cube', { type: 'relation', relation: 'on', target: 'base' }], ['c2', 'cube', { type: 'relation', relation: 'on', target: 'c1' }], ['c3', 'cube', { type: 'relation', relation: 'on', target: 'base' }]]));
    assert.deepEqual(overlapping(boxes), []);
    assert.ok(Math.abs(bottom(boxes[1]) - 0.3) < 1e-9);
    assert.ok(bottom(boxes[2]) >= 0.6 - 1e-9 && bottom(boxes[3]) >= 0.6 - 1e-9);
    assert.ok(boxes.every((b) => b.p[0] === 0), 'one column');
  });

  it('uses absolute positions as the middle of the base, with Euler degrees', () => {
    const { placed, boxes } = place(cast([['a', 'crate', { type: 'absolute', position: [1, 0.5, -2], rotation: [0, 45, 0] }]]));
    assert.ok(Math.abs(bottom(boxes[0]) - 0.5) < 1e-12);
    assert.equal(placed[0].position[0], 1);
    assert.equal(placed[0].position[2], -2);
    assert.ok(Math.abs(placed[0].rotation[1] - Math.sin(Math.PI / 8)) < 1e-12);
  });

  it('floats light things at their waterline, drops onto the water, keeps fish below and trees on the bottom', () => {
    const { placed, boxes } = place(
      cast([['plank', 'plank'], ['fish', 'fish'], ['tree', 'tree'], ['duck', 'rubber-duck', { type: 'relation', relation: 'in', target: 'water' }], ['rock', 'rock']]),
      [{ entity: 'rock', type: 'drop', start: 0, height: 1 }],
      lake,
    );
    // Wood at 600 kg/m³: 60% under.
    assert.ok(Math.abs((0 - bottom(boxes[0])) / (2 * boxes[0].h[1]) - 0.6) < 1e-9);
    assert.ok(placed[1].position[1] + boxes[1].h[1] < 0);
    assert.ok(Math.abs(bottom(boxes[2]) - -3) < 1e-12);
    assert.ok(bottom(boxes[3]) < 0 && boxes[3].p[1] + boxes[3].h[1] > 0);
    assert.ok(Math.abs(bottom(boxes[4]) - 1) < 1e-12, 'a drop into water starts above the surface');
  });

  it('lays a rolling barrel on its side across its path', () => {
    const { placed, boxes } = place(cast([['barrel', 'barrel']]), [{ entity: 'barrel', type: 'roll', start: 0, direction: [1, 0, 0] }]);
    assert.ok(Math.abs(boxes[0].h[1] - 0.3) < 1e-9, 'lying: half-height = radius');
    assert.ok(Math.abs(bottom(boxes[0])) < 1e-9);
    assert.ok(Math.abs(Math.hypot(...placed[0].rotation) - 1) < 1e-12);
  });

  it('is deterministic and survives a cycle of relations', () => {
    const entities = cast([['a', 'cube', { type: 'relation', relation: 'on', target: 'b' }], ['b', 'cube', { type: 'relation', relation: 'on', target: 'a' }], ['c', 'ball']]);
    const one: InitialPlacement[] = place(entities).placed;
    assert.deepEqual(one, place(entities).placed);
    assert.deepEqual(overlapping(place(entities).boxes), []);
  });

  it('lays a log on its side, and stands bottles, cans, barrels and bowling pins up', () => {
    const { boxes } = place(cast([['log', 'log'], ['bottle', 'bottle'], ['can', 'can'], ['barrel', 'barrel'], ['pin', 'bowling-pin']]));
    assert.ok(Math.abs(boxes[0].h[1] - 0.15) < 1e-9, `log half-height ${boxes[0].h[1]}: lying, half-height = radius`);
    assert.ok(Math.abs(bottom(boxes[0])) < 1e-9, 'on the ground');
    assert.ok(boxes[0].h[0] > 0.5, 'its length runs across the picture');
    assert.ok(Math.abs(boxes[1].h[1] - 0.15) < 1e-9 && Math.abs(boxes[2].h[1] - 0.061) < 1e-9, 'bottle and can upright');
    assert.ok(Math.abs(boxes[3].h[1] - 0.45) < 1e-9 && Math.abs(boxes[4].h[1] - 0.19) < 1e-9, 'barrel and pin upright');
    assert.deepEqual(overlapping(boxes), []);
  });

  it('floats a log lying on the water', () => {
    const { boxes } = place(cast([['log', 'log', { type: 'relation', relation: 'in', target: 'water' }]]), [], lake, { aspect: 9 / 16 });
    assert.ok(Math.abs(boxes[0].h[1] - 0.15) < 1e-9);
    assert.ok(bottom(boxes[0]) < 0 && boxes[0].p[1] + boxes[0].h[1] > 0, 'at the waterline');
  });

  it('for a tall frame, gathers the cast in depth within a narrow width, deterministically and without overlaps', () => {
    const entities = cast([['c1', 'crate'], ['c2', 'crate'], ['c3', 'crate'], ['anvil', 'anvil']]);
    const drops: Action[] = entities.map((e) => ({ entity: e.id, type: 'fall', start: 0 }));
    const tall = place(entities, drops, studio, { aspect: 9 / 16, seed: 42 });
    const wide = place(entities, drops, studio, { aspect: 16 / 9, seed: 42 });
    const spanX = (boxes: typeof tall.boxes) => Math.max(...boxes.map((b) => b.p[0] + b.h[0])) - Math.min(...boxes.map((b) => b.p[0] - b.h[0]));
    const spanZ = (boxes: typeof tall.boxes) => Math.max(...boxes.map((b) => b.p[2] + b.h[2])) - Math.min(...boxes.map((b) => b.p[2] - b.h[2]));
    assert.ok(spanX(tall.boxes) < 2.2, `portrait width ${spanX(tall.boxes)}`);
    assert.ok(spanX(tall.boxes) < 0.7 * spanX(wide.boxes));
    assert.ok(spanZ(tall.boxes) > 1, 'rows towards and away from the camera');
    assert.deepEqual(overlapping(tall.boxes), []);
    for (const b of tall.boxes) assert.ok(Math.abs(bottom(b) - DEFAULT_DROP_HEIGHT) < 1e-9, 'still dropped from 2 m');
    assert.deepEqual(tall.placed, place(entities, drops, studio, { aspect: 9 / 16, seed: 42 }).placed);
  });

  it('stands several dominoes in a chain on the table top, each facing the next, and pushes along it', () => {
    const dominoes = Array.from({ length: 12 }, (_, k): [string, string, Entity['placement']] => [`d${k + 1}`, 'domino', { type: 'relation', relation: 'on', target: 'table' }]);
    for (const aspect of [9 / 16, 16 / 9]) {
      const { placed, boxes } = place(cast([...dominoes, ['table', 'table']]), [{ entity: 'd1', type: 'topple', start: 0 }], studio, { aspect });
      const table = boxes[12];
      const top = table.p[1] + table.h[1];
      for (let k = 0; k < 12; k++) {
        assert.ok(Math.abs(bottom(boxes[k]) - top) < 1e-9, 'standing on the table');
        assert.ok(Math.abs(boxes[k].p[0] - table.p[0]) + boxes[k].h[0] <= table.h[0] + 1e-9 && Math.abs(boxes[k].p[2] - table.p[2]) + boxes[k].h[2] <= table.h[2] + 1e-9, 'within the top');
      }
      assert.deepEqual(overlapping(boxes.slice(0, 12)), []);
      for (let k = 1; k < 12; k++) {
        const a = placed[k - 1].position, b = placed[k].position;
        const step = Math.hypot(b[0] - a[0], b[2] - a[2]);
        assert.ok(step >= 0.06 - 1e-9 && step <= 0.07 + 1e-9, `spacing ${step}`);
        // The domino's thin side (its z) faces along the line to the next one.
        const m = rotationMatrix(placed[k - 1].rotation);
        assert.ok(Math.abs(m[0][2] * (b[0] - a[0]) + m[2][2] * (b[2] - a[2]) - step) < 1e-9);
      }
    }
  });

  it('racks bowling pins in a triangle and gives the ball aimed at them a run-up in line with the head pin', () => {
    const pins = Array.from({ length: 10 }, (_, k): [string, string] => [`pin${k + 1}`, 'bowling-pin']);
    const { placed, boxes } = place(cast([['ball', 'bowling-ball'], ...pins]), [{ entity: 'ball', type: 'roll', start: 0, target: 'pin1' }], studio, { aspect: 9 / 16 });
    assert.deepEqual(overlapping(boxes), []);
    const head = placed[1].position, ball = placed[0].position;
    // The head pin is the nearest to the ball, the ball straight in front of it.
    const d = (p: readonly number[]) => Math.hypot(p[0] - ball[0], p[2] - ball[2]);
    for (let k = 2; k <= 10; k++) assert.ok(d(placed[k].position) > d(head));
    assert.ok(d(head) > 1.2 && d(head) < 3, `run-up ${d(head)}`);
    assert.ok(Math.abs(ball[0] - head[0]) < 1e-9 && ball[2] > head[2], 'in front of the rack, towards the camera');
    for (const b of boxes) assert.ok(Math.abs(bottom(b)) < 1e-9);
  });

  it('points a vehicle the way it drives', () => {
    const { placed } = place(cast([['car', 'car']]), [{ entity: 'car', type: 'roll', start: 0, direction: [0, 0, -1] }]);
    const m = rotationMatrix(placed[0].rotation);
    // The car's front (+X) turned to −z.
    assert.ok(Math.abs(m[0][0]) < 1e-9 && Math.abs(m[2][0] + 1) < 1e-9);
  });
});
