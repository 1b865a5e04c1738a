/** The stored input_reference picture, copied into the job's scratch folder, under the name the plan uses. */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ReferenceAssets } from '@klappe/engine';
import type { BlobStore } from '../blobs/BlobStore.ts';
import { INPUT_REFERENCE } from '../api/create/withInputReference.ts';

export async function referenceAssetsOf(blobs: BlobStore, key: string | null, scratch: string): Promise<ReferenceAssets> {
  if (key === null || !(await blobs.stat(key))) return {};
  const file = join(scratch, 'input-reference');
  await pipeline(blobs.createReadStream(key), createWriteStream(file));
  return { [INPUT_REFERENCE]: file };
}
