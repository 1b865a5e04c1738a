/**
 * The look of a ScenePlan: the render style (a stage with its own parameters) and the preset
 * it came from. The look never changes motion or timing, only how frames are drawn (and, for
 * stop-motion styles, which simulated frame each output frame shows).
 */
import { z } from 'zod';

export const STYLE_IDS = [
  'cinematic', 'film-noir', 'papercraft', 'anime', 'claymation', 'watercolour', 'pixel-art', 'vintage-film',
] as const;

export const lookSchema = z
  .object({
    style: z.enum(STYLE_IDS),
    /** The preset the look came from (see the preset catalogue), if any. */
    preset: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  })
  .strict();

export type Look = z.infer<typeof lookSchema>;
export type StyleId = (typeof STYLE_IDS)[number];
