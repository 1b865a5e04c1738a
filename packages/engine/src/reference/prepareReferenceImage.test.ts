import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { prepareReferenceImage } from './prepareReferenceImage.ts';
import { ReferenceImageError } from './ReferenceImageError.ts';
import { MAX_REFERENCE_BYTES } from './referenceLimits.ts';
import { landscapePng, productOnStudioPng } from './testing/makeTestImages.ts';

const rejects = (p: Promise<unknown>, problem: string) =>
  assert.rejects(p, (err: unknown) => err instanceof ReferenceImageError && err.problem === problem && err.message.length > 10);

describe('prepareReferenceImage', () => {
  it('decodes PNG, JPEG and WebP to straight RGBA with the same picture', async () => {
    const png = landscapePng();
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const bytes = format === 'png' ? png : await sharp(png)[format]({ quality: 92 }).toBuffer();
      const ref = await prepareReferenceImage('plate', bytes, 'plate');
      assert.equal(ref.width, 640);
      assert.equal(ref.height, 360);
      assert.equal(ref.rgba.length, 640 * 360 * 4);
      // Top-left is sky blue, bottom is grass green.
      const top = [...ref.rgba.subarray(0, 3)];
      const bottom = ref.rgba.subarray((359 * 640 + 10) * 4, (359 * 640 + 10) * 4 + 3);
      assert.ok(top[2]! > top[0]! + 60, `${format}: sky is blue (${top})`);
      assert.ok(bottom[1]! > bottom[0]! + 30 && bottom[1]! > bottom[2]! + 30, `${format}: grass is green (${[...bottom]})`);
    }
  });

  it('respects EXIF orientation (a portrait photo stored sideways comes out upright)', async () => {
    // Stored 640x360 with orientation 6 (rotate 90° clockwise to display): upright it is 360x640.
    const bytes = await sharp(landscapePng()).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const ref = await prepareReferenceImage('photo', bytes, 'plate');
    assert.equal(ref.width, 360);
    assert.equal(ref.height, 640);
    // After the turn, the sky (left column of the stored image... its top) is on the right.
    const px = (x: number, y: number) => [...ref.rgba.subarray((y * 360 + x) * 4, (y * 360 + x) * 4 + 3)];
    const right = px(350, 320), left = px(10, 320);
    assert.ok(right[2]! > left[2]! + 40, `sky on the right after rotation: right ${right}, left ${left}`);
  });

  it('scales big plates down to fit 1920 on the long side', async () => {
    const big = await sharp(landscapePng(640, 360)).resize(3840, 2160).png({ compressionLevel: 1 }).toBuffer();
    const ref = await prepareReferenceImage('plate', big, 'plate');
    assert.deepEqual([ref.width, ref.height], [1920, 1080]);
  });

  it('keys out a plain studio background and trims to the product', async () => {
    const ref = await prepareReferenceImage('product', productOnStudioPng(), 'product');
    // The bottle spans x 95..205, y 44..370 in the 300x400 shot.
    assert.ok(Math.abs(ref.width - 110) <= 3, `width ${ref.width}`);
    assert.ok(Math.abs(ref.height - 326) <= 3, `height ${ref.height}`);
    const alphaAt = (x: number, y: number) => ref.rgba[(y * ref.width + x) * 4 + 3]!;
    assert.equal(alphaAt(0, 0), 0, 'the studio corner beside the cap is transparent');
    assert.equal(alphaAt(Math.round(ref.width / 2), Math.round(ref.height * 0.7)), 255, 'the bottle is opaque');
  });

  it('keeps the transparency of a cut-out PNG', async () => {
    const cut = await sharp({ create: { width: 200, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: { create: { width: 80, height: 60, channels: 4, background: { r: 20, g: 120, b: 220, alpha: 1 } } }, left: 60, top: 20 }])
      .png()
      .toBuffer();
    const ref = await prepareReferenceImage('cut', cut, 'product');
    assert.deepEqual([ref.width, ref.height], [80, 60]);
    assert.ok(ref.meanColour.startsWith('#') && ref.brightness > 0.3 && ref.brightness < 0.6, `${ref.meanColour} ${ref.brightness}`);
  });

  it('gives a clear error for empty, oversized, unsupported, animated, corrupt and huge images', async () => {
    await rejects(prepareReferenceImage('x', new Uint8Array(0), 'plate'), 'empty');
    await rejects(prepareReferenceImage('x', new Uint8Array(MAX_REFERENCE_BYTES + 1), 'plate'), 'too-large');
    await rejects(prepareReferenceImage('x', new TextEncoder().encode('this is not an image at all'), 'plate'), 'unsupported');
    const gif = await sharp(landscapePng(32, 18)).gif().toBuffer();
    await rejects(prepareReferenceImage('x', gif, 'plate'), 'unsupported');
    const animated = await sharp([landscapePng(32, 18), productOnStudioPng()], { join: { animated: true } })
      .webp({ loop: 0, delay: [100, 100] })
      .toBuffer();
    assert.equal((await sharp(animated, { animated: true }).metadata()).pages, 2, 'the fixture really is animated');
    await rejects(prepareReferenceImage('x', animated, 'plate'), 'animated');
    const png = landscapePng();
    await rejects(prepareReferenceImage('x', png.subarray(0, png.length / 2), 'plate'), 'corrupt');
    const huge = await sharp({ create: { width: 9000, height: 6000, channels: 3, background: '#808080' } }).png().toBuffer();
    await rejects(prepareReferenceImage('x', huge, 'plate'), 'too-many-pixels');
  });
});
