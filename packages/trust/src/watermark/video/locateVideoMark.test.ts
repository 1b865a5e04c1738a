import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyedRandom } from '../keyedRandom.ts';
import { createVideoMarker } from './createVideoMarker.ts';
import { locateVideoMark, type LumaImage } from './locateVideoMark.ts';

const W = 720;
const H = 1280;
const PAYLOAD = { instance: 77, video: 0x0000_ffff_0001n };

/** A picture with smooth shading, a few hard-edged shapes and fine grain. */
function picture(): Uint8Array {
  const rng = keyedRandom('test', 'picture');
  const y = new Uint8Array(W * H);
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) {
      let v = 60 + (120 * r) / H + 20 * Math.sin(c / 90);
      if ((c - 360) ** 2 + (r - 700) ** 2 < 150 ** 2) v += 50;
      if (c > 100 && c < 260 && r > 200 && r < 420) v -= 40;
      y[r * W + c] = Math.round(v + (rng.next() - 0.5) * 6);
    }
  }
  return y;
}

/** A crop of the luma as a float image. */
function crop(y: Uint8Array, x0: number, y0: number, w: number, h: number): LumaImage {
  const data = new Float32Array(w * h);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) data[r * w + c] = y[(r + y0) * W + c + x0]!;
  return { data, width: w, height: h };
}

describe('locateVideoMark', () => {
  const plain = picture();
  const marked = plain.slice();
  createVideoMarker({ key: 'k1', payload: PAYLOAD })(marked, W, H, 0);

  it('reads the payload from the whole frame and from an off-grid crop', () => {
    const whole = locateVideoMark(crop(marked, 0, 0, W, H), [{ key: 'k1' }]);
    assert.equal(whole.found, true);
    assert.deepEqual(whole.payload, PAYLOAD);
    assert.equal(whole.bitAccuracy, 1);
    // A crop that starts 37 px right and 53 px down: the grid has to be found again.
    const cropped = locateVideoMark(crop(marked, 37, 53, 600, 1100), [{ key: 'other' }, { key: 'k1' }]);
    assert.equal(cropped.found, true);
    assert.equal(cropped.keyIndex, 1);
    assert.deepEqual(cropped.payload, PAYLOAD);
    assert.ok(Math.abs(cropped.scale! - 1) < 0.01, `scale ${cropped.scale}`);
  });

  it('finds nothing in the unmarked picture, or with the wrong key', () => {
    assert.equal(locateVideoMark(crop(plain, 0, 0, W, H), [{ key: 'k1' }]).found, false);
    assert.equal(locateVideoMark(crop(marked, 0, 0, W, H), [{ key: 'k2' }]).found, false);
    assert.equal(locateVideoMark(crop(marked, 0, 0, W, H), []).found, false);
  });
});
