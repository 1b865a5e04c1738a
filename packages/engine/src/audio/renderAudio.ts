/**
 * The clip's sound track, made in the same pass from the same timeline as its pictures:
 * the setting's ambience, every contact, splash and footstep starting on its exact sample,
 * rolling and sliding noise from the bodies' motion, the room's reverberation of them —
 * mixed in stereo at 48 kHz and normalised to −14 LUFS integrated with true peaks at or
 * below −1 dBTP.
 * A pure function of the timeline: the same plan and seed give identical samples.
 */
import type { Timeline } from '../timeline/Timeline.ts';
import { SAMPLE_RATE, type StereoAudio } from './StereoAudio.ts';
import { renderAmbience } from './ambience/renderAmbience.ts';
import { normaliseLoudness } from './loudness/normaliseLoudness.ts';
import { MixBus } from './mix/MixBus.ts';
import { renderContactNoise } from './sources/contact/renderContactNoise.ts';
import { renderEvents } from './sources/renderEvents.ts';
import { addReverb } from './room/addReverb.ts';
import { roomAcousticsOf } from './room/roomAcoustics.ts';
import { duckUnderSpeech } from './speech/duckUnderSpeech.ts';
import { renderSpeech } from './speech/renderSpeech.ts';

export type { StereoAudio } from './StereoAudio.ts';

export const TARGET_LOUDNESS_LUFS = -14;
export const TRUE_PEAK_CEILING_DBTP = -1;

export function renderAudio(timeline: Timeline): StereoAudio {
  const length = Math.round(timeline.duration * SAMPLE_RATE);
  const seed = timeline.plan.seed;
  // Things happening go on their own bus so the room can reverberate them; the ambience is
  // already a recording of the place.
  const things = new MixBus(length);
  renderContactNoise(timeline, things, seed);
  renderEvents(timeline, things, seed);
  const bus = new MixBus(length);
  // Voices stay dry and in front; the ambience ducks under them.
  const speech = renderSpeech(timeline, length);
  const ambience = speech ? new MixBus(length) : bus;
  renderAmbience(timeline.plan.audio.ambience, ambience, seed);
  if (speech) {
    duckUnderSpeech(ambience, speech.envelope);
    bus.addStereo(ambience.left, ambience.right, 0);
    bus.addStereo(speech.bus.left, speech.bus.right, 0);
  }
  bus.addStereo(things.left, things.right, 0);
  addReverb(things.left, things.right, bus.left, bus.right, roomAcousticsOf(timeline.plan.environment.setting));
  // Sounds still ringing at the last frame fade out over 10 ms instead of being cut.
  const fade = Math.min(length, Math.round(0.01 * SAMPLE_RATE));
  for (let k = 0; k < fade; k++) {
    const i = length - 1 - k;
    bus.left[i] *= k / fade;
    bus.right[i] *= k / fade;
  }
  return normaliseLoudness(bus.toStereoAudio(), {
    targetLufs: TARGET_LOUDNESS_LUFS,
    ceilingDbtp: TRUE_PEAK_CEILING_DBTP,
  });
}
