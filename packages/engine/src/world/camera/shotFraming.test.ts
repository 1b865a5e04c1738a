/**
 * Shots a person would call good: subjects at a readable size for each framing, the horizon
 * high in a tall frame, the camera under the ceiling indoors, a walking subject kept in the
 * middle of the picture, a domino chain framed whole in a close-up.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directPlan } from '../../director/directPlan.ts';
import { projectPoint, viewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { createEmptyPlan } from '../../plan/createEmptyPlan.ts';
import { FRAMINGS, type ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { CameraPose, Timeline, TimelineEntity } from '../../timeline/Timeline.ts';
import { meters } from '../../units/units.ts';
import { simulate } from '../simulate.ts';
import { planCamera } from './planCamera.ts';

const FPS = 30;
const SIZES = [[720, 1280], [1280, 720]] as const;
const PERSON: TimelineEntity = {
  id: 'person', kind: 'person', label: 'person', category: 'character', mobility: 'character', colour: '#ffffff', material: 'flesh',
  size: 1, collider: { shape: 'capsule', radius: 0.22, height: 1.75 }, boundingRadius: meters(0.875), mass: 70,
};

function plan(width: number, height: number, framing: ScenePlan['camera']['framing'], setting = 'meadow'): ScenePlan {
  const p = createEmptyPlan({ width, height, fps: FPS, duration: 2, setting });
  p.camera = { framing, moves: [{ type: 'static' }], subject: 'person' };
  return p;
}

/** Share of the frame height the whole person would cover. */
function heightShare(pose: CameraPose, w: number, h: number, at: Vec3): number {
  const b = viewBasis(pose, w, h);
  const top = projectPoint(b, [at[0], at[1] + 0.875, at[2]]), bottom = projectPoint(b, [at[0], at[1] - 0.875, at[2]]);
  return (bottom.y - top.y) / h;
}

/** Where the horizon crosses the frame, as a share of its height from the top. */
function horizonAt(pose: CameraPose, h: number): number {
  const d = [pose.target[0] - pose.position[0], pose.target[1] - pose.position[1], pose.target[2] - pose.position[2]];
  const pitch = Math.atan2(-d[1]!, Math.hypot(d[0]!, d[2]!));
  return 0.5 - (Math.tan(pitch) / Math.tan(pose.fovY / 2)) * 0.5;
}

describe('shot framing', () => {
  it('frames a standing person at a readable size in every framing, more of them the closer the framing', () => {
    const at: Vec3 = [0, 0.875, 0];
    const positions = Array.from({ length: 20 }, () => [at]);
    // Seen from high above a standing person is foreshortened: the aerial share is of a shortened figure.
    const least: Record<string, number> = { aerial: 0.12, wide: 0.4, medium: 0.6, 'close-up': 1.3 };
    for (const [w, h] of SIZES) {
      const shares: Record<string, number> = {};
      for (const framing of FRAMINGS) {
        const pose = planCamera(plan(w, h, framing), [PERSON], positions, FPS)[0]!;
        shares[framing] = heightShare(pose, w, h, at);
        assert.ok(shares[framing]! >= least[framing]!, `${framing} ${w}x${h}: the person covers ${shares[framing]!.toFixed(2)} of the height`);
      }
      assert.ok(shares['close-up']! > shares.medium! && shares.medium! > shares.wide!);
    }
  });

  it('frames a small thing alone (a rubber duck) large enough to see, with some surroundings', () => {
    const duck: TimelineEntity = { ...PERSON, id: 'duck', kind: 'rubber-duck', label: 'rubber duck', category: 'prop', mobility: 'dynamic', collider: { shape: 'box', size: [0.12, 0.11, 0.1] }, boundingRadius: meters(0.095), mass: 0.05 };
    const at: Vec3 = [0, 0.05, 0];
    const positions = Array.from({ length: 20 }, () => [at]);
    const p = createEmptyPlan({ width: 720, height: 1280, fps: FPS, duration: 2, setting: 'pond' });
    p.camera = { framing: 'wide', moves: [{ type: 'static' }], subject: 'duck' };
    const pose = planCamera(p, [duck], positions, FPS)[0]!;
    const b = viewBasis(pose, 720, 1280);
    const width = (projectPoint(b, [0.06, 0.05, 0]).x - projectPoint(b, [-0.06, 0.05, 0]).x) / 720;
    assert.ok(width >= 0.1, `the duck covers ${width.toFixed(3)} of the frame width`);
    assert.ok(width <= 0.5, `the duck is seen in its surroundings (${width.toFixed(3)} of the width)`);
  });

  it('puts the horizon in the upper part of a tall wide shot', () => {
    const positions = Array.from({ length: 20 }, () => [[0, 0.875, 0] as Vec3]);
    const tall = planCamera(plan(720, 1280, 'wide'), [PERSON], positions, FPS)[0]!;
    const flat = planCamera(plan(1280, 720, 'wide'), [PERSON], positions, FPS)[0]!;
    assert.ok(horizonAt(tall, 1280) > 0.08 && horizonAt(tall, 1280) < 0.3, `horizon at ${horizonAt(tall, 1280).toFixed(2)}`);
    assert.ok(horizonAt(flat, 720) > 0.05 && horizonAt(flat, 720) < 0.35, `horizon at ${horizonAt(flat, 720).toFixed(2)}`);
  });

  it('goes along with a long walk even when the plan asks for no move', () => {
    // 8 s at 1.4 m/s: fitting the whole walk would leave the walker a speck.
    const positions = Array.from({ length: 8 * FPS }, (_, f) => [[-5 + (1.4 * f) / FPS, 0.875, 0] as Vec3]);
    const p = plan(720, 1280, 'wide');
    delete p.camera.subject;
    const poses = planCamera(p, [PERSON], positions, FPS);
    poses.forEach((pose, f) => {
      const s = projectPoint(viewBasis(pose, 720, 1280), positions[f]![0]!);
      assert.ok(s.x > 0.2 * 720 && s.x < 0.8 * 720, `frame ${f}: walker at x ${(s.x / 720).toFixed(2)}`);
      assert.ok(heightShare(pose, 720, 1280, positions[f]![0]!) > 0.35, `frame ${f}`);
    });
  });

  it('lets a ball thrown at the camera fly out of a static shot rather than shrink the thrower', () => {
    const ball: TimelineEntity = { ...PERSON, id: 'ball', kind: 'soccer-ball', category: 'ball', mobility: 'dynamic', collider: { shape: 'ball', radius: 0.11 }, boundingRadius: meters(0.11), mass: 0.43 };
    const positions = Array.from({ length: 3 * FPS }, (_, f) => [[0, 0.875, 0], [0.4, 1 + 0.5 * Math.sin(f / 20), 0.3 + (6 * f) / FPS]] as Vec3[]);
    const p = plan(720, 1280, 'wide');
    delete p.camera.subject;
    const pose = planCamera(p, [PERSON, ball], positions, FPS)[0]!;
    assert.ok(heightShare(pose, 720, 1280, [0, 0.875, 0]) > 0.3, `the thrower covers ${heightShare(pose, 720, 1280, [0, 0.875, 0]).toFixed(2)}`);
    // The ball is in the picture when it leaves the hand.
    const s = projectPoint(viewBasis(pose, 720, 1280), positions[0]![1]!);
    assert.ok(s.x > 0 && s.x < 720 && s.y > 0 && s.y < 1280);
  });

  it('keeps the camera under the ceiling indoors', () => {
    // Things dropped from high up in a kitchen: a far, high camera would look down from above the room.
    const positions = Array.from({ length: 20 }, (_, f) => [[-1.5, 2.8 - f * 0.12, 0], [1.5, 2.8 - f * 0.12, 0]] as Vec3[]);
    const crate = { ...PERSON, id: 'a', kind: 'crate', category: 'prop', mobility: 'dynamic', collider: { shape: 'box', size: [0.6, 0.6, 0.6] }, boundingRadius: meters(0.52) } as TimelineEntity;
    const p = createEmptyPlan({ width: 720, height: 1280, fps: FPS, duration: 2, setting: 'kitchen' });
    const poses = planCamera(p, [crate, { ...crate, id: 'b' }], positions, FPS);
    for (const pose of poses) assert.ok(pose.position[1] <= 2.5 + 1e-9, `camera at ${pose.position[1].toFixed(2)} m`);
    // And everything is still in the picture.
    const b = viewBasis(poses[0]!, 720, 1280);
    for (const q of positions[0]!) {
      const s = projectPoint(b, q);
      assert.ok(s.x > 0 && s.x < 720 && s.y > 0 && s.y < 1280);
    }
  });
});

describe('shots of the standard prompts', () => {
  const shot = async (prompt: string, size: readonly [number, number]) => simulate(directPlan(prompt, { duration: 4, width: size[0], height: size[1] }));
  const screen = (t: Timeline, f: number, i: number, offset: Vec3 = [0, 0, 0]) => {
    const p = t.frames[f]!.poses[i]!.position;
    return projectPoint(viewBasis(t.frames[f]!.camera, t.width, t.height), [p[0] + offset[0], p[1] + offset[1], p[2] + offset[2]]);
  };

  it('follows a person walking a dog, keeping them near the middle and large', async () => {
    for (const size of SIZES) {
      const t = await shot('a person walks a dog through a meadow', size);
      const person = t.entities.findIndex((e) => e.kind === 'person');
      const dog = t.entities.findIndex((e) => e.kind === 'dog');
      for (let f = 0; f < t.frameCount; f += 5) {
        const c = screen(t, f, person);
        assert.ok(Math.abs(c.x / t.width - 0.5) < 0.22, `${size}: frame ${f}, person at x ${(c.x / t.width).toFixed(2)}`);
        const head = screen(t, f, person, [0, 0.875, 0]), feet = screen(t, f, person, [0, -0.875, 0]);
        assert.ok((feet.y - head.y) / t.height > 0.3, `${size}: frame ${f}, the person covers ${((feet.y - head.y) / t.height).toFixed(2)}`);
        assert.ok(head.y > 0 && feet.y < t.height, 'head to toe in the picture');
        const d = screen(t, f, dog);
        assert.ok(d.x > 0 && d.x < t.width && d.y > 0 && d.y < t.height, `${size}: frame ${f}, the dog is in the picture`);
      }
    }
  });

  it('frames the whole domino chain in a close-up, larger than one domino alone', async () => {
    const t = await shot('a dozen dominoes topple on a table in a living room, close-up', [720, 1280]);
    const dominoes = t.entities.flatMap((e, i) => (e.kind === 'domino' ? [i] : []));
    assert.equal(dominoes.length, 12);
    const xs = dominoes.map((i) => screen(t, 0, i));
    for (const s of xs) assert.ok(s.x > 0 && s.x < t.width && s.y > 0 && s.y < t.height, 'every domino in the picture');
    const spread = Math.max(Math.max(...xs.map((s) => s.x)) - Math.min(...xs.map((s) => s.x)), Math.max(...xs.map((s) => s.y)) - Math.min(...xs.map((s) => s.y)));
    assert.ok(spread > 0.4 * t.width, `the chain spans ${(spread / t.width).toFixed(2)} of the width`);
  });

  it('keeps the camera inside the kitchen and the crates a good size', async () => {
    const t = await shot('three wooden crates and a big metal anvil fall in a kitchen', [720, 1280]);
    for (const f of t.frames) assert.ok(f.camera.position[1] < 2.8);
    const last = t.frameCount - 1;
    for (let i = 0; i < t.entities.length; i++) {
      const s = screen(t, last, i);
      assert.ok(s.x > 0 && s.x < t.width && s.y > 0 && s.y < t.height);
    }
    const crate = screen(t, last, 0);
    assert.ok((0.6 * crate.scale) / t.width > 0.12, `a crate is ${((0.6 * crate.scale) / t.width).toFixed(2)} of the width`);
  });
});
