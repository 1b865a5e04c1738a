import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectPoint, viewBasis } from '../../math/projectPoint.ts';
import type { Vec3 } from '../../math/vec3.ts';
import { createEmptyPlan } from '../../plan/createEmptyPlan.ts';
import type { ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { CameraPose, TimelineEntity } from '../../timeline/Timeline.ts';
import { meters } from '../../units/units.ts';
import { planCamera } from './planCamera.ts';
import { estimatedLineSeconds } from './speakerTurns.ts';

const FPS = 30;
const W = 720, H = 1280;

function person(id: string): TimelineEntity {
  return { id, kind: 'person', label: 'person', category: 'character', mobility: 'character', colour: '#ffffff', material: 'fabric', size: 1, collider: { shape: 'capsule', radius: 0.22, height: 1.75 }, boundingRadius: meters(0.875), mass: 70 };
}
const ENTITIES = [person('ann'), person('ben')];
const AT: Vec3[] = [[-0.6, 0.875, 0], [0.6, 0.875, 0.2]];
const POSITIONS: Vec3[][] = Array.from({ length: 6 * FPS }, () => AT.map((p) => [...p] as Vec3));
const LINES = [
  { speaker: 'ann', start: 0.5, end: 2 },
  { speaker: 'ben', start: 2.5, end: 4 },
  { speaker: 'ann', start: 4.3, end: 5.5 },
];

function plan(camera: Partial<ScenePlan['camera']> = {}): ScenePlan {
  const p = createEmptyPlan({ width: W, height: H, fps: FPS, duration: 6 });
  p.camera = { framing: 'wide', moves: [{ type: 'static' }], ...camera };
  return p;
}

/** Screen position and pixel height of a person's head. */
function head(pose: CameraPose, i: number): { x: number; y: number; size: number } {
  const basis = viewBasis(pose, W, H);
  const top = projectPoint(basis, [AT[i]![0], 1.75, AT[i]![2]]);
  const chin = projectPoint(basis, [AT[i]![0], 1.47, AT[i]![2]]);
  return { x: (top.x + chin.x) / 2, y: (top.y + chin.y) / 2, size: chin.y - top.y };
}

test('while someone speaks the camera frames them, bigger than the establishing shot, from the listener\'s side', () => {
  const wide = planCamera(plan(), ENTITIES, POSITIONS, FPS);
  const talk = planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, LINES);
  for (const [t, speaker] of [[1, 0], [3, 1], [5, 0]] as const) {
    const f = t * FPS;
    const h = head(talk[f]!, speaker);
    assert.ok(Math.abs(h.x - W / 2) < W * 0.2, `t=${t}: speaker ${speaker} centred (x ${h.x.toFixed(0)})`);
    assert.ok(h.y > 0 && h.y < H * 0.5, `t=${t}: head in the upper half (y ${h.y.toFixed(0)})`);
    assert.ok(h.size > head(wide[f]!, speaker).size * 1.8, `t=${t}: closer than the wide shot`);
    // Seen from the listener's side: ann (left) is filmed from the right, ben from the left.
    const cam = talk[f]!.position[0] - AT[speaker]![0];
    assert.ok(speaker === 0 ? cam > 0.1 : cam < -0.1, `t=${t}: camera on the listener's side (${cam.toFixed(2)})`);
  }
});

test('it cuts to the next speaker just before their line, and holds through pauses', () => {
  const talk = planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, LINES);
  const cut = Math.round(2.4 * FPS);
  const onAnn = (f: number): boolean => Math.abs(head(talk[f]!, 0).x - W / 2) < W * 0.2;
  assert.ok(onAnn(cut - 1) && !onAnn(cut), 'cut at 2.4 s');
  assert.ok(onAnn(Math.round(2.2 * FPS)), 'still on the first speaker in the pause');
  assert.deepEqual(talk[cut + 1], talk[cut + 10], 'a still shot of still people');
});

test('a late first line opens on the establishing shot; the same input gives the same shots', () => {
  const late = LINES.map((l) => ({ ...l, start: l.start + 1.5, end: l.end + 1.5 }));
  const wide = planCamera(plan(), ENTITIES, POSITIONS, FPS);
  const talk = planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, late);
  assert.deepEqual(talk.slice(0, Math.round(1.9 * FPS)), wide.slice(0, Math.round(1.9 * FPS)));
  assert.notDeepEqual(talk[Math.round(2.5 * FPS)], wide[Math.round(2.5 * FPS)]);
  assert.deepEqual(planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, late), talk);
});

test('a close-up plan gives closer speaker shots than the default medium', () => {
  const medium = planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, LINES);
  const close = planCamera(plan({ framing: 'close-up' }), ENTITIES, POSITIONS, FPS, undefined, LINES);
  assert.ok(head(close[FPS]!, 0).size > head(medium[FPS]!, 0).size * 1.3);
});

test('a directed camera (a subject, moves, an aerial view) and narration are left alone', () => {
  for (const camera of [{ subject: 'ben' }, { moves: [{ type: 'orbit' as const }] }, { framing: 'aerial' as const }]) {
    assert.deepEqual(planCamera(plan(camera), ENTITIES, POSITIONS, FPS, undefined, LINES), planCamera(plan(camera), ENTITIES, POSITIONS, FPS), JSON.stringify(camera));
  }
  const narrated = [{ speaker: 'narrator', start: 0.5, end: 3 }, { speaker: 'nobody', start: 3, end: 4 }];
  assert.deepEqual(planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, narrated), planCamera(plan(), ENTITIES, POSITIONS, FPS));
});

test('without synthesis times the lines are timed from the plan', () => {
  const p = plan();
  p.speech = { language: 'en', lines: [{ speaker: 'ben', text: 'Over here, look at this!', start: 0.2 }] };
  const poses = planCamera(p, ENTITIES, POSITIONS, FPS);
  assert.ok(Math.abs(head(poses[FPS]!, 1).x - W / 2) < W * 0.2);
  assert.ok(estimatedLineSeconds('Over here, look at this!') > 1.5 && estimatedLineSeconds('Hi') < 1);
});

test('after the last line the planned shot comes back, when enough of the clip is left', () => {
  const early = [{ speaker: 'ann', start: 0.5, end: 2 }];
  const wide = planCamera(plan(), ENTITIES, POSITIONS, FPS);
  const talk = planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, early);
  assert.notDeepEqual(talk[Math.round(2.3 * FPS)], wide[Math.round(2.3 * FPS)], 'still on the speaker just after the line');
  const back = Math.round(2.4 * FPS);
  assert.deepEqual(talk.slice(back), wide.slice(back), 'the planned shot from 0.4 s after the line');
  // A line that ends near the end of the clip keeps its speaker to the end.
  const late = [{ speaker: 'ann', start: 4, end: 5.5 }];
  const toEnd = planCamera(plan(), ENTITIES, POSITIONS, FPS, undefined, late);
  assert.notDeepEqual(toEnd[6 * FPS - 1], wide[6 * FPS - 1]);
});
