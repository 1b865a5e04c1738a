/**
 * A broadleaf tree: a tapering trunk with a couple of branches, under a crown of overlapping
 * leaf clusters — darker below, lighter on top — placed by a generator seeded with the
 * entity id; a label such as "pine" or "fir" gives a conifer of stacked cones. The trunk fills the (narrow) collider; the crown spreads wider than it, as real
 * crowns do, since only the trunk is solid.
 */
import type { Vec3 } from '../../../../math/vec3.ts';
import type { Part } from '../../../model/Part.ts';
import { darken, lighten } from '../colour.ts';
import type { Random } from '../../../../random/createRandom.ts';
import { behindLayer } from '../decalLayer.ts';
import { defineProp } from '../defineProp.ts';
import { rod } from '../shapes.ts';

/** How far the crown may reach from the trunk axis, as a multiple of the tree's height. */
export const TREE_CROWN_REACH = 0.34;

/** Labels that ask for a conifer rather than a broadleaf tree. */
const CONIFER = /pine|fir\b|spruce|conifer|christmas|cedar|larch|tanne|fichte|kiefer/i;

/** A conifer: a straight trunk under tiers of cones, narrowing to the top. */
function conifer(r: number, hh: number, colour: string, rnd: Random, toMetres: number): Part[] {
  const h = 2 * hh;
  const bark = '#5a3d28';
  const base = -hh + h * rnd.range(0.14, 0.2);
  const reach = h * TREE_CROWN_REACH * rnd.range(0.62, 0.72);
  const reachMetres = reach * toMetres;
  // The trunk stops inside the lowest tier and paints behind the cones, which hide the rest.
  const trunkTop = base + h * 0.04;
  const parts: Part[] = [
    { shape: 'cylinder', position: [0, (-hh + trunkTop) / 2, 0], size: [2 * r * 0.8, trunkTop + hh, 2 * r * 0.8], colour: bark, finish: 'matte', pattern: 'wood-grain', patternColour: darken(bark, 0.45), layer: behindLayer(reachMetres) },
  ];
  const tiers = rnd.int(4, 5);
  const span = hh - base;
  for (let i = 0; i < tiers; i++) {
    const f = i / tiers;
    const bottom = base + span * f * 0.8;
    const top = Math.min(hh, bottom + span * (0.42 - f * 0.12));
    const w = 2 * reach * (1 - f * 0.72);
    const shade = i % 2 ? lighten(colour, 0.05 + f * 0.08) : i === 0 ? darken(colour, 0.08) : colour;
    parts.push({ shape: 'cone', position: [0, (bottom + top) / 2, 0], size: [w, top - bottom, w], colour: shade, finish: 'matte', pattern: 'seams', patternColour: darken(colour, 0.25) });
  }
  return parts;
}

export const treeModel = defineProp('tree', ({ half, colour, random, entity, scale }) => {
  const [r, hh] = [half[0], half[1]];
  const h = 2 * hh;
  const rnd = random();
  if (CONIFER.test(entity.label)) return conifer(r, hh, colour, rnd, scale);
  const bark = '#6b4a2f';
  const crownBase = -hh + h * rnd.range(0.36, 0.44);
  const crownTop = hh;
  const crownMid = (crownBase + crownTop) / 2;
  const crownR = Math.min(h * TREE_CROWN_REACH, (crownTop - crownBase) * rnd.range(0.55, 0.66));
  const parts: Part[] = [
    { shape: 'cylinder', position: [0, -hh + h * 0.2, 0], size: [2 * r, h * 0.4, 2 * r], colour: bark, finish: 'matte', pattern: 'wood-grain', patternColour: darken(bark, 0.45) },
    { shape: 'cylinder', position: [0, -hh + h * 0.48, 0], size: [2 * r * 0.78, h * 0.2, 2 * r * 0.78], colour: bark, finish: 'matte', pattern: 'wood-grain', patternColour: darken(bark, 0.45) },
    // Root flare.
    { shape: 'ellipsoid', position: [0, -hh + h * 0.01, 0], size: [2 * r, h * 0.03, 2 * r], colour: darken(bark, 0.1), finish: 'matte' },
  ];
  for (let i = 0; i < 2; i++) {
    const a = rnd.range(0, Math.PI * 2) + i * Math.PI;
    const from: Vec3 = [0, crownBase - h * 0.02, 0];
    parts.push(rod(from, [Math.cos(a) * crownR * 0.4, crownBase + h * 0.1, Math.sin(a) * crownR * 0.4], r * 0.7, bark, 'matte'));
  }
  // Crown: one big core and a ring of clusters around it, then a few on top.
  parts.push({ shape: 'ellipsoid', position: [0, crownMid, 0], size: [crownR * 1.55, (crownTop - crownBase) * 0.8, crownR * 1.55], colour: darken(colour, 0.12), finish: 'matte', pattern: 'spots', patternColour: darken(colour, 0.3) });
  const ring = rnd.int(6, 8);
  for (let i = 0; i < ring; i++) {
    const a = (i / ring) * Math.PI * 2 + rnd.range(-0.3, 0.3);
    const cr = crownR * rnd.range(0.42, 0.55);
    const dist = crownR - cr;
    const y = crownBase + (crownTop - crownBase) * rnd.range(0.32, 0.5);
    parts.push({
      shape: 'ellipsoid',
      position: [Math.cos(a) * dist, y, Math.sin(a) * dist],
      size: [2 * cr, 2 * cr * 0.85, 2 * cr],
      colour: i % 2 ? colour : darken(colour, rnd.range(0.03, 0.12)),
      finish: 'matte',
      pattern: 'spots',
      patternColour: lighten(colour, 0.15),
    });
  }
  const tops = rnd.int(3, 4);
  for (let i = 0; i < tops; i++) {
    const a = (i / tops) * Math.PI * 2 + rnd.range(0, 1);
    const cr = crownR * rnd.range(0.4, 0.5);
    const dist = crownR * rnd.range(0.15, 0.35);
    const y = Math.min(crownTop - cr * 0.85, crownBase + (crownTop - crownBase) * rnd.range(0.62, 0.75));
    parts.push({
      shape: 'ellipsoid',
      position: [Math.cos(a) * dist, y, Math.sin(a) * dist],
      size: [2 * cr, 2 * cr * 0.85, 2 * cr],
      colour: lighten(colour, rnd.range(0.04, 0.14)),
      finish: 'matte',
      pattern: 'spots',
      patternColour: lighten(colour, 0.28),
    });
  }
  return parts;
});
