/**
 * Reference images in a ScenePlan (input_reference). The plan names an image; the caller
 * (CLI, server) hands the renderer the image file under that name.
 */
import { z } from 'zod';

export const referenceSchema = z
  .object({
    /** Name of the image among the clip's assets ("input_reference" for the API upload). */
    image: z.string().regex(/^[a-zA-Z0-9_.-]{1,64}$/),
    /** plate: the image is the first frame and the backdrop; product: the image becomes a textured object. */
    mode: z.enum(['plate', 'product']),
    /** product: the cast entity that carries the image. */
    entity: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).optional(),
  })
  .strict();

export type Reference = z.infer<typeof referenceSchema>;
