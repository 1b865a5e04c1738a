/**
 * Build the browser app into packages/web/dist with Vite (about a second), as `klappe serve`
 * serves it, unless the build is newer than every source file already.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export function webBuildIsFresh(): boolean {
  const built = join(WEB_ROOT, 'dist', 'index.html');
  if (!existsSync(built)) return false;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(WEB_ROOT, p)).filter((p) => existsSync(p));
  return Math.max(...sources.map(newestMtime)) <= statSync(built).mtimeMs;
}

export async function buildWebApp(opts: { force?: boolean } = {}): Promise<void> {
  if (!opts.force && webBuildIsFresh()) return;
  const { build } = await import('vite');
  await build({ root: WEB_ROOT, configFile: join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
