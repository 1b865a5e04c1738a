/**
 * A body of water in perspective: deep colour looking down into it, the sky mirrored at a
 * glance towards the horizon, far scenery reflected upside down, the sun's glitter path,
 * and ripples that roll in as a pure function of time (each wavelength moving at its own
 * deep-water speed). The still part is drawn once per camera pose; the ripples and glints
 * every frame, clipped to the visible water so anything standing in front stays in front.
 */
import type { Path2D, SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../../random/createRandom.ts';
import { mixRgb, parseColour, scaleRgb, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { hashUnit } from '../geometry/hashNoise.ts';
import { offsetForElevation, rayThrough } from '../geometry/horizon.ts';
import { paintBands, type BandStop } from '../geometry/paintBands.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectDirection, projectPolygon, projectPolyline, viewOf } from '../geometry/projectWorld.ts';
import { exposure, hazed, litRgb, UP } from '../geometry/shading.ts';
import type { RingLayer } from '../scenery/RingLayer.ts';
import { skyColourAt } from '../sky/skyColour.ts';
import { waterLookOf, type WaterLook } from './waterLook.ts';

/** The water's outline on its surface, as [x, z, x, z, …] (world metres). */
export type WaterOutline = readonly number[];

export interface WaterOptions {
  kind: string;
  level: number;
  depth: number;
  outline: WaterOutline;
  /** Far scenery mirrored in the water. */
  reflect?: readonly RingLayer[];
  /** Pool tiles on the bottom. */
  tiledBottom?: boolean;
  /** Lily pads (ponds). */
  lilies?: boolean;
  seed: number;
  /** Screen shapes in front of the water (a tub's rim), subtracted from the ripple clip. */
  occluders?: (view: BackdropView) => Path2D | null;
}

const TWO_PI = Math.PI * 2;
const G = 9.81;

/**
 * The horizontal directions bounding what the camera sees (with a margin), as unit [x, z]
 * vectors on the water plane.
 */
function viewWedge(view: BackdropView, level: number): [[number, number], [number, number]] {
  const { basis, width, height } = view;
  const f = basis.forward;
  const fl = Math.hypot(f[0], f[2]);
  const fx = fl > 1e-6 ? f[0] / fl : basis.up[0];
  const fz = fl > 1e-6 ? f[2] / fl : basis.up[2];
  // The frame's corner rays: where they meet the water (or, above the horizon, where they head).
  const eyeH = basis.eye[1] - level;
  let lo = 0;
  let hi = 0;
  for (const [x, y] of [[0, 0], [width, 0], [0, height], [width, height], [width / 2, height]] as const) {
    const d = rayThrough(basis, x, y);
    let dx = d[0];
    let dz = d[2];
    if (d[1] < 0 && eyeH > 0) {
      const s = eyeH / -d[1];
      dx *= s;
      dz *= s;
    }
    const a = Math.atan2(fx * dz - fz * dx, dx * fx + dz * fz);
    lo = Math.min(lo, a);
    hi = Math.max(hi, a);
  }
  const turn = (a: number): [number, number] => [fx * Math.cos(a) - fz * Math.sin(a), fx * Math.sin(a) + fz * Math.cos(a)];
  return [turn(Math.max(-1.5, lo - 0.06)), turn(Math.min(1.5, hi + 0.06))];
}

/**
 * Where a crest line (constant along-coordinate `c`) crosses the view wedge: the interval of
 * its across-coordinate, from the eye's (along, across) = (eyeC, mid), no further than `reach`.
 * Along/across are z/x for crests rolling in; x/z for a river's (the wedge is given in x, z).
 */
function crossing(w0: [number, number], w1: [number, number], eyeC: number, mid: number, c: number, reach: number, alongIsZ = true): [number, number] | null {
  const hits: number[] = [];
  for (const w of [w0, w1]) {
    const da = alongIsZ ? w[1] : w[0];
    const dc = alongIsZ ? w[0] : w[1];
    if (Math.abs(da) < 1e-9) continue;
    const s = (c - eyeC) / da;
    if (s > 0) hits.push(mid + dc * Math.min(s, reach * 3));
  }
  if (hits.length === 2) return [Math.min(hits[0]!, hits[1]!), Math.max(hits[0]!, hits[1]!)];
  // One edge misses the line: the view extends to the far reach on that side.
  if (hits.length === 1) {
    const lo = Math.min(hits[0]!, mid - reach);
    const hi = Math.max(hits[0]!, mid + reach);
    return [lo, hi];
  }
  return null;
}

/** A closed outline of an ellipse (or circle) on the water surface. */
export function ellipseOutline(cx: number, cz: number, rx: number, rz: number, segments = 72, wobble = 0, seed = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i < segments; i++) {
    const a = (i / segments) * TWO_PI;
    const w = wobble > 0 ? 1 + wobble * (Math.sin(a * 3 + seed) * 0.6 + Math.sin(a * 5 + seed * 2) * 0.4) : 1;
    out.push(cx + Math.sin(a) * rx * w, cz - Math.cos(a) * rz * w);
  }
  return out;
}

export function rectOutline(x0: number, z0: number, x1: number, z1: number): number[] {
  return [x0, z0, x1, z0, x1, z1, x0, z1];
}

interface Lily {
  x: number;
  z: number;
  r: number;
  notch: number;
}

export class WaterLayer implements BackdropLayer {
  readonly name = 'water';
  private readonly look: WaterLook;
  private readonly lilies: Lily[] = [];
  private readonly glints: { u: number; w: number; phase: number; rate: number }[] = [];
  private readonly xzBounds: [number, number, number, number];

  constructor(private readonly o: WaterOptions) {
    this.look = waterLookOf(o.kind);
    const rnd = createRandom(o.seed, 'water');
    for (let i = 0; i < 140; i++) this.glints.push({ u: rnd.next(), w: rnd.gaussian() * 0.5, phase: rnd.range(0, TWO_PI), rate: rnd.range(2.5, 6) });
    let x0 = Infinity, z0 = Infinity, x1 = -Infinity, z1 = -Infinity;
    for (let i = 0; i < o.outline.length; i += 2) {
      x0 = Math.min(x0, o.outline[i]!);
      x1 = Math.max(x1, o.outline[i]!);
      z0 = Math.min(z0, o.outline[i + 1]!);
      z1 = Math.max(z1, o.outline[i + 1]!);
    }
    this.xzBounds = [x0, z0, x1, z1];
    if (o.lilies) {
      for (let i = 0; i < 26; i++) {
        const x = rnd.range(x0, x1) * 0.8;
        const z = rnd.range(z0, z1) * 0.8;
        if (Math.hypot(x, z) < 2.5) continue;
        this.lilies.push({ x, z, r: rnd.range(0.18, 0.4), notch: rnd.range(0, TWO_PI) });
      }
    }
  }

  private outlineScreen(view: BackdropView): number[] {
    const pts: number[] = [];
    for (let i = 0; i < this.o.outline.length; i += 2) pts.push(this.o.outline[i]!, this.o.outline[i + 1]!);
    const world: number[] = [];
    for (let i = 0; i < pts.length; i += 2) world.push(pts[i]!, this.o.level, pts[i + 1]!);
    return projectPolygon(view.basis, world);
  }

  /** Colour of the water seen at a given distance: mostly its own colour close by, mostly sky far away. */
  private colourAt(view: BackdropView, distance: number): Rgb {
    const eyeH = Math.max(0.05, view.basis.eye[1] - this.o.level);
    const grazing = eyeH / Math.hypot(eyeH, distance); // sine of the angle below the horizon
    // Schlick's Fresnel: reflection rises steeply towards grazing angles.
    const fresnel = 0.02 + 0.98 * Math.pow(1 - grazing, 5);
    const own = mixRgb(parseColour(this.look.shallow), parseColour(this.look.deep), Math.min(1, grazing * 1.6));
    const lit = litRgb(view.light, own, UP, 0.6);
    const sky = skyColourAt(view.lighting, Math.asin(grazing) * 57.3 * 0.5 + 2);
    const mirrored = scaleRgb(sky, 0.92);
    const c = mixRgb(lit, mirrored, Math.min(0.95, fresnel * this.look.reflectivity + 0.12 * this.look.reflectivity));
    return hazed(view.light, c, distance);
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const screen = this.outlineScreen(view);
    if (screen.length < 6) return;
    const path = new PathBuilder().polygon(screen).toPath();
    ctx.save();
    ctx.clip(path);
    const stops: BandStop[] = [];
    const reach = Math.hypot(view.width, view.height) * 3;
    const eyeH = view.basis.eye[1] - this.o.level;
    if (eyeH > 0.02) {
      for (const d of [40000, 3000, 600, 150, 50, 20, 9, 4, 2, 1, 0.4]) {
        const v = offsetForElevation(view.basis, view.horizon, -Math.atan2(eyeH, d), reach);
        if (Number.isFinite(v)) stops.push({ v, colour: this.colourAt(view, d) });
      }
    }
    if (stops.length > 0) paintBands(ctx, view.horizon, view.width, view.height, stops);
    else {
      ctx.fillStyle = toRgba(this.colourAt(view, 1));
      ctx.fillRect(0, 0, view.width, view.height);
    }
    if (this.o.tiledBottom) this.drawPoolBottom(ctx, view);
    for (const ring of this.o.reflect ?? []) ring.drawReflection(ctx, view, this.o.level, parseColour(this.look.deep), 0.55 * this.look.reflectivity + 0.15);
    this.drawSunPath(ctx, view);
    if (this.lilies.length > 0) this.drawLilies(ctx, view);
    ctx.restore();
    let clip: Path2D = path;
    const occluder = this.o.occluders?.(view);
    if (occluder) clip = path.op(occluder, 1 /* difference */);
    view.waterClip = clip;
  }

  /** The soft bright road of light on the water below a low sun or the moon. */
  private drawSunPath(ctx: SKRSContext2D, view: BackdropView): void {
    const { lighting, basis, height } = view;
    if (lighting.lightSource === 'lamp' || (lighting.sunVisibility ?? 1) < 0.05) return;
    const sun = lighting.sunDirection;
    if (sun[1] < 0) return;
    const mirror = projectDirection(basis, [sun[0], -sun[1], sun[2]]);
    const onHorizon = projectDirection(basis, [sun[0], 0, sun[2]]);
    if (!mirror || !onHorizon) return;
    const sunRgb = mixRgb(parseColour(lighting.sunColour), [255, 255, 255], 0.3);
    const strength = (lighting.sunVisibility ?? 1) * (lighting.lightSource === 'moon' ? 0.45 : 0.35 + 0.4 * Math.max(0, 1 - sun[1] * 2));
    const len = Math.max(30, mirror.y - onHorizon.y);
    const w = height * 0.06;
    ctx.save();
    ctx.translate(onHorizon.x, onHorizon.y);
    ctx.rotate(Math.atan2(mirror.x - onHorizon.x, mirror.y - onHorizon.y) * -1);
    ctx.scale(w / len, 1);
    const g = ctx.createRadialGradient(0, 0, 0, 0, 0, len);
    g.addColorStop(0, toRgba(sunRgb, strength));
    g.addColorStop(0.5, toRgba(sunRgb, strength * 0.35));
    g.addColorStop(1, toRgba(sunRgb, 0));
    ctx.fillStyle = g;
    ctx.fillRect(-len, 0, len * 2, len);
    ctx.restore();
  }

  private drawPoolBottom(ctx: SKRSContext2D, view: BackdropView): void {
    const [x0, z0, x1, z1] = this.xzBounds;
    const y = this.o.level - this.o.depth;
    const grid = new PathBuilder();
    const lanes = new PathBuilder();
    const tile = 0.5;
    for (let x = Math.ceil(x0 / tile) * tile; x <= x1; x += tile) {
      for (const run of projectPolyline(view.basis, [x, y, z0, x, y, z1])) grid.polyline(run);
    }
    for (let z = Math.ceil(z0 / tile) * tile; z <= z1; z += tile) {
      for (const run of projectPolyline(view.basis, [x0, y, z, x1, y, z])) grid.polyline(run);
    }
    for (let x = x0 + 1.25; x < x1 - 0.5; x += 2.5) {
      const lane = projectPolygon(view.basis, [x - 0.12, y, z0 + 1, x + 0.12, y, z0 + 1, x + 0.12, y, z1 - 1, x - 0.12, y, z1 - 1]);
      lanes.polygon(lane);
    }
    const deep = litRgb(view.light, parseColour('#0b4f8a'), UP, 0.6);
    if (!lanes.empty) {
      ctx.fillStyle = toRgba(deep, 0.45);
      ctx.fill(lanes.toPath());
    }
    if (!grid.empty) {
      ctx.strokeStyle = toRgba(litRgb(view.light, [230, 250, 255], UP, 0.6), 0.28);
      ctx.lineWidth = Math.max(0.6, view.height / 900);
      ctx.stroke(grid.toPath());
    }
  }

  private drawLilies(ctx: SKRSContext2D, view: BackdropView): void {
    const pads = new PathBuilder();
    const rims = new PathBuilder();
    const flowers = new PathBuilder();
    const v = [0, 0, 0];
    const eyeH = view.basis.eye[1] - this.o.level;
    for (const l of this.lilies) {
      viewOf(view.basis, l.x, this.o.level, l.z, v);
      if (v[2]! < 0.5) continue;
      const s = view.focal / v[2]!;
      const x = view.basis.cx + v[0]! * s;
      const y = view.basis.cy - v[1]! * s;
      const rx = l.r * s;
      const ry = rx * Math.min(1, Math.max(0.05, eyeH / v[2]!));
      if (rx < 1) continue;
      rims.ellipse(x, y + ry * 0.25, rx, ry);
      pads.ellipse(x, y, rx, ry);
      if (l.notch > 4.5 && rx > 3) flowers.ellipse(x + rx * 0.2, y - ry * 0.8, rx * 0.25, rx * 0.2);
    }
    ctx.fillStyle = toRgba(litRgb(view.light, [40, 80, 35], UP, 0.5), 0.9);
    ctx.fill(rims.toPath());
    ctx.fillStyle = toRgba(litRgb(view.light, [80, 140, 60], UP, 0.5));
    ctx.fill(pads.toPath());
    if (!flowers.empty) {
      ctx.fillStyle = toRgba(litRgb(view.light, [250, 200, 220], [0, 0.5, 1], 0.5));
      ctx.fill(flowers.toPath());
    }
  }

  drawAnimated(ctx: SKRSContext2D, view: BackdropView, time: number): void {
    if (!view.waterClip) return;
    const eyeH = view.basis.eye[1] - this.o.level;
    if (eyeH <= 0.02) return;
    ctx.save();
    ctx.clip(view.waterClip);
    this.drawRipples(ctx, view, time);
    this.drawGlints(ctx, view, time);
    ctx.restore();
  }

  /** Crests of each ripple wavelength, drawn where their spacing on screen is comfortably visible. */
  private drawRipples(ctx: SKRSContext2D, view: BackdropView, time: number): void {
    const { basis, focal } = view;
    const eye = basis.eye;
    const eyeH = eye[1] - this.o.level;
    const [bx0, bz0, bx1, bz1] = this.xzBounds;
    const along = this.look.flow === 'along';
    const still = this.look.flow === 'still';
    const skyRgb = skyColourAt(view.lighting, 8);
    const sunRgb = parseColour(view.lighting.sunColour);
    const bright = mixRgb(skyRgb, [255, 255, 255], 0.35);
    const highlight = mixRgb(bright, sunRgb, 0.2 * Math.min(1, view.lighting.sunIntensity));
    const trough = scaleRgb(parseColour(this.look.deep), 0.6 * exposure(view.light.ambient[1] + view.light.sun[1] * 0.5));
    const fx = basis.forward[0];
    const fz = basis.forward[2];
    const fl = Math.hypot(fx, fz) || 1;
    const wedge = viewWedge(view, this.o.level);
    for (const lambda of this.look.wavelengths) {
      // The distance band where crests λ apart are 5..40 px apart on screen.
      const dNear = Math.max(0.3, Math.sqrt((focal * lambda * eyeH) / 60));
      const dFar = Math.min(600, Math.sqrt((focal * lambda * eyeH) / 4));
      if (dFar <= dNear) continue;
      const speed = still ? 0.05 : Math.sqrt((G * lambda) / TWO_PI) * (along ? 1.4 : 0.6);
      const shift = (speed * time) % lambda;
      // Crest n at this moment is the wave that started as crest n − cycles: hash by that, so a
      // wave keeps its dashes as it travels.
      const cycles = Math.floor((speed * time) / lambda);
      const hi = new PathBuilder();
      const lo = new PathBuilder();
      const thick = lambda * 0.09;
      // Crest lines: constant z (rolling in towards +z) or constant x (a river flowing along +x).
      const axisZ = !along;
      const eyeC = axisZ ? eye[2] : eye[0];
      const mid = axisZ ? eye[0] : eye[2];
      const [lo0, lo1] = axisZ ? [bx0, bx1] : [bz0, bz1];
      const [al0, al1] = axisZ ? [bz0, bz1] : [bx0, bx1];
      const [w0, w1] = wedge;
      const towardsViewer = Math.max(0.2, Math.abs(axisZ ? fz / fl : fx / fl));
      const n0 = Math.floor((eyeC - dFar / towardsViewer - shift) / lambda);
      const n1 = Math.ceil((eyeC + dFar / towardsViewer - shift) / lambda);
      // Each crest breaks into tapered dashes of light (and a darker trough just in front),
      // laid only across the part of the crest inside the view.
      let t0 = 0;
      let seg = 1;
      const level = this.o.level;
      const { right: r, up: u, forward: f, eye: e, cx, cy } = basis;
      const sx = new Float64Array(8);
      const sy = new Float64Array(8);
      // One tapered dash straight to screen coordinates (skipped if any corner is behind the camera).
      const lens = (pb: PathBuilder, c: number, n: number, k: number, from: number, to: number): void => {
        const a = t0 + seg * (k + 0.15 * hashUnit(this.o.seed, n, k, 1));
        const b = a + seg * (0.45 + 0.5 * hashUnit(this.o.seed, n, k, 2));
        for (let i = 0; i < 8; i++) {
          // Corners 0..3 along the front edge, 4..7 back along the rear edge.
          const step = i < 4 ? i : 7 - i;
          const t = a + ((b - a) * step) / 3;
          const taper = Math.sin((Math.PI * step) / 3);
          const wob = Math.sin(t * (2.4 / lambda) + n * 1.7 + time * 0.8) * lambda * 0.12;
          const along = c + wob + (i < 4 ? from : to) * taper;
          const wx = axisZ ? t : along;
          const wz = axisZ ? along : t;
          const dx = wx - e[0];
          const dy = level - e[1];
          const dz = wz - e[2];
          const depth = dx * f[0] + dy * f[1] + dz * f[2];
          if (depth < 0.2) return;
          sx[i] = cx + (focal * (dx * r[0] + dy * r[1] + dz * r[2])) / depth;
          sy[i] = cy - (focal * (dx * u[0] + dy * u[1] + dz * u[2])) / depth;
        }
        // The taper makes corners 3/4 and 0/7 coincide: six distinct points.
        pb.moveTo(sx[0]!, sy[0]!).lineTo(sx[1]!, sy[1]!).lineTo(sx[2]!, sy[2]!).lineTo(sx[3]!, sy[3]!).lineTo(sx[5]!, sy[5]!).lineTo(sx[6]!, sy[6]!).close();
      };
      for (let n = n0; n <= n1; n++) {
        const c = n * lambda + shift;
        if (c < al0 || c > al1) continue;
        const dAlong = Math.abs(c - eyeC) * towardsViewer;
        if (dAlong < dNear * 0.7 || dAlong > dFar) continue;
        const span = crossing(w0, w1, eyeC, mid, c, dFar, axisZ);
        if (!span) continue;
        const a0 = Math.max(lo0, span[0]);
        const a1 = Math.min(lo1, span[1]);
        if (a1 <= a0) continue;
        // Dashes about 2.5 wavelengths apart, counted from a world-fixed grid so they do not crawl.
        const pitch = lambda * 3;
        const k0 = Math.floor(a0 / pitch);
        const k1 = Math.ceil(a1 / pitch);
        t0 = 0;
        seg = pitch;
        const id = n - cycles;
        for (let k = k0; k < k1; k++) {
          if (hashUnit(this.o.seed, id, k, 3) < 0.3) continue;
          lens(hi, c, id, k, -thick * 1.4, 0);
          if (lambda > 2) lens(lo, c, id, k, thick * 0.4, thick * 2.2);
        }
      }
      const alpha = this.look.chop * (0.5 + 0.5 * Math.min(1, 1.6 / lambda));
      if (!lo.empty) {
        ctx.fillStyle = toRgba(trough, alpha * 0.35);
        ctx.fill(lo.toPath());
      }
      if (!hi.empty) {
        ctx.fillStyle = toRgba(highlight, alpha * 0.55);
        ctx.fill(hi.toPath());
      }
    }
  }

  /** Sparkles flickering on the ripples in the sun's (or moon's) reflection. */
  private drawGlints(ctx: SKRSContext2D, view: BackdropView, time: number): void {
    const { lighting, basis } = view;
    if (lighting.lightSource === 'lamp' || (lighting.sunVisibility ?? 1) < 0.2) return;
    const sun = lighting.sunDirection;
    const eye = basis.eye;
    const eyeH = eye[1] - this.o.level;
    const az = Math.atan2(sun[0], -sun[2]);
    const dx = Math.sin(az);
    const dz = -Math.cos(az);
    // The glitter path lies where the water mirrors the sun: nearer for a high sun.
    const centre = eyeH / Math.max(0.05, Math.tan(Math.max(0.03, Math.asin(sun[1]))));
    const spread = 0.25 + 0.4 * Math.max(0, 1 - sun[1] * 2);
    const near = Math.max(0.5, centre * 0.25);
    const far = Math.min(2000, centre * 6 + 5);
    const pb = new PathBuilder();
    const v = [0, 0, 0];
    const [bx0, bz0, bx1, bz1] = this.xzBounds;
    for (const g of this.glints) {
      const flicker = Math.sin(time * g.rate + g.phase);
      if (flicker < 0.6) continue;
      const d = near * Math.pow(far / near, g.u);
      const lateral = g.w * spread * d;
      const x = eye[0] + dx * d - dz * lateral;
      const z = eye[2] + dz * d + dx * lateral;
      if (x < bx0 || x > bx1 || z < bz0 || z > bz1) continue;
      viewOf(basis, x, this.o.level, z, v);
      if (v[2]! < 0.3) continue;
      const s = view.focal / v[2]!;
      const r = Math.max(0.6, Math.min(4, 0.06 * s)) * (flicker - 0.5) * 2;
      const sx = basis.cx + v[0]! * s;
      const sy = basis.cy - v[1]! * s;
      pb.rect(sx - r * 1.5, sy - r * 0.3, r * 3, r * 0.6);
    }
    if (pb.empty) return;
    const c = mixRgb(parseColour(lighting.sunColour), [255, 255, 255], 0.6);
    ctx.fillStyle = toRgba(c, (lighting.sunVisibility ?? 1) * (lighting.lightSource === 'moon' ? 0.6 : 0.9));
    ctx.fill(pb.toPath());
  }
}
