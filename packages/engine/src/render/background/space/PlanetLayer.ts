/**
 * A planet hanging in the black sky (the Earth seen from space or from the Moon): blue oceans,
 * green and tan continents and white cloud swirls on a disc, the night side in shadow on the
 * side away from the sun, and a thin glowing atmosphere on the lit limb.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../../../math/vec3.ts';
import { normalize } from '../../../math/vec3.ts';
import { createRandom } from '../../../random/createRandom.ts';
import { toRgba } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { projectDirection } from '../geometry/projectWorld.ts';

interface Blob {
  x: number;
  y: number;
  r: number;
  kind: 'land' | 'desert' | 'cloud' | 'ice';
}

export class PlanetLayer implements BackdropLayer {
  readonly name = 'planet';
  private readonly direction: Vec3;
  private readonly blobs: Blob[] = [];

  /** `angularRadius` in degrees; the planet sits in `direction` from the viewer. */
  constructor(seed: number, direction: Vec3, private readonly angularRadius: number) {
    this.direction = normalize(direction);
    const rnd = createRandom(seed, 'planet');
    for (let c = 0; c < 4; c++) {
      const cx = rnd.range(-0.7, 0.7);
      const cy = rnd.range(-0.6, 0.6);
      for (let i = 0; i < 12; i++) this.blobs.push({ x: cx + rnd.gaussian() * 0.13, y: cy + rnd.gaussian() * 0.12, r: rnd.range(0.04, 0.12), kind: i < 3 ? 'desert' : 'land' });
    }
    this.blobs.push({ x: 0, y: -0.98, r: 0.16, kind: 'ice' }, { x: 0.1, y: 0.99, r: 0.14, kind: 'ice' });
    for (let i = 0; i < 30; i++) this.blobs.push({ x: rnd.range(-0.9, 0.9), y: rnd.range(-0.85, 0.85), r: rnd.range(0.02, 0.055), kind: 'cloud' });
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const { basis } = view;
    const p = projectDirection(basis, this.direction);
    if (!p) return;
    const r = view.focal * Math.tan((this.angularRadius * Math.PI) / 180);
    if (p.x + r * 1.3 < 0 || p.x - r * 1.3 > view.width || p.y + r * 1.3 < 0 || p.y - r * 1.3 > view.height) return;
    const sun = view.lighting.sunDirection;
    // Where the sun lights the disc: the sun's direction seen across the planet, on screen.
    const sx = sun[0] * basis.right[0] + sun[1] * basis.right[1] + sun[2] * basis.right[2];
    const sy = -(sun[0] * basis.up[0] + sun[1] * basis.up[1] + sun[2] * basis.up[2]);
    const sl = Math.hypot(sx, sy) || 1;
    const lx = sx / sl;
    const ly = sy / sl;
    // How much of the lit half faces us: sun behind the planet gives a crescent.
    const facing = -(sun[0] * this.direction[0] + sun[1] * this.direction[1] + sun[2] * this.direction[2]);
    // Atmosphere glow.
    const halo = ctx.createRadialGradient(p.x + lx * r * 0.1, p.y + ly * r * 0.1, r * 0.95, p.x, p.y, r * 1.25);
    halo.addColorStop(0, 'rgba(120,180,255,0.55)');
    halo.addColorStop(1, 'rgba(120,180,255,0)');
    ctx.fillStyle = halo;
    ctx.fillRect(p.x - r * 1.3, p.y - r * 1.3, r * 2.6, r * 2.6);
    ctx.save();
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
    ctx.clip();
    const ocean = ctx.createRadialGradient(p.x + lx * r * 0.4, p.y + ly * r * 0.4, r * 0.1, p.x, p.y, r);
    ocean.addColorStop(0, '#3f8fd8');
    ocean.addColorStop(1, '#123f85');
    ctx.fillStyle = ocean;
    ctx.fillRect(p.x - r, p.y - r, r * 2, r * 2);
    const colours: Record<Blob['kind'], string> = { land: 'rgba(70,130,70,0.95)', desert: 'rgba(190,160,100,0.9)', cloud: 'rgba(255,255,255,0.6)', ice: 'rgba(240,248,255,0.95)' };
    for (const kind of ['land', 'desert', 'ice', 'cloud'] as const) {
      ctx.fillStyle = colours[kind];
      ctx.beginPath();
      for (const b of this.blobs) {
        if (b.kind !== kind) continue;
        const stretch = kind === 'cloud' ? 3.5 : 1.2;
        ctx.moveTo(p.x + b.x * r + b.r * r * stretch, p.y + b.y * r);
        ctx.ellipse(p.x + b.x * r, p.y + b.y * r, b.r * r * stretch, b.r * r, 0, 0, Math.PI * 2);
      }
      ctx.fill();
    }
    // Limb darkening: the edge of the sphere is seen through more air and faces away.
    const limb = ctx.createRadialGradient(p.x, p.y, r * 0.6, p.x, p.y, r);
    limb.addColorStop(0, 'rgba(10,30,80,0)');
    limb.addColorStop(1, 'rgba(10,30,80,0.45)');
    ctx.fillStyle = limb;
    ctx.fillRect(p.x - r, p.y - r, r * 2, r * 2);
    // The night side: a half disc away from the sun joined to the terminator's ellipse.
    const angle = Math.atan2(ly, lx);
    const k = Math.max(-1, Math.min(1, facing));
    ctx.translate(p.x, p.y);
    ctx.rotate(angle);
    ctx.fillStyle = 'rgba(2,6,20,0.88)';
    ctx.beginPath();
    ctx.arc(0, 0, r * 1.01, Math.PI / 2, (Math.PI * 3) / 2);
    ctx.ellipse(0, 0, r * Math.abs(k) + 0.01, r * 1.01, 0, (Math.PI * 3) / 2, Math.PI / 2, k > 0);
    ctx.fill();
    ctx.restore();
    // Lit limb.
    ctx.strokeStyle = toRgba([150, 200, 255], 0.5);
    ctx.lineWidth = Math.max(1, r * 0.03);
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, angle - 1.2, angle + 1.2);
    ctx.stroke();
  }
}
