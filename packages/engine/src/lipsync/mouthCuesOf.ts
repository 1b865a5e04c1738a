/**
 * Mouth cues for a spoken line: the Rhubarb Lip Sync way of animating a mouth from phonemes.
 *
 * 1. Each phoneme becomes its shape(s) (shapeOfPhoneme.ts); diphthongs split 60/40.
 *    Held sounds open further: a long l shows the raised tongue (H), a long schwa opens to C.
 * 2. Pauses close the mouth to rest (X); a gap shorter than SHORT_PAUSE keeps the shape.
 * 3. The lips close before p, b and m: the closed shape starts up to `slack` early, taken
 *    from the sound before (espeak's plosives hold their closure too, so the lips stay shut
 *    4–12 cs in all). The jaw likewise rises early into t, d, k and g, whose silent closure
 *    begins before the burst.
 * 4. Between extremes an in-between shape is shown briefly (wide → closed passes through
 *    open, puckered ↔ open through rounded), never moving a change more than `slack` away
 *    from a phoneme boundary.
 * A pure function: the same line gives the same cues.
 */
import type { SpokenLine, SpokenPhoneme } from '../timeline/Timeline.ts';
import type { MouthShape } from '../render/models/characters/face/MouthShape.ts';
import { seconds } from '../units/units.ts';
import type { MouthCue } from './MouthCue.ts';
import { shapesOfPhoneme, startsWithClosure } from './shapeOfPhoneme.ts';

export interface MouthCueOptions {
  /** The most a shape change may move away from its phoneme boundary (s); default 0.03, under one frame at 30 fps. */
  slack?: number;
}

/** A silence shorter than this keeps the mouth as it is (s). */
const SHORT_PAUSE = 0.08;
/** A sound held at least this long takes its open shape: a long l shows the tongue (H), a long schwa opens to C (s). */
const HELD_LONG = 0.1;
/** Tweens shorter than this are not worth showing (s). */
const MIN_TWEEN = 0.02;
const MAX_TWEEN = 0.08;

type Timing = 'early' | 'centred' | 'late';

/** In-between shapes, one direction at a time: a mouth pops open but closes through a middle shape. */
const TWEENS: Readonly<Partial<Record<`${MouthShape}${MouthShape}`, [MouthShape, Timing]>>> = {
  DA: ['C', 'early'],
  DB: ['C', 'centred'],
  DG: ['C', 'early'],
  DX: ['C', 'late'],
  CF: ['E', 'centred'],
  FC: ['E', 'centred'],
  DF: ['E', 'centred'],
  FD: ['E', 'centred'],
  HF: ['E', 'late'],
  FH: ['E', 'early'],
};

interface Span {
  start: number;
  end: number;
  shape: MouthShape;
}

export function mouthCuesOf(line: SpokenLine, options: MouthCueOptions = {}): MouthCue[] {
  const slack = options.slack ?? 0.03;
  const phonemes = simultaneousMerged(line.phonemes);
  // 1. Phonemes to shapes, last to first so h and ʔ can take the shape of what follows.
  const spans: Span[] = [];
  let following: MouthShape | undefined;
  for (let i = phonemes.length - 1; i >= 0; i--) {
    const p = phonemes[i]!;
    const next = phonemes[i + 1];
    // Breath before a pause takes the resting shape.
    const nextShape = next && next.start - p.end < SHORT_PAUSE ? following : 'X';
    const shapes = shapesOfPhoneme(p.phoneme, nextShape);
    if (shapes.length === 0) continue;
    const own: Span[] = [];
    let at = Number(p.start);
    const duration = p.end - p.start;
    for (const s of shapes) {
      const end = s === shapes[shapes.length - 1] ? Number(p.end) : at + duration * s.share;
      own.push({ start: at, end, shape: s.long !== undefined && end - at >= HELD_LONG ? s.long : s.shape });
      at = end;
    }
    spans.unshift(...own);
    following = own[0]!.shape;
  }
  if (spans.length === 0) return [];
  // 2. Fill the gaps: short ones keep the shape, longer ones rest.
  const filled: Span[] = [];
  for (const s of spans) {
    const prev = filled[filled.length - 1];
    if (prev && s.start > prev.end) {
      if (s.start - prev.end < SHORT_PAUSE) prev.end = s.start;
      else filled.push({ start: prev.end, end: s.start, shape: 'X' });
    }
    filled.push({ ...s, start: prev ? Math.max(s.start, filled[filled.length - 1]!.end) : s.start });
  }
  // 3. The mouth closes early before p, b, m and the other stops (taking at most half of the sound before).
  let k = 0;
  for (const p of phonemes) {
    if (!startsWithClosure(p.phoneme)) continue;
    while (k < filled.length && filled[k]!.start < p.start - 1e-9) k++;
    const here = filled[k];
    const prev = filled[k - 1];
    if (!here || !prev || here.shape === prev.shape || Math.abs(here.start - p.start) > 1e-9 || prev.end !== here.start) continue;
    const lead = Math.min(slack, (prev.end - prev.start) / 2);
    prev.end -= lead;
    here.start -= lead;
  }
  const merged = mergeSame(filled);
  // 4. In-between shapes.
  const out: Span[] = [];
  for (let i = 0; i < merged.length; i++) {
    const cur = { ...merged[i]! };
    const next = merged[i + 1];
    const prevOut = out[out.length - 1];
    if (prevOut && prevOut.end > cur.start) cur.start = prevOut.end;
    out.push(cur);
    if (!next) continue;
    const tween = TWEENS[`${cur.shape}${next.shape}`];
    if (!tween) continue;
    const [shape, timing] = tween;
    const room = Math.min(cur.end - cur.start, next.end - next.start) / 3;
    const limit = timing === 'centred' ? 2 * slack : slack;
    const d = Math.min(room, MAX_TWEEN, limit);
    if (d < MIN_TWEEN) continue;
    const boundary = cur.end;
    const start = timing === 'early' ? boundary - d : timing === 'centred' ? boundary - d / 2 : boundary;
    cur.end = start;
    out.push({ start, end: start + d, shape });
  }
  return mergeSame(out)
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: seconds(s.start), end: seconds(s.end), shape: s.shape }));
}

/**
 * The line's phonemes in time order, those reported at the same moment (espeak-ng sometimes
 * gives two sounds one time, "l" and "f" in "shelf") joined into one phoneme of several
 * sounds, which then share its time 60/40 like a diphthong.
 */
export function simultaneousMerged(phonemes: readonly SpokenPhoneme[]): SpokenPhoneme[] {
  const sorted = phonemes
    .filter((p) => Number.isFinite(p.start) && Number.isFinite(p.end) && p.end >= p.start)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.start - b.p.start || a.i - b.i)
    .map(({ p }) => p);
  const out: SpokenPhoneme[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(p.start - prev.start) < 1e-6) {
      out[out.length - 1] = { phoneme: prev.phoneme + p.phoneme, start: prev.start, end: seconds(Math.max(prev.end, p.end)) };
    } else out.push(p);
  }
  return out.filter((p) => p.end > p.start);
}

function mergeSame(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.shape === s.shape && Math.abs(prev.end - s.start) < 1e-9) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}
