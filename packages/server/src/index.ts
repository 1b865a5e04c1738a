/** @klappe/server — the OpenAI-compatible /v1/videos API with durable render jobs. */
export { loadConfig, ConfigError, type ServerConfig } from './config/ServerConfig.ts';
export { startServer, type RunningServer } from './runtime/startServer.ts';
export { startWorker, type RunningWorker } from './runtime/startWorker.ts';
export { openRuntime, SERVER_VERSION, type Runtime } from './runtime/openRuntime.ts';
export { createApiKey, type CreatedApiKey } from './auth/createApiKey.ts';
export { ApiKeyStore } from './store/ApiKeyStore.ts';
export { openDatabase, type OpenedDatabase } from './store/openDatabase.ts';
export { migrateToLatest } from './store/migrateToLatest.ts';
export { createLogger, type Logger } from './ops/createLogger.ts';
export { buildOpenApiDocument } from './api/openapi/buildOpenApiDocument.ts';
export { MODELS, resolveModel } from './models/modelRegistry.ts';
export type { JobQueue, JobConsumer, JobHandler, JobContext } from './jobs/JobQueue.ts';
