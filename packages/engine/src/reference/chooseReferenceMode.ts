/** plate or product for an image sent without saying which: a picture with transparent pixels is a cut-out product, anything else a plate. */
import sharp from 'sharp';
import type { ReferenceMode } from './referenceLimits.ts';

export async function chooseReferenceMode(bytes: Uint8Array): Promise<ReferenceMode> {
  try {
    const meta = await sharp(bytes).metadata();
    if (!meta.hasAlpha) return 'plate';
    const stats = await sharp(bytes).stats();
    const alpha = stats.channels[3];
    return alpha !== undefined && alpha.min < 250 ? 'product' : 'plate';
  } catch {
    // Unreadable: the checks that follow say what is wrong with it.
    return 'plate';
  }
}
