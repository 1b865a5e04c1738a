/**
 * What a matched phrase can mean. One phrase may carry several senses ("orange" is a colour
 * and a fruit, "waves" is the sea and a greeting); the reader picks one from context.
 */
import type { Vec3 } from '../math/vec3.ts';
import type { ActionType, TimeOfDay, Weather } from '../plan/scenePlanSchema.ts';

export type Relation = 'on' | 'in' | 'under' | 'next-to' | 'above' | 'in-front-of' | 'behind';
export type Framing = 'wide' | 'medium' | 'close-up' | 'aerial';
export type CameraMoveType = 'static' | 'pan' | 'tilt' | 'dolly-in' | 'dolly-out' | 'orbit' | 'follow' | 'handheld';
export type PrepRole = 'target' | 'source' | 'surface' | 'agent' | 'with' | 'of';
export type GravitySetting = 'normal' | 'low' | 'zero' | number;

export type Sense =
  | { cat: 'kind'; kind: string; size?: number; colour?: string; material?: string }
  | { cat: 'material'; material: string }
  | { cat: 'colour'; hex: string }
  | { cat: 'colourful' }
  | { cat: 'shade'; mix: string; amount: number }
  | { cat: 'size'; scale: number }
  | { cat: 'intensifier'; exponent: number }
  | { cat: 'setting'; setting: string; weak: boolean }
  | { cat: 'time'; time: TimeOfDay }
  | { cat: 'weather'; weather: Weather; wind?: number }
  | { cat: 'gravity'; gravity: GravitySetting }
  | { cat: 'framing'; framing: Framing }
  | { cat: 'move'; move: CameraMoveType; amount?: number }
  | { cat: 'cameraVerb'; move: CameraMoveType }
  | { cat: 'cameraNoun' }
  | { cat: 'action'; type: ActionType; object: 'patient' | 'target' | 'none'; objectAction?: ActionType }
  | { cat: 'relation'; relation: Relation }
  | { cat: 'prep'; role: PrepRole }
  | { cat: 'direction'; name: string; vector: Vec3 }
  | { cat: 'speed'; factor: number }
  | { cat: 'height'; metres: number }
  | { cat: 'heightBefore' }
  | { cat: 'heightAfter' }
  | { cat: 'sizeMarker' }
  | { cat: 'unit'; dimension: 'length' | 'time'; factor: number }
  | { cat: 'count'; count: number; multiplier: boolean }
  | { cat: 'timeAfter' }
  | { cat: 'timeFor' }
  | { cat: 'clipWord' }
  | { cat: 'canvas'; width: number; height: number }
  | { cat: 'clauseBreak' }
  | { cat: 'sequence' }
  | { cat: 'and' }
  | { cat: 'relative' }
  | { cat: 'pronoun' }
  | { cat: 'copula' }
  | { cat: 'definite' }
  | { cat: 'clothing' }
  | { cat: 'ground' }
  | { cat: 'water' }
  | { cat: 'unsupported' }
  | { cat: 'abstract' }
  | { cat: 'stop' };

export type SenseCategory = Sense['cat'];
export type SenseOf<C extends SenseCategory> = Extract<Sense, { cat: C }>;

/** The first sense of a category, if the phrase has one. */
export function senseOf<C extends SenseCategory>(senses: readonly Sense[], cat: C): SenseOf<C> | undefined {
  return senses.find((s) => s.cat === cat) as SenseOf<C> | undefined;
}

export function hasSense(senses: readonly Sense[], ...cats: SenseCategory[]): boolean {
  return senses.some((s) => cats.includes(s.cat));
}
