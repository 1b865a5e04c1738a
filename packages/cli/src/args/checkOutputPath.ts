/** Fail early, before any rendering, when the output file cannot be written. */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { CliError } from '../CliError.ts';

export async function checkOutputPath(output: string): Promise<string> {
  const path = resolve(output);
  if (extname(path).toLowerCase() !== '.mp4') throw new CliError(`output must be an .mp4 file, got "${output}"`);
  const dir = dirname(path);
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new CliError(`cannot write ${output}: ${dir} is not a directory`);
    await access(dir, constants.W_OK);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot write ${output}: ${code === 'ENOENT' ? `folder ${dir} does not exist` : code === 'EACCES' ? `no permission to write in ${dir}` : (err as Error).message}`);
  }
  try {
    if ((await stat(path)).isDirectory()) throw new CliError(`cannot write ${output}: it is a directory`);
    await access(path, constants.W_OK);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new CliError(`cannot write ${output}: ${code === 'EACCES' ? 'no permission' : (err as Error).message}`);
  }
  return path;
}
