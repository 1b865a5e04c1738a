/**
 * The preset catalogue: named looks kept as data (presets.json), each a style with its colour
 * grade, camera defaults, ambience, caption look and default aspect ratio. Validated when first
 * read, so a broken catalogue fails loudly in the tests, never in a render.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { captionLookSchema, lookSchema } from '../plan/lookSchema.ts';
import { AMBIENCE_KINDS, cameraMoveSchema, FRAMINGS } from '../plan/scenePlanSchema.ts';

export const ASPECTS = ['9:16', '16:9', '1:1'] as const;
export type Aspect = (typeof ASPECTS)[number];

export const presetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1).max(60),
    description: z.string().min(1).max(300),
    /** Words that pick this preset in a prompt ("in film noir style", "like a home video"). */
    phrases: z.array(z.string().regex(/^[a-z0-9][a-z0-9 -]*$/)).max(20),
    look: lookSchema.omit({ preset: true, captions: true }),
    camera: z.object({ framing: z.enum(FRAMINGS).optional(), moves: z.array(cameraMoveSchema).max(4).optional() }).strict(),
    ambience: z.array(z.object({ kind: z.enum(AMBIENCE_KINDS), level: z.number().finite().min(-80).max(0) }).strict()).max(4),
    captions: captionLookSchema,
    aspect: z.enum(ASPECTS),
  })
  .strict();

export type Preset = z.infer<typeof presetSchema>;

let catalogue: readonly Preset[] | null = null;

export function presetCatalogue(): readonly Preset[] {
  if (catalogue) return catalogue;
  const raw: unknown = JSON.parse(readFileSync(new URL('./presets.json', import.meta.url), 'utf8'));
  const list = z.array(presetSchema).parse(raw);
  const ids = new Set<string>();
  for (const p of list) {
    if (ids.has(p.id)) throw new Error(`preset catalogue: duplicate id "${p.id}"`);
    ids.add(p.id);
  }
  catalogue = list;
  return list;
}

export const presetIds = (): string[] => presetCatalogue().map((p) => p.id);

export function findPreset(id: string): Preset | undefined {
  return presetCatalogue().find((p) => p.id === id);
}

/** Output size for an aspect ratio (the default size of each shape). */
export function sizeOfAspect(aspect: Aspect): { width: number; height: number } {
  switch (aspect) {
    case '9:16':
      return { width: 720, height: 1280 };
    case '16:9':
      return { width: 1280, height: 720 };
    case '1:1':
      return { width: 1080, height: 1080 };
  }
}

/** The catalogue as a list, read when the engine loads. */
export const PRESETS: readonly Preset[] = presetCatalogue();
