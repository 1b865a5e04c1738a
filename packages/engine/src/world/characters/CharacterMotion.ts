/**
 * Procedural motion of a character or animal: walking, running, jumping, waving, idling,
 * flying (birds) and swimming (fish, or a person in deep water). The character's body is a
 * kinematic collider that follows this motion, so it pushes loose objects out of its way.
 *
 * Without a direction or a target, characters go to the right (+x), across the picture. A
 * character that reaches a target that is itself on the move walks along with it.
 *
 * The motion advances in the simulation's fixed sub-steps. Each step it reports the centre,
 * the heading (the model's front, +Z, turned towards travel), the gait and its phase in
 * cycles, and calls back at every footfall.
 */
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { Action } from '../../plan/scenePlanSchema.ts';
import type { Gait } from '../../timeline/Timeline.ts';
import { flightPosition, type FlightPlan } from '../flight/flightPath.ts';
import { detCos, detSin } from '../math/deterministicTrig.ts';
import { yawQuatFromDirection } from '../math/rotations.ts';
import { horizontalDirection } from '../placement/placeEntities.ts';
import { characterProfileOf, strideRate, type CharacterProfile } from './characterProfile.ts';

export interface CharacterSetup {
  id: string;
  kind: string;
  size: number;
  /** Centre at the start. */
  start: Vec3;
  /** Horizontal heading at the start (unit x, z). */
  facing: [number, number];
  /** Half the character's height (centre to sole). */
  halfHeight: number;
  /** Horizontal radius, for stopping in front of a target. */
  radius: number;
  /** This character's actions, sorted by start time. */
  actions: readonly Action[];
  gravity: number;
  /** There is a floor to step on (not in space). */
  hasGround: boolean;
  /** Material under its feet (for footstep sounds). */
  groundMaterial: string;
  /** Swimming rather than walking (fish in water, a person in deep water). */
  swimming: boolean;
}

export interface Footfall {
  time: number;
  position: Vec3;
  material: string;
}

/** Where a target is right now, how far from its centre its edge reaches horizontally, and how it moves. */
export type TargetLookup = (id: string) => { position: Vec3; radius: number; velocity?: Vec3 } | undefined;

const TAU = 2 * Math.PI;
/** Share of the way to the new heading turned per 1/240 s step (about 70 ms to turn). */
const TURN_BLEND = 0.06;
const REJUMP_PAUSE = 0.15;
/** How quickly (1/s) someone keeping pace with a moving target closes on their place behind it. */
const PACE_PULL = 1.5;
/** Seconds a walk that starts beside its target waits for the target to set off before it counts as arrived. */
const SET_OFF_GRACE = 0.25;

export class CharacterMotion {
  readonly profile: CharacterProfile;
  readonly position: [number, number, number];
  readonly velocity: [number, number, number] = [0, 0, 0];
  facing: [number, number];
  gait: Gait;
  /** Cycles, in [0, 1). */
  phase = 0;
  /** Feet on the floor (not in the air, not swimming or flying). */
  grounded: boolean;
  yawRate = 0;
  private readonly setup: CharacterSetup;
  /** Centre height when standing on its support. */
  private baseY: number;
  private activeIndex = -1;
  private phaseTotal = 0;
  private jumpStart = -1;
  private jumpSpeed = 0;
  private landedAt = -1;
  private flight: FlightPlan | undefined;
  private spinAngle = 0;
  private spinFacing: [number, number] = [0, 1];
  /** Actions that ended by themselves (a single jump landed, a walk reached its target). */
  private readonly finished = new Set<number>();
  private readonly prev: [number, number, number];

  constructor(setup: CharacterSetup) {
    this.setup = setup;
    this.profile = characterProfileOf(setup.kind, setup.size);
    this.position = [setup.start[0], setup.start[1], setup.start[2]];
    this.prev = [setup.start[0], setup.start[1], setup.start[2]];
    this.facing = [setup.facing[0], setup.facing[1]];
    this.baseY = setup.start[1];
    this.gait = setup.swimming ? 'swim' : 'idle';
    this.grounded = setup.hasGround && !setup.swimming;
  }

  rotation(): Quat {
    return yawQuatFromDirection(this.facing[0], this.facing[1]);
  }

  /** The action running at time t: the latest-started one that has not finished. */
  private activeAt(t: number): number {
    const list = this.setup.actions;
    for (let i = list.length - 1; i >= 0; i--) {
      const a = list[i];
      if (a.start > t) continue;
      if (a.duration !== undefined && t >= a.start + a.duration) continue;
      if (this.finished.has(i)) continue;
      return i;
    }
    return -1;
  }

  private turnTowards(dx: number, dz: number): void {
    let fx = this.facing[0], fz = this.facing[1];
    if (fx * dx + fz * dz < -0.98) {
      // Turning right round: swing through the side instead of shrinking through zero.
      dx = dx + 0.3 * fz;
      dz = dz - 0.3 * fx;
    }
    fx += (dx - fx) * TURN_BLEND;
    fz += (dz - fz) * TURN_BLEND;
    const l = Math.sqrt(fx * fx + fz * fz);
    if (l > 1e-9) this.facing = [fx / l, fz / l];
  }

  /**
   * Move to the end of the step [t − dt, t]. `onFootfall` is called for every foot that
   * touches down during the step.
   */
  advance(t: number, dt: number, target: TargetLookup, onFootfall: (f: Footfall) => void): void {
    const s = this.setup;
    const p = this.profile;
    this.prev[0] = this.position[0];
    this.prev[1] = this.position[1];
    this.prev[2] = this.position[2];
    const index = this.activeAt(t);
    if (index !== this.activeIndex) {
      this.activeIndex = index;
      this.enter(index >= 0 ? s.actions[index] : undefined, t, target);
    }
    const action = index >= 0 ? s.actions[index] : undefined;
    const type = action?.type ?? 'idle';
    let rate = 0.25; // breathing when idle
    let gait: Gait = s.swimming ? 'swim' : 'idle';
    let stepping = false;
    let footfallsPerCycle = p.biped ? 2 : 4;
    this.yawRate = 0;

    if (this.flight) {
      const pos = flightPosition(this.flight, t);
      this.position[0] = pos[0];
      this.position[1] = pos[1];
      this.position[2] = pos[2];
      this.turnTowards(this.flight.heading[0], this.flight.heading[1]);
      gait = 'fly';
      rate = p.flapRate;
      this.grounded = false;
    } else if (type === 'walk' || type === 'run' || type === 'push') {
      const running = type === 'run';
      let speed = action?.speed ?? (running ? p.runSpeed : type === 'push' ? 0.7 * p.walkSpeed : p.walkSpeed);
      if (s.swimming) speed = action?.speed ?? (running ? Math.max(p.swimSpeed, p.runSpeed * 0.6) : p.swimSpeed);
      let [dx, dz] = horizontalDirection(action?.direction);
      let move = true;
      const goal = action?.target ? target(action.target) : undefined;
      if (goal) {
        const gx = goal.position[0] - this.position[0], gz = goal.position[2] - this.position[2];
        const dist = Math.sqrt(gx * gx + gz * gz);
        const stopAt = s.radius + goal.radius + 0.15;
        const gv = goal.velocity;
        const pace = gv ? Math.sqrt(gv[0] * gv[0] + gv[2] * gv[2]) : 0;
        if (type !== 'push' && dist <= stopAt + 0.5 && pace > 0.2) {
          // The target walks on (a person walking a dog): keep pace with it, no faster than we
          // can, drifting into place a lead's length behind it.
          const ux = gv![0] / pace, uz = gv![2] / pace;
          const bx = goal.position[0] - ux * stopAt - this.position[0];
          const bz = goal.position[2] - uz * stopAt - this.position[2];
          const vx = ux * pace + PACE_PULL * bx, vz = uz * pace + PACE_PULL * bz;
          const v = Math.sqrt(vx * vx + vz * vz);
          if (v > 1e-6) {
            dx = vx / v;
            dz = vz / v;
          }
          speed = Math.min(speed, v);
        } else if (type !== 'push' && dist <= stopAt + 0.01) {
          move = false;
          // Arrived; a target that has not set off yet (everyone starts together) gets a moment to.
          if (t >= (action?.start ?? 0) + SET_OFF_GRACE) this.finished.add(index);
        } else if (dist > 1e-6) {
          dx = gx / dist;
          dz = gz / dist;
          if (type !== 'push') speed = Math.min(speed, (dist - stopAt) / dt);
        }
      }
      if (move && speed > 0) {
        this.position[0] += dx * speed * dt;
        this.position[2] += dz * speed * dt;
        this.turnTowards(dx, dz);
        gait = s.swimming ? 'swim' : running ? 'run' : 'walk';
        rate = s.swimming ? 0.6 + speed : strideRate(speed, p.leg, running, p.biped);
        stepping = !s.swimming;
      }
    } else if (type === 'jump') {
      this.jumpStep(action!, index, t, dt, onFootfall);
    } else if (type === 'wave' || type === 'throw') {
      gait = s.swimming ? 'swim' : 'wave';
      rate = 1.2;
      const goal = action?.target ? target(action.target) : undefined;
      if (goal) {
        const gx = goal.position[0] - this.position[0], gz = goal.position[2] - this.position[2];
        const l = Math.sqrt(gx * gx + gz * gz);
        if (l > 1e-6) this.turnTowards(gx / l, gz / l);
      }
    } else if (type === 'spin') {
      const omega = TAU * (action?.speed ?? 1);
      this.spinAngle += omega * dt;
      const c = detCos(this.spinAngle), sn = detSin(this.spinAngle);
      // Turn the heading at the start of the spin by the spun angle about +Y.
      const [fx, fz] = this.spinFacing;
      this.facing = [fx * c + fz * sn, -fx * sn + fz * c];
      this.yawRate = omega;
    } else if (s.swimming) {
      rate = 0.8;
    }

    if (type !== 'jump' && !this.flight) {
      // Keep to the support height (landed, or never jumped).
      this.position[1] = this.baseY + (s.swimming ? 0.03 * detSin(TAU * 0.4 * t) : 0);
      this.grounded = s.hasGround && !s.swimming;
    }
    if (type !== 'jump') {
      this.gait = gait;
      const before = this.phaseTotal;
      this.phaseTotal += rate * dt;
      this.phase = this.phaseTotal - Math.floor(this.phaseTotal);
      if (stepping && this.grounded) {
        const k0 = Math.floor(before * footfallsPerCycle);
        const k1 = Math.floor(this.phaseTotal * footfallsPerCycle);
        for (let k = k0 + 1; k <= k1; k++) onFootfall(this.footfall(t, k));
      }
    }
    this.velocity[0] = (this.position[0] - this.prev[0]) / dt;
    this.velocity[1] = (this.position[1] - this.prev[1]) / dt;
    this.velocity[2] = (this.position[2] - this.prev[2]) / dt;
  }

  private enter(action: Action | undefined, t: number, target: TargetLookup): void {
    const s = this.setup;
    this.landedAt = -1;
    this.jumpStart = -1;
    if (action && action.type !== 'fly' && this.flight) {
      // Another action takes over from a flight: carry on from where the flight left off.
      // (When a flight simply runs out, the flier keeps hovering on its path.)
      this.baseY = this.position[1];
      this.flight = undefined;
    }
    if (!action) return;
    if (action.type === 'fly') {
      const [hx, hz] = horizontalDirection(action.direction);
      const goal = action.target ? target(action.target) : undefined;
      let heading: [number, number] = [hx, hz];
      if (goal) heading = horizontalDirection([goal.position[0] - this.position[0], 0, goal.position[2] - this.position[2]]);
      const floorY = this.baseY - (s.swimming ? 0 : s.halfHeight);
      this.flight = {
        start: action.start,
        duration: action.duration ?? Infinity,
        from: [this.position[0], this.position[1], this.position[2]],
        cruiseY: Math.max(this.position[1], floorY + (action.height ?? 2.5) + s.halfHeight),
        heading,
        speed: action.speed ?? this.profile.flySpeed,
        drift: [0, 0, 0],
        climbTime: 1.2,
        bobAmplitude: 0.12 * Math.sqrt(s.size),
        bobRate: 0.6,
      };
    } else if (action.type === 'jump') {
      this.baseY = this.position[1];
      const g = s.gravity;
      this.jumpSpeed = action.height !== undefined && g > 0 ? Math.sqrt(2 * g * action.height) : Math.sqrt(2 * 9.81 * this.profile.jumpHeight);
    } else if (action.type === 'spin') {
      this.spinAngle = 0;
      this.spinFacing = [this.facing[0], this.facing[1]];
    }
  }

  /** Ballistic flight from the support height and back down, repeated while the action lasts. */
  private jumpStep(action: Action, index: number, t: number, dt: number, onFootfall: (f: Footfall) => void): void {
    const g = this.setup.gravity;
    const s = this.setup;
    if (this.jumpStart < 0) {
      const again = action.duration !== undefined && this.landedAt >= 0 && t - this.landedAt >= REJUMP_PAUSE && t < action.start + action.duration;
      if (this.landedAt < 0) this.jumpStart = Math.max(t - dt, action.start);
      else if (again) this.jumpStart = t - dt;
      else {
        // Standing between jumps.
        this.grounded = s.hasGround;
        this.position[1] = this.baseY;
        this.gait = 'idle';
        return;
      }
    }
    const tau = t - this.jumpStart;
    const v0 = this.jumpSpeed;
    const airtime = g > 0 ? (2 * v0) / g : Infinity;
    this.gait = 'jump';
    if (tau >= airtime) {
      this.position[1] = this.baseY;
      this.jumpStart = -1;
      this.landedAt = t;
      this.grounded = s.hasGround;
      this.phase = 0;
      if (s.hasGround) onFootfall(this.footfall(t, 0));
      if (action.duration === undefined) this.finished.add(index);
      return;
    }
    this.grounded = false;
    this.phase = airtime === Infinity ? 0.5 : tau / airtime;
    this.position[1] = this.baseY + v0 * tau - 0.5 * g * tau * tau;
    const forward = action.speed ?? (action.direction ? 1.5 * Math.sqrt(s.size) : 0);
    if (forward > 0) {
      const [dx, dz] = horizontalDirection(action.direction ?? [this.facing[0], 0, this.facing[1]]);
      this.position[0] += dx * forward * dt;
      this.position[2] += dz * forward * dt;
      this.turnTowards(dx, dz);
    }
  }

  private footfall(t: number, k: number): Footfall {
    const s = this.setup;
    // The character's left is its local +X: (fz, −fx) in world x, z.
    const side = k % 2 === 0 ? 1 : -1;
    const off = 0.1 * s.size * side;
    return {
      time: t,
      position: [this.position[0] + this.facing[1] * off, this.position[1] - s.halfHeight, this.position[2] - this.facing[0] * off],
      material: s.groundMaterial,
    };
  }
}
