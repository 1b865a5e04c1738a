/**
 * Where every entity starts, and how it is turned. Pure and deterministic: the same cast,
 * actions, floor and layout options always give the same placements.
 *
 * - auto: laid out for the frame (layoutFootprints): a row across x centred on 0 in a wide
 *   frame (more than six fill several rows, front to back, like lines of text), a narrow
 *   staggered cluster in depth in a tall or square one; fixed scenery (trees, houses) goes in a
 *   row behind. In a water scene loose objects start at the surface, fish below it.
 * - set pieces (arrangeSet): several dominoes stand in a chain, several bowling pins in a
 *   rack, on the ground or together on the thing they are on; a ball rolled or thrown at one
 *   of them starts a run-up away, lined up with the head pin or the first domino.
 * - absolute: `position` is where the middle of the object's base sits (y = 0 stands on the
 *   ground at y = 0), `rotation` Euler degrees about world X, then Y, then Z.
 * - relation: on/in put the object on top of the target's bounding box (several on one
 *   target share its top, or stack); above = 1 m (or the action's height) over it; next-to,
 *   in-front-of (+z, towards the camera), behind (−z) beside it on the floor, moved along
 *   until nothing overlaps; under = directly beneath an elevated target, otherwise in front
 *   of it (our colliders are solid). "ground" is the auto row; "in water" is at the surface.
 * - fall/drop/bounce: the base of the object starts `height` (default 2 m) above the ground
 *   (above the water surface in a water scene): exactly that distance is free fall.
 *   throw starts from hand height (1 m) when placed automatically.
 * - rotation (restRotation): as the plan says, else along the first move, else the kind's rest
 *   (a log lies on its side).
 */
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { Action } from '../../plan/scenePlanSchema.ts';
import { createRandom } from '../../random/createRandom.ts';
import { worldHalfExtents } from '../entities/colliderGeometry.ts';
import type { PhysicalEntity } from '../entities/resolveEntity.ts';
import { arrangeChain, arrangeRack, type ArrangedSet } from './arrangeSet.ts';
import { layoutFootprints, type Footprint } from './layoutFootprints.ts';
import { horizontalDirection, restRotation } from './restRotation.ts';
import type { SceneFloor } from './SceneFloor.ts';

export { horizontalDirection } from './restRotation.ts';

export interface InitialPlacement {
  /** Centre of the collider. */
  position: Vec3;
  rotation: Quat;
}

/** The frame the scene will be filmed in, for laying the cast out to suit it. */
export interface LayoutOptions {
  /** Width / height of the frame; undefined lays things out in a row. */
  aspect?: number;
  /** Seed for the small irregularities of a natural layout. */
  seed?: number;
}

export const DEFAULT_DROP_HEIGHT = 2;
export const THROW_HAND_HEIGHT = 1;
const DROP_ACTIONS = new Set(['fall', 'drop', 'bounce']);
/** Actions that send a loose object at a target from a run-up. */
const AIMED_ACTIONS = new Set(['roll', 'throw', 'push', 'slide']);
/** How far before the set piece an object aimed at it starts (m, at size 1 of the set). */
const RUN_UP = 1.6;
/** Relations that keep an object on the floor beside its target (so a drop raises it). */
const FLOOR_RELATIONS = new Set(['next-to', 'in-front-of', 'behind', 'under']);

interface Slot {
  x: number;
  y: number;
  z: number;
  h: Vec3;
}

function firstActions(entities: readonly PhysicalEntity[], actions: readonly Action[]): (Action | undefined)[][] {
  const byEntity = entities.map(() => [] as Action[]);
  const index = new Map(entities.map((e, i) => [e.source.id, i]));
  actions.forEach((a) => {
    const i = index.get(a.entity);
    if (i !== undefined) byEntity[i].push(a);
  });
  // Stable: equal start times keep plan order.
  return byEntity.map((list) => list.map((a, k) => ({ a, k })).sort((p, q) => p.a.start - q.a.start || p.k - q.k).map((p) => p.a));
}

/** Centre height of an entity resting where it naturally belongs in this scene. */
function restCentreY(e: PhysicalEntity, h: Vec3, floor: SceneFloor): number {
  const ground = floor.groundY;
  const w = floor.water;
  const t = e.timeline;
  if (!w) return ground + h[1];
  if (t.mobility === 'static') return ground + h[1];
  if (t.mobility === 'character') {
    if (t.kind === 'fish') return w.level - Math.min(Math.max(0.3, h[1] + 0.1), w.depth / 2);
    // A bird rests on the water like a duck.
    if (t.kind === 'bird') return w.level + 0.4 * h[1];
    // Wading where the water is shallow, swimming with head and shoulders out where it is deep.
    if (w.depth < 1.2 * h[1]) return ground + h[1];
    return w.level + 0.3 - h[1];
  }
  // Loose objects start in the water where their density makes them float (a slab
  // approximation), or at the surface if they are going to sink.
  const share = e.density / w.density;
  if (share < 1) return w.level + h[1] - 2 * h[1] * share;
  return w.level;
}

function overlaps(a: Slot, b: Slot): boolean {
  const m = 0.02;
  return (
    Math.abs(a.x - b.x) < a.h[0] + b.h[0] + m &&
    Math.abs(a.y - b.y) < a.h[1] + b.h[1] - m &&
    Math.abs(a.z - b.z) < a.h[2] + b.h[2] + m
  );
}

/** Several of a kind that sets up together (dominoes, bowling pins), standing together. */
interface SetPiece {
  members: number[];
  arranged: ArrangedSet;
  /** The entity they all stand on, when not the ground. */
  target?: string;
  /** Loose objects rolled or thrown at the set, starting from a run-up. */
  aimed: number[];
}

/** Default direction of a domino chain: receding into a tall frame, across a wide one. */
function chainDirection(aspect: number | undefined): [number, number] {
  return aspect !== undefined && aspect < 1 ? [0.5, -0.8660254037844386] : [0.9396926207859083, -0.3420201433256687];
}

/** Bowling pins face the bowler: in front of a tall frame, at the left of a wide one. */
function rackApproach(aspect: number | undefined): [number, number] {
  return aspect !== undefined && aspect < 1 ? [0, 1] : [-1, 0];
}

/** Where each cast member of several of a set-piece kind stands together, keyed by what they share. */
function findSets(entities: readonly PhysicalEntity[], lists: readonly (Action | undefined)[][], aspect: number | undefined): SetPiece[] {
  const groups = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (!e.kind.arrangement) return;
    const p = e.source.placement;
    let where: string | undefined;
    if (p.type === 'auto') where = 'auto';
    else if (p.type === 'relation' && (p.relation === 'on' || p.relation === 'in') && p.target !== 'water') where = p.target === 'ground' ? 'auto' : `on:${p.target}`;
    if (where === undefined) return;
    const key = `${e.source.kind}|${e.source.label ?? ''}|${e.source.size}|${where}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const sets: SetPiece[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const first = entities[members[0]!]!;
    const colliders = members.map((i) => entities[i]!.timeline.collider);
    const p = first.source.placement;
    const target = p.type === 'relation' && p.target !== 'ground' ? p.target : undefined;
    let arranged: ArrangedSet;
    if (first.kind.arrangement === 'chain') {
      const push = lists[members[0]!]!.find((a) => a && (a.type === 'topple' || a.type === 'push') && a.direction);
      arranged = arrangeChain(colliders, push?.direction ? horizontalDirection(push.direction) : chainDirection(aspect));
    } else {
      arranged = arrangeRack(colliders, rackApproach(aspect), undefined);
    }
    sets.push({ members, arranged, ...(target !== undefined ? { target } : {}), aimed: [] });
  }
  return sets;
}

/** The chain or rack that fits on a target's top (half extents hx, hz): turned, or a chain with smaller gaps, if need be. */
function fitOnTop(set: SetPiece, entities: readonly PhysicalEntity[], lists: readonly (Action | undefined)[][], aspect: number | undefined, hx: number, hz: number): ArrangedSet {
  const first = entities[set.members[0]!]!;
  const colliders = set.members.map((i) => entities[i]!.timeline.collider);
  if (first.kind.arrangement === 'rack') {
    // Bowled at along the longer side of the top if the rack does not fit the other way.
    const fits = (a: ArrangedSet) => a.hx <= hx - 0.02 && a.hz <= hz - 0.02;
    if (fits(set.arranged)) return set.arranged;
    const along = arrangeRack(colliders, hx >= hz ? [-1, 0] : [0, 1]);
    return fits(along) ? along : set.arranged;
  }
  const push = lists[set.members[0]!]!.find((a) => a && (a.type === 'topple' || a.type === 'push') && a.direction);
  const height = 2 * worldHalfExtents(colliders[0]!, [0, 0, 0, 1])[1];
  const directions: [number, number][] = push?.direction ? [horizontalDirection(push.direction)] : [chainDirection(aspect), hx >= hz ? [1, 0] : [0, -1]];
  let best = set.arranged;
  for (const share of [0.65, 0.58, 0.5]) {
    for (const d of directions) {
      const a = arrangeChain(colliders, d, share * height);
      if (a.hx <= hx - 0.03 && a.hz <= hz - 0.03) return a;
      best = a;
    }
  }
  return best;
}

export function placeEntities(
  entities: readonly PhysicalEntity[],
  actions: readonly Action[],
  floor: SceneFloor,
  layout: LayoutOptions = {},
): InitialPlacement[] {
  const n = entities.length;
  const aspect = layout.aspect;
  const lists = firstActions(entities, actions);
  const rotations = entities.map((e, i) => restRotation(e, lists[i], aspect));
  const sets = findSets(entities, lists, aspect);
  const setOf = new Map<number, SetPiece>();
  for (const set of sets) {
    set.members.forEach((i, k) => {
      setOf.set(i, set);
      rotations[i] = set.arranged.members[k]!.rotation;
    });
  }
  const halves = entities.map((e, i) => worldHalfExtents(e.timeline.collider, rotations[i]));
  const slots: (Slot | undefined)[] = new Array(n).fill(undefined);
  const indexOf = new Map(entities.map((e, i) => [e.source.id, i]));
  const support = floor.water ? floor.water.level : floor.groundY;
  const gap = (i: number) => Math.max(0.15, 0.35 * Math.max(halves[i][0], halves[i][2]));

  // What each entity does first decides whether it starts raised.
  const dropOf = (i: number) => lists[i].find((a) => a && DROP_ACTIONS.has(a.type));
  const raiseForDrop = (i: number, slot: Slot) => {
    const drop = dropOf(i);
    if (drop) {
      slot.y = support + (drop.height ?? DEFAULT_DROP_HEIGHT) + halves[i][1];
      return;
    }
    const throwing = lists[i].find((a) => a?.type === 'throw');
    if (throwing && entities[i].timeline.mobility === 'dynamic') slot.y = Math.max(slot.y, support + THROW_HAND_HEIGHT + halves[i][1]);
  };

  // Relations to the ground or the water are auto placements at another height.
  const autoLike: number[] = [];
  const surfaceY = new Map<number, number>();
  entities.forEach((e, i) => {
    const p = e.source.placement;
    if (p.type === 'auto') autoLike.push(i);
    else if (p.type === 'relation' && (p.target === 'ground' || p.target === 'water')) {
      autoLike.push(i);
      if (p.target === 'water' && floor.water) {
        const w = floor.water;
        const y =
          p.relation === 'under' ? w.level - Math.min(w.depth / 2, Math.max(halves[i][1] + 0.1, 0.4))
          : p.relation === 'above' ? w.level + 1 + halves[i][1]
          : restCentreY(e, halves[i], floor);
        surfaceY.set(i, y);
      } else if (p.relation === 'above') {
        surfaceY.set(i, floor.groundY + 1 + halves[i][1]);
      } else {
        surfaceY.set(i, floor.groundY + halves[i][1]);
      }
    }
  });

  // A loose object rolled or thrown at a set piece on the ground takes a run-up in line with it.
  for (const i of autoLike) {
    if (setOf.has(i) || entities[i].timeline.mobility !== 'dynamic' || entities[i].source.placement.type !== 'auto') continue;
    const aimed = lists[i].find((a) => a && AIMED_ACTIONS.has(a.type));
    const target = aimed?.target !== undefined ? indexOf.get(aimed.target) : undefined;
    const set = target !== undefined ? setOf.get(target) : undefined;
    if (set && set.target === undefined && !aimed?.direction) set.aimed.push(i);
  }
  const aimedAt = new Set(sets.flatMap((s) => s.aimed));

  // Someone who walks along with another walker (a person walking a dog) starts a lead's
  // length behind them, in their footsteps.
  const followers = new Map<number, number[]>();
  const isAuto = (i: number) => entities[i].source.placement.type === 'auto' && !setOf.has(i) && !aimedAt.has(i);
  const walkOf = (i: number) => lists[i].find((a) => a && (a.type === 'walk' || a.type === 'run'));
  for (const i of autoLike) {
    const walk = walkOf(i);
    const j = walk?.target !== undefined ? indexOf.get(walk.target) : undefined;
    if (j === undefined || j === i || !isAuto(i) || !isAuto(j) || followers.has(i)) continue;
    if (entities[i].timeline.mobility !== 'character' || entities[j].timeline.mobility !== 'character') continue;
    const lead = walkOf(j);
    if (!lead || lead.target !== undefined || lead.start > (walk?.start ?? 0) + 0.5 || [...followers.values()].some((f) => f.includes(j))) continue;
    followers.set(j, [...(followers.get(j) ?? []), i]);
  }
  const following = new Set([...followers.values()].flat());

  // Auto: the foreground (everything that moves) laid out for the frame, scenery behind it.
  // A set piece and what is aimed at it, a walker and who walks with them, are one footprint.
  const fore = autoLike.filter((i) => entities[i].timeline.mobility !== 'static');
  const back = autoLike.filter((i) => entities[i].timeline.mobility === 'static');
  type Unit = { footprint: Footprint; place: (x: number, z: number) => void };
  const units: Unit[] = [];
  /** A unit of several entities at offsets (x, z) from one another. */
  const group = (spots: Map<number, [number, number]>): Unit => {
    let x0 = Infinity, x1 = -Infinity, z0 = Infinity, z1 = -Infinity, height = 0;
    for (const [m, [x, z]] of spots) {
      x0 = Math.min(x0, x - halves[m][0]);
      x1 = Math.max(x1, x + halves[m][0]);
      z0 = Math.min(z0, z - halves[m][2]);
      z1 = Math.max(z1, z + halves[m][2]);
      height = Math.max(height, 2 * halves[m][1]);
    }
    const cx = (x0 + x1) / 2, cz = (z0 + z1) / 2;
    return {
      footprint: { hx: (x1 - x0) / 2, hz: (z1 - z0) / 2, height },
      place: (x, z) => {
        for (const [m, [mx, mz]] of spots) slots[m] = { x: x + mx - cx, y: 0, z: z + mz - cz, h: halves[m] };
      },
    };
  };
  for (const i of fore) {
    if (aimedAt.has(i) || following.has(i)) continue;
    const set = setOf.get(i);
    const walkers = followers.get(i);
    if (walkers) {
      // In line behind the leader, each as far back as it keeps when walking along.
      const [dx, dz] = horizontalDirection(walkOf(i)?.direction);
      const spots = new Map<number, [number, number]>([[i, [0, 0]]]);
      let back = 0, prev = i;
      for (const m of walkers) {
        back += Math.max(halves[prev][0], halves[prev][2]) + Math.max(halves[m][0], halves[m][2]) + 0.15;
        spots.set(m, [-dx * back, -dz * back]);
        prev = m;
      }
      units.push(group(spots));
      continue;
    }
    if (!set) {
      units.push({ footprint: { hx: halves[i][0], hz: halves[i][2], height: 2 * halves[i][1] }, place: (x, z) => (slots[i] = { x, y: 0, z, h: halves[i] }) });
      continue;
    }
    if (set.members[0] !== i) continue;
    // The set's own layout, with each aimed object a run-up away from the front member.
    const spots = new Map<number, [number, number]>();
    set.members.forEach((m, k) => spots.set(m, [set.arranged.members[k]!.x, set.arranged.members[k]!.z]));
    const [ax, az] = set.arranged.approach;
    set.aimed.forEach((m, k) => {
      const d = RUN_UP * entities[set.members[0]!].source.size + halves[m][0] + k * (2 * halves[m][0] + gap(m));
      spots.set(m, [set.arranged.front[0] + ax * d, set.arranged.front[1] + az * d]);
    });
    units.push(group(spots));
  }
  const spots = layoutFootprints(units.map((u) => u.footprint), aspect, createRandom(layout.seed ?? 1, 'world/placement'));
  units.forEach((u, k) => u.place(spots[k]!.x, spots[k]!.z));
  let foreDepth = 0;
  for (const i of fore) foreDepth = Math.max(foreDepth, -(slots[i]!.z - halves[i][2]));
  if (back.length > 0) {
    const widths = back.map((i) => 2 * halves[i][0]);
    const spacing = 1.5;
    const total = widths.reduce((s, w) => s + w, 0) + spacing * (back.length - 1);
    let x = -total / 2;
    back.forEach((i, k) => {
      slots[i] = { x: x + halves[i][0], y: 0, z: -(foreDepth + halves[i][2] + 1.5), h: halves[i] };
      x += widths[k] + spacing;
    });
  }
  for (const i of autoLike) {
    const slot = slots[i]!;
    slot.y = surfaceY.get(i) ?? restCentreY(entities[i], halves[i], floor);
    const p = entities[i].source.placement;
    if (p.type === 'auto' || (p.type === 'relation' && p.relation !== 'above' && p.relation !== 'under')) raiseForDrop(i, slot);
  }

  // Absolute placements.
  entities.forEach((e, i) => {
    const p = e.source.placement;
    if (p.type !== 'absolute') return;
    const slot: Slot = { x: p.position[0], y: p.position[1] + halves[i][1], z: p.position[2], h: halves[i] };
    const drop = dropOf(i);
    if (drop?.height !== undefined) slot.y = support + drop.height + halves[i][1];
    slots[i] = slot;
  });

  // Relations to other entities, once their target has a place (a cycle falls back to the row's right end).
  const childCount = new Map<string, number>();
  let pending = entities.map((_, i) => i).filter((i) => !slots[i]);
  while (pending.length > 0) {
    const ready = pending.filter((i) => {
      const p = entities[i].source.placement;
      return p.type === 'relation' && slots[indexOf.get(p.target) ?? -1] !== undefined;
    });
    if (ready.length === 0) {
      // Unresolvable (a cycle): put the first one at the right end of everything placed.
      const i = pending[0];
      const right = slots.reduce((m, s) => (s ? Math.max(m, s.x + s.h[0]) : m), 0);
      slots[i] = { x: right + gap(i) + halves[i][0], y: restCentreY(entities[i], halves[i], floor), z: 0, h: halves[i] };
      raiseForDrop(i, slots[i]!);
      pending = pending.slice(1);
      continue;
    }
    for (const i of ready) {
      const p = entities[i].source.placement;
      if (p.type !== 'relation' || slots[i]) continue;
      const ti = indexOf.get(p.target)!;
      const t = slots[ti]!;
      const h = halves[i];
      const set = setOf.get(i);
      if (set && set.target !== undefined) {
        // The whole set stands together in the middle of the target's top.
        const arranged = fitOnTop(set, entities, lists, aspect, t.h[0], t.h[2]);
        set.members.forEach((m, k) => {
          const member = arranged.members[k]!;
          rotations[m] = member.rotation;
          halves[m] = worldHalfExtents(entities[m].timeline.collider, member.rotation);
          slots[m] = { x: t.x + member.x, y: t.y + t.h[1] + halves[m][1], z: t.z + member.z, h: halves[m] };
        });
        continue;
      }
      const key = `${p.relation}:${ti}`;
      const k = childCount.get(key) ?? 0;
      childCount.set(key, k + 1);
      const rest = restCentreY(entities[i], h, floor);
      let slot: Slot;
      let nudge: [number, number] | undefined;
      switch (p.relation) {
        case 'on':
        case 'in': {
          // Share the target's top side by side; when it is full, stack on the previous one.
          const step = 2 * h[0] + 0.05;
          const offset = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * step;
          const fits = Math.abs(offset) + h[0] <= t.h[0] + 0.01;
          const topOfTarget = t.y + t.h[1];
          const x = fits ? t.x + offset : t.x;
          // On top of whatever already stands there.
          let top = topOfTarget;
          for (const other of slots) {
            if (other && Math.abs(other.x - x) < other.h[0] + h[0] && Math.abs(other.z - t.z) < other.h[2] + h[2]) top = Math.max(top, other.y + other.h[1]);
          }
          slot = { x, y: top + h[1], z: t.z, h };
          break;
        }
        case 'above': {
          const drop = dropOf(i);
          slot = { x: t.x, y: t.y + t.h[1] + (drop?.height ?? 1) + h[1], z: t.z, h };
          break;
        }
        case 'under': {
          const clearance = t.y - t.h[1] - floor.groundY;
          if (clearance >= 2 * h[1] + 0.02) slot = { x: t.x, y: floor.groundY + h[1], z: t.z, h };
          else {
            slot = { x: t.x, y: rest, z: t.z + t.h[2] + h[2] + gap(i), h };
            nudge = [0, 1];
          }
          break;
        }
        case 'next-to': {
          const side = k % 2 === 0 ? 1 : -1;
          slot = { x: t.x + side * (t.h[0] + h[0] + gap(i)), y: rest, z: t.z, h };
          nudge = [side, 0];
          break;
        }
        case 'in-front-of':
          slot = { x: t.x, y: rest, z: t.z + t.h[2] + h[2] + gap(i), h };
          nudge = [0, 1];
          break;
        case 'behind':
          slot = { x: t.x, y: rest, z: t.z - t.h[2] - h[2] - gap(i), h };
          nudge = [0, -1];
          break;
      }
      if (FLOOR_RELATIONS.has(p.relation) && nudge) raiseForDrop(i, slot);
      if (nudge) {
        for (let guard = 0; guard < 50; guard++) {
          const hit = slots.find((s, j) => s !== undefined && j !== i && overlaps(slot, s));
          if (!hit) break;
          const along = nudge[0] !== 0 ? 0 : 2;
          const dir = nudge[0] !== 0 ? nudge[0] : nudge[1];
          const hitCentre = along === 0 ? hit.x : hit.z;
          const target = hitCentre + dir * (hit.h[along] + h[along] + gap(i));
          if (along === 0) slot.x = target;
          else slot.z = target;
        }
      }
      slots[i] = slot;
    }
    const done = new Set(ready);
    pending = pending.filter((i) => !done.has(i));
  }

  return entities.map((_, i) => {
    const s = slots[i]!;
    return { position: [s.x, s.y, s.z] as Vec3, rotation: rotations[i] };
  });
}
