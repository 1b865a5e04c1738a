/**
 * Speech in a ScenePlan: dialogue lines bound to speakers, and narration. Each line's timing
 * is in the plan (the director derives the duration from the synthesis); edit it by hand freely.
 */
import { z } from 'zod';

/** A language tag: "en", "de", "pt-BR", "zh". */
export const languageTagSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en" or "pt-BR"');

export const NARRATOR = 'narrator' as const;

export const voiceSchema = z
  .object({
    /** espeak-ng pitch 0..99 (50 = the voice's normal pitch). */
    pitch: z.number().int().min(0).max(99).optional(),
    /** Words per minute. */
    rate: z.number().int().min(80).max(450).optional(),
    /** Voice variant name ("f2", "m3", "klatt"...). */
    variant: z.string().regex(/^[a-zA-Z0-9_+-]{1,32}$/).optional(),
    /** A processing effect on the voice. */
    effect: z.enum(['none', 'robot', 'radio']).optional(),
  })
  .strict();

export const speechLineSchema = z
  .object({
    /** The speaking entity's id, or "narrator" (voice-over: no one on screen speaks). */
    speaker: z.string().min(1),
    text: z.string().min(1).max(600),
    /** Language of this line; omitted = the plan's speech language. */
    language: languageTagSchema.optional(),
    /** Seconds from the start of the clip. */
    start: z.number().finite().min(0),
    /** Seconds; omitted = as long as the synthesised line takes. */
    duration: z.number().finite().positive().optional(),
    /** Voice settings; omitted = derived from the speaker's id (deterministic). */
    voice: voiceSchema.optional(),
  })
  .strict();

export const speechSchema = z
  .object({
    /** Default language of the lines. */
    language: languageTagSchema,
    lines: z.array(speechLineSchema).max(60),
    /** Burn captions into the frames (a WebVTT sidecar is always written). */
    burnInCaptions: z.boolean().optional(),
  })
  .strict();

export type SpeechPlan = z.infer<typeof speechSchema>;
export type SpeechLine = z.infer<typeof speechLineSchema>;
export type VoiceSettings = z.infer<typeof voiceSchema>;
