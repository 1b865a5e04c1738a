/** /healthz, /metrics and /v1/openapi.json: no API key needed. */
import type { FastifyInstance } from 'fastify';
import type { RouteDoc } from '../openapi/RouteDoc.ts';

export interface SystemRouteDeps {
  health: () => Promise<{ ok: boolean; checks: Record<string, unknown> }>;
  metricsText: () => Promise<{ contentType: string; body: string }>;
  openApi: () => Record<string, unknown>;
}

export const SYSTEM_ROUTE_DOCS: RouteDoc[] = [
  { method: 'get', path: '/healthz', operationId: 'health', summary: 'Liveness and readiness: database and queue reachable', tags: ['Operations'], auth: false, responses: { '200': { description: 'Healthy' }, '503': { description: 'The database or the queue is unreachable' } } },
  { method: 'get', path: '/metrics', operationId: 'metrics', summary: 'Prometheus metrics', tags: ['Operations'], auth: false, responses: { '200': { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } } },
  { method: 'get', path: '/v1/openapi.json', operationId: 'openapi', summary: 'This document', tags: ['Operations'], auth: false, responses: { '200': { description: 'OpenAPI 3.1' } } },
];

export function registerSystemRoutes(app: FastifyInstance, deps: SystemRouteDeps): void {
  app.get('/healthz', async (_req, reply) => {
    const { ok, checks } = await deps.health();
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', ...checks };
  });
  app.get('/metrics', async (_req, reply) => {
    const { contentType, body } = await deps.metricsText();
    reply.header('content-type', contentType);
    return body;
  });
  let doc: Record<string, unknown> | undefined;
  app.get('/v1/openapi.json', async () => (doc ??= deps.openApi()));
}
