/**
 * The clip's voices: every planned line with its voice effect, resampled to 48 kHz, brought to
 * a common speaking level and placed in the stereo field where its speaker is on screen (the
 * narrator in the centre). Also returns the speech envelope the ambience ducks under.
 */
import { NARRATOR } from '../../plan/speechSchema.ts';
import { applyVoiceEffect } from '../../speech/applyVoiceEffect.ts';
import { speakPlan } from '../../speech/speakPlan.ts';
import type { Timeline } from '../../timeline/Timeline.ts';
import { Biquad } from '../dsp/Biquad.ts';
import { dbToGain } from '../dsp/decibels.ts';
import { MixBus } from '../mix/MixBus.ts';
import { equalPowerPan } from '../mix/equalPowerPan.ts';
import { placeSound } from '../spatial/placeSound.ts';
import { SAMPLE_RATE } from '../StereoAudio.ts';
import { resampleCubic } from '../dsp/resampleCubic.ts';

/** RMS level of a line's voiced parts before loudness normalisation (dBFS). */
export const SPEECH_LEVEL_DB = -16;
/** Voices never pan further than this (a hard-panned voice is tiring). */
const PAN_WIDTH = 0.7;
/** Head height above an entity's origin, as a fraction of its bounding radius. */
const MOUTH_HEIGHT = 0.8;
/** Fade at a line's cut end (s). */
const CUT_FADE = 0.02;

export interface SpeechMix {
  bus: MixBus;
  /** 0..1 per sample: how much speech is sounding (smoothed), for ducking. */
  envelope: Float32Array;
}

export function renderSpeech(timeline: Timeline, length: number): SpeechMix | undefined {
  const lines = speakPlan(timeline.plan);
  if (lines.length === 0) return undefined;
  const bus = new MixBus(length);
  const active = new Float32Array(length);
  for (const p of lines) {
    const voiced = applyVoiceEffect(p.synthesis.samples, p.synthesis.sampleRate, p.voice.effect);
    const cutAt = Math.max(0, Math.round((p.end - p.start) * SAMPLE_RATE));
    const signal = resampleTo48k(voiced, p.synthesis.sampleRate, cutAt);
    const rms = voicedRms(signal);
    const gain = rms > 0 ? dbToGain(SPEECH_LEVEL_DB) / rms : 0;
    const wasCut = cutAt < Math.floor((voiced.length * SAMPLE_RATE) / p.synthesis.sampleRate);
    const fade = wasCut ? Math.round(CUT_FADE * SAMPLE_RATE) : 0;
    for (let i = 0; i < signal.length; i++) {
      const tail = signal.length - i;
      signal[i] = signal[i]! * gain * (tail < fade ? tail / fade : 1);
    }
    const pan = panOf(timeline, p.line.speaker, (p.start + p.end) / 2);
    const { left, right } = equalPowerPan(pan * PAN_WIDTH);
    const start = Math.round(p.start * SAMPLE_RATE);
    bus.addMono(signal, start, left, right);
    for (const w of p.synthesis.words) {
      const a = Math.max(0, start + Math.round(w.start * SAMPLE_RATE));
      const b = Math.min(length, start + Math.round(w.end * SAMPLE_RATE), start + signal.length);
      for (let i = a; i < b; i++) active[i] = 1;
    }
  }
  return { bus, envelope: smoothEnvelope(active) };
}

function panOf(timeline: Timeline, speaker: string, time: number): number {
  if (speaker === NARRATOR) return 0;
  const index = timeline.entities.findIndex((e) => e.id === speaker);
  const frame = timeline.frames[Math.max(0, Math.min(timeline.frames.length - 1, Math.round(time * timeline.fps)))];
  if (index < 0 || !frame) return 0;
  const pose = frame.poses[index];
  if (!pose) return 0;
  const e = timeline.entities[index]!;
  const mouth: [number, number, number] = [pose.position[0], pose.position[1] + e.boundingRadius * MOUTH_HEIGHT, pose.position[2]];
  return placeSound(timeline, time, mouth).pan;
}

/** Cubic interpolation up to 48 kHz, at most `maxLength` samples, then a low-pass against images. */
function resampleTo48k(signal: Float32Array, rate: number, maxLength: number): Float32Array {
  const step = rate / SAMPLE_RATE;
  const out = resampleCubic(signal, step, Math.min(maxLength, Math.floor(signal.length / step)));
  Biquad.lowpass(rate * 0.45).processInPlace(out);
  return out;
}

/** RMS over 20 ms windows louder than −40 dB relative to the loudest: the voiced parts. */
function voicedRms(signal: Float32Array): number {
  const win = Math.round(0.02 * SAMPLE_RATE);
  const energies: number[] = [];
  for (let i = 0; i + win <= signal.length; i += win) {
    let s = 0;
    for (let k = i; k < i + win; k++) s += signal[k]! * signal[k]!;
    energies.push(s / win);
  }
  const peak = Math.max(0, ...energies);
  const voiced = energies.filter((e) => e > peak * 1e-4);
  return voiced.length > 0 ? Math.sqrt(voiced.reduce((a, b) => a + b, 0) / voiced.length) : 0;
}

/** Attack 40 ms, release 350 ms one-pole smoothing of a 0/1 activity signal. */
function smoothEnvelope(active: Float32Array): Float32Array {
  const out = new Float32Array(active.length);
  const attack = 1 - Math.exp(-1 / (0.04 * SAMPLE_RATE));
  const release = 1 - Math.exp(-1 / (0.35 * SAMPLE_RATE));
  // Look ahead by the attack time so the ambience is already down when a word starts.
  const ahead = Math.round(0.04 * SAMPLE_RATE);
  let y = 0;
  for (let i = 0; i < active.length; i++) {
    const x = active[Math.min(active.length - 1, i + ahead)]!;
    y += (x - y) * (x > y ? attack : release);
    out[i] = y;
  }
  return out;
}
