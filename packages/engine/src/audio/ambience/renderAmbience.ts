/**
 * The setting's background sound: each ambience layer of the plan rendered in wide stereo
 * (independent noise per ear), brought to the plan's level and added to the mix.
 * A layer's level is the RMS of its busier moments (90th percentile of 400 ms windows), so
 * sparse layers — a thunder clap, a gull — sound at that level when they happen.
 */
import { createRandom } from '../../random/createRandom.ts';
import type { AmbienceKind } from '../../plan/scenePlanSchema.ts';
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { dbToGain } from '../dsp/decibels.ts';
import type { MixBus } from '../mix/MixBus.ts';
import type { AmbienceRenderer, Channels } from './ambienceKit.ts';
import { birds } from './layers/birds.ts';
import { city } from './layers/city.ts';
import { clock } from './layers/clock.ts';
import { fridgeHum } from './layers/fridgeHum.ts';
import { gulls } from './layers/gulls.ts';
import { insects } from './layers/insects.ts';
import { leaves } from './layers/leaves.ts';
import { rain } from './layers/rain.ts';
import { roomTone } from './layers/roomTone.ts';
import { spaceHum } from './layers/spaceHum.ts';
import { thunder } from './layers/thunder.ts';
import { waterLap } from './layers/waterLap.ts';
import { waves } from './layers/waves.ts';
import { wind } from './layers/wind.ts';

export const AMBIENCE_RENDERERS: Readonly<Record<AmbienceKind, AmbienceRenderer>> = {
  'room-tone': roomTone,
  waves,
  'water-lap': waterLap,
  wind,
  rain,
  thunder,
  birds,
  gulls,
  insects,
  leaves,
  city,
  clock,
  'fridge-hum': fridgeHum,
  'space-hum': spaceHum,
};

export interface AmbienceLayerSpec {
  kind: AmbienceKind;
  /** dBFS (RMS of the layer's busier moments) before loudness normalisation. */
  level: number;
}

/** One layer at the given level; `index` keeps two layers of the same kind different. */
export function renderAmbienceLayer(layer: AmbienceLayerSpec, length: number, seed: number, index = 0): Channels {
  const render = AMBIENCE_RENDERERS[layer.kind];
  const out = render(length, createRandom(seed, `audio/ambience/${index}/${layer.kind}`));
  const rms = busyRms(out);
  const gain = rms > 0 ? dbToGain(layer.level) / rms : 0;
  // A 10 ms fade-in so the clip does not start with a click.
  const fade = Math.min(length, Math.round(0.01 * SAMPLE_RATE));
  for (let i = 0; i < length; i++) {
    const g = i < fade ? (gain * i) / fade : gain;
    out.left[i] *= g;
    out.right[i] *= g;
  }
  return out;
}

export function renderAmbience(layers: readonly AmbienceLayerSpec[], bus: MixBus, seed: number): void {
  layers.forEach((layer, index) => {
    if (layer.level <= -80) return;
    const out = renderAmbienceLayer(layer, bus.length, seed, index);
    bus.addStereo(out.left, out.right, 0);
  });
}

/** RMS of the 90th-percentile 400 ms window (both channels). */
export function busyRms(channels: Channels): number {
  const { left, right } = channels;
  const hop = Math.round(0.1 * SAMPLE_RATE);
  const hops = Math.floor(left.length / hop);
  if (hops === 0) {
    let sum = 0;
    for (let i = 0; i < left.length; i++) sum += left[i]! * left[i]! + right[i]! * right[i]!;
    return left.length ? Math.sqrt(sum / (2 * left.length)) : 0;
  }
  const power = new Float64Array(hops);
  for (let h = 0; h < hops; h++) {
    let sum = 0;
    for (let i = h * hop; i < (h + 1) * hop; i++) sum += left[i]! * left[i]! + right[i]! * right[i]!;
    power[h] = sum / (2 * hop);
  }
  const windows: number[] = [];
  const span = Math.min(4, hops);
  for (let h = 0; h + span <= hops; h++) {
    let sum = 0;
    for (let k = 0; k < span; k++) sum += power[h + k]!;
    windows.push(sum / span);
  }
  windows.sort((a, b) => a - b);
  return Math.sqrt(windows[Math.min(windows.length - 1, Math.floor(windows.length * 0.9))]!);
}
