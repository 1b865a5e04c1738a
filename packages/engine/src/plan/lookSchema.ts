/**
 * The look of a ScenePlan: the render style (a stage with its own parameters) and the preset
 * it came from. The look never changes motion or timing, only how frames are drawn (and, for
 * stop-motion styles, which simulated frame each output frame shows).
 */
import { z } from 'zod';

export const STYLE_IDS = [
  'cinematic', 'film-noir', 'papercraft', 'anime', 'claymation', 'watercolour', 'pixel-art', 'vintage-film',
] as const;

const cssHex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#ff8800"');

/** A colour grade laid over the style's own: every field optional, omitted = the style's value. */
export const gradeSchema = z
  .object({
    /** Colour washed over the frame ("#rrggbb") and how strongly, 0..1. */
    tint: cssHex.optional(),
    tintAmount: z.number().finite().min(0).max(1).optional(),
    /** 0 = black and white, 1 = the style's colours. */
    saturation: z.number().finite().min(0).max(1).optional(),
    /** Darkening at the corners, 0..1. */
    vignette: z.number().finite().min(0).max(1).optional(),
    /** Film grain, 0..1 (0.03 is subtle, 0.12 heavy). */
    grain: z.number().finite().min(0).max(1).optional(),
    /** Glow around highlights, 0..1. */
    halation: z.number().finite().min(0).max(1).optional(),
  })
  .strict();

/** How burned-in captions look (read by the captions stage). */
export const captionLookSchema = z
  .object({
    /** A font family name, e.g. "Noto Sans". */
    font: z.string().min(1).max(60).optional(),
    colour: cssHex.optional(),
    /** Box behind the text: a colour, or "none". */
    background: z.union([cssHex, z.literal('none')]).optional(),
    position: z.enum(['top', 'middle', 'bottom']).optional(),
  })
  .strict();

export const lookSchema = z
  .object({
    style: z.enum(STYLE_IDS),
    /** The preset the look came from (see the preset catalogue), if any. */
    preset: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
    /** Adjustments to the style's colour grade. */
    grade: gradeSchema.optional(),
    /** Caption look. */
    captions: captionLookSchema.optional(),
  })
  .strict();

export type Look = z.infer<typeof lookSchema>;
export type LookGrade = z.infer<typeof gradeSchema>;
export type CaptionLook = z.infer<typeof captionLookSchema>;
export type StyleId = (typeof STYLE_IDS)[number];
