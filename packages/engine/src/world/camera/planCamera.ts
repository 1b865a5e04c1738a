/**
 * Camera poses for every frame, from the plan's framing and moves and the cast's positions.
 *
 * The shot is fitted to the subject (the plan's camera subject — a whole domino chain or pin
 * rack when the subject is one of its pieces — or the whole cast) over the whole clip, for
 * the frame's aspect ratio, seen from the front (+Z) and from above: steeper in a tall frame,
 * so the ground and the action fill it and the horizon sits high. Indoors the camera stays
 * under the room's ceiling. Moves then act over their own time windows with eased starts and
 * stops and compose: orbit turns around the subject, dolly changes the distance, pan and tilt
 * turn the lens, follow carries the shot with a followed entity (critically damped) and
 * frames whoever goes along with it, seen a little from the side it heads to; handheld adds a
 * seeded wander. When something travels so far that fitting its whole journey would leave
 * everything tiny, the camera follows it even if the plan asked for no move. When members of
 * the cast speak and the plan names no subject and no moves, the camera frames the speaker
 * (speakerShots.ts).
 * A pure function of its inputs.
 */
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { CameraMove, ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { CameraPose, TimelineEntity } from '../../timeline/Timeline.ts';
import { radians } from '../../units/units.ts';
import { settingOf } from '../../ontology/ontology.ts';
import { sceneFloorOf } from '../placement/SceneFloor.ts';
import { easeInOut, moveProgress } from './easeInOut.ts';
import { fitDistance } from './fitDistance.ts';
import { followCompanions } from './followCompanions.ts';
import { elevationFor, fieldsOfView, FRAMINGS, TABLETOP } from './framingFor.ts';
import { handheldShake } from './handheldShake.ts';
import { shotSubjects } from './shotSubjects.ts';
import { smoothFollow } from './smoothFollow.ts';
import { speakerShots } from './speakerShots.ts';
import { speakersMayBeFramed, speakerTurnsOf, type TimedLine } from './speakerTurns.ts';
import { boundsCentre, boundsCorners, subjectBounds, type Bounds } from './subjectBounds.ts';

const DEG = Math.PI / 180;

/** Direction from the target to the camera for an azimuth (0 = front, +Z) and elevation. */
function viewDirection(azimuth: number, elevation: number): Vec3 {
  return [Math.sin(azimuth) * Math.cos(elevation), Math.sin(elevation), Math.cos(azimuth) * Math.cos(elevation)];
}

function rotateY(v: Vec3, a: number): Vec3 {
  const c = Math.cos(a), s = Math.sin(a);
  return [v[0] * c + v[2] * s, v[1], -v[0] * s + v[2] * c];
}

/** The entity the follow move tracks: its target, the shot's subject, or whatever travels furthest. */
function followedIndex(move: CameraMove, plan: ScenePlan, entities: readonly TimelineEntity[], positions: readonly (readonly Vec3[])[]): number {
  const byId = (id: string | undefined): number => (id === undefined ? -1 : entities.findIndex((e) => e.id === id));
  let i = byId(move.target);
  if (i < 0) i = byId(plan.camera.subject);
  if (i >= 0) return i;
  let best = -1, bestTravel = -1;
  entities.forEach((_, k) => {
    const a = positions[0]?.[k];
    const b = positions[positions.length - 1]?.[k];
    if (!a || !b) return;
    const travel = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    if (travel > bestTravel) {
      bestTravel = travel;
      best = k;
    }
  });
  return best;
}

interface Window {
  start: number;
  duration: number;
}

function windowOf(m: CameraMove, clip: number): Window {
  const start = Math.max(0, m.start ?? 0);
  return { start, duration: m.duration ?? Math.max(1e-3, clip - start) };
}

/** How far below the ceiling the camera stays indoors (m). */
const CEILING_CLEARANCE = 0.3;
/** A journey longer than this many times the cast's own extent (and 8 m) is followed, not fitted. */
const TRACK_RATIO = 3;
const TRACK_MIN = 8;
/** A static shot keeps things in frame for this far across the ground from where they start (m), or 0.6 of the cast's extent. */
const TRAVEL_KEPT = 1;
/** How far round (degrees) a following camera looks from the side its subject heads to. */
const FOLLOW_LEAD = 25;
const FOLLOW_LEAD_ALONG = 18;
/** A small scene this much wider than tall is seen from higher up, like a tabletop shot. */
const TABLETOP_SIZE = 4;
/** Outdoors a tabletop angle stops where the horizon would leave the top of the frame (share of the half-height above the middle). */
const HORIZON_KEEP = 0.76;

function diagonal(b: Bounds): number {
  return Math.hypot(b.max[0] - b.min[0], b.max[1] - b.min[1], b.max[2] - b.min[2]);
}

/**
 * The subject to follow when nothing was asked for: the one that travels furthest, when
 * fitting the whole clip would need a box many times bigger than the cast on any one frame.
 */
function travellerToTrack(entities: readonly TimelineEntity[], positions: readonly (readonly Vec3[])[], cast: readonly number[]): number {
  const whole = subjectBounds(entities, positions, cast);
  if (!whole) return -1;
  let largest = 0;
  const step = Math.max(1, Math.floor(positions.length / 24));
  for (let f = 0; f < positions.length; f += step) {
    const b = subjectBounds(entities, positions, cast, [f]);
    if (b) largest = Math.max(largest, diagonal(b));
  }
  if (diagonal(whole) <= Math.max(TRACK_MIN, TRACK_RATIO * largest)) return -1;
  let best = -1, bestTravel = 0;
  for (const i of cast) {
    // People, animals and vehicles travel on purpose; a thrown ball flies off and is let go.
    const c = entities[i]?.category;
    if (c !== 'character' && c !== 'animal' && c !== 'vehicle') continue;
    const a = positions[0]?.[i], b = positions[positions.length - 1]?.[i];
    if (!a || !b) continue;
    const travel = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    if (travel > bestTravel && travel < 200) {
      bestTravel = travel;
      best = i;
    }
  }
  return best;
}

/**
 * positions[frame][entity] — entity centres per frame, entities in timeline order;
 * rotations[frame][entity], when given, make the framed extents exact.
 */
export function planCamera(
  plan: ScenePlan,
  entities: readonly TimelineEntity[],
  positions: readonly (readonly Vec3[])[],
  fps: number,
  rotations?: readonly (readonly Quat[])[],
  /** Lines as synthesised (Timeline.speech); omitted = timed from the plan's speech. */
  speech?: readonly TimedLine[],
): CameraPose[] {
  const poses = planShot(plan, entities, positions, fps, rotations);
  // Dialogue: unless the plan directs the camera, it frames whoever speaks.
  if (!speakersMayBeFramed(plan)) return poses;
  const turns = speakerTurnsOf(plan, entities, speech);
  return turns.length > 0 ? speakerShots(plan, entities, positions, fps, poses, turns, rotations) : poses;
}

function planShot(
  plan: ScenePlan,
  entities: readonly TimelineEntity[],
  positions: readonly (readonly Vec3[])[],
  fps: number,
  rotations?: readonly (readonly Quat[])[],
): CameraPose[] {
  const frameCount = positions.length;
  if (frameCount === 0) return [];
  const { width, height } = plan.canvas;
  const clip = frameCount / fps;
  const framing = FRAMINGS[plan.camera.framing] ?? FRAMINGS.wide;
  const { fovX, fovY } = fieldsOfView(framing, width, height);
  let moves: readonly CameraMove[] = plan.camera.moves;
  const ceilingY = sceneFloorOf(plan).ceilingY;
  const cameraCeiling = ceilingY === undefined ? Infinity : ceilingY - CEILING_CLEARANCE;

  const cast = shotSubjects(plan, entities);
  let follow = moves.find((m) => m.type === 'follow');
  let followed = follow ? followedIndex(follow, plan, entities, positions) : -1;
  const orbiting = moves.some((m) => m.type === 'orbit');
  if (!follow && !orbiting) {
    // A long journey: go along with the traveller rather than show it as a speck.
    const traveller = travellerToTrack(entities, positions, cast);
    if (traveller >= 0) {
      follow = { type: 'follow' };
      moves = [...moves, follow];
      followed = traveller;
    }
  }

  // What to fit: the followed entity and whoever goes along with it, as the following camera
  // sees them, or the subject or the cast over the whole clip.
  const allFrames = positions.map((_, i) => i);
  const followTrack = followed >= 0 ? smoothFollow(positions.map((row) => row[followed] ?? [0, 0, 0]), fps) : null;
  const group = followTrack
    ? [followed, ...(framing.topFraction < 1 ? [] : followCompanions(entities, positions, followed, followTrack, entities.map((_, i) => i)))]
    : cast;
  // Seen from a following camera, things only move by how far they stray from the smoothed
  // track (bounces, jolts): fit that, not their whole journey.
  const relative = followTrack
    ? positions.map((row, f): Vec3[] => {
        const s = followTrack[f]!, s0 = followTrack[0]!;
        return entities.map((_, i) => {
          const p = row[i] ?? [0, 0, 0];
          return [p[0] - s[0] + s0[0], p[1] - s[1] + s0[1], p[2] - s[2] + s0[2]];
        });
      })
    : positions;
  const followFit = followTrack ? subjectBounds(entities, relative, group, allFrames, framing.topFraction, rotations) : null;
  const [fitPositions, members] = followFit ? [relative, group] : [positions, cast];
  // A static shot keeps each one in frame while it stays near where the scene starts: a ball
  // thrown at the camera flies out of the picture rather than push the thrower far away.
  // (Long walks and drives are followed instead, above.)
  const start = followFit ? null : subjectBounds(entities, positions, cast, [0], framing.topFraction, rotations);
  const reach = start ? Math.max(TRAVEL_KEPT, 0.6 * diagonal(start)) : Infinity;
  const framesOf = (i: number): number[] => {
    if (followFit) return allFrames;
    const p0 = positions[0]?.[i];
    if (!p0) return allFrames;
    const out: number[] = [];
    for (let f = 0; f < positions.length; f++) {
      const p = positions[f]?.[i];
      // Rising and falling stay in the picture; going away across the ground is let go.
      if (p && Math.hypot(p[0] - p0[0], p[2] - p0[2]) > reach) break;
      out.push(f);
    }
    return out;
  };
  // Each one's own extent over the clip, not the box around them all: a diagonal line-up
  // (a domino chain, people staggered in depth) leaves the box's far corners empty.
  const own = members.map((i) => subjectBounds(entities, fitPositions, [i], framesOf(i), framing.topFraction, rotations)).filter((b): b is Bounds => b !== null);
  const bounds: Bounds = own.length > 0
    ? { min: [0, 1, 2].map((k) => Math.min(...own.map((b) => b.min[k]!))) as unknown as Vec3, max: [0, 1, 2].map((k) => Math.max(...own.map((b) => b.max[k]!))) as unknown as Vec3 }
    : subjectBounds(entities, positions, cast, allFrames, framing.topFraction, rotations) ?? { min: [-1, 0, -1] as Vec3, max: [1, 1.5, 1] as Vec3 };
  const target = boundsCentre(bounds);
  let corners = own.flatMap((b) => boundsCorners(b));
  if (corners.length === 0) corners = boundsCorners(bounds);
  // A small thing alone is framed with some of its surroundings (a balloon in a room): points
  // that far from its middle across and up the picture (from high above: across and in depth).
  // The surroundings grow with the subject, so a rubber duck is not lost in a pond-sized shot.
  const subjectSize = Math.max(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]);
  const least = Math.min(framing.leastExtent, 6 * subjectSize) / 2;
  if (least > 0) {
    const [cx, cy, cz] = target;
    const depth = plan.camera.framing === 'aerial';
    corners = corners.concat([
      [cx - least, cy, cz], [cx + least, cy, cz],
      depth ? [cx, cy, cz - least] : [cx, Math.max(cy, bounds.min[1] + least), cz],
      depth ? [cx, cy, cz + least] : [cx, bounds.min[1] + 2 * least, cz],
    ] as Vec3[]);
  }
  const radius = diagonal(bounds) / 2;

  // Lens sweeps need room: fit the subject into what stays in view throughout the sweep.
  let panRange = 0, tiltRange = 0;
  for (const m of moves) {
    if (m.type === 'pan') panRange = Math.max(panRange, Math.min(Math.abs(m.amount ?? 30) * DEG, fovX * 0.6));
    if (m.type === 'tilt') tiltRange = Math.max(tiltRange, Math.min(Math.abs(m.amount ?? 15) * DEG, fovY * 0.6));
  }
  const fitFovX = fovX - panRange;
  const fitFovY = fovY - tiltRange;
  // A following camera stands a little to the side its subject heads to, to see it coming.
  let baseAzimuth = 0;
  if (followTrack && !orbiting) {
    const a = followTrack[0]!, b = followTrack[followTrack.length - 1]!;
    const tx = b[0] - a[0], tz = b[2] - a[2];
    const travel = Math.hypot(tx, tz);
    // Across the picture: from the side it heads to; along it: a little off its back or front.
    if (travel > 1) baseAzimuth = Math.abs(tx) >= 0.4 * travel ? FOLLOW_LEAD * DEG * Math.sign(tx) : FOLLOW_LEAD_ALONG * DEG;
  }
  // Orbits must fit from every side they pass.
  const azimuths = [baseAzimuth];
  for (const m of moves) {
    if (m.type !== 'orbit') continue;
    const a = (m.amount ?? 90) * DEG;
    for (let k = 1; k <= 8; k++) azimuths.push(baseAzimuth + (a * k) / 8);
  }
  const minDistance = Math.max(0.25, radius * 1.05);
  const fitAt = (el: number): number => {
    let d = 0;
    for (const az of azimuths) {
      const dir = viewDirection(az, el);
      d = Math.max(d, fitDistance(corners, target, [-dir[0], -dir[1], -dir[2]], fitFovX, fitFovY, framing.margin, minDistance));
    }
    return d;
  };
  let elevation = elevationFor(framing, width / height) * DEG;
  const across = Math.hypot(bounds.max[0] - bounds.min[0], bounds.max[2] - bounds.min[2]);
  const tall = bounds.max[1] - bounds.min[1];
  if (!followTrack && plan.camera.framing !== 'aerial' && across < TABLETOP_SIZE) {
    // Dominoes on a table, toys on the water: look down on them so their ground fills the frame.
    const flat = Math.max(0, Math.min(1, (across / Math.max(tall, 0.01) - 1.5) / 3));
    let lifted = elevation + (elevationFor(TABLETOP, width / height) * DEG - elevation) * flat;
    // Outdoors the sky tells the time of day: keep the horizon in the top of the frame.
    if (!settingOf(plan.environment.setting).indoor) lifted = Math.min(lifted, Math.atan(HORIZON_KEEP * Math.tan(fovY / 2)));
    elevation = Math.max(elevation, lifted);
  }
  let distance = fitAt(elevation);
  // Under a ceiling: come down to a flatter angle rather than through it.
  for (let k = 0; k < 4 && target[1] + Math.sin(elevation) * distance > cameraCeiling; k++) {
    elevation = Math.asin(Math.max(-0.1, Math.min(1, (cameraCeiling - target[1]) / distance)));
    distance = fitAt(elevation);
  }
  // The closest a dolly-in may go: the subject, cropped a little at most.
  const front = viewDirection(baseAzimuth, elevation);
  const tight = fitDistance(corners, target, [-front[0], -front[1], -front[2]], fovX, fovY, 0, minDistance) * 0.8;

  const poses: CameraPose[] = [];
  for (let f = 0; f < frameCount; f++) {
    const t = f / fps;
    let az = baseAzimuth;
    let el = elevation;
    let dist = distance;
    let yaw = 0, pitch = 0, roll = 0, dx = 0, dy = 0;
    let aim: Vec3 = target;
    for (const m of moves) {
      const w = windowOf(m, clip);
      const u = moveProgress(t, w.start, w.duration);
      switch (m.type) {
        case 'pan': {
          const a = Math.sign(m.amount ?? 30) * Math.min(Math.abs(m.amount ?? 30) * DEG, panRange);
          // Positive amounts turn the lens to the right (clockwise seen from above: negative yaw).
          yaw -= -a / 2 + a * u;
          break;
        }
        case 'tilt': {
          const a = Math.sign(m.amount ?? 15) * Math.min(Math.abs(m.amount ?? 15) * DEG, tiltRange);
          pitch += -a / 2 + a * u;
          break;
        }
        case 'dolly-in': {
          const k = Math.max(0, Math.min(m.amount ?? 0.3, 0.85, 1 - tight / distance));
          dist *= 1 - k * u;
          break;
        }
        case 'dolly-out': {
          const k = Math.max(0, Math.min(m.amount ?? 0.4, 3));
          dist *= 1 + k * u;
          break;
        }
        case 'orbit':
          az += (m.amount ?? 90) * DEG * u;
          break;
        case 'follow': {
          if (!followTrack || t < w.start) break;
          // Ease into following, then hold the offset where the move ends.
          const end = Math.min(frameCount - 1, Math.round((w.start + w.duration) * fps));
          const at = followTrack[Math.min(end, f)]!;
          const start0 = followTrack[0]!;
          const ramp = w.start < 1e-6 ? 1 : easeInOut((t - w.start) / Math.min(0.5, w.duration));
          aim = [aim[0] + (at[0] - start0[0]) * ramp, aim[1] + (at[1] - start0[1]) * ramp, aim[2] + (at[2] - start0[2]) * ramp];
          break;
        }
        case 'handheld': {
          const fade = Math.min(1, Math.max(0, (t - w.start) / 0.4), Math.max(0, (w.start + w.duration - t) / 0.4));
          const s = handheldShake(plan.seed, t, (m.amount ?? 0.35) * (w.duration > 0.8 ? fade : 1));
          yaw += s.yaw;
          pitch += s.pitch;
          roll += s.roll;
          dx += s.dx;
          dy += s.dy;
          break;
        }
        case 'static':
          break;
      }
    }
    const dir = viewDirection(az, el);
    let position: Vec3 = [aim[0] + dir[0] * dist, aim[1] + dir[1] * dist, aim[2] + dir[2] * dist];
    // Lens turn: rotate the look direction about the camera.
    let look: Vec3 = [-dir[0], -dir[1], -dir[2]];
    if (pitch !== 0) {
      const horiz = Math.hypot(look[0], look[2]) || 1;
      const cur = Math.atan2(look[1], horiz);
      const next = Math.max(-1.45, Math.min(1.45, cur + pitch));
      const s = Math.cos(next) / horiz;
      look = [look[0] * s, Math.sin(next), look[2] * s];
    }
    if (yaw !== 0) look = rotateY(look, yaw);
    if (dx !== 0 || dy !== 0) {
      const rl = Math.hypot(look[0], look[2]) || 1;
      const right: Vec3 = [-look[2] / rl, 0, look[0] / rl];
      position = [position[0] + right[0] * dx, position[1] + dy, position[2] + right[2] * dx];
    }
    const y = Math.min(Math.max(position[1], 0.05), Math.max(cameraCeiling, 0.05));
    if (y !== position[1]) {
      // Held down by the floor or the ceiling: still look at what the shot is about.
      const shift = y - position[1];
      const l: Vec3 = [look[0] * dist, look[1] * dist - shift, look[2] * dist];
      const n = Math.hypot(l[0], l[1], l[2]) || 1;
      look = [l[0] / n, l[1] / n, l[2] / n];
      position = [position[0], y, position[2]];
    }
    poses.push({
      position,
      target: [position[0] + look[0] * dist, position[1] + look[1] * dist, position[2] + look[2] * dist],
      fovY: radians(fovY),
      roll: radians(roll),
    });
  }
  return poses;
}
