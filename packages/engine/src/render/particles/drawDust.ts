/**
 * Puffs where things hit soft ground: sand and snow kick up pale clouds that billow and settle,
 * grass throws a little soil, and on the Moon the regolith flies on clean ballistic arcs with
 * no air to hold it. Footsteps on sand and snow leave small puffs.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { projectPoint, type ViewBasis } from '../../math/projectPoint.ts';
import { createRandom } from '../../random/createRandom.ts';
import type { TimelineEvent } from '../../timeline/Timeline.ts';
import { eventsInWindow } from './eventWindow.ts';

export const DUST_GROUNDS: Readonly<Record<string, string>> = {
  sand: '216,196,154',
  snow: '244,247,251',
  grass: '140,122,88',
  regolith: '168,165,158',
};

export const DUST_LIFE = 1.4;

export function drawDust(ctx: SKRSContext2D, basis: ViewBasis, events: readonly TimelineEvent[], time: number, ground: string, gravity: number, light: number): void {
  const colour = DUST_GROUNDS[ground];
  if (!colour) return;
  const recent = eventsInWindow(events, time, DUST_LIFE);
  if (recent.length === 0) return;
  const airless = ground === 'regolith';
  const [r0, g0, b0] = colour.split(',').map(Number) as [number, number, number];
  const tint = `${Math.round(r0 * light)},${Math.round(g0 * light)},${Math.round(b0 * light)}`;
  ctx.save();
  for (const { event, index } of recent) {
    let strength: number;
    if (event.type === 'contact') {
      if (event.a !== 'ground' && event.b !== 'ground') continue;
      if (event.normalSpeed < 0.6) continue;
      strength = Math.min(2.5, event.normalSpeed / 3) * Math.min(2, 0.5 + Math.cbrt(Math.max(0.01, event.impulse)) / 3);
      if (ground === 'grass') strength *= 0.35;
    } else if (event.type === 'footstep') {
      if (event.material !== ground || (ground !== 'sand' && ground !== 'snow' && ground !== 'regolith')) continue;
      strength = 0.25;
    } else continue;
    const dt = time - event.time;
    const rnd = createRandom(index + 7, 'dust');
    const count = Math.round(4 + 8 * strength);
    const life = airless ? DUST_LIFE : Math.min(DUST_LIFE, 0.7 + 0.4 * strength);
    if (dt > life) continue;
    const fade = 1 - dt / life;
    const g = airless ? gravity : 0;
    for (let i = 0; i < count; i++) {
      const ang = rnd.range(0, Math.PI * 2);
      const out = rnd.range(0.2, 0.9) * (0.4 + 0.5 * strength);
      const up = rnd.range(0.1, 0.6) * (0.5 + strength) * (airless ? 2.2 : 1);
      const size = rnd.range(0.04, 0.09) * (0.5 + strength);
      let x: number, y: number, z: number, radius: number;
      if (airless) {
        x = event.position[0] + Math.cos(ang) * out * dt;
        z = event.position[2] + Math.sin(ang) * out * dt;
        y = up * dt - 0.5 * g * dt * dt;
        if (y < 0) continue;
        radius = size * 0.25;
      } else {
        // Air drag: fast out, then drifting and growing.
        const travel = 1 - Math.exp(-dt * 4);
        x = event.position[0] + (Math.cos(ang) * out * travel) / 2;
        z = event.position[2] + (Math.sin(ang) * out * travel) / 2;
        y = Math.max(0, event.position[1] * 0.2) + (up * travel) / 3 + 0.08 * dt;
        radius = size * (0.6 + 1.6 * travel);
      }
      const p = projectPoint(basis, [x, y, z]);
      if (p.depth <= 0.1) continue;
      const pr = Math.max(0.7, radius * p.scale);
      const a = (airless ? 0.9 : 0.42) * fade;
      if (airless || pr < 2.5) {
        ctx.fillStyle = `rgba(${tint},${a.toFixed(3)})`;
        ctx.beginPath();
        ctx.arc(p.x, p.y, pr, 0, Math.PI * 2);
        ctx.fill();
      } else {
        // Billowing puff: soft-edged.
        const g = ctx.createRadialGradient(p.x, p.y, 0, p.x, p.y, pr);
        g.addColorStop(0, `rgba(${tint},${a.toFixed(3)})`);
        g.addColorStop(0.6, `rgba(${tint},${(a * 0.45).toFixed(3)})`);
        g.addColorStop(1, `rgba(${tint},0)`);
        ctx.fillStyle = g;
        ctx.beginPath();
        ctx.arc(p.x, p.y, pr, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
  ctx.restore();
}
