/**
 * Camera poses for every frame, from the plan's framing and moves and the cast's positions.
 *
 * The shot is fitted to the subject (the plan's camera subject, or the whole cast) over the
 * whole clip, for the frame's aspect ratio, seen from the front (+Z) and a little above. Moves
 * then act over their own time windows with eased starts and stops and compose: orbit turns
 * around the subject, dolly changes the distance, pan and tilt turn the lens, follow carries
 * the shot with a followed entity (critically damped), handheld adds a seeded wander.
 * A pure function of its inputs.
 */
import type { Vec3 } from '../../math/vec3.ts';
import type { CameraMove, ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { CameraPose, TimelineEntity } from '../../timeline/Timeline.ts';
import { radians } from '../../units/units.ts';
import { easeInOut, moveProgress } from './easeInOut.ts';
import { fitDistance } from './fitDistance.ts';
import { fieldsOfView, FRAMINGS } from './framingFor.ts';
import { handheldShake } from './handheldShake.ts';
import { smoothFollow } from './smoothFollow.ts';
import { boundsCentre, boundsCorners, subjectBounds } from './subjectBounds.ts';

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

/** positions[frame][entity] — entity centres per frame, entities in timeline order. */
export function planCamera(
  plan: ScenePlan,
  entities: readonly TimelineEntity[],
  positions: readonly (readonly Vec3[])[],
  fps: number,
): CameraPose[] {
  const frameCount = positions.length;
  if (frameCount === 0) return [];
  const { width, height } = plan.canvas;
  const clip = frameCount / fps;
  const framing = FRAMINGS[plan.camera.framing] ?? FRAMINGS.wide;
  const { fovX, fovY } = fieldsOfView(framing, width, height);
  const moves = plan.camera.moves;

  const subject = plan.camera.subject === undefined ? -1 : entities.findIndex((e) => e.id === plan.camera.subject);
  const cast = subject >= 0 ? [subject] : entities.map((_, i) => i);
  const follow = moves.find((m) => m.type === 'follow');
  const followed = follow ? followedIndex(follow, plan, entities, positions) : -1;

  // What to fit: the followed entity where it starts (the camera goes with it), else the subject
  // or the cast over the whole clip.
  const allFrames = positions.map((_, i) => i);
  const followTrack = followed >= 0 ? smoothFollow(positions.map((row) => row[followed] ?? [0, 0, 0]), fps) : null;
  // Seen from a following camera, the followed entity only moves by how far it strays from the
  // smoothed track (bounces, jolts): fit that, not its whole journey.
  const relative = followTrack
    ? positions.map((row, f): Vec3[] => {
        const p = row[followed] ?? [0, 0, 0];
        const s = followTrack[f]!, s0 = followTrack[0]!;
        return entities.map((_, i) => (i === followed ? [p[0] - s[0] + s0[0], p[1] - s[1] + s0[1], p[2] - s[2] + s0[2]] : row[i] ?? [0, 0, 0]));
      })
    : positions;
  const bounds =
    (followTrack ? subjectBounds(entities, relative, [followed], allFrames, framing.topFraction) : null) ??
    subjectBounds(entities, positions, cast, allFrames, framing.topFraction) ?? { min: [-1, 0, -1] as Vec3, max: [1, 1.5, 1] as Vec3 };
  const target = boundsCentre(bounds);
  const corners = boundsCorners(bounds);
  const radius = Math.hypot(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]) / 2;
  const elevation = framing.elevation * DEG;

  // Lens sweeps need room: fit the subject into what stays in view throughout the sweep.
  let panRange = 0, tiltRange = 0;
  for (const m of moves) {
    if (m.type === 'pan') panRange = Math.max(panRange, Math.min(Math.abs(m.amount ?? 30) * DEG, fovX * 0.6));
    if (m.type === 'tilt') tiltRange = Math.max(tiltRange, Math.min(Math.abs(m.amount ?? 15) * DEG, fovY * 0.6));
  }
  const fitFovX = fovX - panRange;
  const fitFovY = fovY - tiltRange;
  // Orbits must fit from every side they pass.
  const azimuths = [0];
  for (const m of moves) {
    if (m.type !== 'orbit') continue;
    const a = (m.amount ?? 90) * DEG;
    for (let k = 1; k <= 8; k++) azimuths.push((a * k) / 8);
  }
  const minDistance = Math.max(0.25, radius * 1.05);
  let distance = 0;
  for (const az of azimuths) {
    const dir = viewDirection(az, elevation);
    distance = Math.max(distance, fitDistance(corners, target, [-dir[0], -dir[1], -dir[2]], fitFovX, fitFovY, framing.margin, minDistance));
  }
  // The closest a dolly-in may go: the subject, cropped a little at most.
  const tight = fitDistance(corners, target, [-viewDirection(0, elevation)[0], -viewDirection(0, elevation)[1], -viewDirection(0, elevation)[2]], fovX, fovY, 0, minDistance) * 0.8;

  const poses: CameraPose[] = [];
  for (let f = 0; f < frameCount; f++) {
    const t = f / fps;
    let az = 0;
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
    position = [position[0], Math.max(position[1], 0.05), position[2]];
    poses.push({
      position,
      target: [position[0] + look[0] * dist, position[1] + look[1] * dist, position[2] + look[2] * dist],
      fovY: radians(fovY),
      roll: radians(roll),
    });
  }
  return poses;
}
