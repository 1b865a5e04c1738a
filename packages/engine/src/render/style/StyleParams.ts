/**
 * A render style as data: the parameters read at each point of the frame where a style
 * changes the picture — part shading, outlines, lighting, textures and post-processing — and
 * the motion cadence (stop-motion styles hold each drawing for several frames).
 * Sizes in pixels are for a frame whose short side is 720 pixels and scale with the frame.
 */
import type { Canvas } from '@napi-rs/canvas';
import type { StyleId } from '../../plan/lookSchema.ts';

/** How model parts are shaded. */
export interface PartStyle {
  /** 0 = smooth shading; n ≥ 2 = cel shading in n tones (shadow included). */
  bands: number;
  /** 0 = the full range of light; 1 = one flat tone per part. */
  flatten: number;
  /** Multiplies highlights (0 = none). */
  specular: number;
  /** Ink line around every part (px), drawn under the part so only its outside shows. */
  outline?: { width: number; colour: string };
  /** A cut-out's shadow on what lies behind it (px offsets). */
  dropShadow?: { dx: number; dy: number; colour: string };
  /** A frame-sized texture multiplied inside each part (clay fingerprints); set by the style stage. */
  surface?: { image: Canvas };
}

export type TextureKind = 'paper' | 'fingerprint' | 'watercolour';

export interface StyleParams {
  id: StyleId;
  parts: PartStyle;
  light: {
    /** Multipliers of the key (sun) and fill (sky) light. */
    key: number;
    fill: number;
    /** Shadow darkness floor 0..1 (hard light: high). */
    shadow: number;
    /** 0..1: how far the light's colour is pulled to neutral white. */
    neutral: number;
  };
  /** Blur the backdrop (shallow depth of field), 0 = sharp .. 1 = a miniature's blur. */
  depthOfField: number;
  /** Backdrop flattened into this many tones per channel (cut paper layers); 0 = off. */
  backdropTones?: number;
  /** Venetian-blind shadows thrown across the scene, 0..1. */
  blinds: number;
  /** Speed lines behind fast-moving things (anime). */
  speedLines: boolean;
  /** A texture over the whole frame, or (`on: 'parts'`) only over the models. */
  texture?: { kind: TextureKind; amount: number; on?: 'frame' | 'parts' };
  grade: {
    /** 0 = black and white, 1 = full colour. */
    saturation: number;
    /** Colour washed over the frame ("#rrggbb"), how strongly, and with which blend. */
    tint?: { colour: string; amount: number; mode: 'normal' | 'color' | 'multiply' | 'soft-light' | 'screen' };
    /** Lifted blacks (faded film), 0..1. */
    fade: number;
    /** S-curve contrast, 0..1 (costs a full-frame copy). */
    contrast: number;
    vignette: number;
    grain: number;
    /**
     * Grain that moves every frame (film) costs the video encoder dearly (every frame differs
     * everywhere: about twice the encode time and many more bytes); a still grain texture is
     * nearly free. Default: still.
     */
    grainMotion?: 'still' | 'moving';
    halation: number;
  };
  /** Pixel art: drawing block size (px) and colour levels per channel. */
  pixel?: { block: number; levels: number };
  /** Video tape: horizontal colour smear, scanlines and a rolling tracking band. */
  tape?: { bleed: number; scanlines: number; tracking: number };
  /** Distinct drawings per second (stop-motion); omitted = every frame is drawn. */
  drawingsPerSecond?: number;
}
