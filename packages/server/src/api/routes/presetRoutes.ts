/** GET /v1/presets: the look presets a video can be made with (the engine's catalogue), as an OpenAI-style list. */
import type { FastifyInstance } from 'fastify';
import { presetCatalogue, sizeOfAspect, type Preset } from '@klappe/engine';
import { z } from 'zod';
import type { RouteDoc } from '../openapi/RouteDoc.ts';
import { errorSchema } from '../schemas.ts';

export const presetObjectSchema = z.object({
  id: z.string().meta({ description: 'The name to send as `preset`' }),
  object: z.literal('preset'),
  name: z.string(),
  description: z.string(),
  style: z.string().meta({ description: 'The render style it uses' }),
  aspect: z.string().meta({ description: 'Its default aspect ratio (used when no size is given)' }),
  size: z.string().meta({ description: 'The size that aspect ratio gives' }),
  phrases: z.array(z.string()).meta({ description: 'Words that pick it in a prompt' }),
});

export const presetListSchema = z.object({ object: z.literal('list'), data: z.array(presetObjectSchema), has_more: z.literal(false) });

export const PRESET_ROUTE_DOCS: RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/presets',
    operationId: 'listPresets',
    summary: 'List the look presets (Klappe extension)',
    description: 'Each preset sets a render style with its colour grade, camera defaults, ambience, caption look and default aspect ratio. Send its id as `preset` when creating a video.',
    tags: ['Videos'],
    responses: { '200': { description: 'The presets', schema: presetListSchema }, '401': { description: 'Missing or invalid API key', schema: errorSchema } },
  },
];

export function presetObject(p: Preset): z.infer<typeof presetObjectSchema> {
  const { width, height } = sizeOfAspect(p.aspect);
  return { id: p.id, object: 'preset', name: p.name, description: p.description, style: p.look.style, aspect: p.aspect, size: `${width}x${height}`, phrases: [...p.phrases] };
}

export function registerPresetRoutes(app: FastifyInstance): void {
  let body: z.infer<typeof presetListSchema> | undefined;
  app.get('/v1/presets', async () => (body ??= { object: 'list', data: presetCatalogue().map(presetObject), has_more: false }));
}
