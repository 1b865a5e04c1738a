/**
 * Everything a background layer needs to draw one frame: the scene, the camera, the light,
 * and the shared outlines (open sky, visible water) that the moving parts are clipped to.
 */
import type { Path2D, SKRSContext2D } from '@napi-rs/canvas';
import type { ViewBasis } from '../../math/projectPoint.ts';
import type { Lighting } from '../lighting/Lighting.ts';
import type { BackgroundScene } from './BackgroundScene.ts';
import type { Horizon } from './geometry/horizon.ts';
import type { SceneLight } from './geometry/shading.ts';
import type { SkylineEnvelope } from './geometry/SkylineEnvelope.ts';

export interface BackdropView {
  scene: BackgroundScene;
  basis: ViewBasis;
  width: number;
  height: number;
  horizon: Horizon;
  lighting: Lighting;
  light: SceneLight;
  /** Raised by everything that stands in front of the sky while the static part is drawn. */
  skyline: SkylineEnvelope;
  /** Pixels per world unit scale reference: the focal length in pixels. */
  focal: number;
  /** Visible water surface on screen (set by the water layer), for the moving waves. */
  waterClip: Path2D | null;
  /** Outline of the open sky (set after the static part), for drifting clouds and lightning. */
  skyClip: Path2D | null;
}

/** One part of a backdrop: its still part is drawn once per camera pose, its moving part every frame. */
export interface BackdropLayer {
  readonly name: string;
  drawStatic?(ctx: SKRSContext2D, view: BackdropView): void;
  drawAnimated?(ctx: SKRSContext2D, view: BackdropView, time: number): void;
}
