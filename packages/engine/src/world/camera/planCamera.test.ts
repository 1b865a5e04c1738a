import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectPoint, viewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { createEmptyPlan } from '../../plan/createEmptyPlan.ts';
import { CAMERA_MOVES, FRAMINGS, type CameraMove, type ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { TimelineEntity } from '../../timeline/Timeline.ts';
import { meters } from '../../units/units.ts';
import { planCamera } from './planCamera.ts';

const FPS = 30;

function entity(id: string, kind: string, category: TimelineEntity['category'], collider: TimelineEntity['collider'], radius: number): TimelineEntity {
  return { id, kind, label: kind, category, mobility: category === 'character' ? 'character' : 'dynamic', colour: '#ffffff', material: 'wood', size: 1, collider, boundingRadius: meters(radius), mass: 1 };
}

const PERSON = entity('person', 'person', 'character', { shape: 'capsule', radius: 0.22, height: 1.75 }, 0.875);
const BALL = entity('ball', 'ball', 'ball', { shape: 'ball', radius: 0.15 }, 0.15);
const CRATE = entity('crate', 'crate', 'prop', { shape: 'box', size: [0.6, 0.6, 0.6] }, 0.52);

function plan(width: number, height: number, framing: ScenePlan['camera']['framing'], moves: CameraMove[], subject?: string): ScenePlan {
  const p = createEmptyPlan({ width, height, fps: FPS, duration: 4 });
  p.camera = { framing, moves, ...(subject ? { subject } : {}) };
  return p;
}

/** A person walking across, a ball bouncing along, a crate standing still; 4 s. */
function scene(): { entities: TimelineEntity[]; positions: Vec3[][] } {
  const positions: Vec3[][] = [];
  for (let f = 0; f < 4 * FPS; f++) {
    const t = f / FPS;
    positions.push([
      [-1 + 0.5 * t, 0.875, 0],
      [1.5 - 0.4 * t, 0.15 + Math.abs(Math.sin(t * 3)) * 0.9, 0.6],
      [0.8, 0.3, -1],
    ]);
  }
  return { entities: [PERSON, BALL, CRATE], positions };
}

function inFrame(x: number, y: number, w: number, h: number, slack = 0): boolean {
  return x >= -slack && x <= w + slack && y >= -slack && y <= h + slack;
}

const MOVES: Record<string, CameraMove[]> = Object.fromEntries(
  CAMERA_MOVES.map((type) => [type, [{ type, ...(type === 'follow' ? { target: 'ball' } : {}), ...(type === 'handheld' ? { amount: 1 } : {}) }]]),
);
MOVES['orbit+dolly-out+handheld'] = [{ type: 'orbit', amount: 120 }, { type: 'dolly-out', amount: 0.5 }, { type: 'handheld', amount: 0.6 }];
MOVES['pan+tilt (late start)'] = [{ type: 'pan', amount: 40, start: 1, duration: 2 }, { type: 'tilt', amount: 20, start: 0.5, duration: 3 }];

for (const [w, h] of [[720, 1280], [1280, 720]] as const) {
  for (const framing of FRAMINGS) {
    test(`${framing} at ${w}x${h}: every cast member stays in frame on every frame, for every move`, () => {
      const { entities, positions } = scene();
      for (const [name, moves] of Object.entries(MOVES)) {
        const poses = planCamera(plan(w, h, framing, moves), entities, positions, FPS);
        assert.equal(poses.length, positions.length);
        poses.forEach((pose, f) => {
          const basis = viewBasis(pose, w, h);
          positions[f]!.forEach((p, i) => {
            // Follow frames only the followed ball; close-ups crop the rest of the cast.
            if ((name === 'follow' || framing === 'close-up') && i !== 1 && name === 'follow') return;
            const s = projectPoint(basis, p);
            assert.ok(s.depth > 0, `${name}: entity ${i} behind the camera at frame ${f}`);
            if (name === 'follow' && i !== 1) return;
            assert.ok(inFrame(s.x, s.y, w, h), `${name}: entity ${i} centre at (${s.x.toFixed(0)}, ${s.y.toFixed(0)}) leaves the frame at frame ${f}`);
          });
        });
      }
    });
  }
}

test('a wide shot shows the whole of every cast member (not just their centres)', () => {
  const { entities, positions } = scene();
  for (const [w, h] of [[720, 1280], [1280, 720]] as const) {
    for (const moves of [MOVES.static!, MOVES.pan!, MOVES.orbit!, MOVES['dolly-out']!]) {
      const poses = planCamera(plan(w, h, 'wide', moves), entities, positions, FPS);
      poses.forEach((pose, f) => {
        const basis = viewBasis(pose, w, h);
        positions[f]!.forEach((p, i) => {
          const e = entities[i]!;
          const r = e.boundingRadius;
          const [hx, hy] = e.collider.shape === 'capsule' ? [e.collider.radius, e.collider.height / 2] : [r, r];
          for (const d of [[hx, 0, 0], [-hx, 0, 0], [0, hy, 0], [0, -hy, 0]] as const) {
            const s = projectPoint(basis, [p[0] + d[0], p[1] + d[1], p[2] + d[2]]);
            assert.ok(inFrame(s.x, s.y, w, h, 2), `entity ${i} edge leaves the ${w}x${h} frame at frame ${f}`);
          }
        });
      });
    }
  }
});

test('a subject close-up centres the subject and frames it larger than a wide shot', () => {
  const { entities, positions } = scene();
  const wide = planCamera(plan(720, 1280, 'wide', [{ type: 'static' }]), entities, positions, FPS)[0]!;
  const close = planCamera(plan(720, 1280, 'close-up', [{ type: 'static' }], 'crate'), entities, positions, FPS)[0]!;
  const size = (pose: typeof wide): number => {
    const b = viewBasis(pose, 720, 1280);
    return projectPoint(b, [0.8, 0.3, -1]).scale;
  };
  assert.ok(size(close) > size(wide) * 2);
  const s = projectPoint(viewBasis(close, 720, 1280), [0.8, 0.3, -1]);
  assert.ok(Math.abs(s.x - 360) < 60 && Math.abs(s.y - 640) < 200);
});

test('follow keeps the followed entity near the centre of the frame', () => {
  const positions: Vec3[][] = [];
  for (let f = 0; f < 4 * FPS; f++) {
    const t = f / FPS;
    positions.push([[-6 + 3 * t, 0.15 + Math.abs(Math.sin(t * 4)) * 0.6, 0]]);
  }
  const poses = planCamera(plan(720, 1280, 'medium', [{ type: 'follow', target: 'ball' }]), [BALL], positions, FPS);
  poses.forEach((pose, f) => {
    if (f < 0.6 * FPS) return; // easing into the follow
    const s = projectPoint(viewBasis(pose, 720, 1280), positions[f]![0]!);
    assert.ok(Math.abs(s.x - 360) < 720 * 0.12, `frame ${f}: ball at x=${s.x.toFixed(0)}`);
    assert.ok(Math.abs(s.y - 640) < 1280 * 0.3, `frame ${f}: ball at y=${s.y.toFixed(0)}`);
  });
  // Smooth: the camera never jumps between frames.
  for (let f = 1; f < poses.length; f++) {
    const a = poses[f - 1]!.position, b = poses[f]!.position;
    assert.ok(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) < 0.25, `camera jumps at frame ${f}`);
  }
});

test('a full 360° orbit ends where it started, and passes behind the subject halfway', () => {
  const { entities, positions } = scene();
  const poses = planCamera(plan(1280, 720, 'medium', [{ type: 'orbit', amount: 360, start: 0, duration: (positions.length - 1) / FPS }], 'crate'), entities, positions, FPS);
  const a = poses[0]!.position, b = poses[poses.length - 1]!.position;
  assert.ok(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) < 1e-6);
  const mid = poses[Math.floor(poses.length / 2)]!.position;
  assert.ok(mid[2] < -1, 'halfway round, the camera is behind the crate');
});

test('portrait and landscape both fit a cast spread across the ground, landscape from closer', () => {
  const row: Vec3[] = [[-2.5, 0.3, 0], [0, 0.3, 0], [2.5, 0.3, 0]];
  const positions = Array.from({ length: 10 }, () => row);
  const ents = [CRATE, { ...CRATE, id: 'b' }, { ...CRATE, id: 'c' }];
  const dist = (w: number, h: number): number => {
    const pose = planCamera(plan(w, h, 'wide', [{ type: 'static' }]), ents, positions, FPS)[0]!;
    const b = viewBasis(pose, w, h);
    for (const p of row) {
      for (const dx of [-0.3, 0.3]) {
        const s = projectPoint(b, [p[0] + dx, p[1], p[2]]);
        assert.ok(inFrame(s.x, s.y, w, h), `${w}x${h}: cast edge at x=${s.x.toFixed(0)}`);
      }
    }
    return Math.hypot(pose.position[0] - pose.target[0], pose.position[1] - pose.target[1], pose.position[2] - pose.target[2]);
  };
  assert.ok(dist(1280, 720) < dist(720, 1280));
});

test('dolly-in moves closer, dolly-out further, with eased starts and stops', () => {
  const { entities, positions } = scene();
  const d = (moves: CameraMove[]): number[] =>
    planCamera(plan(720, 1280, 'wide', moves), entities, positions, FPS).map((p) => Math.hypot(p.position[0] - p.target[0], p.position[1] - p.target[1], p.position[2] - p.target[2]));
  const din = d([{ type: 'dolly-in', amount: 0.3 }]);
  const dout = d([{ type: 'dolly-out', amount: 0.5 }]);
  assert.ok(din[din.length - 1]! < din[0]! * 0.85);
  assert.ok(dout[dout.length - 1]! > dout[0]! * 1.4);
  // Eased: the first step is much smaller than a middle step.
  const first = Math.abs(dout[1]! - dout[0]!);
  const middle = Math.abs(dout[60]! - dout[59]!);
  assert.ok(first < middle * 0.05);
});

test('handheld shake is smooth and seeded; the same plan always gives the same camera', () => {
  const { entities, positions } = scene();
  const p1 = plan(720, 1280, 'medium', [{ type: 'handheld', amount: 1 }]);
  const a = planCamera(p1, entities, positions, FPS);
  assert.deepEqual(a, planCamera(p1, entities, positions, FPS));
  assert.ok(a.some((p) => Math.abs(p.roll) > 0.002), 'handheld rolls the camera');
  for (let f = 1; f < a.length; f++) assert.ok(Math.abs(a[f]!.roll - a[f - 1]!.roll) < 0.01, 'no jolts in roll');
  const p2 = { ...p1, seed: p1.seed + 1 };
  assert.notDeepEqual(planCamera(p2, entities, positions, FPS), a);
});

test('an empty cast still gets a sensible camera', () => {
  const poses = planCamera(plan(720, 1280, 'wide', [{ type: 'static' }]), [], [[], []], FPS);
  assert.equal(poses.length, 2);
  assert.ok(poses.every((p) => p.position.every(Number.isFinite)));
});

test('pan and tilt turn the way their amounts say: positive pan to the right, positive tilt up', () => {
  const { entities, positions } = scene();
  const lookOf = (moves: CameraMove[], f: number) => {
    const pose = planCamera(plan(720, 1280, 'wide', moves), entities, positions, FPS)[f]!;
    return [pose.target[0] - pose.position[0], pose.target[1] - pose.position[1], pose.target[2] - pose.position[2]] as const;
  };
  const last = 4 * FPS - 1;
  // Looking into the scene (−Z), turning right moves the view direction towards +X.
  const panStart = lookOf([{ type: 'pan', amount: 30 }], 0);
  const panEnd = lookOf([{ type: 'pan', amount: 30 }], last);
  assert.ok(panEnd[0] / Math.hypot(panEnd[0], panEnd[2]) > panStart[0] / Math.hypot(panStart[0], panStart[2]) + 0.1, 'pan right');
  const leftEnd = lookOf([{ type: 'pan', amount: -30 }], last);
  assert.ok(leftEnd[0] < panEnd[0], 'pan left ends left of pan right');
  const tiltStart = lookOf([{ type: 'tilt', amount: 15 }], 0);
  const tiltEnd = lookOf([{ type: 'tilt', amount: 15 }], last);
  assert.ok(tiltEnd[1] / Math.hypot(...tiltEnd) > tiltStart[1] / Math.hypot(...tiltStart), 'tilt up');
});
