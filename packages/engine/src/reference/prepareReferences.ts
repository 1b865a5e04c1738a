/**
 * Loads every reference image a plan names from the clip's assets (name → file path or bytes).
 */
import { readFile } from 'node:fs/promises';
import type { ScenePlan } from '../plan/scenePlanSchema.ts';
import type { PreparedReference } from './PreparedReference.ts';
import { prepareReferenceImage } from './prepareReferenceImage.ts';
import { ReferenceImageError } from './ReferenceImageError.ts';

export type ReferenceAssets = Readonly<Record<string, string | Uint8Array>>;

export async function prepareReferences(plan: ScenePlan, assets: ReferenceAssets = {}): Promise<PreparedReference[]> {
  const out: PreparedReference[] = [];
  for (const ref of plan.references ?? []) {
    const asset = Object.hasOwn(assets, ref.image) ? assets[ref.image] : undefined;
    if (asset === undefined) throw new ReferenceImageError('missing', `the plan names reference image "${ref.image}", but no such image was given`);
    let bytes: Uint8Array;
    if (typeof asset === 'string') {
      try {
        bytes = await readFile(asset);
      } catch (err) {
        throw new ReferenceImageError('missing', `reference image "${ref.image}" cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    } else {
      bytes = asset;
    }
    out.push(await prepareReferenceImage(ref.image, bytes, ref.mode));
  }
  return out;
}
