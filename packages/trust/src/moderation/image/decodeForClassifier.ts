/** Any PNG, JPEG or WebP → 224×224 RGB bytes for the classifier (transparency flattened onto white). */
import sharp from 'sharp';

export const CLASSIFIER_SIZE = 224;

export class ImageDecodeError extends Error {
  override name = 'ImageDecodeError';
}

export async function decodeForClassifier(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: 8192 * 8192 })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize(CLASSIFIER_SIZE, CLASSIFIER_SIZE, { fit: 'fill' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 || data.length !== CLASSIFIER_SIZE * CLASSIFIER_SIZE * 3) throw new Error(`unexpected ${info.channels}-channel output`);
    return new Uint8Array(data.buffer, data.byteOffset, data.length);
  } catch (err) {
    throw new ImageDecodeError(`the image could not be decoded: ${(err as Error).message}`);
  }
}
