/**
 * `--reference FILE [--reference-mode plate|product]`: a picture for the clip. It is checked
 * here (size, format, not animated) so a bad picture is one clear line before anything renders.
 */
import { readFile } from 'node:fs/promises';
import {
  attachReference, chooseReferenceMode, prepareReferenceImage, ReferenceImageError, type ReferenceAssets, type ReferenceMode, type ScenePlan,
} from '@klappe/engine';
import { CliError } from '../CliError.ts';

const NAME = 'reference';

export async function withReference(
  plan: ScenePlan,
  file: string | undefined,
  mode: string | undefined,
): Promise<{ plan: ScenePlan; assets: ReferenceAssets }> {
  if (file === undefined) {
    if (mode !== undefined) throw new CliError('--reference-mode needs --reference FILE');
    return { plan, assets: {} };
  }
  if (mode !== undefined && mode !== 'plate' && mode !== 'product') throw new CliError(`--reference-mode must be plate or product, got "${mode}"`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read --reference ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code ?? err)}`);
  }
  const chosen: ReferenceMode = (mode as ReferenceMode | undefined) ?? (await chooseReferenceMode(bytes));
  try {
    await prepareReferenceImage(NAME, bytes, chosen);
  } catch (err) {
    if (err instanceof ReferenceImageError) throw new CliError(`--reference: ${err.message.replace(`reference image "${NAME}"`, file)}`);
    throw err;
  }
  return { plan: attachReference(plan, NAME, chosen), assets: { [NAME]: bytes } };
}
