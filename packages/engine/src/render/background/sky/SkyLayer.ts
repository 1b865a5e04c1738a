/**
 * The sky dome: the zenith-to-horizon gradient of the time of day and weather, the glow
 * around the sun (a wide warm band along the horizon at dawn and sunset), the sun or moon
 * disc where the camera sees it, and seeded stars at night.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { createRandom } from '../../../random/createRandom.ts';
import { mixRgb, parseColour, toRgba, type Rgb } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { offsetForElevation } from '../geometry/horizon.ts';
import { paintBands, type BandStop } from '../geometry/paintBands.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectDirection } from '../geometry/projectWorld.ts';
import { SKY_STOPS_DEG, skyColourAt } from './skyColour.ts';

interface Star {
  d: Vec3;
  /** 0..1 */
  brightness: number;
  tint: number;
}

export interface SkyOptions {
  /** Stars all round (space) rather than only above the horizon. */
  fullSphere: boolean;
  starCount: number;
  /** The ground's colour bands below the horizon (painted in the same pass as the sky). */
  ground?: (view: BackdropView) => BandStop[];
  /** Stars only above the horizon (the ground hides the rest). */
  horizonCut?: boolean;
}

const DEG = Math.PI / 180;

export class SkyLayer implements BackdropLayer {
  readonly name = 'sky';
  private readonly stars: Star[] = [];

  constructor(seed: number, private readonly options: SkyOptions) {
    const rnd = createRandom(seed, 'sky-stars');
    for (let i = 0; i < options.starCount; i++) {
      // Uniform on the sphere (or the upper half), a few bright ones among many faint.
      const y = options.fullSphere ? rnd.range(-1, 1) : rnd.range(0.02, 1);
      const a = rnd.range(0, Math.PI * 2);
      const r = Math.sqrt(1 - y * y);
      const b = rnd.next();
      this.stars.push({ d: [r * Math.cos(a), y, r * Math.sin(a)], brightness: b * b * b, tint: rnd.next() });
    }
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const { lighting } = view;
    this.drawGradient(ctx, view);
    const stars = lighting.starVisibility ?? 0;
    if (stars > 0.01) this.drawStars(ctx, view, stars);
    if (!this.options.fullSphere) this.drawGlow(ctx, view);
    this.drawDisc(ctx, view);
  }

  private drawGradient(ctx: SKRSContext2D, view: BackdropView): void {
    const { horizon: h, width, height, basis, lighting } = view;
    if (this.options.fullSphere) {
      ctx.fillStyle = lighting.skyTop;
      ctx.fillRect(0, 0, width, height);
      return;
    }
    if (!h.valid) {
      ctx.fillStyle = toRgba(h.allSky ? skyColourAt(lighting, 75) : this.options.ground?.(view)[0]?.colour ?? [0, 0, 0]);
      ctx.fillRect(0, 0, width, height);
      return;
    }
    const reach = Math.hypot(width, height) * 3;
    const stops: BandStop[] = [];
    for (let i = SKY_STOPS_DEG.length - 1; i >= 0; i--) {
      const e = SKY_STOPS_DEG[i]!;
      if (this.options.ground && e < 0) continue;
      const v = offsetForElevation(basis, h, e * DEG, reach);
      if (Number.isFinite(v)) stops.push({ v, colour: skyColourAt(lighting, e) });
    }
    if (this.options.ground) stops.push(...this.options.ground(view));
    paintBands(ctx, h, width, height, stops);
  }

  private drawStars(ctx: SKRSContext2D, view: BackdropView, visibility: number): void {
    const { basis, width, height } = view;
    const buckets = [new PathBuilder(), new PathBuilder(), new PathBuilder()];
    const glows: { x: number; y: number; b: number }[] = [];
    const px = Math.max(1, height / 640);
    for (const s of this.stars) {
      if ((!this.options.fullSphere || this.options.horizonCut) && s.d[1] < 0.02) continue;
      const p = projectDirection(basis, s.d);
      if (!p || p.x < -4 || p.y < -4 || p.x > width + 4 || p.y > height + 4) continue;
      // Stars low in the sky are dimmed by the air.
      const b = s.brightness * (this.options.fullSphere ? 1 : Math.min(1, s.d[1] * 5));
      const bucket = b > 0.45 ? 2 : b > 0.12 ? 1 : 0;
      const size = px * (0.7 + bucket * 0.45);
      buckets[bucket]!.rect(p.x - size / 2, p.y - size / 2, size, size);
      if (b > 0.6) glows.push({ x: p.x, y: p.y, b });
    }
    const alphas = [0.35, 0.65, 1];
    buckets.forEach((pb, i) => {
      if (pb.empty) return;
      ctx.fillStyle = toRgba([235, 240, 255], alphas[i]! * visibility);
      ctx.fill(pb.toPath());
    });
    for (const g of glows) {
      const r = px * 5 * g.b;
      const grad = ctx.createRadialGradient(g.x, g.y, 0, g.x, g.y, r);
      grad.addColorStop(0, toRgba([220, 230, 255], 0.45 * visibility));
      grad.addColorStop(1, toRgba([220, 230, 255], 0));
      ctx.fillStyle = grad;
      ctx.fillRect(g.x - r, g.y - r, r * 2, r * 2);
      ctx.fillStyle = toRgba([255, 255, 255], 0.5 * visibility);
      ctx.fillRect(g.x - px * 2.2, g.y - px * 0.3, px * 4.4, px * 0.6);
      ctx.fillRect(g.x - px * 0.3, g.y - px * 2.2, px * 0.6, px * 4.4);
    }
  }

  /** Warm light around the sun: a round bloom plus a wide band along the horizon when it is low. */
  private drawGlow(ctx: SKRSContext2D, view: BackdropView): void {
    const { basis, lighting, horizon: h, width, height } = view;
    if (lighting.lightSource === 'lamp') return;
    const sun = lighting.sunDirection;
    const moon = lighting.lightSource === 'moon';
    const visibility = lighting.sunVisibility ?? 1;
    const elevation = Math.asin(Math.max(-1, Math.min(1, sun[1]))) / DEG;
    const low = Math.max(0, 1 - elevation / 25);
    const sunRgb = parseColour(lighting.sunColour);
    const glowRgb: Rgb = moon ? [150, 170, 220] : mixRgb(sunRgb, [255, 255, 255], 0.15);
    // Horizon band: even with the sun off screen, its side of the sky glows at dawn and sunset.
    if (!moon && low > 0 && h.valid) {
      const az = Math.atan2(sun[0], -sun[2]);
      const onHorizon = projectDirection(basis, [Math.sin(az), 0, -Math.cos(az)]);
      if (onHorizon) {
        const strength = low * (0.35 + 0.65 * visibility) * 0.75;
        const rx = width * 1.3 + height * 0.4;
        const ry = height * 0.28;
        ctx.save();
        ctx.translate(onHorizon.x, onHorizon.y);
        ctx.rotate(Math.atan2(h.ty, h.tx));
        ctx.scale(rx / ry, 1);
        const g = ctx.createRadialGradient(0, 0, 0, 0, 0, ry);
        const warm = mixRgb(sunRgb, [255, 120, 60], 0.25);
        g.addColorStop(0, toRgba(warm, strength * 0.85));
        g.addColorStop(0.45, toRgba(warm, strength * 0.35));
        g.addColorStop(1, toRgba(warm, 0));
        ctx.fillStyle = g;
        ctx.fillRect(-ry, -ry, ry * 2, ry * 1.15);
        ctx.restore();
      }
    }
    const p = projectDirection(basis, sun);
    if (!p) return;
    const r = height * (moon ? 0.22 : 0.45 + 0.25 * low);
    if (p.x < -r || p.y < -r || p.x > width + r || p.y > height + r) return;
    const a = (moon ? 0.22 : 0.3 + 0.35 * low) * (0.25 + 0.75 * visibility);
    const g = ctx.createRadialGradient(p.x, p.y, 0, p.x, p.y, r);
    g.addColorStop(0, toRgba(glowRgb, a));
    g.addColorStop(0.25, toRgba(glowRgb, a * 0.45));
    g.addColorStop(1, toRgba(glowRgb, 0));
    ctx.fillStyle = g;
    const x0 = Math.max(0, p.x - r);
    const y0 = Math.max(0, p.y - r);
    ctx.fillRect(x0, y0, Math.min(width, p.x + r) - x0, Math.min(height, p.y + r) - y0);
  }

  private drawDisc(ctx: SKRSContext2D, view: BackdropView): void {
    const { basis, lighting, height } = view;
    if (lighting.lightSource === 'lamp') return;
    const visibility = lighting.sunVisibility ?? 1;
    if (visibility <= 0.02) return;
    const p = projectDirection(basis, lighting.sunDirection);
    if (!p) return;
    const moon = lighting.lightSource === 'moon';
    const r = view.focal * Math.tan((moon ? 1.6 : 1.5) * DEG);
    if (p.x < -r * 4 || p.y < -r * 4 || p.x > view.width + r * 4 || p.y > height + r * 4) return;
    if (moon) {
      drawMoon(ctx, p.x, p.y, r, visibility);
      return;
    }
    const sunRgb = parseColour(lighting.sunColour);
    const core = mixRgb(sunRgb, [255, 255, 245], 0.7);
    const bloom = ctx.createRadialGradient(p.x, p.y, r * 0.8, p.x, p.y, r * 4);
    bloom.addColorStop(0, toRgba(mixRgb(sunRgb, [255, 255, 255], 0.4), 0.6 * visibility));
    bloom.addColorStop(1, toRgba(sunRgb, 0));
    ctx.fillStyle = bloom;
    ctx.fillRect(p.x - r * 4, p.y - r * 4, r * 8, r * 8);
    ctx.fillStyle = toRgba(core, Math.min(1, visibility * 1.2));
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
    ctx.fill();
  }
}

/** A softly glowing, slightly gibbous moon with a few grey maria. */
function drawMoon(ctx: SKRSContext2D, x: number, y: number, r: number, visibility: number): void {
  const glow = ctx.createRadialGradient(x, y, r * 0.9, x, y, r * 5);
  glow.addColorStop(0, toRgba([200, 215, 255], 0.35 * visibility));
  glow.addColorStop(1, toRgba([200, 215, 255], 0));
  ctx.fillStyle = glow;
  ctx.fillRect(x - r * 5, y - r * 5, r * 10, r * 10);
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.clip();
  ctx.fillStyle = toRgba([242, 240, 228], visibility);
  ctx.fillRect(x - r, y - r, r * 2, r * 2);
  ctx.fillStyle = toRgba([190, 192, 196], 0.55 * visibility);
  ctx.beginPath();
  // Each crater its own sub-path (moveTo its first point), so none is joined to the last.
  for (const [cx, cy, rx, ry, rot] of [
    [x - r * 0.3, y - r * 0.25, r * 0.35, r * 0.28, 0.4],
    [x + r * 0.25, y + r * 0.15, r * 0.22, r * 0.3, -0.3],
    [x - r * 0.05, y + r * 0.5, r * 0.18, r * 0.12, 0],
  ] as const) {
    ctx.moveTo(cx + rx * Math.cos(rot), cy + rx * Math.sin(rot));
    ctx.ellipse(cx, cy, rx, ry, rot, 0, Math.PI * 2);
  }
  ctx.fill();
  // The unlit edge: a soft crescent of shadow on one side.
  ctx.fillStyle = toRgba([20, 26, 50], 0.55 * visibility);
  ctx.beginPath();
  ctx.arc(x + r * 1.55, y - r * 0.2, r * 1.2, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
}
