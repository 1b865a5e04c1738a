/** Create an API key; the plain key is returned once and never stored. */
import type { ApiKeyStore } from '../store/ApiKeyStore.ts';
import { newKeyId } from '../store/newId.ts';
import { apiKeyDisplayPrefix, generateApiKeySecret, hashApiKey } from './apiKeySecret.ts';

export interface CreatedApiKey {
  id: string;
  name: string;
  /** The secret: show it to the user now; it cannot be recovered later. */
  key: string;
  createdAt: number;
}

export async function createApiKey(store: ApiKeyStore, name = 'default', now = Date.now()): Promise<CreatedApiKey> {
  const key = generateApiKeySecret();
  const id = newKeyId();
  await store.insert({ id, name, key_hash: hashApiKey(key), key_prefix: apiKeyDisplayPrefix(key), created_at: now, revoked_at: null });
  return { id, name, key, createdAt: now };
}
