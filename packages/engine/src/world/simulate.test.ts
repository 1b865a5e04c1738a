import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Vec3 } from '../math/vec3.ts';
import { kindOf } from '../ontology/ontology.ts';
import { createEmptyPlan, type PlanOptions } from '../plan/createEmptyPlan.ts';
import { ACTION_TYPES, type Action, type Entity, type ScenePlan } from '../plan/scenePlanSchema.ts';
import { scenePlanSchema } from '../plan/scenePlanSchema.ts';
import type { ContactEvent, FootstepEvent, SplashEvent, Timeline } from '../timeline/Timeline.ts';
import { simulate } from './simulate.ts';

function entity(id: string, kind: string, placement: Entity['placement'] = { type: 'auto' }, extra: Partial<Entity> = {}): Entity {
  const k = kindOf(kind);
  return { id, kind, colour: k.colour, material: k.material, size: 1, placement, ...extra } as Entity;
}

function planWith(options: PlanOptions, cast: Entity[], actions: Action[], edit?: (p: ScenePlan) => void): ScenePlan {
  const plan = createEmptyPlan(options);
  plan.cast = cast;
  plan.actions = actions;
  edit?.(plan);
  return scenePlanSchema.parse(plan);
}

const contacts = (t: Timeline) => t.events.filter((e): e is ContactEvent => e.type === 'contact');
const footsteps = (t: Timeline) => t.events.filter((e): e is FootstepEvent => e.type === 'footstep');
const splashes = (t: Timeline) => t.events.filter((e): e is SplashEvent => e.type === 'splash');
const track = (t: Timeline, i: number) => t.frames.map((f) => f.poses[i]);

/** Heights of the tops of the arcs (local maxima of y) after the first frame. */
function apexes(ys: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < ys.length - 1; i++) if (ys[i] > ys[i - 1] && ys[i] >= ys[i + 1]) out.push(ys[i]);
  return out;
}

describe('simulate: falling and bouncing', () => {
  // "height" is the free fall of the object's lowest point: the ball's bottom starts exactly
  // 2 m above the ground (its centre 2 m + radius).
  const h = 2;
  const g = 9.81;
  const plan = planWith({ duration: 6, fps: 30 }, [entity('ball', 'ball')], [{ entity: 'ball', type: 'drop', start: 0, height: h }]);

  it('starts the ball with its bottom exactly `height` above the ground', async () => {
    const t = await simulate(plan);
    const r = kindOf('ball').collider.shape === 'ball' ? (kindOf('ball').collider as { radius: number }).radius : 0;
    assert.ok(Math.abs(t.frames[0].poses[0].position[1] - (h + r)) < 1e-6);
  });

  it('touches the ground at t = sqrt(2h/g): the first contact frame is within one frame', async () => {
    const t = await simulate(plan);
    const first = contacts(t)[0];
    assert.ok(first, 'a contact event');
    assert.equal(first.b, 'ground');
    assert.deepEqual(first.materials, ['rubber', 'concrete']);
    const expected = Math.round(Math.sqrt((2 * h) / g) * t.fps);
    assert.ok(Math.abs(first.frame - expected) <= 1, `frame ${first.frame}, expected ${expected}`);
    assert.ok(Math.abs(first.time - Math.sqrt((2 * h) / g)) < 2 / 240, `time ${first.time}`);
    // Closing speed and impulse of the first impact: v = sqrt(2gh), J = m (1 + e) v.
    const v = Math.sqrt(2 * g * h);
    assert.ok(Math.abs(first.normalSpeed - v) / v < 0.03, `speed ${first.normalSpeed}`);
    const m = t.entities[0].mass;
    assert.ok(Math.abs(first.impulse - m * 1.8 * v) / (m * 1.8 * v) < 0.05, `impulse ${first.impulse}`);
  });

  it('bounces to restitution² of the previous height each time (within 10%)', async () => {
    const t = await simulate(plan);
    const r = t.entities[0].boundingRadius;
    const heights = apexes(track(t, 0).map((p) => p.position[1] - r));
    const e = kindOf('ball').restitution!;
    assert.ok(heights.length >= 4);
    let previous = h;
    for (const height of heights.slice(0, 4)) {
      const ratio = height / previous;
      assert.ok(Math.abs(ratio - e * e) / (e * e) < 0.1, `ratio ${ratio} vs ${e * e}`);
      previous = height;
    }
  });

  it('gives one contact event per bounce, with decreasing impulse, and none while resting', async () => {
    const t = await simulate(plan);
    const list = contacts(t);
    const r = t.entities[0].boundingRadius;
    const bounces = apexes(track(t, 0).map((p) => p.position[1] - r)).filter((y) => y > 0.02).length;
    // Every visible bounce ends in a contact; tiny last hops may add a few more.
    assert.ok(list.length >= bounces + 1 && list.length <= bounces + 8, `${list.length} contacts for ${bounces} bounces`);
    for (let i = 1; i < Math.min(list.length, 6); i++) assert.ok(list[i].impulse < list[i - 1].impulse);
    assert.ok(list.every((c) => c.time < 5.5), 'no events once the ball has come to rest');
  });

  it('emits nothing for an object resting on the ground', async () => {
    const t = await simulate(planWith({ duration: 3 }, [entity('crate', 'crate'), entity('cube', 'cube')], []));
    assert.equal(contacts(t).length, 0);
    assert.ok(track(t, 0).every((p) => Math.abs(p.position[1] - 0.3) < 0.01));
    assert.ok(t.frames[t.frameCount - 1].poses[0].inContact);
  });

  it('falls slower in low gravity than in normal gravity', async () => {
    const drop = (gravity: ScenePlan['environment']['gravity']) =>
      planWith({ duration: 4 }, [entity('rock', 'rock')], [{ entity: 'rock', type: 'drop', start: 0, height: 2 }], (p) => (p.environment.gravity = gravity));
    const earth = contacts(await simulate(drop('normal')))[0];
    const moon = contacts(await simulate(drop('low')))[0];
    assert.ok(earth && moon);
    // sqrt(9.81 / 1.62) ≈ 2.46 times longer.
    assert.ok(Math.abs(moon.time / earth.time - Math.sqrt(9.81 / 1.62)) < 0.1, `${moon.time} vs ${earth.time}`);
  });

  it('keeps a thrown object on a straight line at constant speed without gravity', async () => {
    const t = await simulate(planWith({ duration: 3, setting: 'space' }, [entity('ball', 'tennis-ball')], [{ entity: 'ball', type: 'throw', start: 0.5, direction: [1, 0.4, -0.2], speed: 3 }]));
    const poses = track(t, 0);
    const release = Math.ceil(0.5 * t.fps) + 1;
    const p0 = poses[release].position;
    const v0 = poses[release].velocity;
    assert.ok(Math.abs(Math.hypot(...v0) - 3) < 1e-3);
    for (const p of poses.slice(release)) {
      // Distance from the line through p0 along v0.
      const d: Vec3 = [p.position[0] - p0[0], p.position[1] - p0[1], p.position[2] - p0[2]];
      const along = (d[0] * v0[0] + d[1] * v0[1] + d[2] * v0[2]) / 9;
      const off = Math.hypot(d[0] - along * v0[0], d[1] - along * v0[1], d[2] - along * v0[2]);
      assert.ok(off < 1e-3, `off the line by ${off}`);
      assert.ok(Math.abs(Math.hypot(...p.velocity) - 3) < 1e-3);
    }
  });
});

describe('simulate: water', () => {
  const lake = (cast: Entity[], actions: Action[]) => planWith({ duration: 8, setting: 'lake' }, cast, actions);

  it('floats a wooden block at submerged fraction 0.6 (from its settled position), sinks a stone', async () => {
    const t = await simulate(
      lake(
        [entity('plank', 'plank'), entity('block', 'cube'), entity('duck', 'rubber-duck'), entity('stone', 'rock')],
        ['plank', 'block', 'duck', 'stone'].map((id) => ({ entity: id, type: 'drop' as const, start: 0, height: 0.5 })),
      ),
    );
    const water = t.plan.environment.water[0];
    const last = t.frames[t.frameCount - 1].poses;
    const fractionFromPosition = (i: number) => {
      const c = t.entities[i].collider;
      assert.equal(c.shape, 'box');
      const half = c.shape === 'box' ? c.size[1] / 2 : 0;
      return (water.level - (last[i].position[1] - half)) / (2 * half);
    };
    for (const i of [0, 1]) {
      assert.equal(t.entities[i].material, 'wood');
      const f = fractionFromPosition(i);
      assert.ok(Math.abs(f - 0.6) <= 0.06, `${t.entities[i].id} floats at ${f}`);
      assert.ok(Math.abs(last[i].submerged - f) < 0.02);
    }
    // The duck weighs 50 g for 1.3 litres: it rides high, about 3.8% under.
    const duck = fractionFromPosition(2);
    const expectedDuck = t.entities[2].mass / (1000 * 0.12 * 0.11 * 0.1);
    assert.ok(Math.abs(duck - expectedDuck) < 0.015, `duck ${duck} vs ${expectedDuck}`);
    // The stone lies on the bottom (level − depth).
    const stone = last[3];
    assert.ok(Math.abs(stone.position[1] - t.entities[3].boundingRadius - (water.level - water.depth)) < 0.02, `stone at ${stone.position[1]}`);
    assert.equal(stone.submerged, 1);
    // Each entered the water with a splash at about sqrt(2 g h).
    const s = splashes(t);
    assert.deepEqual(new Set(s.map((e) => e.entity)), new Set(['plank', 'block', 'duck', 'stone']));
    for (const e of s) assert.ok(e.speed > 2.5 && e.speed < 3.3, `${e.entity} ${e.speed}`);
    assert.ok(contacts(t).some((c) => c.a === 'stone' && c.b === 'ground'));
  });
});

describe('simulate: wind', () => {
  it('carries a feather far downwind and leaves an anvil where it fell', async () => {
    const t = await simulate(
      planWith(
        { duration: 5, setting: 'meadow' },
        [entity('anvil', 'anvil', { type: 'absolute', position: [-1, 0, 0] }), entity('feather', 'feather', { type: 'absolute', position: [0, 0, 0] })],
        [{ entity: 'anvil', type: 'drop', start: 0, height: 2 }, { entity: 'feather', type: 'drop', start: 0, height: 2 }],
        (p) => (p.environment.wind = { speed: 5, direction: 0 }),
      ),
    );
    const end = t.frames[t.frameCount - 1].poses;
    const anvilDrift = Math.hypot(end[0].position[0] + 1, end[0].position[2]);
    const featherDrift = end[1].position[0];
    assert.ok(featherDrift > 3, `feather drifted ${featherDrift} m`);
    // (Landing flat from 2 m, the anvil may shift a few centimetres, wind or not.)
    assert.ok(anvilDrift < 0.3, `anvil drifted ${anvilDrift} m`);
    assert.ok(featherDrift > 20 * anvilDrift);
    // It falls slowly: still in the air a second after release.
    assert.ok(t.frames[t.fps].poses[1].position[1] > 0.3);
  });

  it("lifts a balloon by its kind's lift (N at size 1, × size³)", async () => {
    const t = await simulate(planWith({ duration: 1, setting: 'meadow' }, [entity('balloon', 'balloon')], [{ entity: 'balloon', type: 'drop', start: 0 }]));
    const e = t.entities[0];
    const lift = kindOf('balloon').lift!;
    // Still almost no drag after one frame: a = g − lift / m.
    const a = -t.frames[1].poses[0].velocity[1] * t.fps;
    const expected = 9.81 - lift / e.mass;
    assert.ok(Math.abs(a - expected) / expected < 0.05, `accelerates at ${a}, expected ${expected}`);
  });

  it('blows towards −z for direction 90°', async () => {
    const t = await simulate(
      planWith({ duration: 3, setting: 'meadow' }, [entity('feather', 'feather')], [{ entity: 'feather', type: 'drop', start: 0 }], (p) => (p.environment.wind = { speed: 5, direction: 90 })),
    );
    const end = t.frames[t.frameCount - 1].poses[0].position;
    assert.ok(end[2] < -1 && Math.abs(end[0]) < 0.2, `${end}`);
  });
});

describe('simulate: characters', () => {
  it('walks a person at about 1.4 m/s, facing the way it goes, with footsteps on the ground material', async () => {
    const t = await simulate(planWith({ duration: 5, setting: 'meadow' }, [entity('walker', 'person')], [{ entity: 'walker', type: 'walk', start: 0.5, direction: [1, 0, 0] }]));
    const poses = track(t, 0);
    const speed = (poses[4 * t.fps].position[0] - poses[1 * t.fps].position[0]) / 3;
    assert.ok(Math.abs(speed - 1.4) < 0.05, `speed ${speed}`);
    assert.equal(poses[2 * t.fps].gait, 'walk');
    assert.equal(poses[0].gait, 'idle');
    // Front (+Z) turned to +X: q = (0, sin 45°, 0, cos 45°).
    const q = poses[2 * t.fps].rotation;
    assert.ok(Math.abs(q[1] - Math.SQRT1_2) < 1e-6 && Math.abs(q[3] - Math.SQRT1_2) < 1e-6, `${q}`);
    const steps = footsteps(t);
    // About 1.8 steps a second for 4.5 s.
    assert.ok(steps.length >= 7 && steps.length <= 9, `${steps.length} footsteps`);
    assert.ok(steps.every((s) => s.material === 'grass' && s.entity === 'walker' && Math.abs(s.position[1]) < 1e-9));
    const gaps = steps.slice(1).map((s, i) => s.time - steps[i].time);
    assert.ok(gaps.every((g) => Math.abs(g - 1 / 1.8) < 0.02), `${gaps}`);
    assert.ok(poses.every((p) => p.inContact));
  });

  it('runs faster than it walks', async () => {
    const t = await simulate(planWith({ duration: 3 }, [entity('runner', 'person')], [{ entity: 'runner', type: 'run', start: 0 }]));
    const poses = track(t, 0);
    const speed = (poses[2 * t.fps].position[0] - poses[t.fps].position[0]) / 1;
    assert.ok(Math.abs(speed - 3.5) < 0.05);
    assert.equal(poses[t.fps].gait, 'run');
  });

  it('jumps to the height asked for, and to v²/2g with its own legs in low gravity', async () => {
    const earth = await simulate(planWith({ duration: 3 }, [entity('jumper', 'person')], [{ entity: 'jumper', type: 'jump', start: 0.5, height: 0.5 }]));
    const ys = track(earth, 0).map((p) => p.position[1]);
    assert.ok(Math.abs(Math.max(...ys) - ys[0] - 0.5) < 0.01, `apex ${Math.max(...ys) - ys[0]}`);
    assert.ok(footsteps(earth).length === 1, 'lands once');

    const moon = await simulate(planWith({ duration: 5, setting: 'moon' }, [entity('jumper', 'astronaut')], [{ entity: 'jumper', type: 'jump', start: 0.5 }]));
    const poses = track(moon, 0);
    const g = moon.gravity;
    // Take-off speed from the first airborne frame: v(τ) = v0 − g τ (velocity over the last sub-step).
    const k = poses.findIndex((p) => p.position[1] > poses[0].position[1] + 1e-6);
    const tau = k / moon.fps - 0.5 - 1 / 480;
    const v0 = poses[k].velocity[1] + g * tau;
    const apex = Math.max(...poses.map((p) => p.position[1])) - poses[0].position[1];
    assert.ok(Math.abs(apex - (v0 * v0) / (2 * g)) / apex < 0.02, `apex ${apex} vs ${(v0 * v0) / (2 * g)}`);
    assert.ok(apex > 1.5, 'much higher than on Earth');
    assert.ok(poses.some((p) => p.gait === 'jump' && !p.inContact));
  });

  it('runs to a target and stops in front of it', async () => {
    const t = await simulate(
      planWith({ duration: 4, setting: 'meadow' }, [entity('dog', 'dog'), entity('ball', 'soccer-ball', { type: 'absolute', position: [4, 0, 0] })], [{ entity: 'dog', type: 'run', start: 0, target: 'ball' }]),
    );
    const end = t.frames[t.frameCount - 1].poses;
    const gap = end[1].position[0] - end[0].position[0];
    assert.ok(gap > 0.3 && gap < 0.8, `stopped ${gap} m from the ball`);
    assert.equal(end[0].gait, 'idle');
  });

  it('pushes loose objects out of its way', async () => {
    const t = await simulate(
      planWith({ duration: 4 }, [entity('walker', 'person', { type: 'absolute', position: [-1, 0, 0] }), entity('ball', 'basketball', { type: 'absolute', position: [0.5, 0, 0] })], [{ entity: 'walker', type: 'walk', start: 0, direction: [1, 0, 0] }]),
    );
    const end = t.frames[t.frameCount - 1].poses;
    assert.ok(end[1].position[0] > 1.5, `ball at ${end[1].position[0]}`);
    assert.ok(contacts(t).some((c) => c.a === 'walker' && c.b === 'ball'));
  });

  it('flies a bird with flapping wings and swims a fish below the surface', async () => {
    const t = await simulate(
      planWith({ duration: 4, setting: 'pond' }, [entity('bird', 'bird'), entity('fish', 'fish')], [
        { entity: 'bird', type: 'fly', start: 0.5, direction: [-1, 0, 0] },
        { entity: 'fish', type: 'walk', start: 0 },
      ]),
    );
    const level = t.plan.environment.water[0].level;
    const bird = track(t, 0), fish = track(t, 1);
    assert.equal(bird[3 * t.fps].gait, 'fly');
    assert.ok(bird[3 * t.fps].position[1] > level + 1.5);
    assert.ok(bird[3 * t.fps].position[0] < bird[0].position[0] - 3);
    assert.ok(fish.every((p) => p.gait === 'swim' && p.position[1] < level && p.submerged === 1));
    assert.ok(fish[t.frameCount - 1].position[0] > fish[0].position[0] + 1);
  });
});

describe('simulate: timelines', () => {
  const rich = planWith(
    { duration: 3, setting: 'lake' },
    [entity('ball', 'ball'), entity('crate', 'crate'), entity('duck', 'rubber-duck'), entity('person', 'person'), entity('bird', 'bird'), entity('tree', 'tree')],
    [
      { entity: 'ball', type: 'drop', start: 0.3 },
      { entity: 'crate', type: 'push', start: 0.5, direction: [1, 0, 0] },
      { entity: 'person', type: 'walk', start: 0, target: 'tree' },
      { entity: 'bird', type: 'fly', start: 1 },
    ],
    (p) => (p.environment.wind = { speed: 3, direction: 45 }),
  );

  it('is deterministic: the same plan gives deep-equal timelines', async () => {
    const a = await simulate(rich);
    const b = await simulate(rich);
    assert.deepStrictEqual(a, b);
  });

  it('fills every frame, entity and event', async () => {
    const t = await simulate(rich);
    assert.equal(t.frameCount, Math.round(3 * t.fps));
    assert.equal(t.frames.length, t.frameCount);
    t.frames.forEach((f, i) => {
      assert.equal(f.index, i);
      assert.ok(Math.abs(f.time - i / t.fps) < 1e-12);
      assert.ok(f.camera && f.camera.fovY > 0);
      assert.equal(f.poses.length, t.entities.length);
      for (const p of f.poses) for (const v of [...p.position, ...p.rotation, ...p.velocity, ...p.angularVelocity, p.submerged]) assert.ok(Number.isFinite(v));
    });
    for (const e of t.entities) {
      assert.ok(e.label && e.mass > 0 && e.boundingRadius > 0 && e.collider);
    }
    for (let i = 1; i < t.events.length; i++) assert.ok(t.events[i].time >= t.events[i - 1].time);
    for (const e of t.events) assert.equal(e.frame, Math.min(t.frameCount - 1, Math.round(e.time * t.fps)));
    assert.equal(t.groundMaterial, 'stone');
    assert.equal(t.gravity, 9.81);
    // The tree is fixed.
    assert.deepEqual(new Set(track(t, 5).map((p) => p.position.join())).size, 1);
  });

  it('runs every action type on a suitable kind', async () => {
    const suitable: Record<string, string> = {
      fall: 'cube', drop: 'apple', throw: 'baseball', roll: 'barrel', bounce: 'basketball', slide: 'book', float: 'rubber-duck',
      sink: 'rock', push: 'crate', topple: 'bottle', fly: 'drone', spin: 'bowling-pin', jump: 'dog', walk: 'person',
      run: 'horse', wave: 'robot', idle: 'cat',
    };
    for (const type of ACTION_TYPES) {
      const kind = suitable[type];
      const plan = planWith({ duration: 2, setting: type === 'float' || type === 'sink' ? 'pool' : 'studio' }, [entity('it', kind), entity('other', 'ball')], [{ entity: 'it', type, start: 0.25, duration: 1.5 }]);
      const t = await simulate(plan);
      assert.equal(t.frames.length, t.frameCount, type);
      const first = t.frames[0].poses[0].position, last = t.frames[t.frameCount - 1].poses[0];
      for (const v of [...last.position, ...last.rotation]) assert.ok(Number.isFinite(v), type);
      const moved = Math.hypot(last.position[0] - first[0], last.position[1] - first[1], last.position[2] - first[2]);
      const turned = 1 - Math.abs(last.rotation[3]);
      const gaitChanged = t.frames.some((f) => f.poses[0].gait !== undefined && f.poses[0].gait !== 'idle');
      if (!['float', 'idle', 'wave'].includes(type)) assert.ok(moved > 0.05 || turned > 0.01 || gaitChanged, `${type} did something`);
      if (type === 'wave') assert.ok(gaitChanged);
    }
  });
});
