/**
 * Splashes where things hit the water: a burst of droplets thrown up and out on ballistic arcs
 * (more, higher and bigger for faster, heavier entries) for about 0.6 s, and rings spreading
 * on the surface for a few seconds after.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint, type ViewBasis } from '../../math/projectPoint.ts';
import { createRandom } from '../../random/createRandom.ts';
import type { SplashEvent, TimelineEvent } from '../../timeline/Timeline.ts';
import { projectEllipsoid } from '../parts/projectEllipsoid.ts';
import { addEllipse } from '../parts/screenPath.ts';
import { eventsInWindow } from './eventWindow.ts';

export const SPLASH_LIFE = 0.65;
export const RIPPLE_LIFE = 3;

export interface SplashStyle {
  /** Water surface height. */
  level: number;
  gravity: number;
  /** Droplet colour "r,g,b" (lit water foam). */
  droplet: string;
  /** Ripple highlight colour "r,g,b". */
  ripple: string;
}

function splashStrength(e: SplashEvent): number {
  return Math.min(3, Math.max(0.15, Math.abs(e.speed) / 4) * Math.max(0.4, Math.min(2.2, Math.cbrt(Math.max(0.001, e.mass)) / 1.2)));
}

export function drawSplashes(ctx: SKRSContext2D, basis: ViewBasis, events: readonly TimelineEvent[], time: number, style: SplashStyle): void {
  const recent = eventsInWindow(events, time, RIPPLE_LIFE);
  if (recent.length === 0) return;
  ctx.save();
  // Ripples first (they lie on the water, under the droplets).
  for (const { event, index } of recent) {
    if (event.type !== 'splash') continue;
    const dt = time - event.time;
    const k = splashStrength(event);
    ctx.lineWidth = 1;
    for (let ring = 0; ring < 3; ring++) {
      const t = dt - ring * 0.22;
      if (t <= 0) continue;
      const r = 0.05 + (0.45 + 0.25 * k) * t;
      const alpha = 0.55 * (1 - dt / RIPPLE_LIFE) ** 1.5 * (1 - ring * 0.25);
      if (alpha < 0.02) continue;
      const e = projectEllipsoid(basis, [event.position[0], style.level + 0.002, event.position[2]], [[r, 0, 0], [0, 0, r], [0, 0, 0]]);
      if (!e) continue;
      const p = projectPoint(basis, [event.position[0], style.level, event.position[2]]);
      ctx.lineWidth = Math.max(0.7, Math.min(4, 0.025 * p.scale));
      ctx.strokeStyle = `rgba(${style.ripple},${alpha.toFixed(3)})`;
      ctx.beginPath();
      addEllipse(ctx, e);
      ctx.stroke();
    }
    void index;
  }
  // Droplets.
  for (const { event, index } of recent) {
    if (event.type !== 'splash') continue;
    const dt = time - event.time;
    if (dt > SPLASH_LIFE) continue;
    const k = splashStrength(event);
    const rnd = createRandom(index + 1, 'splash');
    const count = Math.round(10 + 22 * k);
    const fade = 1 - dt / SPLASH_LIFE;
    ctx.fillStyle = `rgba(${style.droplet},${(0.85 * fade + 0.1).toFixed(3)})`;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      const ang = rnd.range(0, Math.PI * 2);
      const out = rnd.range(0.4, 1.2) * (0.6 + 0.5 * k);
      const up = rnd.range(0.5, 1.1) * (1.2 + 1.6 * k);
      const size = rnd.range(0.006, 0.016) * (0.7 + 0.4 * k);
      const x = event.position[0] + Math.cos(ang) * out * dt;
      const z = event.position[2] + Math.sin(ang) * out * dt;
      const y = style.level + up * dt - 0.5 * style.gravity * dt * dt;
      if (y < style.level - 0.01) continue;
      const p = projectPoint(basis, [x, y, z]);
      if (p.depth <= 0.1) continue;
      const r = Math.max(0.6, size * p.scale);
      ctx.moveTo(p.x + r, p.y);
      ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
    }
    ctx.fill();
    // The crown: a short-lived sheet of water around the entry point.
    if (dt < 0.25) {
      const r = 0.05 + 0.6 * dt * (0.6 + 0.4 * k);
      const h = (0.05 + 0.12 * k) * Math.sin((dt / 0.25) * Math.PI);
      const e = projectEllipsoid(basis, [event.position[0], style.level + h * 0.5, event.position[2]], [[r, 0, 0], [0, 0, r], [0, 0, 0]]);
      if (e) {
        const p = projectPoint(basis, [event.position[0], style.level, event.position[2]]);
        ctx.strokeStyle = `rgba(${style.droplet},${(0.7 * (1 - dt / 0.25)).toFixed(3)})`;
        ctx.lineWidth = Math.max(1, h * p.scale * 0.6);
        ctx.beginPath();
        addEllipse(ctx, e);
        ctx.stroke();
      }
    }
  }
  ctx.restore();
}
