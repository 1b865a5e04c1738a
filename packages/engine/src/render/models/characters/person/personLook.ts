/**
 * How a person looks, chosen once from their id: skin tone, hair, eyes and clothes. The same
 * id always gives the same person; the entity's colour is their shirt.
 */
import { createRandom, hashString, type Random } from '../../../../random/createRandom.ts';
import { identityKeyOf } from '../identityKey.ts';
import { luminance, mixColour } from '../rig/colour.ts';

export type HairStyle = 'short' | 'crop' | 'bob' | 'long' | 'bun' | 'ponytail' | 'curly' | 'bald';

export interface PersonLook {
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  iris: string;
  lips: string;
  shirt: string;
  sleeves: 'short' | 'long';
  trousers: string;
  /** Shorts (bare knees) rather than long trousers. */
  shorts: boolean;
  shoes: string;
  soles: string;
  /** Width of the frame relative to average, about 0.92..1.08. */
  build: number;
  /** Seconds added to the clock so people don't blink in unison. */
  blinkOffset: number;
  /** 0..1 offset for idle breathing and glances. */
  motionOffset: number;
}

const SKIN = ['#fbe0cc', '#f3c9a8', '#e7b48e', '#d39a6f', '#b97c52', '#9a6240', '#7a4a2f', '#5a3522'] as const;
const HAIR = ['#1d1713', '#2e1f16', '#4a2f1e', '#6e4a2c', '#9a6433', '#c99350', '#e3c483', '#a8432a', '#8f8a86'] as const;
const HAIR_WEIGHTS = [4, 4, 4, 3, 2, 2, 2, 1.5, 1] as const;
const IRIS = ['#5a3825', '#3b2719', '#3f74a8', '#4f8a4a', '#8a6a3a', '#64798a'] as const;
const TROUSERS = ['#2f4d7a', '#1f2a44', '#2b2b30', '#6b6f76', '#b89b72', '#5a6b45', '#7a4a3a', '#3e5f8a'] as const;
const SHOES = ['#f2f2f0', '#232327', '#6b4328', '#c0392b', '#2e5eaa', '#e9e2d0'] as const;
const STYLES: readonly HairStyle[] = ['short', 'crop', 'bob', 'long', 'bun', 'ponytail', 'curly', 'bald'];
const STYLE_WEIGHTS = [4, 2, 2.5, 3, 1.5, 2, 2, 0.8] as const;

function weighted<T>(rng: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rng.next() * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i]!;
    if (x < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

function colourDistance(a: string, b: string): number {
  return Math.abs(luminance(a) - luminance(b)) + (a === b ? 0 : 0.05);
}

export function personLook(entity: { id: string; name?: string; colour: string }): PersonLook {
  const rng = createRandom(hashString(identityKeyOf(entity)), 'person-look');
  const skin = rng.pick(SKIN);
  const hairStyle = weighted(rng, STYLES, STYLE_WEIGHTS);
  const hair = weighted(rng, HAIR, HAIR_WEIGHTS);
  const iris = rng.pick(IRIS);
  const shirt = entity.colour;
  // Trousers that stand apart from the shirt.
  let trousers = rng.pick(TROUSERS);
  for (let i = 0; i < TROUSERS.length && colourDistance(trousers, shirt) < 0.12; i++) {
    trousers = TROUSERS[(TROUSERS.indexOf(trousers as (typeof TROUSERS)[number]) + 1) % TROUSERS.length]!;
  }
  const shoes = rng.pick(SHOES);
  return {
    skin,
    hair,
    hairStyle,
    iris,
    lips: mixColour(skin, '#b5474f', 0.38),
    shirt,
    sleeves: rng.next() < 0.55 ? 'short' : 'long',
    trousers,
    shorts: rng.next() < 0.2,
    shoes,
    soles: luminance(shoes) > 0.6 ? '#d8d4cc' : '#f4f1ea',
    build: 0.93 + rng.next() * 0.14,
    blinkOffset: rng.next() * 4,
    motionOffset: rng.next(),
  };
}
