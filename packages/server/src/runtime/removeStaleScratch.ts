/** Scratch folders left by renders that died with their process (older than a day). */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function removeStaleScratch(workDir: string, olderThanMs = 24 * 3_600_000, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(workDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(workDir, name);
    try {
      if (now - (await stat(path)).mtimeMs > olderThanMs) {
        await rm(path, { recursive: true, force: true });
        removed++;
      }
    } catch {
      // gone already
    }
  }
  return removed;
}
