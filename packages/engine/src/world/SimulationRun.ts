/**
 * One simulation in progress: the Rapier world's bodies, the actions they perform, the
 * forces of air and water applied before every sub-step, and the events collected after it.
 * simulate() drives it sub-step by sub-step and samples poses at the frame rate.
 */
import type { Collider, RigidBody } from '@dimforge/rapier3d-deterministic-compat';
import type { Quat, Vec3 } from '../math/vec3.ts';
import { materialOf } from '../ontology/ontology.ts';
import type { Action, ScenePlan } from '../plan/scenePlanSchema.ts';
import type { ContactEvent, FootstepEvent, Pose, SplashEvent, TimelineEvent } from '../timeline/Timeline.ts';
import { frameIndex, seconds } from '../units/units.ts';
import {
  DEFAULT_BOUNCE_PUSH, DEFAULT_PUSH_SPEED, DEFAULT_ROLL_SPEED, jumpSpeed, rollingSpin, slideSpeed,
  throwAlong, throwAtTarget, toppleMotion,
} from './actions/launchVelocity.ts';
import { airDensityOf, windVelocity } from './air/windVelocity.ts';
import { CharacterMotion, type Footfall, type TargetLookup } from './characters/CharacterMotion.ts';
import { worldHalfExtents } from './entities/colliderGeometry.ts';
import type { PhysicalEntity } from './entities/resolveEntity.ts';
import { ContactTracker, type OpenContact } from './events/ContactTracker.ts';
import { flightPosition, type FlightPlan } from './flight/flightPath.ts';
import { dragForce, type Force3 } from './fluid/dragForce.ts';
import { yawQuatFromDirection } from './math/rotations.ts';
import { horizontalDirection } from './placement/placeEntities.ts';
import type { SceneFloor } from './placement/SceneFloor.ts';
import { colliderDescOf } from './rapier/colliderDescOf.ts';
import { groundRestitution } from './rapier/groundRestitution.ts';
import type { Rapier } from './rapier/loadRapier.ts';
import { heaveDamping } from './water/heaveDamping.ts';
import { emptySubmersion, submersionOf } from './water/submersion.ts';

const EARTH_GRAVITY = 9.81;
/** Physics sub-steps per second. */
export const STEP_RATE = 240;
export const DT = 1 / STEP_RATE;
/** Contact-force events below (mass × this) newtons are resting contact, not impacts (≈ 0.1 m/s in one step). */
const FORCE_EVENT_PER_KG = 0.1 * STEP_RATE;
const GROUND = -1;
/** Actions that let go of something held still until they start. */
const RELEASE_ACTIONS = new Set(['fall', 'drop', 'throw', 'bounce', 'sink']);
/** Linear and angular damping (1/s) of a body fully under water. */
const WATER_LINEAR_DAMPING = 1.5;
const WATER_ANGULAR_DAMPING = 2.5;
const SPLASH_MIN_SPEED = 0.5;
/** Below this closing speed an impact does not bounce (resting contact). */
const BOUNCE_MIN_SPEED = 0.3;
const SPLASH_COOLDOWN = 0.3;
/** m/s of a ball bowled at pins or dominoes when the plan gives no speed. */
const SET_PIECE_ROLL_SPEED = 4.5;
const DEFAULT_DRIVE_SPEED: Readonly<Record<string, number>> = { car: 5, bicycle: 4, boat: 2, airplane: 8 };
const DEFAULT_FLY: Readonly<Record<string, { speed: number; height: number }>> = {
  airplane: { speed: 8, height: 5 }, drone: { speed: 1.5, height: 2 }, balloon: { speed: 0.3, height: 3 },
};

type Mode = 'dynamic' | 'held' | 'flying' | 'character' | 'static';

interface Body {
  entity: PhysicalEntity;
  body: RigidBody;
  collider: Collider;
  mode: Mode;
  actions: Action[];
  motion?: CharacterMotion;
  flight?: FlightPlan;
  flightFacing?: Quat;
  /** Pre-step state: centre, rotation, velocity, angular velocity. */
  p: [number, number, number];
  q: [number, number, number, number];
  v: [number, number, number];
  w: [number, number, number];
  submerged: number;
  lastSplash: number;
  hadForces: boolean;
  damping: number;
  touching: number;
  halfHeight: number;
  radius: number;
  restitution: number;
  /** A ball: Rapier bounces it itself (see onContactForce). */
  roundBounce: boolean;
  /** Horizontal cross-section at the waterline (m²), for damping the bobbing of floating things. */
  waterplane: number;
}

/** One simulation in progress: the bodies, their actions and the events so far. */
export class SimulationRun {
  readonly events: TimelineEvent[] = [];
  private readonly bodies: Body[] = [];
  private readonly byHandle = new Map<number, number>();
  private readonly starts: { step: number; body: number; action: Action }[] = [];
  private nextStart = 0;
  private readonly tracker = new ContactTracker();
  /** Every contact started, with the impact whose impulse keeps adding up over its sub-steps. */
  private readonly contacts: [OpenContact, ContactEvent][] = [];
  private readonly wind: Vec3;
  private readonly groundBounce: number;
  private readonly airDensity: number;
  private readonly force: Force3 = { x: 0, y: 0, z: 0 };
  private readonly vec = { x: 0, y: 0, z: 0 };
  private readonly point = { x: 0, y: 0, z: 0 };
  private readonly normal = { x: 0, y: 1, z: 0 };
  private readonly sub = emptySubmersion();
  private readonly lookup: TargetLookup;
  private readonly entityIndex: Map<string, number>;

  constructor(
    private readonly R: Rapier,
    private readonly world: InstanceType<Rapier['World']>,
    private readonly plan: ScenePlan,
    entities: readonly PhysicalEntity[],
    private readonly floor: SceneFloor,
    private readonly gravity: number,
    placements: readonly { position: Vec3; rotation: Quat }[],
  ) {
    this.wind = windVelocity(plan.environment.wind);
    this.airDensity = airDensityOf(plan.environment);
    this.groundBounce = floor.hasGround ? groundRestitution(floor.groundMaterial) : 0;
    this.entityIndex = new Map(entities.map((e, i) => [e.source.id, i]));
    this.createGround();
    const actionsOf = entities.map(() => [] as Action[]);
    plan.actions.forEach((a) => {
      const i = this.entityIndex.get(a.entity);
      if (i !== undefined) actionsOf[i].push(a);
    });
    actionsOf.forEach((list) => sortByStart(list));
    entities.forEach((e, i) => this.createBody(e, placements[i], actionsOf[i]));
    this.lookup = (id) => {
      const i = this.entityIndex.get(id);
      if (i === undefined) return undefined;
      const b = this.bodies[i];
      return { position: b.p, radius: b.radius, velocity: b.v };
    };
    // Timed actions of loose objects, in time order (plan order for equal times).
    this.bodies.forEach((b, i) => {
      if (b.mode === 'character' || b.mode === 'static') return;
      for (const action of b.actions) this.starts.push({ step: Math.round(action.start * STEP_RATE), body: i, action });
    });
    this.starts.sort((a, b) => a.step - b.step || a.body - b.body);
  }

  private createGround(): void {
    const f = this.floor;
    if (!f.hasGround) return;
    const R = this.R;
    const material = materialOf(f.groundMaterial);
    const desc = R.ColliderDesc.cuboid(500, 1, 500)
      .setTranslation(0, f.groundY - 1, 0)
      .setFriction(material.friction)
      .setRestitution(groundRestitution(f.groundMaterial))
      .setRestitutionCombineRule(R.CoefficientCombineRule.Multiply)
      .setContactForceEventThreshold(1e30);
    const c = this.world.createCollider(desc);
    this.byHandle.set(c.handle, GROUND);
    if (f.ceilingY !== undefined) {
      // The room's ceiling: a balloon let go indoors rises until it bumps against it.
      const top = R.ColliderDesc.cuboid(500, 1, 500)
        .setTranslation(0, f.ceilingY + 1, 0)
        .setFriction(0.4)
        .setRestitution(0.2)
        .setContactForceEventThreshold(1e30);
      this.byHandle.set(this.world.createCollider(top).handle, GROUND);
    }
  }

  private createBody(e: PhysicalEntity, placement: { position: Vec3; rotation: Quat }, actions: Action[]): void {
    const R = this.R;
    const t = e.timeline;
    const [x, y, z] = placement.position;
    const q = placement.rotation;
    let mode: Mode = t.mobility === 'static' ? 'static' : t.mobility === 'character' ? 'character' : 'dynamic';
    if (mode === 'dynamic') {
      const firstRelease = actions.find((a) => RELEASE_ACTIONS.has(a.type));
      if (firstRelease && firstRelease.start > 0 && actions[0] === firstRelease) mode = 'held';
    }
    const desc =
      mode === 'static' ? R.RigidBodyDesc.fixed()
      : mode === 'dynamic' ? R.RigidBodyDesc.dynamic().setCcdEnabled(true)
      : R.RigidBodyDesc.kinematicPositionBased();
    desc.setTranslation(x, y, z).setRotation({ x: q[0], y: q[1], z: q[2], w: q[3] });
    desc.setAngularDamping(0.05 + 0.3 * e.roughness);
    const body = this.world.createRigidBody(desc);
    const bouncy = actions.some((a) => a.type === 'bounce');
    const restitution = bouncy ? Math.max(e.restitution, 0.75) : e.restitution;
    const roundBounce = t.collider.shape === 'ball';
    const cdesc = colliderDescOf(R, t.collider)
      .setMass(t.mass)
      .setFriction(e.friction)
      .setRestitution(roundBounce ? restitution : 0)
      .setRestitutionCombineRule(R.CoefficientCombineRule.Multiply)
      .setActiveEvents(R.ActiveEvents.COLLISION_EVENTS | R.ActiveEvents.CONTACT_FORCE_EVENTS)
      .setContactForceEventThreshold(mode === 'static' ? 1e30 : t.mass * FORCE_EVENT_PER_KG);
    const collider = this.world.createCollider(cdesc, body);
    const index = this.bodies.length;
    this.byHandle.set(collider.handle, index);
    const h = worldHalfExtents(t.collider, q);
    const b: Body = {
      entity: e, body, collider, mode, actions,
      p: [x, y, z], q: [q[0], q[1], q[2], q[3]], v: [0, 0, 0], w: [0, 0, 0],
      submerged: 0, lastSplash: -Infinity, hadForces: false, damping: 0, touching: 0,
      halfHeight: h[1], radius: Math.max(h[0], h[2]),
      waterplane: e.volume / (2 * h[1]),
      restitution, roundBounce,
    };
    if (mode === 'character') {
      const w = this.floor.water;
      const fish = t.kind === 'fish';
      // In the water when it does not stand on the bottom and is not clear of the surface.
      const swimming = w !== undefined && (fish || (y - h[1] > this.floor.groundY + 0.05 && y < w.level + h[1]));
      const rel = e.source.placement;
      let groundMaterial = this.floor.groundMaterial;
      if (rel.type === 'relation' && (rel.relation === 'on' || rel.relation === 'in')) {
        const ti = this.entityIndex.get(rel.target);
        if (ti !== undefined) groundMaterial = this.plan.cast[ti].material;
      }
      // Facing: the placement's turn (towards the first move), else the camera (+Z).
      const fx = 2 * (q[0] * q[2] + q[3] * q[1]);
      const fz = 1 - 2 * (q[0] * q[0] + q[1] * q[1]);
      const fl = Math.sqrt(fx * fx + fz * fz) || 1;
      b.motion = new CharacterMotion({
        id: t.id, kind: t.kind, size: t.size, start: [x, y, z], facing: [fx / fl, fz / fl],
        halfHeight: h[1], radius: Math.max(h[0], h[2]), actions, gravity: this.gravity,
        hasGround: this.floor.hasGround, groundMaterial, swimming,
      });
    }
    this.bodies.push(b);
  }

  /** Advance from sub-step n to n + 1. */
  step(n: number, queue: InstanceType<Rapier['EventQueue']>): void {
    const t0 = n / STEP_RATE;
    const t1 = (n + 1) / STEP_RATE;
    while (this.nextStart < this.starts.length && this.starts[this.nextStart].step <= n) {
      const s = this.starts[this.nextStart++];
      this.begin(this.bodies[s.body], s.action, t0);
    }
    for (let i = 0; i < this.bodies.length; i++) {
      const b = this.bodies[i];
      switch (b.mode) {
        case 'dynamic': this.applyForces(b, t0); break;
        case 'character': this.moveCharacter(b, t1); break;
        case 'flying': this.fly(b, t1); break;
        default: break;
      }
    }
    this.world.step(queue);
    queue.drainCollisionEvents((h1, h2, started) => {
      const a = this.byHandle.get(h1), c = this.byHandle.get(h2);
      const d = started ? 1 : -1;
      if (a !== undefined && a >= 0) this.bodies[a].touching = Math.max(0, this.bodies[a].touching + d);
      if (c !== undefined && c >= 0) this.bodies[c].touching = Math.max(0, this.bodies[c].touching + d);
    });
    queue.drainContactForceEvents((event) => {
      const h1 = event.collider1(), h2 = event.collider2();
      const a = this.byHandle.get(h1), c = this.byHandle.get(h2);
      if (a === undefined || c === undefined) return;
      // totalForce is the force on collider 2.
      const f = event.totalForce();
      this.onContactForce(n, t1, a, c, h1, h2, f.x * DT, f.y * DT, f.z * DT, event.totalForceMagnitude() * DT);
    });
  }

  /** An action of a loose object starts now. */
  private begin(b: Body, a: Action, t: number): void {
    const R = this.R;
    const body = b.body;
    const g = this.gravity;
    const e = b.entity;
    if (b.mode === 'held' && a.type !== 'fly') {
      body.setBodyType(R.RigidBodyType.Dynamic, true);
      body.setLinvel({ x: 0, y: 0, z: 0 }, true);
      body.setAngvel({ x: 0, y: 0, z: 0 }, true);
      b.mode = 'dynamic';
    }
    const wake = true;
    switch (a.type) {
      case 'fall':
      case 'drop':
      case 'float':
      case 'sink':
      case 'wave':
      case 'idle':
        break;
      case 'bounce':
        body.setLinvel({ x: b.v[0], y: b.v[1] - (a.speed ?? DEFAULT_BOUNCE_PUSH), z: b.v[2] }, wake);
        break;
      case 'throw': {
        const target = a.target ? this.bodies[this.entityIndex.get(a.target) ?? -1] : undefined;
        const v = target && target !== b
          ? throwAtTarget(b.p, target.p, g, a.speed, a.height)
          : throwAlong(a.direction, g, a.speed, a.height);
        body.setLinvel({ x: v[0], y: v[1], z: v[2] }, wake);
        // A little tumble, as thrown things have.
        const [dx, dz] = horizontalDirection([v[0], 0, v[2]]);
        body.setAngvel({ x: -dz * 2, y: 0.5, z: dx * 2 }, wake);
        break;
      }
      case 'roll': {
        const [dx, dz] = this.towards(b, a);
        if (drives(e)) {
          // A car or a bicycle that "rolls" drives: held at its speed every step (applyForces).
          const s = a.speed ?? DEFAULT_DRIVE_SPEED[e.timeline.kind] ?? DEFAULT_ROLL_SPEED;
          body.setLinvel({ x: dx * s, y: b.v[1], z: dz * s }, wake);
          break;
        }
        const s = a.speed ?? (this.aimsAtSetPiece(a) ? SET_PIECE_ROLL_SPEED : DEFAULT_ROLL_SPEED);
        const v: Vec3 = [dx * s, 0, dz * s];
        const c = e.timeline.collider;
        const r = c.shape === 'ball' || c.shape === 'cylinder' || c.shape === 'capsule' ? c.radius : b.halfHeight;
        const w = rollingSpin(v, r);
        body.setLinvel({ x: v[0], y: b.v[1], z: v[2] }, wake);
        body.setAngvel({ x: w[0], y: w[1], z: w[2] }, wake);
        break;
      }
      case 'slide': {
        const [dx, dz] = this.towards(b, a);
        const mu = (e.friction + (this.floor.hasGround ? materialOf(this.floor.groundMaterial).friction : e.friction)) / 2;
        const s = a.speed ?? slideSpeed(mu, g);
        body.setLinvel({ x: dx * s, y: b.v[1], z: dz * s }, wake);
        body.setAngvel({ x: 0, y: 0, z: 0 }, wake);
        break;
      }
      case 'push': {
        const [dx, dz] = this.towards(b, a);
        const s = a.speed ?? DEFAULT_PUSH_SPEED;
        const m = e.timeline.mass;
        body.applyImpulse({ x: dx * s * m, y: 0, z: dz * s * m }, wake);
        break;
      }
      case 'topple': {
        // Without a direction, something thin (a domino) falls over its thin side, the way its front faces.
        const [dx, dz] = a.direction || a.target ? this.towards(b, a) : toppleDirection(e, b.q);
        const h = worldHalfExtents(e.timeline.collider, b.q);
        const halfWidth = Math.abs(dx) * h[0] + Math.abs(dz) * h[2];
        const m = toppleMotion(dx, dz, halfWidth, h[1], g);
        body.setLinvel({ x: m.linvel[0], y: m.linvel[1], z: m.linvel[2] }, wake);
        body.setAngvel({ x: m.angvel[0], y: m.angvel[1], z: m.angvel[2] }, wake);
        break;
      }
      case 'jump': {
        const v = jumpSpeed(g > 0 ? g : 9.81, a.height ?? 0.5);
        body.setLinvel({ x: b.v[0], y: b.v[1] + v, z: b.v[2] }, wake);
        break;
      }
      case 'spin': {
        const omega = 2 * Math.PI * (a.speed ?? 1);
        body.setAngvel({ x: b.w[0], y: omega, z: b.w[2] }, wake);
        break;
      }
      case 'walk':
      case 'run':
        body.wakeUp(); // driven every step in applyForces
        break
      case 'fly': {
        const kind = e.timeline.kind;
        const defaults = DEFAULT_FLY[kind] ?? { speed: 2, height: 2 };
        const goal = a.target ? this.bodies[this.entityIndex.get(a.target) ?? -1] : undefined;
        const heading = goal && goal !== b
          ? horizontalDirection([goal.p[0] - b.p[0], 0, goal.p[2] - b.p[2]])
          : horizontalDirection(a.direction);
        const floorY = this.floor.water ? this.floor.water.level : this.floor.groundY;
        const balloon = kind === 'balloon';
        b.flight = {
          start: t,
          duration: a.duration ?? Infinity,
          from: [b.p[0], b.p[1], b.p[2]],
          cruiseY: Math.min(
            Math.max(b.p[1], floorY + (a.height ?? defaults.height) + b.halfHeight),
            this.floor.ceilingY !== undefined ? Math.max(b.p[1], this.floor.ceilingY - b.halfHeight - 0.15) : Infinity,
          ),
          heading,
          speed: a.speed ?? defaults.speed,
          drift: balloon ? [this.wind[0] * 0.8, 0, this.wind[2] * 0.8] : [0, 0, 0],
          climbTime: balloon ? 4 : kind === 'airplane' ? 2.5 : 1.2,
          bobAmplitude: 0.08 * Math.sqrt(e.timeline.size),
          bobRate: balloon ? 0.3 : 0.6,
        };
        b.flightFacing = balloon ? [b.q[0], b.q[1], b.q[2], b.q[3]] : yawQuatFromDirection(heading[0], heading[1]);
        body.setBodyType(R.RigidBodyType.KinematicPositionBased, true);
        b.mode = 'flying';
        break;
      }
    }
  }

  /** A roll aimed at a bowling pin or a domino: a proper bowl, not a nudge. */
  private aimsAtSetPiece(a: Action): boolean {
    const ti = a.target === undefined ? undefined : this.entityIndex.get(a.target);
    return ti !== undefined && this.bodies[ti]?.entity.kind.arrangement !== undefined;
  }

  /** Horizontal direction of an action: towards its target if it has one, else its direction (default +x). */
  private towards(b: Body, a: Action): [number, number] {
    if (a.target) {
      const ti = this.entityIndex.get(a.target);
      if (ti !== undefined && this.bodies[ti] !== b) {
        const p = this.bodies[ti].p;
        return horizontalDirection([p[0] - b.p[0], 0, p[2] - b.p[2]]);
      }
    }
    return horizontalDirection(a.direction);
  }

  /** Read a dynamic body's state and apply air, water, lift and ongoing actions. */
  private applyForces(b: Body, t: number): void {
    const body = b.body;
    const e = b.entity;
    const water = this.floor.water;
    const windy = this.airDensity > 0 && (this.wind[0] !== 0 || this.wind[2] !== 0);
    const lifting = e.liftN > 0 && this.airDensity > 0 && this.gravity > 0;
    const sleeping = body.isSleeping();
    if (sleeping && !windy && !lifting && !water) {
      b.v[0] = b.v[1] = b.v[2] = 0;
      b.w[0] = b.w[1] = b.w[2] = 0;
      return;
    }
    const tr = body.translation(), rot = body.rotation(), lv = body.linvel(), av = body.angvel();
    b.p[0] = tr.x; b.p[1] = tr.y; b.p[2] = tr.z;
    b.q[0] = rot.x; b.q[1] = rot.y; b.q[2] = rot.z; b.q[3] = rot.w;
    b.v[0] = lv.x; b.v[1] = lv.y; b.v[2] = lv.z;
    b.w[0] = av.x; b.w[1] = av.y; b.w[2] = av.z;
    if (b.hadForces) {
      body.resetForces(false);
      body.resetTorques(false);
      b.hadForces = false;
    }
    const m = e.timeline.mass;
    let fx = 0, fy = 0, fz = 0;
    let frac = 0;
    if (water) {
      const s = submersionOf(e.timeline.collider, e.volume, tr.x, tr.y, tr.z, rot.x, rot.y, rot.z, rot.w, water.level, this.sub);
      frac = s.fraction;
      if (frac > 0 && b.submerged === 0 && -lv.y >= SPLASH_MIN_SPEED && t - b.lastSplash > SPLASH_COOLDOWN) {
        this.splash(b, t, -lv.y);
      }
      b.submerged = frac;
      if (frac > 0) {
        const buoyancy = water.density * this.gravity * s.volume;
        this.vec.x = 0; this.vec.y = buoyancy; this.vec.z = 0;
        this.point.x = s.cx; this.point.y = s.cy; this.point.z = s.cz;
        body.addForceAtPoint(this.vec, this.point, true);
        b.hadForces = true;
        const d = dragForce(-lv.x, -lv.y, -lv.z, water.density, e.dragArea, frac, m, DT, this.force);
        fx += d.x; fy += d.y; fz += d.z;
        if (frac < 1) fy += heaveDamping(lv.y, water.density * this.gravity * b.waterplane, m, DT);
        if (this.activeAction(b, 'sink', t) && e.density < water.density * 1.1) {
          // Waterlogged: it goes down as the plan says, a little heavier than the water it displaces.
          fy -= (water.density * 1.1 * e.volume - m) * this.gravity * frac;
        }
      }
      const damping = frac;
      if (Math.abs(damping - b.damping) > 0.02 || (damping === 0 && b.damping !== 0)) {
        b.damping = damping;
        body.setLinearDamping(WATER_LINEAR_DAMPING * damping);
        body.setAngularDamping(0.05 + 0.3 * e.roughness + WATER_ANGULAR_DAMPING * damping);
      }
    }
    if (this.airDensity > 0 && frac < 1) {
      const d = dragForce(this.wind[0] - lv.x, this.wind[1] - lv.y, this.wind[2] - lv.z, this.airDensity, e.dragArea, 1 - frac, m, DT, this.force);
      fx += d.x; fy += d.y; fz += d.z;
    }
    // Buoyancy in air scales with gravity: the kind's lift is given for Earth.
    if (lifting) fy += e.liftN * (this.gravity / EARTH_GRAVITY) * (1 - frac);
    // Ongoing actions: a spin keeps turning, a vehicle keeps driving.
    for (const a of b.actions) {
      if (a.start > t || (a.duration !== undefined && t >= a.start + a.duration)) continue;
      if (a.type === 'spin') {
        this.vec.x = av.x; this.vec.y = 2 * Math.PI * (a.speed ?? 1); this.vec.z = av.z;
        body.setAngvel(this.vec, true);
      } else if (a.type === 'walk' || a.type === 'run' || (a.type === 'roll' && drives(e))) {
        const [dx, dz] = this.towards(b, a);
        const base = DEFAULT_DRIVE_SPEED[e.timeline.kind] ?? 1;
        const s = a.speed ?? (a.type === 'run' ? 2 * base : base);
        this.vec.x = dx * s; this.vec.y = lv.y; this.vec.z = dz * s;
        body.setLinvel(this.vec, true);
      }
    }
    if (fx !== 0 || fy !== 0 || fz !== 0) {
      this.vec.x = fx; this.vec.y = fy; this.vec.z = fz;
      // Tiny forces (a resting object in still air) must not keep it awake.
      body.addForce(this.vec, windy || lifting || frac > 0 || !sleeping);
      b.hadForces = true;
    }
  }

  private activeAction(b: Body, type: Action['type'], t: number): boolean {
    return b.actions.some((a) => a.type === type && a.start <= t && (a.duration === undefined || t < a.start + a.duration));
  }

  private splash(b: Body, t: number, speed: number): void {
    const water = this.floor.water!;
    b.lastSplash = t;
    const event: SplashEvent = {
      type: 'splash', time: seconds(t), frame: frameIndex(0), entity: b.entity.timeline.id,
      position: [b.p[0], water.level, b.p[2]], speed, mass: b.entity.timeline.mass,
    };
    this.events.push(event);
  }

  private moveCharacter(b: Body, t1: number): void {
    const motion = b.motion!;
    motion.advance(t1, DT, this.lookup, (f: Footfall) => this.footstep(b, f));
    const p = motion.position;
    // Pre-step state for contacts: the velocity this step moves with.
    b.v[0] = motion.velocity[0]; b.v[1] = motion.velocity[1]; b.v[2] = motion.velocity[2];
    b.w[0] = 0; b.w[1] = motion.yawRate; b.w[2] = 0;
    const q = motion.rotation();
    this.vec.x = p[0]; this.vec.y = p[1]; this.vec.z = p[2];
    b.body.setNextKinematicTranslation(this.vec);
    b.body.setNextKinematicRotation({ x: q[0], y: q[1], z: q[2], w: q[3] });
    if (this.floor.water) {
      const s = submersionOf(b.entity.timeline.collider, b.entity.volume, p[0], p[1], p[2], q[0], q[1], q[2], q[3], this.floor.water.level, this.sub);
      if (s.fraction > 0 && b.submerged === 0 && -motion.velocity[1] >= SPLASH_MIN_SPEED && t1 - b.lastSplash > SPLASH_COOLDOWN) {
        this.splash(b, t1, -motion.velocity[1]);
      }
      b.submerged = s.fraction;
    }
    b.p[0] = p[0]; b.p[1] = p[1]; b.p[2] = p[2];
    b.q[0] = q[0]; b.q[1] = q[1]; b.q[2] = q[2]; b.q[3] = q[3];
  }

  private footstep(b: Body, f: Footfall): void {
    const event: FootstepEvent = {
      type: 'footstep', time: seconds(f.time), frame: frameIndex(0), entity: b.entity.timeline.id,
      position: f.position, material: f.material,
    };
    this.events.push(event);
  }

  private fly(b: Body, t1: number): void {
    const plan = b.flight!;
    const p = flightPosition(plan, t1);
    const q = b.flightFacing!;
    b.v[0] = (p[0] - b.p[0]) / DT; b.v[1] = (p[1] - b.p[1]) / DT; b.v[2] = (p[2] - b.p[2]) / DT;
    b.w[0] = b.w[1] = b.w[2] = 0;
    this.vec.x = p[0]; this.vec.y = p[1]; this.vec.z = p[2];
    b.body.setNextKinematicTranslation(this.vec);
    b.body.setNextKinematicRotation({ x: q[0], y: q[1], z: q[2], w: q[3] });
    b.p[0] = p[0]; b.p[1] = p[1]; b.p[2] = p[2];
    b.q[0] = q[0]; b.q[1] = q[1]; b.q[2] = q[2]; b.q[3] = q[3];
  }

  private onContactForce(n: number, t1: number, a: number, c: number, h1: number, h2: number, jx: number, jy: number, jz: number, impulse: number): void {
    // Put the body first and the ground (if any) second; (jx, jy, jz) becomes the impulse on the first.
    if (a === GROUND || (c !== GROUND && c < a)) {
      [a, c] = [c, a];
      [h1, h2] = [h2, h1];
    } else {
      jx = -jx; jy = -jy; jz = -jz;
    }
    const A = this.bodies[a];
    const C = c === GROUND ? undefined : this.bodies[c];
    const j = Math.sqrt(jx * jx + jy * jy + jz * jz);
    if (j === 0) return;
    const point = this.contactPoint(h1, h2, A, jx / j, jy / j, jz / j);
    // The contact normal, turned to push A away from C; the normal part of the impulse.
    const m = this.normal;
    const jn = jx * m.x + jy * m.y + jz * m.z;
    const nx = m.x, ny = m.y, nz = m.z;
    // Closing speed at the contact point along the push, from the velocities before this step.
    const va = pointVelocity(A, point);
    const vc: Vec3 = C ? pointVelocity(C, point) : [0, 0, 0];
    const closing = Math.max(0, -((va[0] - vc[0]) * nx + (va[1] - vc[1]) * ny + (va[2] - vc[2]) * nz));
    const impact = this.tracker.observe(ContactTracker.pairKey(a, c), n, impulse, closing);
    if (!impact) return;
    if (impact.started) {
      const event: ContactEvent = {
        type: 'contact', time: seconds(t1), frame: frameIndex(0),
        a: A.entity.timeline.id, b: C ? C.entity.timeline.id : 'ground',
        materials: [A.entity.timeline.material, C ? C.entity.timeline.material : this.floor.groundMaterial],
        impulse, normalSpeed: closing, position: point,
      };
      this.contacts.push([impact.contact, event]);
      this.events.push(event);
    }
    // Flat faces: Rapier's per-point restitution sets a box landing flat spinning, so their
    // colliders have restitution 0 and the bounce is given here, at the middle of the contact.
    if (!A.roundBounce || (C !== undefined && !C.roundBounce)) {
      const e = A.restitution * (C ? C.restitution : this.groundBounce);
      if (e > 0 && jn > 0 && impact.contact.normalSpeed >= BOUNCE_MIN_SPEED) {
        const k = e * jn;
        impact.contact.impulse += k;
        this.point.x = point[0]; this.point.y = point[1]; this.point.z = point[2];
        if (A.mode === 'dynamic') {
          this.vec.x = k * nx; this.vec.y = k * ny; this.vec.z = k * nz;
          A.body.applyImpulseAtPoint(this.vec, this.point, true);
        }
        if (C && C.mode === 'dynamic') {
          this.vec.x = -k * nx; this.vec.y = -k * ny; this.vec.z = -k * nz;
          C.body.applyImpulseAtPoint(this.vec, this.point, true);
        }
      }
    }
  }

  /** Contact impulses summed over the sub-steps of each impact. */
  finishContacts(): void {
    for (const [open, event] of this.contacts) event.impulse = open.impulse;
  }

  /**
   * Where two colliders touch (the middle of the solver contacts, else the body's surface
   * along the push) and, in this.normal, the contact normal oriented along (ux, uy, uz),
   * the direction of the push on A.
   */
  private contactPoint(h1: number, h2: number, A: Body, ux: number, uy: number, uz: number): Vec3 {
    let sx = 0, sy = 0, sz = 0, count = 0;
    let found = false;
    const m = this.normal;
    this.world.narrowPhase.contactPair(h1, h2, this.world.bodies, (manifold) => {
      const k = manifold.numSolverContacts();
      if (k > 0 && !found) {
        manifold.normal(m);
        found = true;
      }
      for (let i = 0; i < k; i++) {
        const p = manifold.solverContactPoint(i);
        if (!p) continue;
        sx += p.x; sy += p.y; sz += p.z;
        count++;
      }
    });
    if (!found) {
      m.x = ux; m.y = uy; m.z = uz;
    } else if (m.x * ux + m.y * uy + m.z * uz < 0) {
      m.x = -m.x; m.y = -m.y; m.z = -m.z;
    }
    if (count > 0) return [sx / count, sy / count, sz / count];
    const r = A.entity.timeline.boundingRadius;
    return [A.p[0] - ux * r, A.p[1] - uy * r, A.p[2] - uz * r];
  }

  /** The pose of every entity now. */
  poses(): Pose[] {
    const water = this.floor.water;
    return this.bodies.map((b): Pose => {
      const e = b.entity.timeline;
      let position: Vec3, rotation: Quat, velocity: Vec3, angularVelocity: Vec3;
      if (b.mode === 'dynamic' || b.mode === 'held') {
        const tr = b.body.translation(), r = b.body.rotation(), v = b.body.linvel(), w = b.body.angvel();
        position = [tr.x, tr.y, tr.z];
        rotation = [r.x, r.y, r.z, r.w];
        velocity = [v.x, v.y, v.z];
        angularVelocity = [w.x, w.y, w.z];
      } else {
        position = [b.p[0], b.p[1], b.p[2]];
        rotation = [b.q[0], b.q[1], b.q[2], b.q[3]];
        velocity = [b.v[0], b.v[1], b.v[2]];
        angularVelocity = [b.w[0], b.w[1], b.w[2]];
      }
      let submerged = 0;
      if (water) {
        const s = submersionOf(e.collider, b.entity.volume, position[0], position[1], position[2], rotation[0], rotation[1], rotation[2], rotation[3], water.level, this.sub);
        submerged = s.fraction;
      }
      const pose: Pose = {
        position, rotation, velocity, angularVelocity,
        inContact: b.touching > 0 || (b.motion?.grounded ?? false),
        submerged,
      };
      if (b.motion) {
        pose.gait = b.motion.gait;
        pose.gaitPhase = b.motion.phase;
      } else if (b.mode === 'flying' && e.mobility === 'character') {
        pose.gait = 'fly';
      }
      return pose;
    });
  }
}

/** Vehicles that drive on their wheels rather than tumble when they roll. */
function drives(e: PhysicalEntity): boolean {
  return e.kind.category === 'vehicle' && e.timeline.kind in DEFAULT_DRIVE_SPEED && e.timeline.kind !== 'airplane';
}

/**
 * Which way a standing object tips when nothing says: over its thinnest side, towards its
 * front (its collider's +z turned by its rotation), for flat things like a domino whose
 * thin side is z; otherwise to the right (+x).
 */
export function toppleDirection(e: PhysicalEntity, q: Quat): [number, number] {
  const c = e.timeline.collider;
  if (c.shape !== 'box' || c.size[2] >= c.size[0]) return [1, 0];
  const [x, y, z, w] = q;
  // The rotated +z axis: third column of the rotation matrix.
  return horizontalDirection([2 * (x * z + w * y), 0, 1 - 2 * (x * x + y * y)]);
}

function sortByStart(list: Action[]): void {
  const order = new Map(list.map((a, i) => [a, i]));
  list.sort((a, b) => a.start - b.start || order.get(a)! - order.get(b)!);
}

/** Velocity of a body's material point at `p` (before the step): v + ω × (p − centre). */
function pointVelocity(b: Body, p: Vec3): Vec3 {
  const rx = p[0] - b.p[0], ry = p[1] - b.p[1], rz = p[2] - b.p[2];
  const w = b.w;
  return [b.v[0] + w[1] * rz - w[2] * ry, b.v[1] + w[2] * rx - w[0] * rz, b.v[2] + w[0] * ry - w[1] * rx];
}
