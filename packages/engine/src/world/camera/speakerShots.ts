/**
 * Dialogue coverage: while members of the cast speak, the camera frames the one speaking —
 * waist up (medium) or head and shoulders (when the plan asks for a close-up) — seen a little
 * from the side of whoever listens, as in shot / reverse shot. It cuts to a new speaker just
 * before their line starts and stays on them until someone else speaks; before the first line
 * (when it comes a while into the clip) the planned establishing shot plays, and after the last
 * one (when enough of the clip is left) the planned shot comes back, so what the prompt
 * describes besides the dialogue is seen. A speaker who moves is followed. Pure and deterministic.
 */
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { ScenePlan } from '../../plan/scenePlanSchema.ts';
import type { CameraPose, TimelineEntity } from '../../timeline/Timeline.ts';
import { radians } from '../../units/units.ts';
import { sceneFloorOf } from '../placement/SceneFloor.ts';
import { fitDistance } from './fitDistance.ts';
import { elevationFor, fieldsOfView, FRAMINGS, type Framing } from './framingFor.ts';
import { smoothFollow } from './smoothFollow.ts';
import type { SpeakerTurn } from './speakerTurns.ts';
import { boundsCentre, boundsCorners, subjectBounds } from './subjectBounds.ts';

const DEG = Math.PI / 180;
/** Waist up: the top of a character, with a little room around it. */
const SPEAKER_MEDIUM: Framing = { ...FRAMINGS.medium, topFraction: 0.55, margin: 0.2 };
/** Cut this long before the line starts (s): the audience sees who is about to speak. */
const CUT_LEAD = 0.1;
/** Before a first line that starts at least this late (s), the establishing shot plays. */
const ESTABLISH = 0.8;
/** After the last line, hold on the speaker this long (s) before the planned shot returns ... */
const HOLD_AFTER = 0.4;
/** ... when at least this much (s) of the clip is left for it. */
const RETURN_AFTER = 0.8;
/** How far round to the listener's side the camera stands (degrees). */
const REVERSE_ANGLE = 24;
const CEILING_CLEARANCE = 0.3;

interface Shot {
  /** First frame of the shot. */
  from: number;
  speaker: number;
}

/** Shots in order: a new one at each change of speaker. */
function shotList(turns: readonly SpeakerTurn[], fps: number): Shot[] {
  const shots: Shot[] = [];
  let lastEnd = 0;
  for (const t of turns) {
    const current = shots[shots.length - 1];
    if (current && current.speaker === t.speaker) {
      lastEnd = Math.max(lastEnd, t.end);
      continue;
    }
    const cut = Math.max(current ? lastEnd : 0, t.start - CUT_LEAD);
    let from = Math.max(0, Math.round(cut * fps));
    if (!current && t.start < ESTABLISH) from = 0;
    if (current && from <= current.from) from = current.from + 1;
    shots.push({ from, speaker: t.speaker });
    lastEnd = t.end;
  }
  return shots;
}

/** Who the speaker talks to: another speaker nearest to them, else the nearest character or animal. */
function listenerOf(speaker: number, turns: readonly SpeakerTurn[], entities: readonly TimelineEntity[], at: readonly Vec3[]): number {
  const p = at[speaker];
  if (!p) return -1;
  const speakers = new Set(turns.map((t) => t.speaker));
  let best = -1, bestScore = Infinity;
  entities.forEach((e, i) => {
    const q = at[i];
    if (i === speaker || !q || (e.category !== 'character' && e.category !== 'animal' && !speakers.has(i))) return;
    const score = Math.hypot(q[0] - p[0], q[2] - p[2]) * (speakers.has(i) ? 0.5 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

export function speakerShots(
  plan: ScenePlan,
  entities: readonly TimelineEntity[],
  positions: readonly (readonly Vec3[])[],
  fps: number,
  base: readonly CameraPose[],
  turns: readonly SpeakerTurn[],
  rotations?: readonly (readonly Quat[])[],
): CameraPose[] {
  const shots = shotList(turns, fps);
  if (shots.length === 0 || positions.length === 0) return [...base];
  const lastEnd = Math.max(...turns.map((t) => t.end));
  const returnAt = lastEnd + HOLD_AFTER;
  const dialogueEnds = positions.length / fps - returnAt >= RETURN_AFTER ? Math.max(shots[shots.length - 1]!.from + 1, Math.round(returnAt * fps)) : positions.length;
  const { width, height } = plan.canvas;
  const close = plan.camera.framing === 'close-up';
  const framing = close ? FRAMINGS['close-up'] : SPEAKER_MEDIUM;
  const { fovX, fovY } = fieldsOfView(framing, width, height);
  const ceilingY = sceneFloorOf(plan).ceilingY;
  const ceiling = ceilingY === undefined ? Infinity : ceilingY - CEILING_CLEARANCE;
  const tracks = new Map<number, Vec3[]>();
  const trackOf = (i: number): Vec3[] => {
    let t = tracks.get(i);
    if (!t) {
      t = smoothFollow(positions.map((row) => row[i] ?? [0, 0, 0]), fps);
      tracks.set(i, t);
    }
    return t;
  };
  const out = [...base];
  shots.forEach((shot, k) => {
    const to = Math.min(positions.length, shots[k + 1]?.from ?? dialogueEnds);
    const first = Math.min(shot.from, positions.length - 1);
    const whole = subjectBounds(entities, positions, [shot.speaker], [first], framing.topFraction, rotations);
    if (!whole) return;
    const centre = boundsCentre(whole);
    // A close-up may crop the shoulders (in a tall frame the width would otherwise decide the
    // distance); an animal is framed by its head and chest, not its whole length.
    const narrow = close ? 0.55 : entities[shot.speaker]?.category === 'animal' ? 0.6 : 0.9;
    const bounds = {
      min: [centre[0] + (whole.min[0] - centre[0]) * narrow, whole.min[1], centre[2] + (whole.min[2] - centre[2]) * narrow] as Vec3,
      max: [centre[0] + (whole.max[0] - centre[0]) * narrow, whole.max[1], centre[2] + (whole.max[2] - centre[2]) * narrow] as Vec3,
    };
    const listener = listenerOf(shot.speaker, turns, entities, positions[first]!);
    const speakerAt = positions[first]![shot.speaker]!;
    const listenerAt = listener >= 0 ? positions[first]![listener] : undefined;
    const side = listenerAt ? Math.sign(listenerAt[0] - speakerAt[0]) || 1 : 0;
    const az = side * REVERSE_ANGLE * DEG;
    const el = elevationFor(framing, width / height) * DEG;
    const dir: Vec3 = [Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el)];
    const distance = fitDistance(boundsCorners(bounds), centre, [-dir[0], -dir[1], -dir[2]], fovX, fovY, framing.margin, 0.3);
    const track = trackOf(shot.speaker);
    const anchor = track[first]!;
    for (let f = shot.from; f < to; f++) {
      const s = track[f]!;
      const target: Vec3 = [centre[0] + s[0] - anchor[0], centre[1] + s[1] - anchor[1], centre[2] + s[2] - anchor[2]];
      const y = Math.min(Math.max(target[1] + dir[1] * distance, 0.05), Math.max(ceiling, 0.05));
      out[f] = {
        position: [target[0] + dir[0] * distance, y, target[2] + dir[2] * distance],
        target,
        fovY: radians(fovY),
        roll: radians(0),
      };
    }
  });
  return out;
}
