/**
 * Where every entity starts. Pure and deterministic: the same cast, actions and floor always
 * give the same positions.
 *
 * - auto: a row across x centred on 0 at z = 0, spaced by each entity's width (more than
 *   six fill several rows, front to back, like lines of text); fixed scenery (trees, houses) goes in a row behind. In a water scene
 *   loose objects start at the surface, fish below it.
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
 */
import type { Quat, Vec3 } from '../../math/vec3.ts';
import type { Action } from '../../plan/scenePlanSchema.ts';
import { worldHalfExtents } from '../entities/colliderGeometry.ts';
import type { PhysicalEntity } from '../entities/resolveEntity.ts';
import { quatFromEulerDegrees, quatFromTo, yawQuatFromDirection } from '../math/rotations.ts';
import type { SceneFloor } from './SceneFloor.ts';

export interface InitialPlacement {
  /** Centre of the collider. */
  position: Vec3;
  rotation: Quat;
}

export const DEFAULT_DROP_HEIGHT = 2;
export const THROW_HAND_HEIGHT = 1;
const DROP_ACTIONS = new Set(['fall', 'drop', 'bounce']);
const MOVING_ACTIONS = new Set(['walk', 'run', 'fly', 'roll', 'slide', 'push', 'throw', 'jump']);
/** Relations that keep an object on the floor beside its target (so a drop raises it). */
const FLOOR_RELATIONS = new Set(['next-to', 'in-front-of', 'behind', 'under']);
const ROW_LIMIT = 6;

interface Slot {
  x: number;
  y: number;
  z: number;
  h: Vec3;
}

/** Horizontal unit direction of an action (default +x, to the right). */
export function horizontalDirection(direction: Vec3 | undefined): [number, number] {
  if (!direction) return [1, 0];
  const l = Math.sqrt(direction[0] * direction[0] + direction[2] * direction[2]);
  return l > 1e-9 ? [direction[0] / l, direction[2] / l] : [1, 0];
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

function baseRotation(e: PhysicalEntity, list: readonly (Action | undefined)[]): Quat {
  const p = e.source.placement;
  if (p.type === 'absolute' && p.rotation) return quatFromEulerDegrees(p.rotation);
  const moving = list.find((a) => a && MOVING_ACTIONS.has(a.type));
  if (e.timeline.collider.shape === 'cylinder' && moving?.type === 'roll') {
    // A barrel or a log rolls on its side, its axis across the direction of travel.
    const [dx, dz] = horizontalDirection(moving.direction);
    return quatFromTo([0, 1, 0], [dz, 0, -dx]);
  }
  if (e.timeline.mobility === 'character' && moving?.direction) {
    const [dx, dz] = horizontalDirection(moving.direction);
    return yawQuatFromDirection(dx, dz);
  }
  return [0, 0, 0, 1];
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

export function placeEntities(
  entities: readonly PhysicalEntity[],
  actions: readonly Action[],
  floor: SceneFloor,
): InitialPlacement[] {
  const n = entities.length;
  const lists = firstActions(entities, actions);
  const rotations = entities.map((e, i) => baseRotation(e, lists[i]));
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

  // Auto: the foreground (everything that moves) in a row or grid, scenery behind it.
  const fore = autoLike.filter((i) => entities[i].timeline.mobility !== 'static');
  const back = autoLike.filter((i) => entities[i].timeline.mobility === 'static');
  let foreDepth = 0;
  if (fore.length <= ROW_LIMIT) {
    const widths = fore.map((i) => 2 * halves[i][0]);
    const gaps = fore.map((i, k) => (k === 0 ? 0 : Math.max(gap(i), gap(fore[k - 1]))));
    const total = widths.reduce((s, w) => s + w, 0) + gaps.reduce((s, g) => s + g, 0);
    let x = -total / 2;
    fore.forEach((i, k) => {
      x += gaps[k];
      slots[i] = { x: x + halves[i][0], y: 0, z: 0, h: halves[i] };
      x += widths[k];
      foreDepth = Math.max(foreDepth, halves[i][2]);
    });
  } else {
    // Many things: rows like lines of text, about as wide as the whole set is deep, front row at +z.
    const footprint = fore.reduce((sum, i) => sum + (2 * halves[i][0] + gap(i)) * (2 * halves[i][2] + gap(i)), 0);
    const widest = fore.reduce((m, i) => Math.max(m, 2 * halves[i][0]), 0);
    const rowWidth = Math.max(widest, 1.6 * Math.sqrt(footprint));
    const rows: number[][] = [[]];
    let used = 0;
    for (const i of fore) {
      const w = 2 * halves[i][0] + (rows[rows.length - 1].length > 0 ? gap(i) : 0);
      if (used + w > rowWidth && rows[rows.length - 1].length > 0) {
        rows.push([]);
        used = 0;
      }
      used += rows[rows.length - 1].length > 0 ? w : 2 * halves[i][0];
      rows[rows.length - 1].push(i);
    }
    const depths = rows.map((row) => row.reduce((m, i) => Math.max(m, 2 * halves[i][2] + gap(i)), 0));
    const totalDepth = depths.reduce((a, d) => a + d, 0);
    let z = totalDepth / 2;
    rows.forEach((row, r) => {
      const widths = row.map((i) => 2 * halves[i][0]);
      const gaps = row.map((i, k) => (k === 0 ? 0 : Math.max(gap(i), gap(row[k - 1]))));
      const total = widths.reduce((a, w) => a + w, 0) + gaps.reduce((a, g) => a + g, 0);
      let x = -total / 2;
      const zc = z - depths[r] / 2;
      row.forEach((i, k) => {
        x += gaps[k];
        slots[i] = { x: x + halves[i][0], y: 0, z: zc, h: halves[i] };
        x += widths[k];
      });
      z -= depths[r];
    });
    foreDepth = totalDepth / 2;
  }
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
      if (p.type !== 'relation') continue;
      const ti = indexOf.get(p.target)!;
      const t = slots[ti]!;
      const h = halves[i];
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
