/**
 * The built-in render styles. Each is a set of parameters (see StyleParams); the frame
 * renderer reads them at the shading, lighting, texture and post-processing stages.
 */
import type { StyleId } from '../../plan/lookSchema.ts';
import type { StyleParams } from './StyleParams.ts';

const SMOOTH = { bands: 0, flatten: 0, specular: 1 } as const;
const NO_LIGHT_CHANGE = { key: 1, fill: 1, shadow: 0, neutral: 0 } as const;

export const STYLES: Readonly<Record<StyleId, StyleParams>> = {
  cinematic: {
    id: 'cinematic',
    parts: SMOOTH,
    light: NO_LIGHT_CHANGE,
    depthOfField: 0.25,
    blinds: 0,
    speedLines: false,
    grade: { saturation: 1, fade: 0, contrast: 0, vignette: 0, grain: 0.035, halation: 0.16 },
  },
  'film-noir': {
    id: 'film-noir',
    parts: { bands: 0, flatten: 0, specular: 1.3 },
    light: { key: 1.5, fill: 0.32, shadow: 0.95, neutral: 1 },
    depthOfField: 0.3,
    blinds: 0.6,
    speedLines: false,
    grade: { saturation: 0, contrast: 0.55, fade: 0, vignette: 0.7, grain: 0.09, grainMotion: 'moving', halation: 0.22 },
  },
  papercraft: {
    id: 'papercraft',
    parts: { bands: 2, flatten: 0.4, specular: 0, outline: { width: 1.2, colour: 'rgba(255,250,238,0.75)' }, dropShadow: { dx: 6, dy: 9, colour: 'rgba(30,20,10,0.38)' } },
    light: { key: 0.85, fill: 1.2, shadow: 0, neutral: 0.3 },
    depthOfField: 0,
    backdropTones: 9,
    blinds: 0,
    speedLines: false,
    texture: { kind: 'paper', amount: 0.9 },
    grade: { saturation: 0.9, tint: { colour: '#fff1dc', amount: 0.1, mode: 'multiply' }, fade: 0.04, contrast: 0, vignette: 0.18, grain: 0, halation: 0 },
    drawingsPerSecond: 12,
  },
  anime: {
    id: 'anime',
    parts: { bands: 3, flatten: 0.1, specular: 1, outline: { width: 2.6, colour: '#1d1a2e' } },
    light: { key: 1.1, fill: 1.15, shadow: 0, neutral: 0.2 },
    depthOfField: 0.3,
    blinds: 0,
    speedLines: true,
    grade: { saturation: 1, tint: { colour: '#9fd4ff', amount: 0.06, mode: 'soft-light' }, fade: 0, contrast: 0, vignette: 0.12, grain: 0, halation: 0.12 },
  },
  claymation: {
    id: 'claymation',
    parts: { bands: 0, flatten: 0.12, specular: 0.45, outline: { width: 1.6, colour: 'rgba(40,22,10,0.45)' } },
    light: { key: 1.05, fill: 1, shadow: 0.55, neutral: 0 },
    depthOfField: 0.8,
    blinds: 0,
    speedLines: false,
    texture: { kind: 'fingerprint', amount: 0.75, on: 'parts' },
    grade: { saturation: 1, tint: { colour: '#ffc98a', amount: 0.22, mode: 'soft-light' }, fade: 0, contrast: 0, vignette: 0.32, grain: 0.02, halation: 0.1 },
    drawingsPerSecond: 12,
  },
  watercolour: {
    id: 'watercolour',
    parts: { bands: 3, flatten: 0.35, specular: 0.3, outline: { width: 1.1, colour: 'rgba(70,55,60,0.45)' } },
    light: { key: 0.9, fill: 1.25, shadow: 0, neutral: 0.2 },
    depthOfField: 1,
    blinds: 0,
    speedLines: false,
    texture: { kind: 'watercolour', amount: 0.75 },
    grade: { saturation: 0.95, tint: { colour: '#fffaf0', amount: 0.14, mode: 'screen' }, fade: 0.05, contrast: 0, vignette: 0, grain: 0, halation: 0 },
  },
  'pixel-art': {
    id: 'pixel-art',
    parts: { bands: 3, flatten: 0.15, specular: 0.8, outline: { width: 4, colour: '#1b1526' } },
    light: { key: 1.05, fill: 1.1, shadow: 0, neutral: 0 },
    depthOfField: 0,
    blinds: 0,
    speedLines: false,
    grade: { saturation: 1, fade: 0, contrast: 0, vignette: 0, grain: 0, halation: 0 },
    pixel: { block: 8, levels: 6 },
  },
  'vintage-film': {
    id: 'vintage-film',
    parts: SMOOTH,
    light: { key: 1, fill: 1.05, shadow: 0, neutral: 0 },
    depthOfField: 0.5,
    blinds: 0,
    speedLines: false,
    grade: { saturation: 0.78, tint: { colour: '#ffa050', amount: 0.3, mode: 'soft-light' }, fade: 0.09, contrast: 0, vignette: 0.45, grain: 0.07, grainMotion: 'moving', halation: 0.3 },
    tape: { bleed: 0.75, scanlines: 0.16, tracking: 0.6 },
  },
};
