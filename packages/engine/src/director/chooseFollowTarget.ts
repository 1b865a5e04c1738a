/**
 * The camera's default when a prompt names no camera move: a subject that travels goes with a
 * following camera (a person walking a dog, a car driving down a street, a rolling ball),
 * instead of a far-off static shot of its whole journey; a balloon that floats up is followed
 * as it rises. Things that stay about where they
 * are — falling, bouncing, jumping on the spot, floating — keep the static shot.
 */
import { kindOf } from '../ontology/ontology.ts';
import type { Action, Entity } from '../plan/scenePlanSchema.ts';

/** Rough speeds (m/s) when the plan gives none, as the world moves things. */
const CHARACTER_SPEEDS: Readonly<Record<string, number>> = { walk: 1.2, run: 3, push: 0.9, fly: 3 };
const VEHICLE_SPEED = 4;
const ROLL_SPEED = 2;
/** A balloon rises at least as far as a room is high. */
const BALLOON_RISE = 3;
/** A journey at least this long (m) is followed. */
export const FOLLOW_DISTANCE = 3;

/** How far an action carries its entity over the rest of the clip (m), roughly; 0 if it stays put. */
export function travelOf(entity: Entity, action: Action, actions: readonly Action[], duration: number): number {
  const kind = kindOf(entity.kind);
  const time = Math.max(0, (action.duration ?? duration - action.start));
  if (action.target !== undefined) {
    // Going to something that stays where it is ends there; going along with something that moves does not.
    const targetMoves = actions.some((a) => a.entity === action.target && ['walk', 'run', 'roll', 'fly'].includes(a.type));
    if (!targetMoves) return 0;
  }
  if (kind.mobility === 'character') {
    const speed = action.speed ?? CHARACTER_SPEEDS[action.type];
    return speed === undefined ? 0 : speed * time;
  }
  if (kind.category === 'vehicle') {
    if (!['roll', 'walk', 'run', 'fly'].includes(action.type)) return 0;
    return (action.speed ?? VEHICLE_SPEED) * time;
  }
  if (action.type === 'roll') return (action.speed ?? ROLL_SPEED) * time;
  // A helium balloon let go rises (to the ceiling indoors, away outdoors).
  if ((kind.lift ?? 0) > 0 && (action.type === 'float' || action.type === 'fly')) return BALLOON_RISE;
  return 0;
}

/**
 * The entity a default camera follows: the main subject, if it travels far; undefined when
 * it stays about where it is (someone watching a car go by keeps a static shot).
 */
export function chooseFollowTarget(cast: readonly Entity[], actions: readonly Action[], duration: number, mainId: string | undefined): string | undefined {
  const main = cast.find((e) => e.id === mainId);
  if (!main) return undefined;
  return actions.some((a) => a.entity === main.id && travelOf(main, a, actions, duration) >= FOLLOW_DISTANCE) ? main.id : undefined;
}
