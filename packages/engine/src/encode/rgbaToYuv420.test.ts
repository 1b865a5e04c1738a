import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { createRandom } from '../random/createRandom.ts';
import { ffmpegPath } from './findFfmpeg.ts';
import { rgbaToYuv420, rgbaToYuv420Bytes, yuv420Size } from './rgbaToYuv420.ts';

/** A test card: colour bars, a grey ramp and seeded noise blocks. */
function testCard(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  const rnd = createRandom(5, 'card');
  const bars = [[255, 255, 255], [255, 255, 0], [0, 255, 255], [0, 255, 0], [255, 0, 255], [255, 0, 0], [0, 0, 255], [0, 0, 0]];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      let c: number[];
      if (y < height / 3) c = bars[Math.floor((x / width) * bars.length)]!;
      else if (y < (2 * height) / 3) c = Array(3).fill(Math.round((x / (width - 1)) * 255));
      else c = [rnd.int(0, 255), rnd.int(0, 255), rnd.int(0, 255)];
      rgba.set([c[0]!, c[1]!, c[2]!, 255], i);
    }
  }
  return rgba;
}

describe('rgbaToYuv420', () => {
  it('maps black, white and greys to BT.709 limited range with neutral chroma', () => {
    for (const v of [0, 64, 128, 200, 255]) {
      const rgba = new Uint8Array(4 * 4).fill(v);
      const yuv = rgbaToYuv420(rgba, 2, 2);
      const expectedY = Math.round(16 + (219 * v) / 255);
      assert.ok(Math.abs(yuv[0]! - expectedY) <= 1, `Y of ${v}: ${yuv[0]} vs ${expectedY}`);
      assert.equal(yuv[4], 128);
      assert.equal(yuv[5], 128);
    }
  });

  it('matches the BT.709 formulas in floating point within one code value', () => {
    const w = 64, h = 48;
    const rgba = testCard(w, h);
    const yuv = rgbaToYuv420(rgba, w, h);
    assert.equal(yuv.length, yuv420Size(w, h));
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4;
        const luma = 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
        assert.ok(Math.abs(yuv[y * w + x]! - (16 + (219 / 255) * luma)) <= 1);
      }
    }
  });

  it('agrees with ffmpeg’s own BT.709 conversion', () => {
    const w = 64, h = 48;
    const rgba = testCard(w, h);
    const ours = rgbaToYuv420(rgba, w, h);
    const theirs = execFileSync(ffmpegPath(), [
      '-v', 'error', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${w}x${h}`, '-i', 'pipe:0',
      '-vf', 'scale=out_color_matrix=bt709:out_range=tv:flags=accurate_rnd+full_chroma_int,format=yuv420p', '-f', 'rawvideo', 'pipe:1',
    ], { input: rgba });
    assert.equal(theirs.length, ours.length);
    let maxLuma = 0;
    for (let i = 0; i < w * h; i++) maxLuma = Math.max(maxLuma, Math.abs(ours[i]! - theirs[i]!));
    // Chroma: compare inside the colour bars (away from their edges); in the noise block the
    // encoder's filtered downsampling and our 2×2 average legitimately differ.
    const cw = w / 2;
    let maxChroma = 0;
    for (const plane of [w * h, w * h + cw * (h / 2)]) {
      for (let y = 0; y < h / 6 - 1; y++) {
        for (let x = 0; x < cw; x++) {
          const edge = Math.abs(((x * 2 + 1) / w) * 8 - Math.round(((x * 2 + 1) / w) * 8)) < 0.15;
          if (edge) continue;
          const i = plane + y * cw + x;
          maxChroma = Math.max(maxChroma, Math.abs(ours[i]! - theirs[i]!));
        }
      }
    }
    assert.ok(maxLuma <= 2, `luma differs by up to ${maxLuma}`);
    assert.ok(maxChroma <= 2, `chroma differs by up to ${maxChroma}`);
  });

  it('gives exactly the bytes of the plain per-byte conversion, for any pixels and any view', () => {
    const rnd = createRandom(11, 'words');
    for (const [w, h] of [[2, 2], [6, 4], [64, 48], [90, 160]] as const) {
      // Random pixels (alpha too), plus the extremes that stress the packed arithmetic.
      const rgba = new Uint8Array(w * h * 4).map(() => rnd.int(0, 255));
      rgba.set([255, 255, 255, 255, 0, 0, 0, 0, 255, 0, 255, 0, 0, 255, 0, 255], 0);
      const expected = rgbaToYuv420Bytes(rgba, w, h);
      assert.deepEqual(rgbaToYuv420(rgba, w, h), expected, `${w}x${h}`);
      // An unaligned view (the per-byte path) and a reused, dirty output buffer.
      const shifted = new Uint8Array(rgba.length + 1).subarray(1);
      shifted.set(rgba);
      assert.deepEqual(rgbaToYuv420(shifted, w, h), expected, `${w}x${h} unaligned`);
      const out = new Uint8Array(yuv420Size(w, h)).fill(7);
      assert.equal(rgbaToYuv420(rgba, w, h, out), out);
      assert.deepEqual(out, expected, `${w}x${h} into a reused buffer`);
    }
  });

  it('refuses odd frame sizes', () => {
    assert.throws(() => rgbaToYuv420(new Uint8Array(3 * 2 * 4), 3, 2), /even/);
  });
});
