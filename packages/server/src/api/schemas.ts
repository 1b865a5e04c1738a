/**
 * The request and response schemas of the video API. They validate requests and generate the
 * OpenAPI document, so the two cannot drift apart.
 */
import { MAX_DURATION, MIN_DURATION, presetIds, STYLE_IDS, SUPPORTED_FPS, SUPPORTED_SIZES } from '@klappe/engine';
import { z } from 'zod';
import { MODELS } from '../models/modelRegistry.ts';

export const VIDEO_STATUSES = ['queued', 'in_progress', 'completed', 'failed'] as const;

export const errorSchema = z
  .object({
    error: z.object({
      message: z.string(),
      type: z.string().meta({ description: 'invalid_request_error, authentication_error, rate_limit_error or server_error' }),
      param: z.string().nullable(),
      code: z.string().nullable(),
    }),
  })
  .meta({ description: 'Every error, in the OpenAI shape' });

export const videoSchema = z
  .object({
    id: z.string().meta({ example: 'video_019a2b3c4d5e00007f3a9c1e2b4d6f80' }),
    object: z.literal('video'),
    status: z.enum(VIDEO_STATUSES),
    progress: z.number().int().min(0).max(100).meta({ description: 'Percent done; updated while rendering' }),
    created_at: z.number().int().meta({ description: 'Unix seconds' }),
    completed_at: z.number().int().nullable(),
    expires_at: z.number().int().nullable().meta({ description: 'When the files are removed (Unix seconds); null = kept' }),
    model: z.string(),
    seconds: z.string(),
    size: z.string(),
    prompt: z.string().nullable(),
    remixed_from_video_id: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  });

export const videoListSchema = z
  .object({
    object: z.literal('list'),
    data: z.array(videoSchema),
    first_id: z.string().nullable(),
    last_id: z.string().nullable(),
    has_more: z.boolean(),
  });

export const videoDeletedSchema = z
  .object({ id: z.string(), object: z.literal('video.deleted'), deleted: z.literal(true) });

const SIZE_VALUES = SUPPORTED_SIZES as readonly string[];
const MODEL_IDS = MODELS.map((m) => m.id);

const wholeNumber = (name: string, min: number, max: number) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return n;
  });

/** The fields of POST /v1/videos, as JSON or as multipart form fields (strings). */
export const createVideoFieldsSchema = z
  .strictObject({
    prompt: z.string().min(1, 'prompt must not be empty').max(4000, 'prompt must be at most 4000 characters').optional().meta({ description: 'What the video shows. Required unless a plan is given.' }),
    model: z.string().optional().meta({ description: `One of ${MODEL_IDS.join(', ')} (default klappe-1). The sora-2 names are aliases of the built-in quality tiers.` }),
    seconds: wholeNumber('seconds', MIN_DURATION, MAX_DURATION).optional().meta({ description: `Duration in seconds, "${MIN_DURATION}" to "${MAX_DURATION}" (the SDK's "4", "8", "12" included); default "4"` }),
    size: z.string().refine((s) => SIZE_VALUES.includes(s), { message: `size must be one of ${SIZE_VALUES.join(', ')}` }).optional().meta({ description: `WIDTHxHEIGHT, one of ${SIZE_VALUES.join(', ')}; default 720x1280` }),
    input_reference: z
      .strictObject({ image_url: z.string().optional(), file_id: z.string().optional() })
      .optional()
      .meta({ description: 'A reference image (PNG, JPEG or WebP, still, up to the upload limit and 50 megapixels): a file upload (multipart) or {"image_url": "data:image/png;base64,…"}. A plate becomes the backdrop and first frame; a product becomes an object that moves with physics.' }),
    reference_mode: z.enum(['plate', 'product'], { message: 'reference_mode must be "plate" or "product"' }).optional().meta({ description: 'Extension: how input_reference is used; default product when the image has transparency, else plate' }),
    seed: wholeNumber('seed', 0, 4294967295).optional().meta({ description: 'Extension: the random seed (same plan + seed = same video)' }),
    preset: z
      .string()
      .refine((s) => presetIds().includes(s), { message: `preset must be one of ${presetIds().join(', ')} (see GET /v1/presets)` })
      .optional()
      .meta({ description: `Extension: a look preset (style, colour grade, camera, ambience, caption look; its aspect ratio when no size is given), one of ${presetIds().join(', ')}` }),
    style: z
      .enum(STYLE_IDS, { message: `style must be one of ${STYLE_IDS.join(', ')}` })
      .optional()
      .meta({ description: `Extension: the render style, one of ${STYLE_IDS.join(', ')}; over a preset, replaces its style` }),
    fps: z
      .union([z.number(), z.string()])
      .transform((v, ctx) => {
        const n = Number(v);
        if (!(SUPPORTED_FPS as readonly number[]).includes(n)) {
          ctx.addIssue({ code: 'custom', message: `fps must be one of ${SUPPORTED_FPS.join(', ')}` });
          return z.NEVER;
        }
        return n as 24 | 30;
      })
      .optional()
      .meta({ description: 'Extension: frames per second, 24 or 30 (default 30)' }),
    plan: z.unknown().optional().meta({ description: 'Extension (director mode): a ScenePlan to render as is; seconds, size, fps and seed override its canvas and seed when given. In multipart, a JSON string.' }),
  });

export type CreateVideoFields = z.output<typeof createVideoFieldsSchema>;

export const remixSchema = z
  .strictObject({ prompt: z.string().min(1, 'prompt must not be empty').max(4000, 'prompt must be at most 4000 characters') });

export const videoIdParams = z.object({ video_id: z.string() });

export const listQuerySchema = z.object({
  after: z.string().optional().meta({ description: 'A video id: the page starts after it' }),
  limit: wholeNumber('limit', 1, 100).optional().meta({ description: '1 to 100, default 20' }),
  order: z.enum(['asc', 'desc'], { message: 'order must be "asc" or "desc"' }).optional().meta({ description: 'By creation time; default desc' }),
});

export const contentQuerySchema = z.object({
  variant: z.enum(['video', 'thumbnail', 'spritesheet', 'captions'], { message: 'variant must be "video", "thumbnail", "spritesheet" or "captions"' }).optional(),
});
