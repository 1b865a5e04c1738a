/**
 * Where the visible mark sits at each moment: it holds a corner-ish spot for a few seconds,
 * then glides to another, in an order fixed by the video id (so every render of a video moves
 * the same way). Spots lie inside the frame's safe area — on 9:16 frames clear of the bands
 * that feed apps cover with captions and buttons.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Seconds the mark stays in one spot, and seconds it takes to glide to the next. */
export const HOLD_SECONDS = 3.2;
export const MOVE_SECONDS = 0.8;

/** The region a mark may occupy: insets as fractions of the frame. */
export function safeArea(width: number, height: number): Rect {
  const portrait = height > width * 1.2;
  // 9:16 feeds overlay captions at the bottom, a header at the top and buttons on the right.
  const inset = portrait ? { top: 0.09, bottom: 0.2, left: 0.05, right: 0.15 } : { top: 0.05, bottom: 0.07, left: 0.04, right: 0.04 };
  const x = Math.round(width * inset.left);
  const y = Math.round(height * inset.top);
  return { x, y, width: Math.round(width * (1 - inset.right)) - x, height: Math.round(height * (1 - inset.bottom)) - y };
}

/** The spots, as fractions of the free room (safe area minus the mark): corners and the sides' middles. */
const SPOTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [1, 0.45],
  [1, 1],
  [0, 1],
  [0, 0.45],
];

/** A 32-bit FNV-1a hash of the video id: the seed of the spot order. */
export function seedOf(videoId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < videoId.length; i++) {
    h ^= videoId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The spot index for each hold, k = 0, 1, 2 …: never the same spot twice in a row. */
export function spotSequence(seed: number, count: number): number[] {
  const out: number[] = [];
  let s = seed >>> 0;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spot = Math.floor(next() * SPOTS.length);
  for (let k = 0; k < count; k++) {
    out.push(spot);
    spot = (spot + 1 + Math.floor(next() * (SPOTS.length - 1))) % SPOTS.length;
  }
  return out;
}

function ease(u: number): number {
  return u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2;
}

function spotXY(spot: number, area: Rect, markWidth: number, markHeight: number): [number, number] {
  const [fx, fy] = SPOTS[spot]!;
  return [area.x + fx * Math.max(0, area.width - markWidth), area.y + fy * Math.max(0, area.height - markHeight)];
}

/** Top-left corner of the mark at time `t` (seconds). */
export function markPosition(sequence: readonly number[], t: number, area: Rect, markWidth: number, markHeight: number): { x: number; y: number } {
  const period = HOLD_SECONDS + MOVE_SECONDS;
  const k = Math.min(Math.max(0, Math.floor(t / period)), sequence.length - 2);
  const u = t - k * period;
  const [x0, y0] = spotXY(sequence[k]!, area, markWidth, markHeight);
  if (u <= HOLD_SECONDS) return { x: x0, y: y0 };
  const [x1, y1] = spotXY(sequence[k + 1]!, area, markWidth, markHeight);
  const e = ease(Math.min(1, (u - HOLD_SECONDS) / MOVE_SECONDS));
  return { x: x0 + (x1 - x0) * e, y: y0 + (y1 - y0) * e };
}
