/**
 * Rain and snow: drops and flakes in a world-anchored volume around the shot, falling as a
 * pure function of time (each particle's start is seeded, its position is start + velocity·t
 * wrapped into the volume), so any frame can be drawn alone and the weather still moves
 * continuously, with the right parallax when the camera moves.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint, type ViewBasis } from '../../math/projectPoint.ts';
import { createRandom } from '../../random/createRandom.ts';

export interface WeatherParticles {
  kind: 'rain' | 'snow';
  /** 1 = normal rain/snow, more for storms. */
  intensity: number;
  /** Horizontal wind velocity (m/s) in world x and z. */
  wind: [number, number];
  seed: number;
  /** Colour of drops/flakes as "r,g,b". */
  tint: string;
}

interface Seeds {
  u: Float64Array;
  v: Float64Array;
  w: Float64Array;
  s: Float64Array;
}

const seedCache = new Map<string, Seeds>();

function seedsFor(seed: number, kind: string, count: number): Seeds {
  const key = `${seed}/${kind}/${count}`;
  let s = seedCache.get(key);
  if (!s) {
    const rnd = createRandom(seed, `weather-${kind}`);
    s = { u: new Float64Array(count), v: new Float64Array(count), w: new Float64Array(count), s: new Float64Array(count) };
    for (let i = 0; i < count; i++) {
      s.u[i] = rnd.next();
      s.v[i] = rnd.next();
      s.w[i] = rnd.next();
      s.s[i] = rnd.next();
    }
    if (seedCache.size > 8) seedCache.clear();
    seedCache.set(key, s);
  }
  return s;
}

const mod = (a: number, m: number): number => ((a % m) + m) % m;

export function drawWeather(ctx: SKRSContext2D, basis: ViewBasis, w: WeatherParticles, time: number, width: number, height: number): void {
  const snow = w.kind === 'snow';
  // The volume: a box centred a little in front of the camera, sized to what the lens sees.
  const reach = 10;
  const fx = basis.forward[0], fz = basis.forward[2];
  const fl = Math.hypot(fx, fz) || 1;
  const cx = basis.eye[0] + (fx / fl) * reach * 0.5;
  const cz = basis.eye[2] + (fz / fl) * reach * 0.5;
  const half = reach * 0.6;
  const top = basis.eye[1] + 5;
  const bottom = Math.min(basis.eye[1] - 5, -0.5);
  const span = top - bottom;
  const area = (width * height) / (720 * 1280);
  const count = Math.round((snow ? 1400 : 1800) * Math.min(2, w.intensity) * Math.max(0.5, Math.min(1.5, area)));
  const seeds = seedsFor(w.seed, w.kind, count);
  const fall = snow ? 1.1 : 8.5;
  const exposure = 1 / 45;
  const bands: { path: boolean; alpha: number; width: number; pts: number[] }[] = [
    { path: true, alpha: snow ? 0.95 : 0.55, width: 0, pts: [] },
    { path: true, alpha: snow ? 0.85 : 0.42, width: 0, pts: [] },
    { path: true, alpha: snow ? 0.7 : 0.3, width: 0, pts: [] },
  ];
  for (let i = 0; i < count; i++) {
    const speed = fall * (0.8 + 0.4 * seeds.s[i]!);
    const sway = snow ? 0.35 * Math.sin(time * (0.9 + seeds.s[i]!) + seeds.u[i]! * 40) : 0;
    const x0 = seeds.u[i]! * 2 * half + w.wind[0] * time + sway;
    const z0 = seeds.w[i]! * 2 * half + w.wind[1] * time;
    const x = cx - half + mod(x0 - (cx - half), 2 * half);
    const z = cz - half + mod(z0 - (cz - half), 2 * half);
    const y = bottom + mod(seeds.v[i]! * span - speed * time, span);
    const p = projectPoint(basis, [x, y, z]);
    if (p.depth < 0.3 || p.x < -20 || p.x > width + 20 || p.y < -40 || p.y > height + 40) continue;
    const band = p.depth < 3 ? 0 : p.depth < 8 ? 1 : 2;
    const b = bands[band]!;
    if (snow) {
      const r = Math.max(0.7, Math.min(7, (0.01 + 0.014 * seeds.s[i]!) * p.scale * (height / 1280 + 0.5) / 1.5));
      b.pts.push(p.x, p.y, r);
    } else {
      const q = projectPoint(basis, [x - w.wind[0] * exposure, y + speed * exposure, z - w.wind[1] * exposure]);
      b.pts.push(p.x, p.y, q.x, q.y);
      b.width = Math.max(b.width, 0);
    }
  }
  ctx.save();
  if (snow) {
    ctx.fillStyle = `rgb(${w.tint})`;
    for (const b of bands) {
      if (!b.pts.length) continue;
      ctx.globalAlpha = b.alpha;
      ctx.beginPath();
      for (let k = 0; k < b.pts.length; k += 3) {
        ctx.moveTo(b.pts[k]! + b.pts[k + 2]!, b.pts[k + 1]!);
        ctx.arc(b.pts[k]!, b.pts[k + 1]!, b.pts[k + 2]!, 0, Math.PI * 2);
      }
      ctx.fill();
    }
  } else {
    ctx.strokeStyle = `rgb(${w.tint})`;
    ctx.lineCap = 'round';
    const widths = [1.8, 1.3, 0.9];
    bands.forEach((b, bi) => {
      if (!b.pts.length) return;
      ctx.globalAlpha = b.alpha;
      ctx.lineWidth = widths[bi]! * Math.max(0.7, Math.sqrt(area));
      ctx.beginPath();
      for (let k = 0; k < b.pts.length; k += 4) {
        ctx.moveTo(b.pts[k]!, b.pts[k + 1]!);
        ctx.lineTo(b.pts[k + 2]!, b.pts[k + 3]!);
      }
      ctx.stroke();
    });
  }
  ctx.restore();
}
