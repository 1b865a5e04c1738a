/**
 * Where the command line keeps its trust keys when no server is involved: `KLAPPE_DATA` when
 * set (the same folder a server uses, so both sign with one key), else `~/.klappe`.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function cliDataDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.KLAPPE_DATA?.trim();
  return dir ? resolve(dir) : join(homedir(), '.klappe');
}
