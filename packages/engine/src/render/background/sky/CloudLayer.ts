/**
 * Clouds on a layer high above the scene, drifting slowly with the wind: few and white on a
 * clear day, many and grey under cloud, dark and towering in a storm, tinted by sunset.
 * They are seen in true perspective (large overhead, small and flattened near the horizon)
 * and drawn every frame, clipped to the open sky so they pass behind hills and buildings.
 */
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { createRandom } from '../../../random/createRandom.ts';
import { desaturateRgb, mixRgb, parseColour, scaleRgb, type Rgb } from '../../lighting/colour.ts';
import type { Lighting } from '../../lighting/Lighting.ts';
import type { BackdropLayer, BackdropView } from '../BackdropView.ts';
import type { BackgroundScene } from '../BackgroundScene.ts';
import { viewOf } from '../geometry/projectWorld.ts';
import { paintCloudSprite, SPRITE_H, SPRITE_W, type CloudColours, type CloudShape } from './cloudSprites.ts';

interface Cloud {
  x: number;
  z: number;
  altitude: number;
  /** Metres across. */
  size: number;
  sprite: number;
  alpha: number;
}

const WIND_SPEED: Readonly<Record<string, number>> = { clear: 6, cloudy: 8, rain: 10, snow: 6, wind: 22, fog: 3, storm: 16 };

export function cloudColoursFor(lighting: Lighting, weather: string): CloudColours {
  const sun = parseColour(lighting.sunColour);
  const top = parseColour(lighting.skyTop);
  const horizon = parseColour(lighting.skyHorizon);
  const night = lighting.lightSource === 'moon';
  const bright = night ? 0.32 : Math.min(1, 0.55 + lighting.sunIntensity * 0.4);
  const heavy = weather === 'storm' ? 0.55 : weather === 'rain' ? 0.75 : weather === 'cloudy' || weather === 'snow' ? 0.88 : 1;
  const lit = scaleRgb(mixRgb([255, 255, 255], sun, night ? 0.5 : 0.45), bright * heavy);
  const body = scaleRgb(mixRgb(mixRgb([235, 238, 245], horizon, 0.35), sun, 0.2), bright * heavy * 0.93);
  const shadow = scaleRgb(desaturateRgb(mixRgb(top, [150, 155, 170], 0.55), 0.3), (night ? 0.5 : 0.92) * heavy);
  return { lit, body, shadow };
}

export class CloudLayer implements BackdropLayer {
  readonly name = 'clouds';
  private readonly clouds: Cloud[] = [];
  private readonly sprites: Canvas[] = [];
  private readonly wind: number;

  constructor(scene: BackgroundScene, lighting: Lighting) {
    const cover = lighting.cloudCover ?? 0.2;
    const rnd = createRandom(scene.seed, 'clouds');
    const colours = cloudColoursFor(lighting, scene.weather);
    const sunSide = Math.sign(lighting.sunDirection[0]) || 1;
    const shapes: CloudShape[] = scene.weather === 'storm' ? ['stratus', 'towering', 'stratus'] : cover > 0.6 ? ['stratus', 'stratus', 'cumulus'] : ['cumulus', 'cumulus', 'stratus'];
    for (let i = 0; i < 6; i++) this.sprites.push(paintCloudSprite(scene.seed + i * 101, shapes[i % shapes.length]!, colours, sunSide));
    this.wind = WIND_SPEED[scene.weather] ?? 6;
    const count = Math.round(40 + cover * 160);
    for (let i = 0; i < count; i++) {
      const a = rnd.range(0, Math.PI * 2);
      const d = 2500 + 10000 * Math.sqrt(rnd.next());
      this.clouds.push({
        x: Math.sin(a) * d,
        z: -Math.cos(a) * d,
        altitude: rnd.range(900, 1800),
        size: rnd.range(700, 2000) * (0.8 + cover * 0.6),
        sprite: rnd.int(0, this.sprites.length - 1),
        alpha: rnd.range(0.75, 1),
      });
    }
    // Far clouds first so nearer ones overlap them.
    this.clouds.sort((a, b) => Math.hypot(b.x, b.z) - Math.hypot(a.x, a.z));
  }

  drawAnimated(ctx: SKRSContext2D, view: BackdropView, time: number): void {
    if (!view.skyClip || view.horizon.allSky === false && !view.horizon.valid) return;
    const { basis, width, height, focal } = view;
    const drift = this.wind * time;
    const v = [0, 0, 0];
    const angle = Math.atan2(view.horizon.ty, view.horizon.tx);
    const rolled = Math.abs(angle) > 1e-3;
    ctx.save();
    ctx.clip(view.skyClip);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'low';
    const eye = basis.eye;
    for (const c of this.clouds) {
      const x = c.x + drift;
      viewOf(basis, x, c.altitude, c.z, v);
      const depth = v[2]!;
      if (depth < 200) continue;
      const sx = basis.cx + (focal * v[0]!) / depth;
      const sy = basis.cy - (focal * v[1]!) / depth;
      const w = (focal * c.size) / depth;
      // Seen from below, a cloud overhead shows its broad base; near the horizon only its side.
      const horizontal = Math.hypot(x - eye[0], c.z - eye[2]);
      const sinEl = (c.altitude - eye[1]) / Math.hypot(horizontal, c.altitude - eye[1]);
      const sprite = this.sprites[c.sprite]!;
      const aspect = sprite.height / SPRITE_W;
      const h = w * aspect * (0.35 + 0.65 * (1 - sinEl)) + w * 0.25 * sinEl;
      if (sx + w / 2 < 0 || sx - w / 2 > width || sy + h < 0 || sy - h > height || w < 3) continue;
      // Distant clouds sink into the haze near the horizon.
      ctx.globalAlpha = c.alpha * Math.min(1, 0.25 + sinEl * 4);
      if (rolled) {
        ctx.save();
        ctx.translate(sx, sy);
        ctx.rotate(angle);
        ctx.drawImage(sprite, -w / 2, -h * 0.75, w, h);
        ctx.restore();
      } else {
        ctx.drawImage(sprite, sx - w / 2, sy - h * 0.75, w, h);
      }
    }
    ctx.restore();
    void SPRITE_H;
  }
}
