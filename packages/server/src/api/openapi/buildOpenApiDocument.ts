/**
 * The OpenAPI 3.1 document served at /v1/openapi.json, generated from the zod schemas the
 * routes validate with (z.toJSONSchema), so documentation and behaviour stay the same.
 */
import { scenePlanSchema } from '@klappe/engine';
import { z } from 'zod';
import { createVideoFieldsSchema, errorSchema, remixSchema, videoDeletedSchema, videoListSchema, videoSchema } from '../schemas.ts';
import type { RouteDoc } from './RouteDoc.ts';

const COMPONENTS: [string, z.ZodType][] = [
  ['Video', videoSchema],
  ['VideoList', videoListSchema],
  ['VideoDeleted', videoDeletedSchema],
  ['Error', errorSchema],
  ['CreateVideoRequest', createVideoFieldsSchema],
  ['RemixVideoRequest', remixSchema],
  ['ScenePlan', scenePlanSchema],
];

type Json = Record<string, unknown>;

function clean(schema: Json): Json {
  const { $schema, $id, ...rest } = schema;
  void $schema;
  void $id;
  return rest;
}

export function buildOpenApiDocument(routes: RouteDoc[], info: { version: string; serverUrl?: string }): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of COMPONENTS) registry.add(schema, { id });
  const ref = (id: string) => `#/components/schemas/${id}`;
  const generated = z.toJSONSchema(registry, { uri: ref, io: 'input', unrepresentable: 'any' }).schemas as Record<string, Json>;
  const schemas: Record<string, Json> = {};
  for (const [id, s] of Object.entries(generated)) schemas[id] = clean(s);
  // The plan field takes a ScenePlan (validated by the engine after the request is read).
  const create = schemas.CreateVideoRequest as { properties: Record<string, Json> };
  create.properties.plan = { $ref: ref('ScenePlan'), description: (create.properties.plan?.description as string) ?? '' };

  const idOf = new Map<z.ZodType, string>(COMPONENTS.map(([id, s]) => [s, id]));
  const schemaFor = (s: z.ZodType): Json => {
    const id = idOf.get(s);
    return id ? { $ref: ref(id) } : clean(z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Json);
  };
  const parametersOf = (obj: z.ZodObject | undefined, where: 'path' | 'query'): Json[] => {
    if (!obj) return [];
    const js = z.toJSONSchema(obj, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
    return Object.entries(js.properties ?? {}).map(([name, schema]) => {
      const { description, ...rest } = schema;
      return { name, in: where, required: where === 'path' || (js.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
    });
  };

  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) {
    const op: Json = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: r.tags,
      ...(r.auth === false ? { security: [] } : {}),
    };
    const parameters = [
      ...parametersOf(r.params, 'path'),
      ...parametersOf(r.query, 'query'),
      ...Object.entries(r.headers ?? {}).map(([name, description]) => ({ name, in: 'header', required: false, description, schema: { type: 'string' } })),
    ];
    if (parameters.length > 0) op.parameters = parameters;
    if (r.body) {
      const content: Json = {};
      if (r.body.json) content['application/json'] = { schema: schemaFor(r.body.json) };
      if (r.body.multipart) content['multipart/form-data'] = { schema: r.body.multipart };
      op.requestBody = { required: r.body.required ?? true, content };
    }
    op.responses = Object.fromEntries(
      Object.entries(r.responses).map(([status, res]) => {
        const content: Json = { ...(res.schema ? { 'application/json': { schema: schemaFor(res.schema) } } : {}), ...(res.content ?? {}) };
        return [status, { description: res.description, ...(res.headers ? { headers: res.headers } : {}), ...(Object.keys(content).length ? { content } : {}) }];
      }),
    );
    (paths[r.path] ??= {})[r.method] = op;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'Klappe API',
      version: info.version,
      description: 'OpenAI-compatible video generation (/v1/videos) with Klappe extensions. Errors use the OpenAI shape {"error": {"message", "type", "param", "code"}}.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key (kl-…) from `klappe keys create`' } },
      schemas,
    },
  };
}
