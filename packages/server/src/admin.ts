/**
 * @klappe/server/admin — what `klappe keys` needs (configuration, the database, API keys)
 * without loading the HTTP server, the job queue or the engine, so it starts quickly.
 */
export { loadConfig, ConfigError, type ServerConfig } from './config/ServerConfig.ts';
export { openDatabase, type OpenedDatabase } from './store/openDatabase.ts';
export { ApiKeyStore } from './store/ApiKeyStore.ts';
export { createApiKey, type CreatedApiKey } from './auth/createApiKey.ts';
