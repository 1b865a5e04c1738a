/**
 * The world: a ScenePlan simulated into a Timeline.
 *
 * Rigid bodies run in the deterministic Rapier build at 240 fixed sub-steps per second and
 * are sampled at the plan's frame rate (24 or 30, both dividing 240). Characters and animals
 * follow procedural motion as kinematic bodies (they push what they walk into); fliers follow
 * a kinematic flight path. Buoyancy, water drag, air drag, wind and balloon lift are forces
 * applied before every sub-step. Contacts, splashes and footsteps become timed events.
 *
 * Determinism: bodies are created in cast order, the sub-step sequence is fixed, initial
 * conditions use only arithmetic, square roots and polynomial sine/cosine, and there is no
 * randomness or clock: the same plan gives the same timeline, bit for bit.
 */
import type { Quat, Vec3 } from '../math/vec3.ts';
import { gravityOf } from '../plan/gravityOf.ts';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import type { FrameState, Timeline, TimelineEvent } from '../timeline/Timeline.ts';
import { frameIndex, seconds } from '../units/units.ts';
import { spokenLinesOf } from '../speech/speakPlan.ts';
import type { PreparedReference } from '../reference/PreparedReference.ts';
import { productTextureOf } from '../reference/productTextureOf.ts';
import { planCamera } from './camera/planCamera.ts';
import { resolveEntity } from './entities/resolveEntity.ts';
import { placeEntities } from './placement/placeEntities.ts';
import { sceneFloorOf } from './placement/SceneFloor.ts';
import { loadRapier } from './rapier/loadRapier.ts';
import { DT, SimulationRun, STEP_RATE } from './SimulationRun.ts';

export { STEP_RATE } from './SimulationRun.ts';

export interface SimulateOptions {
  /** The plan's reference images, decoded (products take their picture's proportions; the renderer draws them). */
  references?: readonly PreparedReference[];
}

/** Simulate a plan into a fully filled timeline (poses and camera for every frame, sorted events). */
export async function simulate(plan: ScenePlan, options: SimulateOptions = {}): Promise<Timeline> {
  const R = await loadRapier();
  const fps = plan.canvas.fps;
  const frameCount = Math.max(1, Math.round(plan.canvas.duration * fps));
  const stepsPerFrame = STEP_RATE / fps;
  const gravity = gravityOf(plan.environment.gravity);
  const floor = sceneFloorOf(plan);
  const references = options.references ?? [];
  const entities = plan.cast.map((e, i) => resolveEntity(e, i, productTextureOf(plan, references, e.id)));
  const placements = placeEntities(entities, plan.actions, floor, { aspect: plan.canvas.width / plan.canvas.height, seed: plan.seed });

  const world = new R.World({ x: 0, y: -gravity, z: 0 });
  world.integrationParameters.dt = DT;
  const queue = new R.EventQueue(true);
  try {
    const run = new SimulationRun(R, world, plan, entities, floor, gravity, placements);
    const frames: FrameState[] = [];
    const positions: Vec3[][] = [];
    const rotations: Quat[][] = [];
    const sample = (f: number) => {
      const poses = run.poses();
      frames.push({ index: frameIndex(f), time: seconds(f / fps), camera: undefined as never, poses });
      positions.push(poses.map((p) => p.position));
      rotations.push(poses.map((p) => p.rotation));
    };
    sample(0);
    const totalSteps = (frameCount - 1) * stepsPerFrame;
    for (let n = 0; n < totalSteps; n++) {
      run.step(n, queue);
      if ((n + 1) % stepsPerFrame === 0) sample((n + 1) / stepsPerFrame);
    }
    const timelineEntities = entities.map((e) => e.timeline);
    const speech = spokenLinesOf(plan);
    const cameras = planCamera(plan, timelineEntities, positions, fps, rotations, speech);
    frames.forEach((f, i) => (f.camera = cameras[i] ?? cameras[cameras.length - 1]));
    run.finishContacts();
    const events = run.events
      .map((e) => ({ ...e, frame: frameIndex(Math.min(frameCount - 1, Math.round(e.time * fps))) }))
      .sort((a, b) => a.time - b.time) as TimelineEvent[];
    return {
      plan,
      fps,
      frameCount,
      duration: seconds(plan.canvas.duration),
      width: plan.canvas.width,
      height: plan.canvas.height,
      gravity,
      groundMaterial: floor.groundMaterial,
      entities: timelineEntities,
      frames,
      events,
      speech,
      ...(references.length > 0 ? { references: [...references] } : {}),
    };
  } finally {
    queue.free();
    world.free();
  }
}

