import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../ApiError.ts';
import { checkImage, readImageUrl } from './readInputReference.ts';
import { sniffImage } from './sniffImage.ts';
import { tinyPng } from '../../testing/tinyPng.ts';

describe('input_reference images', () => {
  it('reads PNG, JPEG and WebP headers', () => {
    assert.deepEqual(sniffImage(tinyPng(3, 2)), { mime: 'image/png', ext: 'png', width: 3, height: 2 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x40, 0x02, 0x80, 0x03, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(sniffImage(jpeg), { mime: 'image/jpeg', ext: 'jpg', width: 640, height: 320 });
    const webp = Buffer.alloc(32);
    webp.write('RIFF', 0, 'latin1');
    webp.write('WEBPVP8X', 8, 'latin1');
    webp.writeUIntLE(99, 24, 3);
    webp.writeUIntLE(49, 27, 3);
    assert.deepEqual(sniffImage(webp), { mime: 'image/webp', ext: 'webp', width: 100, height: 50 });
    assert.equal(sniffImage(Buffer.from('GIF89a……')), undefined);
  });

  it('accepts data URLs and refuses remote URLs, file ids, non-images and oversized images', () => {
    const url = `data:image/png;base64,${tinyPng(4, 4).toString('base64')}`;
    assert.equal(readImageUrl({ image_url: url }, 1_000_000).width, 4);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return `${(err as ApiError).status} ${(err as ApiError).param} ${(err as ApiError).code}`;
      }
      return 'no error';
    };
    assert.equal(code(() => readImageUrl({ image_url: 'https://example.com/a.png' }, 1e6)), '400 input_reference.image_url unsupported_value');
    assert.equal(code(() => readImageUrl({ file_id: 'file-1' }, 1e6)), '400 input_reference.file_id unsupported_parameter');
    assert.equal(code(() => checkImage(Buffer.from('hello'), 1e6)), '400 input_reference invalid_image');
    assert.equal(code(() => checkImage(tinyPng(4, 4), 10)), '413 input_reference file_too_large');
  });
});
