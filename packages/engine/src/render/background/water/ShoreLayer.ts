/**
 * Where the sea meets the beach: a band of wet, darker sand and a line of foam that washes
 * up and draws back every few seconds (a pure function of time).
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { parseColour, toRgba } from '../../lighting/colour.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import { fillPolygon } from '../geometry/fillPolygon.ts';
import { PathBuilder } from '../geometry/PathBuilder.ts';
import { projectPolygon } from '../geometry/projectWorld.ts';
import { hazed, litRgb, UP } from '../geometry/shading.ts';

export class ShoreLayer implements BackdropLayer {
  readonly name = 'shore';

  /** The waterline runs along x at z = `shoreZ`; the sea is at z < shoreZ. */
  constructor(private readonly shoreZ: number, private readonly sand: string) {}

  private band(view: BackdropView, z0: (x: number) => number, z1: (x: number) => number): number[] {
    const e = view.basis.eye;
    const span = 400;
    const pts: number[] = [];
    const n = 24;
    for (let i = 0; i <= n; i++) {
      const x = e[0] - span + (2 * span * i) / n;
      pts.push(x, 0.001, z0(x));
    }
    for (let i = n; i >= 0; i--) {
      const x = e[0] - span + (2 * span * i) / n;
      pts.push(x, 0.001, z1(x));
    }
    return projectPolygon(view.basis, pts);
  }

  drawStatic(ctx: SKRSContext2D, view: BackdropView): void {
    const wet = this.band(view, () => this.shoreZ - 0.5, () => this.shoreZ + 3.5);
    if (wet.length < 6) return;
    const c = litRgb(view.light, parseColour(this.sand), UP, 0.3);
    ctx.fillStyle = toRgba(hazed(view.light, [c[0] * 0.78, c[1] * 0.74, c[2] * 0.7], 20), 0.8);
    fillPolygon(ctx, wet);
  }

  drawAnimated(ctx: SKRSContext2D, view: BackdropView, time: number): void {
    // A wash every seven seconds: the foam runs up the sand and fades as it draws back.
    const phase = (time / 7) % 1;
    const reach = Math.sin(phase * Math.PI) * 2.2;
    const fade = phase < 0.5 ? 1 : 1 - (phase - 0.5) * 1.4;
    const edge = (x: number): number => this.shoreZ + reach + 0.25 * Math.sin(x * 0.9 + time * 0.7) + 0.15 * Math.sin(x * 2.3 - time);
    const foam = this.band(view, (x) => edge(x) - 0.7, edge);
    const breaker = this.band(view, (x) => this.shoreZ - 5 + reach * 0.8 - 0.6 + 0.3 * Math.sin(x * 0.5 + time * 0.4), (x) => this.shoreZ - 5 + reach * 0.8 + 0.2 * Math.sin(x * 0.7 - time * 0.3));
    const sheet = this.band(view, (x) => this.shoreZ - 0.6, (x) => edge(x) - 0.3);
    const white = litRgb(view.light, [250, 252, 255], UP, 0.5);
    if (sheet.length >= 6) {
      ctx.fillStyle = toRgba(white, 0.22 * fade);
      fillPolygon(ctx, sheet);
    }
    if (breaker.length >= 6) {
      ctx.fillStyle = toRgba(white, 0.45 * (1 - phase * 0.6));
      fillPolygon(ctx, breaker);
    }
    if (foam.length >= 6) {
      ctx.fillStyle = toRgba(white, 0.75 * fade);
      fillPolygon(ctx, foam);
    }
  }
}
