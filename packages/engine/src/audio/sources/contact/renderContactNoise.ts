/**
 * Continuous contact sounds from the per-frame poses: a body rolling along the ground
 * rumbles (low filtered noise, louder and brighter with speed and rougher surfaces, with a
 * faint bump at each turn); a body sliding without rolling scrapes (brighter band noise).
 * Parameters are set per frame and interpolated per sample, so speed changes never zipper.
 */
import { length as vecLength, type Vec3 } from '../../../math/vec3.ts';
import { createRandom, type Random } from '../../../random/createRandom.ts';
import type { Timeline } from '../../../timeline/Timeline.ts';
import { SAMPLE_RATE } from '../../StereoAudio.ts';
import { BrownNoise, WhiteNoise } from '../../dsp/NoiseSource.ts';
import { StateVariableFilter } from '../../dsp/StateVariableFilter.ts';
import type { MixBus } from '../../mix/MixBus.ts';
import { placeFromCamera } from '../../spatial/placeSound.ts';
import { acousticMaterial } from '../materialAcoustics.ts';

/** Per-frame control values for one body. */
interface ContactTrack {
  roll: Float64Array;
  rollCutoff: Float64Array;
  rotationHz: Float64Array;
  slide: Float64Array;
  slideCentre: Float64Array;
  left: Float64Array;
  right: Float64Array;
}

/** Below this tangential speed (m/s) contact is silent. */
const QUIET_SPEED = 0.03;

export function renderContactNoise(timeline: Timeline, bus: MixBus, seed: number): void {
  const frames = timeline.frames;
  if (frames.length === 0) return;
  timeline.entities.forEach((entity, index) => {
    if (entity.mobility !== 'dynamic') return;
    const track = contactTrack(timeline, index);
    if (!track) return;
    renderTrack(track, timeline.fps, bus, createRandom(seed, `audio/contact-noise/${entity.id}`));
  });
}

function contactTrack(timeline: Timeline, index: number): ContactTrack | undefined {
  const frames = timeline.frames;
  const entity = timeline.entities[index]!;
  const count = frames.length;
  const own = acousticMaterial(entity.material);
  const ground = timeline.groundMaterial === 'none' ? own : acousticMaterial(timeline.groundMaterial);
  const radius = entity.collider.shape === 'ball' ? entity.collider.radius : entity.boundingRadius;
  const massFactor = Math.min(3, Math.max(0.4, Math.pow(Math.max(entity.mass, 1e-3) / 0.5, 0.25)));
  const track: ContactTrack = {
    roll: new Float64Array(count), rollCutoff: new Float64Array(count), rotationHz: new Float64Array(count),
    slide: new Float64Array(count), slideCentre: new Float64Array(count),
    left: new Float64Array(count), right: new Float64Array(count),
  };
  let active = false;
  for (let f = 0; f < count; f++) {
    const pose = frames[f]!.poses[index];
    if (!pose) continue;
    // One-frame touches are bounces: the impact sound covers them.
    const touching = pose.inContact &&
      ((frames[f - 1]?.poses[index]?.inContact ?? false) || (frames[f + 1]?.poses[index]?.inContact ?? false));
    if (!touching) continue;
    const onGround = pose.position[1] - entity.boundingRadius < 0.05 && timeline.groundMaterial !== 'none';
    const surface = onGround ? ground : own;
    const roughness = (own.roughness + surface.roughness) / 2;
    const friction = (own.friction + surface.friction) / 2;
    const v = pose.velocity;
    const speed = Math.min(12, Math.hypot(v[0], v[2]));
    if (!(speed >= QUIET_SPEED)) continue; // also skips NaN
    const spin = vecLength(pose.angularVelocity as Vec3) || 0;
    const rolling = Math.min(1, (spin * radius) / Math.max(speed, 1e-3));
    track.roll[f] = 0.1 * speed * rolling * (0.35 + roughness) * massFactor;
    track.rollCutoff[f] = Math.min(1800, 70 + 260 * speed * (0.5 + roughness));
    track.rotationHz[f] = spin / (2 * Math.PI);
    track.slide[f] = 0.14 * speed * (1 - rolling) * (0.3 + friction) * (0.4 + roughness) * massFactor;
    track.slideCentre[f] = Math.min(7000, 700 + 900 * speed * (0.6 + roughness));
    active = true;
  }
  if (!active) return undefined;
  for (let f = 0; f < count; f++) {
    const pose = frames[f]!.poses[index];
    if (!pose) continue;
    const place = placeFromCamera(timeline, frames[f]!.camera, pose.position);
    track.left[f] = place.left;
    track.right[f] = place.right;
  }
  return track;
}

function renderTrack(track: ContactTrack, fps: number, bus: MixBus, random: Random): void {
  const count = track.roll.length;
  const rumbleNoise = new BrownNoise(random);
  const scrapeNoise = new WhiteNoise(random);
  const rumble = new StateVariableFilter(200, 0.8);
  const scrape = new StateVariableFilter(2000, 1.2);
  const samplesPerFrame = SAMPLE_RATE / fps;
  let phase = 0;
  for (let f = 0; f < count; f++) {
    const next = Math.min(count - 1, f + 1);
    const loud = track.roll[f]! + track.slide[f]! + track.roll[next]! + track.slide[next]!;
    if (loud === 0) continue;
    // Values at frame f apply at time f / fps; interpolate to frame f + 1.
    const from = Math.round(f * samplesPerFrame);
    if (from >= bus.length) break;
    const to = Math.min(bus.length, Math.round((f + 1) * samplesPerFrame));
    const span = Math.max(1, to - from);
    const lerp = (a: Float64Array, k: number): number => a[f]! + (a[next]! - a[f]!) * (k / span);
    // Filter frequencies of a silent neighbour are 0: hold the active one instead.
    const cutoffAt = (a: Float64Array, k: number): number =>
      a[f]! === 0 ? a[next]! : a[next]! === 0 ? a[f]! : lerp(a, k);
    for (let k = 0; k < span; k++) {
      if ((k & 15) === 0) {
        rumble.set(cutoffAt(track.rollCutoff, k), 0.8);
        scrape.set(cutoffAt(track.slideCentre, k), 1.2);
      }
      phase += (2 * Math.PI * cutoffAt(track.rotationHz, k)) / SAMPLE_RATE;
      rumble.process(rumbleNoise.next() * 3);
      scrape.process(scrapeNoise.next());
      const bump = 1 + 0.35 * Math.sin(phase);
      const s = lerp(track.roll, k) * rumble.low * bump + lerp(track.slide, k) * scrape.band;
      const i = from + k;
      bus.left[i] += s * lerp(track.left, k);
      bus.right[i] += s * lerp(track.right, k);
    }
  }
}
