/**
 * The outline of the open sky on screen: the horizon raised wherever hills, trees, buildings
 * or walls stand in front of it. Drifting clouds and lightning are clipped to it, so a static
 * backdrop can be drawn once and the moving sky painted only where sky is visible.
 */
import { Path2D } from '@napi-rs/canvas';
import type { Horizon } from './horizon.ts';
import { PathBuilder } from './PathBuilder.ts';

const STEP = 4;

export class SkylineEnvelope {
  private readonly u0: number;
  private readonly count: number;
  /** Height above the horizon (pixels) of the top of everything standing in front of the sky, per column. */
  readonly tops: Float64Array;
  /** Nothing but sky: the clip is empty (indoors) or everything (space). */
  private blocked = false;

  constructor(
    private readonly horizon: Horizon,
    private readonly width: number,
    private readonly height: number,
  ) {
    const reach = Math.hypot(width, height);
    const cu = (width / 2 - horizon.x0) * horizon.tx + (height / 2 - horizon.y0) * horizon.ty;
    this.u0 = cu - reach / 2 - STEP;
    this.count = Math.ceil(reach / STEP) + 3;
    this.tops = new Float64Array(this.count);
  }

  /** Indoors: there is no open sky on screen (windows are drawn with their own sky). */
  blockAll(): void {
    this.blocked = true;
  }

  private uv(x: number, y: number): [number, number] {
    const h = this.horizon;
    const dx = x - h.x0;
    const dy = y - h.y0;
    return [dx * h.tx + dy * h.ty, dx * h.nx + dy * h.ny];
  }

  /** Raise the skyline to an outline given as screen points [x, y, …] (the top edge of something). */
  addOutline(pts: readonly number[]): void {
    if (!this.horizon.valid) return;
    for (let i = 0; i + 3 < pts.length; i += 2) {
      const [ua, va] = this.uv(pts[i]!, pts[i + 1]!);
      const [ub, vb] = this.uv(pts[i + 2]!, pts[i + 3]!);
      const lo = Math.min(ua, ub);
      const hi = Math.max(ua, ub);
      const k0 = Math.max(0, Math.ceil((lo - this.u0) / STEP));
      const k1 = Math.min(this.count - 1, Math.floor((hi - this.u0) / STEP));
      const span = ub - ua;
      for (let k = k0; k <= k1; k++) {
        const u = this.u0 + k * STEP;
        const t = span === 0 ? 0 : (u - ua) / span;
        const v = va + (vb - va) * t;
        if (v > this.tops[k]!) this.tops[k] = v;
      }
      // Keep thin spikes (a tree tip between two columns) from vanishing.
      const kn = Math.round((ua - this.u0) / STEP);
      if (kn >= 0 && kn < this.count && va > this.tops[kn]!) this.tops[kn] = va;
    }
  }

  /** Raise the whole skyline to at least this height above the horizon. */
  raiseAll(v: number): void {
    for (let k = 0; k < this.count; k++) if (v > this.tops[k]!) this.tops[k] = v;
  }

  /** The open-sky region as a clip path, or null when no sky is visible. */
  skyPath(): Path2D | null {
    const h = this.horizon;
    if (this.blocked) return null;
    if (!h.valid) {
      if (!h.allSky) return null;
      const p = new Path2D();
      p.rect(0, 0, this.width, this.height);
      return p;
    }
    const far = Math.hypot(this.width, this.height) * 2;
    const at = (u: number, v: number): [number, number] => [h.x0 + h.tx * u + h.nx * v, h.y0 + h.ty * u + h.ny * v];
    const pts: number[] = [];
    pts.push(...at(this.u0, far));
    for (let k = 0; k < this.count; k++) pts.push(...at(this.u0 + k * STEP, this.tops[k]!));
    pts.push(...at(this.u0 + (this.count - 1) * STEP, far));
    return new PathBuilder().polygon(pts).toPath();
  }

  /** The highest the skyline reaches above the horizon anywhere (pixels). */
  maxTop(): number {
    let m = 0;
    for (let k = 0; k < this.count; k++) m = Math.max(m, this.tops[k]!);
    return m;
  }
}
