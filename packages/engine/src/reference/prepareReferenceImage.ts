/**
 * Decode and check one reference image: PNG, JPEG or WebP, not animated, within the size
 * limits; EXIF orientation applied; scaled to fit; for products, a plain studio background is
 * keyed out and the picture trimmed to the product. Bad images throw a ReferenceImageError.
 */
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { ReferenceImageError } from './ReferenceImageError.ts';
import type { PreparedReference } from './PreparedReference.ts';
import { keyOutBackground } from './keyOutBackground.ts';
import { imageStatsOf } from './imageStatsOf.ts';
import {
  MAX_REFERENCE_BYTES, MAX_REFERENCE_PIXELS, PLATE_LONG_SIDE, PRODUCT_LONG_SIDE, REFERENCE_FORMATS, type ReferenceMode,
} from './referenceLimits.ts';
import { trimTransparent } from './trimTransparent.ts';

export async function prepareReferenceImage(image: string, bytes: Uint8Array, mode: ReferenceMode): Promise<PreparedReference> {
  if (bytes.byteLength === 0) throw new ReferenceImageError('empty', `reference image "${image}" is empty`);
  if (bytes.byteLength > MAX_REFERENCE_BYTES) {
    throw new ReferenceImageError('too-large', `reference image "${image}" is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_REFERENCE_BYTES / 1048576} MB`);
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { animated: true, limitInputPixels: false }).metadata();
  } catch {
    throw new ReferenceImageError('unsupported', `reference image "${image}" is not a PNG, JPEG or WebP image`);
  }
  if (!(REFERENCE_FORMATS as readonly string[]).includes(meta.format ?? '')) {
    throw new ReferenceImageError('unsupported', `reference image "${image}" is ${meta.format?.toUpperCase() ?? 'an unknown format'}; use PNG, JPEG or WebP`);
  }
  if ((meta.pages ?? 1) > 1 || isAnimatedPng(bytes)) {
    throw new ReferenceImageError('animated', `reference image "${image}" is animated; use a still image`);
  }
  const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
  if (pixels > MAX_REFERENCE_PIXELS) {
    throw new ReferenceImageError('too-many-pixels', `reference image "${image}" is ${meta.width}x${meta.height}; at most ${MAX_REFERENCE_PIXELS / 1e6} megapixels are accepted`);
  }
  const longSide = mode === 'plate' ? PLATE_LONG_SIDE : PRODUCT_LONG_SIDE;
  let raw: { data: Buffer; info: OutputInfo };
  try {
    raw = await sharp(bytes, { failOn: 'error' })
      .rotate()
      .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw new ReferenceImageError('corrupt', `reference image "${image}" could not be decoded (${firstLine(err)})`);
  }
  let rgba = new Uint8Array(raw.data.buffer, raw.data.byteOffset, raw.data.byteLength);
  let width = raw.info.width;
  let height = raw.info.height;
  if (mode === 'product') {
    if (!meta.hasAlpha || isOpaque(rgba)) keyOutBackground(rgba, width, height);
    const trimmed = trimTransparent(rgba, width, height);
    if (!trimmed) throw new ReferenceImageError('corrupt', `reference image "${image}" has no visible product once its background is removed`);
    ({ rgba, width, height } = trimmed);
  }
  return { image, mode, width, height, rgba, ...imageStatsOf(rgba, width, height) };
}

/** An APNG carries an acTL chunk before its first IDAT. */
function isAnimatedPng(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x89 || bytes[1] !== 0x50) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = 8; p + 8 <= bytes.byteLength; ) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(bytes[p + 4]!, bytes[p + 5]!, bytes[p + 6]!, bytes[p + 7]!);
    if (type === 'acTL') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    p += 12 + length;
  }
  return false;
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! < 250) return false;
  return true;
}

function firstLine(err: unknown): string {
  return String((err as Error).message ?? err).split('\n')[0]!.replace(/^Input (buffer|file) /, '');
}
