import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIND_IDS, kindOf } from '../../../ontology/ontology.ts';
import type { Part } from '../../model/Part.ts';
import { CHARACTER_MODELS } from '../characterModels.ts';
import { bodyBox } from './bodyBox.ts';
import { contextFor, GAITS, partsBounds } from './testing.ts';

const LIVING = KIND_IDS.filter((k) => ['character', 'animal'].includes(kindOf(k).category));
const PHASES = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875];
/** Same parts, numbers equal to within rounding. */
function assertSameParts(a: readonly Part[], b: readonly Part[], message: string): void {
  assert.equal(a.length, b.length, message);
  const flat = (p: Part): number[] => [...p.position, ...p.size, ...(p.rotation ?? [0, 0, 0, 1]), p.layer ?? 0];
  a.forEach((p, i) => {
    const q = b[i]!;
    assert.equal(p.shape, q.shape, message);
    assert.equal(p.colour, q.colour, message);
    const x = flat(p);
    const y = flat(q);
    x.forEach((v, j) => assert.ok(Math.abs(v - y[j]!) < 1e-9, `${message}: part ${i} differs`));
  });
}

const build = (kind: string, ...args: Parameters<typeof contextFor> extends [string, ...infer R] ? R : never): Part[] =>
  CHARACTER_MODELS[kind]!(contextFor(kind, ...args));

test('every character and animal kind has a model', () => {
  assert.ok(LIVING.length >= 8);
  for (const kind of LIVING) assert.equal(typeof CHARACTER_MODELS[kind], 'function', kind);
});

test('models are made of well-formed parts in every gait', () => {
  for (const kind of LIVING) {
    for (const gait of GAITS) {
      for (const phase of [0, 0.3, 0.7]) {
        const parts = build(kind, gait, phase, 1.7);
        assert.ok(parts.length >= 15, `${kind} ${gait}: ${parts.length} parts`);
        for (const p of parts) {
          for (const v of [...p.position, ...p.size, ...(p.rotation ?? [])]) assert.ok(Number.isFinite(v), `${kind} ${gait} ${p.shape}`);
          assert.ok(p.size.every((v) => v >= 0), `${kind} ${gait}: negative size`);
          if (p.rotation) assert.ok(Math.abs(Math.hypot(...p.rotation) - 1) < 1e-6, `${kind}: rotation not unit`);
          assert.match(p.colour, /^#[0-9a-f]{6}$/i, `${kind}: colour ${p.colour}`);
        }
      }
    }
  }
});

test('standing models fill their collider: feet on the ground, nothing far outside', () => {
  for (const kind of LIVING) {
    const box = bodyBox(contextFor(kind, 'idle', 0).entity.collider);
    const half = [box.width / 2, box.height / 2, box.length / 2];
    const big = Math.max(box.height, box.length);
    for (const time of [0, 1.1, 2.9]) {
      const { min, max } = partsBounds(build(kind, 'idle', 0, time));
      for (let i = 0; i < 3; i++) {
        const tolerance = Math.max(0.3 * half[i]!, 0.1 * big);
        assert.ok(min[i]! >= -half[i]! - tolerance && max[i]! <= half[i]! + tolerance, `${kind} idle axis ${i}: ${min[i]!.toFixed(3)}..${max[i]!.toFixed(3)} vs ±${half[i]}`);
      }
      if (kind !== 'fish') assert.ok(Math.abs(min[1] + half[1]!) < 0.03 * box.height, `${kind} should stand on the ground: lowest ${min[1].toFixed(3)}, ground ${-half[1]!}`);
    }
  }
});

test('moving models stay near their collider: limbs reach out but nothing flies off', () => {
  for (const kind of LIVING) {
    const box = bodyBox(contextFor(kind, 'idle', 0).entity.collider);
    const half = [box.width / 2, box.height / 2, box.length / 2];
    const reach = 0.4 * Math.max(box.height, box.length);
    for (const gait of GAITS) {
      for (const phase of PHASES) {
        const { min, max } = partsBounds(build(kind, gait, phase, 0.6));
        for (const i of [0, 2]) assert.ok(min[i]! >= -half[i]! - reach && max[i]! <= half[i]! + reach, `${kind} ${gait} ${phase} axis ${i}: ${min[i]!.toFixed(3)}..${max[i]!.toFixed(3)}`);
        assert.ok(max[1] <= half[1]! * 1.5, `${kind} ${gait} ${phase}: top ${max[1].toFixed(3)}`);
        const grounded = gait === 'idle' || gait === 'walk' || gait === 'run' || gait === 'wave';
        if (grounded && kind !== 'fish') assert.ok(min[1] >= -half[1]! * 1.05, `${kind} ${gait} ${phase}: below ground ${min[1].toFixed(3)}`);
      }
    }
  }
});

test('models are pure functions of entity, pose and time', () => {
  for (const kind of LIVING) {
    for (const gait of GAITS) assert.deepEqual(build(kind, gait, 0.37, 2.5), build(kind, gait, 0.37, 2.5), `${kind} ${gait}`);
  }
});

test('models follow the entity size', () => {
  for (const kind of LIVING) {
    const small = partsBounds(build(kind, 'idle', 0, 0, `${kind}-1`, 1));
    const large = partsBounds(build(kind, 'idle', 0, 0, `${kind}-1`, 2));
    const h1 = small.max[1] - small.min[1];
    const h2 = large.max[1] - large.min[1];
    assert.ok(Math.abs(h2 / h1 - 2) < 0.02, `${kind}: height ${h1} → ${h2}`);
  }
});

/** The left foot (or left fore paw): the lowest part on the character's left (+X) (and front half). */
function leftFoot(kind: string, parts: readonly Part[]): readonly number[] {
  const quadruped = ['dog', 'cat', 'horse'].includes(kind);
  const candidates = parts.filter((p) => p.position[0] > 0 && (!quadruped || p.position[2] > 0));
  const lowest = candidates.reduce((a, b) => (b.position[1] - b.size[1] / 2 < a.position[1] - a.size[1] / 2 ? b : a));
  return lowest.position;
}

test('the walk cycle moves the legs and loops', () => {
  for (const kind of ['person', 'robot', 'astronaut', 'dog', 'cat', 'horse']) {
    const box = bodyBox(contextFor(kind, 'walk', 0).entity.collider);
    const at0 = build(kind, 'walk', 0, 0.5);
    const atHalf = build(kind, 'walk', 0.5, 0.5);
    const at1 = build(kind, 'walk', 1, 0.5);
    assert.deepEqual(at0, at1, `${kind}: phase 0 and phase 1 differ`);
    const a = leftFoot(kind, at0);
    const b = leftFoot(kind, atHalf);
    // Phase 0 plants the left foot forwards; half a cycle later it is behind.
    const stride = a[2]! - b[2]!;
    assert.ok(stride > 0.08 * Math.max(box.height, box.length), `${kind}: left foot moved only ${stride.toFixed(3)} m forwards`);
  }
});

test('running, flying and swimming animate too, and loop', () => {
  const cases: [string, 'run' | 'fly' | 'swim'][] = [['person', 'run'], ['dog', 'run'], ['horse', 'run'], ['bird', 'fly'], ['fish', 'swim'], ['astronaut', 'run']];
  for (const [kind, gait] of cases) {
    assert.notDeepEqual(build(kind, gait, 0, 0), build(kind, gait, 0.25, 0), `${kind} ${gait} does not move`);
    assertSameParts(build(kind, gait, 0.2, 0), build(kind, gait, 1.2, 0), `${kind} ${gait} does not loop`);
  }
});

test('idle characters breathe and look about over time', () => {
  for (const kind of LIVING) assert.notDeepEqual(build(kind, 'idle', 0, 0.4), build(kind, 'idle', 0, 1.9), kind);
});

test('a bird flaps: its wings rise and fall over the cycle', () => {
  const span = (phase: number): number => {
    const { max } = partsBounds(build('bird', 'fly', phase, 0));
    return max[1];
  };
  assert.ok(span(0.25) - span(0.75) > 0.03, `wing tips at ${span(0.25)} and ${span(0.75)}`);
});
