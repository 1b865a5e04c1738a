/**
 * The light of a scene from its setting, time of day and weather: where the sun (or moon)
 * is, its colour and strength, the sky fill, the sky gradient, haze and how hard shadows are.
 * Outdoors it follows the day; cloud, rain, storms and fog flatten light and shadows;
 * interiors get warm lamp light; space has a hard white sun, a black sky and no sky fill.
 */
import type { Vec3 } from '../../math/vec3.ts';
import { normalize } from '../../math/vec3.ts';
import type { TimeOfDay, Weather } from '../../plan/scenePlanSchema.ts';
import type { BackgroundScene } from '../background/BackgroundScene.ts';
import { desaturateRgb, mixRgb, parseColour, scaleRgb, toHex, type Rgb } from './colour.ts';
import type { Lighting } from './Lighting.ts';

/**
 * Direction towards a light from its elevation above the horizon and its azimuth, both in
 * degrees. Azimuth 0 is straight into the scene (-z, away from the default camera),
 * positive turns to the right (+x), ±180 is behind the camera.
 */
export function directionFromAngles(elevationDeg: number, azimuthDeg: number): Vec3 {
  const el = (elevationDeg * Math.PI) / 180;
  const az = (azimuthDeg * Math.PI) / 180;
  return normalize([Math.cos(el) * Math.sin(az), Math.sin(el), -Math.cos(el) * Math.cos(az)]);
}

interface DayLight {
  elevation: number;
  azimuth: number;
  sun: string;
  sunIntensity: number;
  ambient: string;
  ambientIntensity: number;
  skyTop: string;
  skyHorizon: string;
  fog: string;
  fogDensity: number;
  shadow: number;
  stars: number;
}

/**
 * The clear-sky day. Dawn and sunset put a low sun just inside the default view so the
 * disc and its glow are on screen; morning and afternoon light the cast three-quarters
 * from behind the camera; the night's light is the moon, low in the upper left.
 */
const DAY: Readonly<Record<TimeOfDay, DayLight>> = {
  dawn: {
    elevation: 5, azimuth: -8, sun: '#ffb486', sunIntensity: 0.75, ambient: '#9a96cc', ambientIntensity: 0.55,
    skyTop: '#3b4d8e', skyHorizon: '#f8b596', fog: '#dcb6b4', fogDensity: 0.28, shadow: 0.55, stars: 0.15,
  },
  morning: {
    elevation: 30, azimuth: -125, sun: '#fff0d4', sunIntensity: 1.05, ambient: '#a8c6ec', ambientIntensity: 0.5,
    skyTop: '#3a84d8', skyHorizon: '#cde5f6', fog: '#d8e6f1', fogDensity: 0.14, shadow: 0.7, stars: 0,
  },
  noon: {
    elevation: 62, azimuth: 155, sun: '#fffaf0', sunIntensity: 1.2, ambient: '#b2d0f0', ambientIntensity: 0.55,
    skyTop: '#2674d4', skyHorizon: '#bddff9', fog: '#d4e7f5', fogDensity: 0.1, shadow: 0.75, stars: 0,
  },
  afternoon: {
    elevation: 34, azimuth: 125, sun: '#ffe1ae', sunIntensity: 1.1, ambient: '#b0c6e4', ambientIntensity: 0.5,
    skyTop: '#2f74c8', skyHorizon: '#e2e2d2', fog: '#e2dccb', fogDensity: 0.14, shadow: 0.72, stars: 0,
  },
  sunset: {
    elevation: 4, azimuth: 8, sun: '#ff9650', sunIntensity: 0.85, ambient: '#a884b0', ambientIntensity: 0.55,
    skyTop: '#2b3877', skyHorizon: '#ff9c5a', fog: '#e89f7a', fogDensity: 0.28, shadow: 0.6, stars: 0.05,
  },
  night: {
    elevation: 15, azimuth: -9, sun: '#b6c6ff', sunIntensity: 0.35, ambient: '#4a5d96', ambientIntensity: 0.4,
    skyTop: '#040918', skyHorizon: '#1b2a52', fog: '#19233f', fogDensity: 0.2, shadow: 0.4, stars: 1,
  },
};

interface WeatherEffect {
  cloudCover: number;
  /** Multiplies the direct light. */
  sun: number;
  /** Multiplies the sky fill. */
  ambient: number;
  /** Shadows are at most this dark. */
  shadowCap: number;
  /** How far the sky goes towards the weather's grey, and which grey. */
  overcast: number;
  grey: string;
  /** Fog density at least this. */
  fog: number;
  sunVisibility: number;
}

const WEATHER: Readonly<Record<Weather, WeatherEffect>> = {
  clear: { cloudCover: 0.15, sun: 1, ambient: 1, shadowCap: 1, overcast: 0, grey: '#9aa4b0', fog: 0, sunVisibility: 1 },
  wind: { cloudCover: 0.4, sun: 1, ambient: 1, shadowCap: 1, overcast: 0.05, grey: '#9aa4b0', fog: 0, sunVisibility: 1 },
  cloudy: { cloudCover: 0.75, sun: 0.55, ambient: 1.2, shadowCap: 0.35, overcast: 0.5, grey: '#a3abb6', fog: 0.2, sunVisibility: 0.35 },
  rain: { cloudCover: 0.95, sun: 0.35, ambient: 1.1, shadowCap: 0.18, overcast: 0.8, grey: '#7d8794', fog: 0.4, sunVisibility: 0.05 },
  storm: { cloudCover: 1, sun: 0.25, ambient: 0.85, shadowCap: 0.12, overcast: 0.9, grey: '#4a5260', fog: 0.35, sunVisibility: 0 },
  snow: { cloudCover: 0.9, sun: 0.45, ambient: 1.25, shadowCap: 0.22, overcast: 0.75, grey: '#c5ccd6', fog: 0.45, sunVisibility: 0.1 },
  fog: { cloudCover: 0.4, sun: 0.5, ambient: 1.2, shadowCap: 0.25, overcast: 0.75, grey: '#c4c9cf', fog: 0.85, sunVisibility: 0.3 },
};

/** Interiors: a soft key light from above and in front, warm and bright by day, lamp-lit at night. */
const INDOOR: Readonly<Record<string, { light: string; ambient: string; intensity: number; ambientIntensity: number }>> = {
  studio: { light: '#ffffff', ambient: '#dcdce4', intensity: 1.0, ambientIntensity: 0.6 },
  'living-room': { light: '#ffe4c0', ambient: '#ead3b8', intensity: 0.95, ambientIntensity: 0.5 },
  kitchen: { light: '#fff3e0', ambient: '#e8e0d4', intensity: 1.0, ambientIntensity: 0.55 },
  bathtub: { light: '#f4f8ff', ambient: '#dce6ee', intensity: 1.0, ambientIntensity: 0.6 },
};

const SPACE_SETTINGS = new Set(['space', 'moon']);

const rgbHex = (c: Rgb): string => toHex(c);

function outdoor(timeOfDay: TimeOfDay, weather: Weather): Lighting {
  const d = DAY[timeOfDay] ?? DAY.noon;
  const w = WEATHER[weather] ?? WEATHER.clear;
  const night = timeOfDay === 'night';
  // The weather grey is dimmed with the day: a rainy night is dark, not grey.
  const dayBrightness = night ? 0.22 : timeOfDay === 'dawn' || timeOfDay === 'sunset' ? 0.75 : 1;
  const grey = scaleRgb(parseColour(w.grey), dayBrightness);
  const overcast = (c: string, amount = w.overcast): string =>
    rgbHex(mixRgb(desaturateRgb(parseColour(c), amount * 0.8), grey, amount * 0.85));
  const fogBase = weather === 'fog' ? overcast(d.fog, 0.9) : overcast(d.fog);
  return {
    sunDirection: directionFromAngles(d.elevation, d.azimuth),
    sunColour: overcast(d.sun, w.overcast * 0.6),
    sunIntensity: d.sunIntensity * w.sun,
    ambientColour: overcast(d.ambient, w.overcast * 0.7),
    ambientIntensity: Math.min(1, d.ambientIntensity * w.ambient),
    skyTop: weather === 'fog' ? overcast(d.skyTop, 0.85) : overcast(d.skyTop),
    skyHorizon: weather === 'fog' ? fogBase : overcast(d.skyHorizon),
    fogColour: fogBase,
    fogDensity: Math.min(1, Math.max(d.fogDensity, w.fog)),
    shadowStrength: Math.min(d.shadow, w.shadowCap),
    cloudCover: w.cloudCover,
    starVisibility: d.stars * (1 - w.cloudCover) ** 2,
    sunVisibility: w.sunVisibility,
    lightSource: night ? 'moon' : 'sun',
    indoor: false,
  };
}

function indoor(setting: string, timeOfDay: TimeOfDay, weather: Weather): Lighting {
  const room = INDOOR[setting] ?? INDOOR['living-room']!;
  const outside = outdoor(timeOfDay, weather);
  const night = timeOfDay === 'night';
  // After dark, rooms are lit by warm lamps; the studio keeps its daylight-balanced lights.
  const lamp = night && setting !== 'studio' ? rgbHex(mixRgb(parseColour(room.light), parseColour('#ffbf78'), 0.5)) : room.light;
  const ambient = night && setting !== 'studio' ? rgbHex(mixRgb(parseColour(room.ambient), parseColour('#b98d62'), 0.45)) : room.ambient;
  return {
    sunDirection: normalize([-0.35, 0.85, 0.4]),
    sunColour: lamp,
    sunIntensity: room.intensity * (night && setting !== 'studio' ? 0.8 : 1),
    ambientColour: ambient,
    ambientIntensity: room.ambientIntensity * (night && setting !== 'studio' ? 0.8 : 1),
    // The window still shows the time of day outside.
    skyTop: outside.skyTop,
    skyHorizon: outside.skyHorizon,
    fogColour: outside.fogColour,
    fogDensity: 0,
    shadowStrength: 0.45,
    cloudCover: outside.cloudCover,
    starVisibility: outside.starVisibility,
    sunVisibility: 0,
    lightSource: 'lamp',
    indoor: true,
  };
}

function airless(setting: string, timeOfDay: TimeOfDay): Lighting {
  // On the Moon the night light is earthshine: dim and blue. In space the sun always shines.
  const earthshine = setting === 'moon' && timeOfDay === 'night';
  const day = DAY[timeOfDay] ?? DAY.noon;
  const elevation = setting === 'space' ? 28 : Math.max(12, Math.min(day.elevation, 40));
  const azimuth = setting === 'space' ? -130 : timeOfDay === 'dawn' || timeOfDay === 'sunset' || timeOfDay === 'night' ? day.azimuth * 6 : day.azimuth;
  return {
    sunDirection: directionFromAngles(elevation, azimuth),
    sunColour: earthshine ? '#a8bcff' : '#ffffff',
    sunIntensity: earthshine ? 0.35 : 1.4,
    ambientColour: setting === 'moon' ? '#2a2a2e' : '#14161e',
    ambientIntensity: setting === 'moon' ? 0.08 : 0.03,
    skyTop: '#000000',
    skyHorizon: setting === 'moon' ? '#050508' : '#020208',
    fogColour: '#000000',
    fogDensity: 0,
    shadowStrength: 1,
    cloudCover: 0,
    starVisibility: 1,
    sunVisibility: 1,
    lightSource: earthshine ? 'moon' : 'sun',
    indoor: false,
  };
}

export function lightingFor(scene: BackgroundScene): Lighting {
  if (SPACE_SETTINGS.has(scene.setting) || scene.groundMaterial === 'none' || scene.groundMaterial === 'regolith') {
    return airless(scene.setting === 'space' || scene.groundMaterial === 'none' ? 'space' : 'moon', scene.timeOfDay);
  }
  if (INDOOR[scene.setting]) return indoor(scene.setting, scene.timeOfDay, scene.weather);
  return outdoor(scene.timeOfDay, scene.weather);
}
