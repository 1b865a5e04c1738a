/** Build the browser app into packages/web/dist with Vite (about a second), as `klappe serve` serves it. */
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function buildWebApp(): Promise<void> {
  const { build } = await import('vite');
  await build({ root: WEB_ROOT, configFile: `${WEB_ROOT}vite.config.ts`, logLevel: 'warn' });
}
