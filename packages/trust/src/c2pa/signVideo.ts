/**
 * Signs an MP4 with a C2PA manifest (c2pa-node): the manifest goes into a `uuid` box after
 * `ftyp`, bound to every other byte by a `c2pa.hash.bmff.v3` hash.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Builder, LocalSigner } from '@contentauth/c2pa-node';
import type { TrustKeys } from '../keys/TrustKeys.ts';
import { c2paSettings } from './c2paSettings.ts';
import { klappeManifest, SOURCE_INGREDIENT_LABEL, type ManifestInfo } from './klappeManifest.ts';

export interface SignVideoOptions extends Omit<ManifestInfo, 'remixOf'> {
  keys: Pick<TrustKeys, 'certChainPem' | 'keyPem' | 'algorithm' | 'anchorsPem'>;
  /** The source of a remix: its file (when available) becomes an ingredient, with its own manifest. */
  remixOf?: { path?: string; title: string };
}

export class SigningError extends Error {
  override name = 'SigningError';
}

export async function signVideo(input: string, output: string, opts: SignVideoOptions): Promise<void> {
  const settings = c2paSettings(opts.keys.anchorsPem);
  let signed: Buffer;
  try {
    const builder = Builder.withJson(klappeManifest({ ...opts, remixOf: opts.remixOf ? { title: opts.remixOf.title } : undefined }) as unknown as Parameters<typeof Builder.withJson>[0], settings);
    if (opts.remixOf) {
      await builder.addIngredient(
        JSON.stringify({ title: opts.remixOf.title, format: 'video/mp4', relationship: 'inputTo', label: SOURCE_INGREDIENT_LABEL }),
        opts.remixOf.path ? { path: opts.remixOf.path, mimeType: 'video/mp4' } : undefined,
      );
    }
    const signer = LocalSigner.newSigner(Buffer.from(opts.keys.certChainPem), Buffer.from(opts.keys.keyPem), opts.keys.algorithm);
    const out = { buffer: null as Buffer | null };
    builder.sign(signer, { buffer: await readFile(input), mimeType: 'video/mp4' }, out);
    if (!out.buffer) throw new Error('the signer returned no file');
    signed = out.buffer;
  } catch (err) {
    throw new SigningError(`C2PA signing failed: ${(err as Error).message}`);
  }
  await writeFile(output, signed);
}
