/**
 * The `input_reference` image: an uploaded file or a data URL. It is checked (a real PNG, JPEG
 * or WebP of a sensible size) and stored with the video; the look feature will use it.
 */
import { ApiError, invalidValue } from '../ApiError.ts';
import { sniffImage, type ImageInfo } from './sniffImage.ts';

export interface InputReference extends ImageInfo {
  bytes: Buffer;
}

const MAX_SIDE = 8192;

export function checkImage(bytes: Buffer, maxBytes: number, param = 'input_reference'): InputReference {
  if (bytes.length > maxBytes) {
    throw new ApiError(413, `The ${param} image is ${bytes.length} bytes; the limit is ${maxBytes}.`, { param, code: 'file_too_large' });
  }
  const info = sniffImage(bytes);
  if (!info) throw invalidValue(param, `The ${param} must be a PNG, JPEG or WebP image.`, 'invalid_image');
  if (info.width > MAX_SIDE || info.height > MAX_SIDE) {
    throw invalidValue(param, `The ${param} image is ${info.width}x${info.height}; at most ${MAX_SIDE} pixels a side.`, 'invalid_image');
  }
  return { ...info, bytes };
}

/** `{"image_url": "data:image/png;base64,…"}` → the image. Remote URLs are not fetched. */
export function readImageUrl(value: { image_url?: string; file_id?: string }, maxBytes: number): InputReference {
  if (value.file_id !== undefined) {
    throw invalidValue('input_reference.file_id', 'input_reference.file_id is not supported here: upload the image or send it as a data URL in input_reference.image_url.', 'unsupported_parameter');
  }
  const url = value.image_url;
  if (url === undefined) throw invalidValue('input_reference', 'input_reference needs an image_url (a data URL) or a file upload.');
  const m = /^data:(image\/[a-z0-9.+-]+)?(;[a-z0-9=.-]+)*;base64,(.*)$/is.exec(url);
  if (!m) {
    throw invalidValue('input_reference.image_url', 'input_reference.image_url must be a base64 data URL (data:image/png;base64,…); the server does not fetch remote URLs.', 'unsupported_value');
  }
  const b64 = m[3]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*=*$/.test(b64)) throw invalidValue('input_reference.image_url', 'input_reference.image_url is not valid base64.', 'invalid_image');
  if (b64.length * 0.75 > maxBytes + 4) {
    throw new ApiError(413, `The input_reference image is larger than the limit of ${maxBytes} bytes.`, { param: 'input_reference.image_url', code: 'file_too_large' });
  }
  return checkImage(Buffer.from(b64, 'base64'), maxBytes, 'input_reference');
}
