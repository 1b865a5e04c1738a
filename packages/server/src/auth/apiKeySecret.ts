/** API keys: `kl-` + 32 random bytes (base64url). Only the sha256 of a key is stored. */
import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'kl-';

export function generateApiKeySecret(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What a listing shows of a key: enough to recognise it, not enough to use it. */
export function apiKeyDisplayPrefix(key: string): string {
  return `${key.slice(0, 7)}…`;
}
