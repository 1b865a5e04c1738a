/**
 * Every timeline event becomes a sound that starts on its exact sample
 * (round(time × 48 000)), panned to where it happens on screen. Each event draws from its
 * own seeded stream, so adding one event never changes how the others sound.
 */
import { createRandom, type Random } from '../../random/createRandom.ts';
import type { ContactEvent, FootstepEvent, SplashEvent, Timeline, TimelineEntity } from '../../timeline/Timeline.ts';
import { SAMPLE_RATE } from '../StereoAudio.ts';
import type { MixBus } from '../mix/MixBus.ts';
import { placeSound } from '../spatial/placeSound.ts';
import { synthesizeFootstep } from './footstep/synthesizeFootstep.ts';
import { synthesizeImpact, type ImpactBody } from './impact/synthesizeImpact.ts';
import { soundingSize } from './materialAcoustics.ts';
import { synthesizeSplash } from './splash/synthesizeSplash.ts';

export function renderEvents(timeline: Timeline, bus: MixBus, seed: number): void {
  const byId = new Map(timeline.entities.map((e) => [e.id, e]));
  const seen = new Map<string, number>();
  timeline.events.forEach((event) => {
    // A malformed event (NaN time or position) is skipped rather than poisoning the whole mix.
    if (!Number.isFinite(event.time) || !event.position.every(Number.isFinite)) return;
    // The stream is named by what happened, not by list position (exact duplicates are counted).
    const who = event.type === 'contact' ? `${event.a}/${event.b}` : event.entity;
    const key = `audio/event/${event.type}/${who}/${event.time}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    const random = createRandom(seed, `${key}/${repeat}`);
    let sound: Float32Array;
    switch (event.type) {
      case 'contact':
        sound = contactSound(event, timeline, byId, random);
        break;
      case 'splash':
        sound = splashSound(event, random);
        break;
      case 'footstep':
        sound = footstepSound(event, byId, random);
        break;
      default:
        return;
    }
    const start = Math.round(event.time * SAMPLE_RATE);
    const place = placeSound(timeline, event.time, event.position);
    bus.addMono(sound, start, place.left, place.right);
  });
}

function body(id: string, material: string, byId: ReadonlyMap<string, TimelineEntity>): ImpactBody {
  if (id === 'ground') return { material, size: 1, isGround: true };
  const entity = byId.get(id);
  return { material, size: entity ? soundingSize(entity.collider, entity.boundingRadius) : 0.25 };
}

function contactSound(
  event: ContactEvent, timeline: Timeline, byId: ReadonlyMap<string, TimelineEntity>, random: Random,
): Float32Array {
  const groundMaterial = timeline.groundMaterial === 'none' ? 'stone' : timeline.groundMaterial;
  const materialB = event.b === 'ground' ? event.materials[1] || groundMaterial : event.materials[1];
  return synthesizeImpact({
    a: body(event.a, event.materials[0], byId),
    b: body(event.b, materialB, byId),
    impulse: Number.isFinite(event.impulse) ? event.impulse : 0,
    normalSpeed: Number.isFinite(event.normalSpeed) ? event.normalSpeed : 1,
    random,
  });
}

function splashSound(event: SplashEvent, random: Random): Float32Array {
  return synthesizeSplash({
    speed: Number.isFinite(event.speed) ? event.speed : 1,
    mass: Number.isFinite(event.mass) ? event.mass : 1,
    random,
  });
}

function footstepSound(
  event: FootstepEvent, byId: ReadonlyMap<string, TimelineEntity>, random: Random,
): Float32Array {
  return synthesizeFootstep({ material: event.material, mass: byId.get(event.entity)?.mass ?? 70, random });
}
