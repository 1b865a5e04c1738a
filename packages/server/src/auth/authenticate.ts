/**
 * Bearer API keys on /v1: the key's sha256 is looked up (and remembered for a few seconds,
 * so a revoked key stops working within `cacheMs`), then the key's rate limit is applied.
 */
import type { FastifyRequest } from 'fastify';
import { ApiError, tooManyRequests } from '../api/ApiError.ts';
import type { ApiKeyStore } from '../store/ApiKeyStore.ts';
import { hashApiKey } from './apiKeySecret.ts';
import type { RateLimiter } from './RateLimiter.ts';

export interface AuthenticatedKey {
  id: string;
  name: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiKey: AuthenticatedKey | null;
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function createAuthenticator(keys: ApiKeyStore, limiter: RateLimiter, cacheMs = 5000) {
  const cache = new Map<string, { key: AuthenticatedKey; until: number }>();
  return async function authenticate(req: FastifyRequest, setHeader: (name: string, value: string) => void): Promise<AuthenticatedKey> {
    const header = req.headers.authorization;
    if (!header) {
      throw new ApiError(401, "You didn't provide an API key. Send it in the Authorization header as 'Bearer kl-…'. Create one with `klappe keys create`.", { code: 'missing_api_key' });
    }
    const m = BEARER.exec(header);
    if (!m) throw new ApiError(401, "The Authorization header must be 'Bearer <API key>'.", { code: 'invalid_api_key' });
    const secret = m[1]!;
    const hash = hashApiKey(secret);
    const now = Date.now();
    let key = cache.get(hash);
    if (!key || key.until < now) {
      const found = await keys.findActiveByHash(hash);
      if (!found) {
        cache.delete(hash);
        const shown = secret.length > 8 ? `${secret.slice(0, 6)}…${secret.slice(-2)}` : '…';
        throw new ApiError(401, `Incorrect API key provided: ${shown}. Create a key with \`klappe keys create\`.`, { code: 'invalid_api_key' });
      }
      if (cache.size > 10_000) cache.clear();
      key = { key: found, until: now + cacheMs };
      cache.set(hash, key);
    }
    const take = limiter.take(key.key.id, now);
    if (limiter.enabled) {
      setHeader('x-ratelimit-limit-requests', String(limiter.perMinute));
      setHeader('x-ratelimit-remaining-requests', String(take.remaining));
    }
    if (!take.ok) {
      throw tooManyRequests(`Rate limit reached: ${limiter.perMinute} requests per minute for this API key. Try again in ${Math.ceil(take.retryAfterMs / 1000)} s.`, 'rate_limit_exceeded', take.retryAfterMs);
    }
    return key.key;
  };
}
