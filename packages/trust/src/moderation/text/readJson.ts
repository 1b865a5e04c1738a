/** Read one of the moderation data files (JSON beside the code) once. */
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

export function readJson<T>(url: URL): T {
  const key = url.href;
  let value = cache.get(key);
  if (value === undefined) {
    value = JSON.parse(readFileSync(url, 'utf8')) as unknown;
    cache.set(key, value);
  }
  return value as T;
}
