/**
 * Per-entity face tracks for a timeline: each speaker's mouth cues from its lines, its blinks
 * and the beats (stressed syllables) its head and hands move on. `faceAt` then gives the
 * FaceState of any entity at any time — what the renderer hands each character model.
 * Deterministic: a function of the timeline (speech, entity ids, seed) alone.
 */
import type { Timeline } from '../timeline/Timeline.ts';
import { hashString } from '../random/createRandom.ts';
import { blinkTimes, isBlinkingAt } from './blinkAt.ts';
import { RESTING_FACE, type FaceState } from './FaceState.ts';
import type { MouthCue } from './MouthCue.ts';
import { mouthCuesOf } from './mouthCuesOf.ts';
import { cueIndexAt } from './mouthShapeAt.ts';
import { MOUTH_OPENNESS } from './mouthOpenness.ts';
import { isStressed, ipaLetters, isVowelLetter } from './shapeOfPhoneme.ts';

export interface FaceTrack {
  cues: MouthCue[];
  /** Lines as [start, end] (s). */
  lines: [number, number][];
  /** Moments the head and hands beat on (s). */
  beats: number[];
  blinks: number[];
  /** 0..1 from the entity id: puts each speaker's sway out of step with the others. */
  phase: number;
}

export type FaceTracks = readonly (FaceTrack | null)[];

/** Half-width of the window speech energy is averaged over (s). */
const ENERGY_WINDOW = 0.15;
/** How long a nod and a hand beat last (s). */
const NOD_SECONDS = 0.42;
const BEAT_SECONDS = 0.6;
/** Hands rise and fall this fast at the start and end of a line (s). */
const GESTURE_EASE = 0.35;

/** Face tracks for every character and animal in the timeline (null for things). */
export function faceTracksOf(timeline: Timeline): (FaceTrack | null)[] {
  const seed = timeline.plan.seed;
  return timeline.entities.map((entity): FaceTrack | null => {
    if (entity.category !== 'character' && entity.category !== 'animal') return null;
    const lines = (timeline.speech ?? []).filter((l) => l.speaker === entity.id);
    const cues = lines.flatMap((l) => mouthCuesOf(l)).sort((a, b) => a.start - b.start);
    const beats: number[] = [];
    for (const l of lines) {
      const vowels = l.phonemes.filter((p) => ipaLetters(p.phoneme).some(isVowelLetter));
      const stressed = vowels.filter((p) => isStressed(p.phoneme));
      // Lines without stress marks beat on every third syllable.
      (stressed.length > 0 ? stressed : vowels.filter((_, i) => i % 3 === 0)).forEach((p) => beats.push(Number(p.start)));
    }
    beats.sort((a, b) => a - b);
    return {
      cues,
      lines: lines.map((l): [number, number] => [Number(l.start), Number(l.end)]).sort((a, b) => a[0] - b[0]),
      beats,
      blinks: blinkTimes(entity.id, seed, Number(timeline.duration) + 1),
      phase: (hashString(entity.id) % 1000) / 1000,
    };
  });
}

/** Mean mouth openness over [a, b] (the cues' area under the curve). */
function meanOpenness(cues: readonly MouthCue[], a: number, b: number): number {
  let area = 0;
  let i = Math.max(0, cueIndexAt(cues, a));
  if (cueIndexAt(cues, a) < 0) {
    i = cues.findIndex((c) => c.end > a);
    if (i < 0) return 0;
  }
  for (; i < cues.length && cues[i]!.start < b; i++) {
    const c = cues[i]!;
    area += Math.max(0, Math.min(b, c.end) - Math.max(a, c.start)) * MOUTH_OPENNESS[c.shape];
  }
  return area / (b - a);
}

/** A smooth bump 0 → 1 → 0 over [0, width]. */
function bump(u: number, width: number): number {
  if (u < 0 || u > width) return 0;
  const s = Math.sin((Math.PI * u) / width);
  return s * s;
}

/** Sum of beat bumps around `time`, at most 1. */
function beatAt(beats: readonly number[], time: number, width: number): number {
  let v = 0;
  for (const b of beats) {
    if (b > time) break;
    v = Math.max(v, bump(time - b, width));
  }
  return v;
}

/** How much `time` is inside a line, eased at both ends, 0..1. */
function speakingWeight(lines: readonly [number, number][], time: number): number {
  let w = 0;
  for (const [start, end] of lines) {
    if (time < start - GESTURE_EASE || time > end + GESTURE_EASE) continue;
    const up = Math.min(1, (time - start + GESTURE_EASE) / GESTURE_EASE);
    const down = Math.min(1, (end + GESTURE_EASE - time) / GESTURE_EASE);
    const x = Math.max(0, Math.min(up, down));
    w = Math.max(w, x * x * (3 - 2 * x));
  }
  return w;
}

export function faceAt(track: FaceTrack | null | undefined, time: number): FaceState {
  if (!track) return RESTING_FACE;
  const blink = isBlinkingAt(track.blinks, time);
  const i = cueIndexAt(track.cues, time);
  const speaking = track.lines.some(([s, e]) => time >= s && time < e);
  const weight = speakingWeight(track.lines, time);
  if (i < 0 && weight <= 0) return blink ? { ...RESTING_FACE, blink } : RESTING_FACE;
  const mouth = i < 0 ? 'X' : track.cues[i]!.shape;
  const energy = Math.min(1, meanOpenness(track.cues, time - ENERGY_WINDOW, time + ENERGY_WINDOW) * 1.6);
  const tau = Math.PI * 2;
  const p = track.phase * tau;
  const nod = beatAt(track.beats, time, NOD_SECONDS);
  const beat = beatAt(track.beats, time, BEAT_SECONDS);
  return {
    mouth,
    open: MOUTH_OPENNESS[mouth],
    blink,
    speaking,
    engaged: weight,
    nod: 0.07 * nod * (0.5 + 0.5 * energy) * weight + 0.02 * energy * Math.sin((tau * time) / 1.7 + p),
    tilt: weight * (0.035 + 0.03 * energy) * Math.sin((tau * time) / 2.9 + p * 1.3),
    turn: weight * 0.07 * energy * Math.sin((tau * time) / 3.7 + p * 2.1),
    gesture: weight * Math.min(1, 0.45 + 0.25 * energy + 0.35 * beat),
  };
}
